/* Builds the add-in (task pane and custom functions, one shared runtime) and the captrack CLI. */
const path = require("path");
const fs = require("fs");
const os = require("os");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const urlDev = "https://localhost:3000/";
// where the production build is served; every localhost URL of the manifest is rewritten to it
const urlProd = process.env.CAPTRACK_URL || "https://captrack.example.com/";
const port = 3000;

/** The dev certificates that office-addin-dev-certs writes; a self-signed pair otherwise. */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return {};
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } };

module.exports = (env, options) => {
  const dev = options.mode !== "production";
  const addin = {
    name: "addin",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      // the pane shares the functions chunk, so both use one ledger in the shared runtime
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), clean: { keep: /^cli\// } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [tsRule, { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } }],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      // the shared runtime: one page carries the functions and the task pane
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
    ],
    // the size warning watches the functions bundle, which loads with every workbook; the pane's
    // React and Fluent UI chunk loads only with the pane (npm run bench reports both, gzipped)
    performance: {
      maxAssetSize: 400000,
      maxEntrypointSize: 400000,
      assetFilter: (name) => name.endsWith(".js") && name !== "taskpane.js",
    },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions() },
      port,
    },
  };
  const cli = {
    name: "cli",
    devtool: false,
    target: "node20",
    entry: { captrack: "./src/cli/captrack.ts" },
    output: { path: path.resolve(__dirname, "dist", "cli"), filename: "[name].js", clean: true, library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    // loaded from node_modules at run time (dependencies): exceljs does not bundle cleanly
    externals: { exceljs: "commonjs exceljs", jszip: "commonjs jszip" },
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true })],
  };
  // npm run preview: a stand-in for office.js over an in-memory workbook, and the page that shows
  // the workbook beside the pane (development and tests only; not part of dist/)
  const preview = {
    name: "preview",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: { office: "./src/preview/office.ts", viewer: "./src/preview/viewer.ts" },
    output: { path: path.resolve(__dirname, "build", "preview"), filename: "[name].js", publicPath: "/preview/", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    plugins: [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["viewer"] })],
  };
  return [addin, cli, preview];
};
