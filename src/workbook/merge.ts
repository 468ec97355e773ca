import { Ledger } from "../core/ledger";
import { Line, References, resolveLine } from "../core/line";
import type { Dataset } from "../data/embedded";
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

/** A Tracker row resolved: its line, or why it is none. */
export function resolveRow({ row, record }: TrackerRow, refs: References): Line | RowProblem {
  const line = resolveLine(record, refs, "workbook");
  return Array.isArray(line) ? { row, column: null, message: line.join("; ") } : line;
}

/** The dataset's lines, resolved (the build checked every record). */
export function datasetLines(dataset: Dataset, refs: References): Line[] {
  return dataset.records.flatMap((record) => {
    const line = resolveLine(record, refs, "dataset");
    return Array.isArray(line) ? [] : [line];
  });
}

/**
 * A ledger from resolved lines. The ledger links a line's reports to one another in the lines it
 * is given, so it gets copies: resolved lines can be kept and merged again after an edit.
 */
export function combine(
  refs: References,
  dataset: { version: string; lines: readonly Line[] } | null,
  own: readonly Line[]
): { ledger: Ledger; overridden: number } {
  const copy = (l: Line): Line => ({ ...l, reports: [...l.reports] });
  const replaced = new Set(own.map(sameLineKey));
  const kept = (dataset?.lines ?? []).filter((l) => !replaced.has(sameLineKey(l)));
  const overridden = (dataset?.lines.length ?? 0) - kept.length;
  const version = `${dataset ? dataset.version : "no dataset"} + ${own.length} workbook line${own.length === 1 ? "" : "s"}`;
  const ledger = new Ledger(refs, [...kept, ...own].map(copy), version);
  return { ledger, overridden };
}

/**
 * One ledger from the embedded dataset and the workbook's own lines. A workbook line about the
 * same company, material, place and phase as a dataset line replaces it (every report of it), so
 * a user can correct the dataset in their workbook; `embedded: null` counts the workbook alone.
 */
export function mergeLedger(
  embedded: Dataset | null,
  workbook: readonly TrackerRow[]
): MergedLedger {
  const refs = references();
  const problems: RowProblem[] = [];
  const own: Line[] = [];
  for (const row of workbook) {
    const resolved = resolveRow(row, refs);
    if ("message" in resolved) problems.push(resolved);
    else own.push(resolved);
  }
  const dataset = embedded
    ? { version: embedded.version, lines: datasetLines(embedded, refs) }
    : null;
  return { ...combine(refs, dataset, own), problems };
}
