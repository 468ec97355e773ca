/**
 * Checks src/data/lines.jsonl (one line record a row, the reviewed source of the embedded
 * dataset) and compiles it to src/data/dataset.json for the bundles. Any bad row fails the build
 * with its row number and every problem found.
 */
import { createHash } from "crypto";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { checkDataset } from "../src/data/check";

const dir = join(__dirname, "..", "src", "data");
const text = readFileSync(join(dir, "lines.jsonl"), "utf8");
const result = checkDataset(text);
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(`src/data/lines.jsonl:${p.row}: ${p.message}`);
  console.error(`${result.problems.length} problem(s); the dataset was not compiled.`);
  process.exit(1);
}
const latest =
  result.records
    .map((r) => r.announced)
    .sort()
    .pop() ?? "empty";
const hash = createHash("sha256").update(text).digest("hex").slice(0, 8);
const version = `${latest}.${hash}`;
writeFileSync(join(dir, "dataset.json"), JSON.stringify({ version, records: result.records }));
console.log(`dataset ${version}: ${result.records.length} records`);
