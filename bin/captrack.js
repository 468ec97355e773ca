#!/usr/bin/env node
// Runs the built command line; `npm run build` makes it.
const path = require("path");
const fs = require("fs");
const built = path.join(__dirname, "..", "dist", "cli", "captrack.js");
if (!fs.existsSync(built)) {
  process.stderr.write("captrack is not built yet: run `npm run build` first.\n");
  process.exit(1);
}
const { main } = require(built);
// sheet writes a file and answers with a promise; the other commands answer at once
Promise.resolve(
  main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  })
).then((status) => {
  process.exitCode = status;
});
