/*
 * The sheet generator on generated ledgers of 1,000 and 100,000 lines: the time to make the
 * plan, to write it through Office.js (into the stand-in for Excel's API, which counts the
 * context.sync() calls and measures every request) and to write the .xlsx.
 */
import { Ledger } from "../src/core/ledger";
import { references } from "../src/data/references";
import { ExcelHost } from "../src/preview/excel/api";
import { renderToExcel } from "../src/sheet/office";
import { planSheet } from "../src/sheet/plan";
import { planToXlsx } from "../src/sheet/xlsx";
import { generate } from "./generate";

const SIZES = [1_000, 100_000];
/** Every line of the generated ledger: all statuses, as of its last day. */
const REQUEST = { query: "*", status: "all", asOf: "2026-12-31" };

async function timedAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function ms(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`;
}

function cells(values: string[], widths: number[]): string {
  return values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("");
}

export async function sheetBench(): Promise<void> {
  console.log("Sheet generator: every line of a generated ledger (query *, all statuses)");
  const widths = [10, 9, 8, 18, 11, 16, 11, 12];
  console.log(
    cells(
      [
        "lines",
        "rows",
        "syncs",
        "largest request",
        "plan",
        "Office.js write",
        ".xlsx",
        ".xlsx size",
      ],
      widths
    )
  );
  for (const size of SIZES) {
    const { records } = generate({
      lines: size,
      aggregates: Math.max(1, Math.round(size / 330)),
      companies: Math.max(20, Math.round(size / 50)),
      seed: 20151231,
    });
    const { ledger } = Ledger.fromRecords(records, references(), `bench-${size}`);
    const planStart = process.hrtime.bigint();
    const plan = planSheet(ledger, REQUEST);
    const planMs = Number(process.hrtime.bigint() - planStart) / 1e6;

    const host = new ExcelHost();
    (globalThis as unknown as { Excel: unknown }).Excel = host.excel();
    const written = await timedAsync(() => renderToExcel(plan));
    const xlsx = await timedAsync(() => planToXlsx(plan));
    console.log(
      cells(
        [
          size.toLocaleString("en-US"),
          plan.table.rows.length.toLocaleString("en-US"),
          String(host.stats.syncs.length),
          `${host.stats.maxRequestBytes.toLocaleString("en-US")} B`,
          ms(planMs),
          ms(written.ms),
          ms(xlsx.ms),
          `${(xlsx.value.length / 1024 / 1024).toFixed(1)} MB`,
        ],
        widths
      )
    );
    if (host.stats.syncs.some((s) => s.error)) console.log("  !!! EXCEL REFUSED A REQUEST");
    if (written.value.syncs !== host.stats.syncs.length) console.log("  !!! SYNC COUNTS DISAGREE");
  }
  console.log(
    "  syncs: 2 to find the sheet, then 1 write batch up to ~4 MB of cells and 1 more per further ~4 MB;"
  );
  console.log(
    "  requests measured by the stand-in as JSON in UTF-8; Excel on the web refuses over 5 MB."
  );
}
