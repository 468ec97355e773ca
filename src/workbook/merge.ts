import { Ledger } from "../core/ledger";
import { Line, LineRecord, resolveLine } from "../core/line";
import { references } from "../data/references";
import { RowProblem, TrackerRow } from "./rows";

/** The plant and phase a line is about, whoever reported it: how a workbook line finds the dataset's. */
function sameLineKey(l: Line): string {
  return [l.company, l.material, l.place, l.phase ?? ""].join("|");
}

export interface MergedLedger {
  ledger: Ledger;
  /** tracker rows that name an unknown material, place or status, and so on */
  problems: RowProblem[];
  /** dataset lines a workbook line replaced */
  overridden: number;
}

/**
 * One ledger from the embedded dataset and the workbook's own lines. A workbook line about the
 * same company, material, place and phase as a dataset line replaces it (every report of it), so
 * a user can correct the dataset in their workbook; `embedded: null` counts the workbook alone.
 */
export function mergeLedger(
  embedded: { version: string; records: readonly LineRecord[] } | null,
  workbook: readonly TrackerRow[]
): MergedLedger {
  const refs = references();
  const problems: RowProblem[] = [];
  const own: Line[] = [];
  for (const { row, record } of workbook) {
    const line = resolveLine(record, refs, "workbook");
    if (Array.isArray(line)) problems.push({ row, column: null, message: line.join("; ") });
    else own.push(line);
  }
  const replaced = new Set(own.map(sameLineKey));
  const dataset: Line[] = [];
  let overridden = 0;
  for (const record of embedded?.records ?? []) {
    const line = resolveLine(record, refs, "dataset");
    if (Array.isArray(line)) continue; // the build checked every dataset record
    if (replaced.has(sameLineKey(line))) overridden++;
    else dataset.push(line);
  }
  const version = `${embedded ? embedded.version : "no dataset"} + ${own.length} workbook line${own.length === 1 ? "" : "s"}`;
  return { ledger: new Ledger(refs, [...dataset, ...own], version), problems, overridden };
}
