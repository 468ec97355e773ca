import { generate } from "../../bench/generate";
import { Ledger } from "../../src/core/ledger";
import { references } from "../../src/data/references";
import { ExcelHost } from "../../src/preview/excel/api";

/** A generated ledger of `lines` lines (the benchmark's generator, deterministic). */
export function generatedLedger(lines: number, seed = 7): Ledger {
  const { records } = generate({
    lines,
    aggregates: Math.max(1, Math.floor(lines / 300)),
    companies: Math.max(10, Math.floor(lines / 50)),
    seed,
  });
  const { ledger, rejected } = Ledger.fromRecords(records, references(), `generated-${lines}`);
  if (rejected.length > 0) throw new Error(JSON.stringify(rejected[0].problems));
  return ledger;
}

/** A fresh in-memory workbook behind a stand-in `Excel` global, as the add-in sees Excel. */
export function installExcel(host = new ExcelHost()): ExcelHost {
  (globalThis as unknown as { Excel: unknown }).Excel = host.excel();
  return host;
}
