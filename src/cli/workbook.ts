/*
 * --workbook FILE.xlsx: the lines of a workbook's Tracker table, read with the same column
 * matching, checks and merge rules as in Excel (src/workbook), for the command line.
 */
import ExcelJS from "exceljs";
import { CaptrackError } from "../core/errors";
import { Ledger } from "../core/ledger";
import { formatDay } from "../core/dates";
import dataset from "../data/dataset.json";
import { Dataset } from "../data/embedded";
import { TRACKER } from "../workbook/create";
import { mergeLedger } from "../workbook/merge";
import { readTracker, RowProblem } from "../workbook/rows";

/** A cell as Excel would hand it to the add-in: a number, text, or a date as its day. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDay(Math.floor(value.getTime() / 86400000));
  if (typeof value === "object") {
    if ("result" in value) return plain(value.result as ExcelJS.CellValue); // a formula
    if ("hyperlink" in value) return value.hyperlink;
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
  }
  return value;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** The Tracker's cells, header first, and the sheet row of its header. */
async function trackerValues(file: string): Promise<{ values: unknown[][]; headerRow: number }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new CaptrackError(
      "value",
      `--workbook: cannot read ${file} as an .xlsx workbook (${(e as Error).message}).`
    );
  }
  for (const sheet of workbook.worksheets) {
    // exceljs's typings of getTables() are off; these are its table objects
    const tables = sheet.getTables() as unknown as Array<{
      name: string;
      table: { tableRef: string };
    }>;
    const table = tables.find((t) => t.name === TRACKER);
    const ref =
      table?.table.tableRef ?? (sheet.name === TRACKER ? sheet.dimensions?.range : undefined);
    if (!ref) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const [first, last] = [columnIndex(m[1]), columnIndex(m[3])];
    const values: unknown[][] = [];
    // exceljs rows as arrays, indexed from 1 like its columns
    const all = sheet.getSheetValues() as ExcelJS.CellValue[][];
    for (let r = Number(m[2]); r <= Number(m[4]); r++) {
      const cells: unknown[] = [];
      for (let c = first; c <= last; c++) cells.push(plain(all[r]?.[c]));
      values.push(cells);
    }
    return { values, headerRow: Number(m[2]) };
  }
  throw new CaptrackError("value", `--workbook: ${file} has no table or sheet named "${TRACKER}".`);
}

/**
 * The ledger of the embedded dataset (unless left out) and the workbook's Tracker lines.
 * Rows that cannot be lines are reported on `warn` with their row number and reason.
 */
export async function workbookLedger(
  file: string | undefined,
  embedded: boolean,
  warn: (text: string) => void
): Promise<Ledger> {
  const rows = [];
  const problems: RowProblem[] = [];
  if (file) {
    const { values, headerRow } = await trackerValues(file);
    const read = readTracker(values, headerRow + 1);
    rows.push(...read.rows);
    problems.push(...read.problems);
  }
  const merged = mergeLedger(embedded ? (dataset as unknown as Dataset) : null, rows);
  for (const p of [...problems, ...merged.problems].sort((a, b) => a.row - b.row)) {
    warn(
      `${file}: row ${p.row}${p.column ? ` (${p.column})` : ""}: ${p.message}; the row is left out\n`
    );
  }
  return merged.ledger;
}
