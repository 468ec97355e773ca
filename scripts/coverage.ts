/**
 * The coverage table of the embedded dataset (lines by material group, country and status),
 * written into README.md between its coverage markers. `npm run coverage` rewrites it; a test
 * checks the README's copy is current.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { coverageTable } from "../src/data/coverage";
import { embeddedLedger } from "../src/data/embedded";

const readme = join(__dirname, "..", "README.md");
const text = readFileSync(readme, "utf8");
const start = "<!-- coverage:start -->";
const end = "<!-- coverage:end -->";
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) {
  console.error(`README.md has no ${start} … ${end} section`);
  process.exit(1);
}
const table = coverageTable(embeddedLedger());
writeFileSync(readme, text.slice(0, from + start.length) + "\n" + table + text.slice(to));
console.log("README.md coverage table updated");
