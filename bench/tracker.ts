/*
 * The workbook's own lines: the cost of a one-row change to a 10,000-row Tracker, through the
 * add-in's own TrackerWatch against the preview's stand-in for Excel (the row alone is read and
 * resolved again), and of pushing the new answers to 1,000 streaming CT.CAPACITY cells; against
 * the baseline of reading and resolving the whole table again.
 */
import "../test/support/custom-functions";
import dataset from "../src/data/dataset.json";
import { Dataset } from "../src/data/embedded";
import * as functions from "../src/functions/functions";
import { listenerCount } from "../src/functions/source";
import { ExcelHost } from "../src/preview/excel/api";
import { TRACKER_COLUMNS } from "../src/workbook/columns";
import { columnLetter, TRACKER } from "../src/workbook/create";
import { mergeLedger } from "../src/workbook/merge";
import { readTracker } from "../src/workbook/rows";
import { TrackerWatch } from "../src/workbook/watch";

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

/** A 10,000-row Tracker in the preview's in-memory workbook, behind a stand-in `Excel` global. */
async function trackerWorkbook(mirror: unknown[][]): Promise<ExcelHost> {
  const host = new ExcelHost();
  (globalThis as unknown as { Excel: unknown }).Excel = host.excel();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(TRACKER);
    const last = `${columnLetter(TRACKER_COLUMNS.length - 1)}${mirror.length}`;
    sheet.getRange(`A1:${last}`).values = mirror as (string | number)[][];
    sheet.tables.add(`A1:${last}`, true).name = TRACKER;
    await context.sync();
  });
  return host;
}

export async function trackerBench(): Promise<void> {
  const data = dataset as unknown as Dataset;
  const mirror = trackerRows(10000);
  const host = await trackerWorkbook(mirror);
  const watch = new TrackerWatch(data);
  const time = async (f: () => unknown) => {
    const t = process.hrtime.bigint();
    await f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const whole = await time(() => watch.start());
  const capacityColumn = columnLetter(TRACKER_COLUMNS.indexOf("capacity"));
  let edit = 0;
  // a user types a new capacity into one row: the change event, that row read and resolved,
  // the ledger made again, and every listening formula answering from it
  const typeOne = () => {
    edit++;
    return time(() => host.userEdit(TRACKER, `${capacityColumn}${1 + edit}`, `${99000 + edit}`));
  };
  const alone: number[] = [];
  for (let k = 0; k < 5; k++) alone.push(await typeOne());
  const cells = Array.from({ length: 1000 }, (_, i) => {
    const pushed: unknown[] = [];
    const invocation = { setResult: (r: unknown) => pushed.push(r), onCanceled: () => undefined };
    const query = i % 2 ? COUNTRIES[i % COUNTRIES.length] : `Tracked Co ${i % 700}`;
    functions.capacity(query, null, null, null, null, invocation as never);
    return { pushed, invocation };
  });
  const listened: number[] = [];
  for (let k = 0; k < 5; k++) listened.push(await typeOne());
  const reparse = await time(() => mergeLedger(data, readTracker(mirror).rows));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    "\nThe workbook's own lines (a 10,000-row Tracker in the preview's stand-in for Excel; medians of 5 edits)"
  );
  console.log(
    `  a one-row edit, the Tracker's side (change event, the row read and resolved, a new ledger): ${median(alone).toFixed(0)} ms; ${watch.reads.rows} rows read from the workbook for ${edit} edits`
  );
  console.log(
    `  the same with ${listenerCount()} CT.CAPACITY cells listening (each answers again from the new ledger, changed answers pushed): ${median(listened).toFixed(0)} ms; ` +
      `${cells.filter((c) => c.pushed.length > 1).length} cells received a new answer`
  );
  console.log(
    `  baseline, the whole table read and resolved again: ${whole.toFixed(0)} ms at start, ${reparse.toFixed(0)} ms re-parsed in memory (${(reparse / median(alone)).toFixed(1)}x a one-row edit)`
  );
  for (const c of cells) c.invocation.onCanceled();
}
