#!/usr/bin/env node
/*
 * npm start: serve the add-in over https on localhost:3000 and sideload it into Excel where
 * Excel is installed (Windows, macOS). Elsewhere, serve it and say how to sideload manifest.xml
 * into Excel on the web.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

function ensureCertificates() {
  if (fs.existsSync(path.join(certDir, "localhost.crt"))) return;
  console.log("Making a localhost certificate (office-addin-dev-certs)…");
  // writes the files; trusting the CA needs an administrator, and fails harmlessly without one
  const cli = require.resolve("office-addin-dev-certs/cli.js");
  spawnSync(process.execPath, [cli, "install"], { stdio: "inherit", cwd: root });
}

function sideloadable() {
  return process.platform === "win32" || process.platform === "darwin";
}

ensureCertificates();

if (sideloadable()) {
  // office-addin-debugging starts the dev server below and opens Excel with the add-in loaded
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const args = [
    "--yes",
    "office-addin-debugging@7",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
  ];
  args.push("--dev-server", "npm run dev-server", "--dev-server-port", "3000");
  const child = spawn(npx, args, {
    stdio: "inherit",
    cwd: root,
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(
    process.execPath,
    [webpack, "serve", "--mode", "development", "--config-name", "addin"],
    {
      stdio: ["ignore", "inherit", "inherit"],
      cwd: root,
    }
  );
  console.log(`
Excel desktop is not installed on ${process.platform}, so nothing is sideloaded automatically.
The add-in is served at https://localhost:3000/taskpane.html. To use it in Excel on the web:
  1. Trust the certificate in ${path.join(certDir, "ca.crt")} in your browser (or open
     https://localhost:3000/taskpane.html once and accept it).
  2. Open a workbook at https://excel.cloud.microsoft, then Home > Add-ins > More Add-ins >
     Upload My Add-in, and choose manifest.xml from this folder.
  3. Type =CT.CAPACITY("Baotou") in a cell: 20000.
The command line needs no Excel: npx captrack capacity Baotou
Press Ctrl+C to stop the server.
`);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
