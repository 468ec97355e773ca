/** Jest runs every test: core and CLI in plain Node, Office.js paths against office-addin-mock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", esModuleInterop: true, resolveJsonModule: true }, diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock imports this ESM-only package for one enum; the stub provides it
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest.ts",
  },
  setupFiles: ["<rootDir>/test/support/custom-functions.ts"],
};
