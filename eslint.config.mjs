import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** The Office add-in rules (office-addin-lint), for TypeScript: the compiler checks names, not no-undef. */
export default [
  ...officeAddins.configs.recommended,
  // the task pane's React components (.tsx) under the same rules
  ...officeAddins.configs.recommended
    .filter((c) => c.files)
    .map((c) => ({ ...c, files: ["**/*.tsx"] })),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
  { ignores: ["dist/**", "node_modules/**", "build/**"] },
];
