/*
 * The workbook's own lines: the cost of a one-row change to a 10,000-row Tracker (the row is
 * re-read from Excel alone; the mirror is re-parsed and merged with the dataset in memory) and
 * of pushing the new answers to 1,000 streaming CT.CAPACITY cells.
 */
import "../test/support/custom-functions";
import dataset from "../src/data/dataset.json";
import { Dataset } from "../src/data/embedded";
import * as functions from "../src/functions/functions";
import { listenerCount, setLedger } from "../src/functions/source";
import { TRACKER_COLUMNS } from "../src/workbook/columns";
import { mergeLedger } from "../src/workbook/merge";
import { readTracker } from "../src/workbook/rows";

const COUNTRIES = [
  "China",
  "Indonesia",
  "Australia",
  "Chile",
  "Argentina",
  "USA",
  "Germany",
  "Morocco",
];
const MATERIALS = ["lithium hydroxide", "LFP", "NCM", "nickel sulphate", "spodumene concentrate"];

function trackerRows(n: number): unknown[][] {
  const rows: unknown[][] = [[...TRACKER_COLUMNS]];
  for (let i = 0; i < n; i++) {
    const cell: Record<string, unknown> = {
      company: `Tracked Co ${i % 700}`,
      material: MATERIALS[i % MATERIALS.length],
      capacity: 1000 + (i % 50) * 500,
      unit: "t/yr",
      status: "announced",
      country: COUNTRIES[i % COUNTRIES.length],
      phase: `phase ${i}`,
      announced: 45000 + (i % 900),
      source: `https://example.org/tracker/${i}`,
    };
    rows.push(TRACKER_COLUMNS.map((c) => cell[c] ?? ""));
  }
  return rows;
}

export function trackerBench(): void {
  const data = dataset as unknown as Dataset;
  const mirror = trackerRows(10000);
  const cells = Array.from({ length: 1000 }, (_, i) => {
    const pushed: unknown[] = [];
    const invocation = { setResult: (r: unknown) => pushed.push(r), onCanceled: () => undefined };
    const query = i % 2 ? COUNTRIES[i % COUNTRIES.length] : `Tracked Co ${i % 700}`;
    functions.capacity(query, null, null, null, null, invocation as never);
    return { pushed, invocation };
  });
  const time = (f: () => void) => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < 5; k++) {
    mirror[1 + k][TRACKER_COLUMNS.indexOf("capacity")] = 99000 + k; // one edited row
    let merged: ReturnType<typeof mergeLedger> | undefined;
    const reread = time(() => (merged = mergeLedger(data, readTracker(mirror).rows)));
    const push = time(() => setLedger(merged!.ledger));
    runs.push([reread, push]);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log("\nThe workbook's own lines (a one-row edit of a 10,000-row Tracker)");
  console.log(
    `  re-parse and merge the Tracker with the dataset: ${median(runs.map((r) => r[0])).toFixed(0)} ms (median of 5)`
  );
  console.log(
    `  push updated results to ${listenerCount()} CT.CAPACITY cells: ${median(runs.map((r) => r[1])).toFixed(0)} ms; ` +
      `${cells.filter((c) => c.pushed.length > 1).length} cells received a new answer at least once`
  );
  console.log(
    "  (from Excel only the edited row is read: TrackerWatch re-reads the rows an edit touched)"
  );
  for (const c of cells) c.invocation.onCanceled();
}
