/*
 * The Tracker table in the workbook (Office.js): made on request, added to by the importer,
 * never overwritten.
 */
import { LineRecord } from "../core/line";
import { STATUSES } from "../core/status";
import { MATERIALS } from "../data/materials";
import { references } from "../data/references";
import { matchHeader, TRACKER_COLUMNS, TrackerColumn } from "./columns";
import { alreadyTracked } from "./proposals";

export const TRACKER = "Tracker";
/** A hidden sheet holding the lists the Tracker's validation offers (too long to inline). */
const LISTS = "Captrack lists";

export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * Makes the Tracker sheet and table: the header, validation lists for status and material, and
 * number formats. Returns false, changing nothing, when the workbook has a Tracker already; throws,
 * changing nothing, when a sheet called Tracker has data where the table would go.
 */
export async function startTracker(): Promise<boolean> {
  return Excel.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(TRACKER);
    const sheet = context.workbook.worksheets.getItemOrNullObject(TRACKER);
    const lists = context.workbook.worksheets.getItemOrNullObject(LISTS);
    await context.sync();
    if (!existing.isNullObject) return false;
    const last = columnLetter(TRACKER_COLUMNS.length - 1);
    if (!sheet.isNullObject) {
      // a sheet of the user's own called Tracker: its cells are never written over
      const area = sheet.getRange(`A1:${last}2`).load("values");
      await context.sync();
      if (area.values.some((row) => row.some((v) => v !== "" && v !== null))) {
        throw new Error(
          `A sheet named "${TRACKER}" has data where the Tracker table would go (A1:${last}2), and no table named ${TRACKER}. Rename that sheet, or make its lines an Excel table named ${TRACKER} (its header: ${TRACKER_COLUMNS.slice(0, 4).join(", ")}…), then try again.`
        );
      }
    }

    const materials = MATERIALS.filter((m) => m.parent !== null).map((m) => [m.name]);
    const listSheet = lists.isNullObject ? context.workbook.worksheets.add(LISTS) : lists;
    listSheet.getRange(`A1:A${materials.length}`).values = materials;
    listSheet.visibility = Excel.SheetVisibility.hidden;

    const target = sheet.isNullObject ? context.workbook.worksheets.add(TRACKER) : sheet;
    target.getRange(`A1:${last}1`).values = [[...TRACKER_COLUMNS]];
    const table = target.tables.add(`A1:${last}2`, true);
    table.name = TRACKER;
    const column = (name: TrackerColumn) => table.columns.getItem(name).getDataBodyRange();
    column("status").dataValidation.rule = {
      list: { inCellDropDown: true, source: STATUSES.join(",") },
    };
    column("material").dataValidation.rule = {
      list: { inCellDropDown: true, source: `='${LISTS}'!$A$1:$A$${materials.length}` },
    };
    // a material not in the list is allowed: it is checked, with a message, when the row is read
    column("material").dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.information,
      title: "Material",
      message: "Not in Captrack's list: the pane will say whether it can read it.",
    };
    column("capacity").numberFormat = [["#,##0"]];
    column("announced").numberFormat = [["yyyy-mm-dd"]];
    column("reported").numberFormat = [["yyyy-mm-dd"]];
    target.freezePanes.freezeRows(1);
    target.getRange(`A1:${last}1`).format.autofitColumns();
    target.activate();
    await context.sync();
    return true;
  });
}

/** A record as the cells of a Tracker row, in the order of the table's own header. */
export function trackerRow(record: LineRecord, header: readonly unknown[]): (string | number)[] {
  const cell: Record<TrackerColumn, string | number> = {
    company: record.company,
    parent: record.parent ?? "",
    material: record.material,
    capacity: record.capacity ?? "",
    unit: record.capacity === null ? "" : (record.unit ?? ""),
    basis: record.basis ?? "",
    status: record.status,
    kind: record.kind,
    phase: record.phase ?? "",
    site: record.location.site ?? "",
    city: record.location.city ?? "",
    region: record.location.region ?? "",
    country: record.location.country ?? "",
    announced: record.announced,
    reported: record.source.date ?? "",
    source: record.source.url,
    title: record.source.title,
    publisher: record.source.publisher ?? "",
    note: record.note ?? "",
  };
  // the header as the reader matches it: "URL" is the source column, the user's own stay blank
  const { index } = matchHeader(header);
  const row: (string | number)[] = header.map(() => "");
  for (const [column, i] of Object.entries(index)) row[i] = cell[column as TrackerColumn];
  return row;
}

/** What adding lines to the Tracker did. */
export interface TrackerAddition {
  /** the Tracker was made for them */
  created: boolean;
  /** the sheet row each record went to, or null when it was tracked already */
  rows: (number | null)[];
  /** for each record tracked already: the sheet row saying the same, or -(index + 1) of an earlier record */
  tracked: (number | null)[];
}

/**
 * Adds records to the Tracker (made first when missing) in one write, after its own blank rows
 * at the end are filled; a record saying what a Tracker row says already is not added twice.
 */
export async function addToTracker(records: readonly LineRecord[]): Promise<TrackerAddition> {
  const created = records.length > 0 && (await startTracker());
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(TRACKER);
    await context.sync();
    if (table.isNullObject)
      return { created, rows: records.map(() => null), tracked: records.map(() => null) };
    const range = table.getRange().load(["values", "rowIndex", "address"]);
    await context.sync();
    const values = range.values;
    const headerRow = range.rowIndex + 1;
    const missing = matchHeader(values[0]).missing;
    if (missing.length > 0) {
      throw new Error(
        `The Tracker table lacks the column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}: add ${missing.length > 1 ? "them" : "it"} to its header, and add again.`
      );
    }
    const tracked = alreadyTracked(records, values, references(), headerRow + 1);
    const fresh = records.filter((_, i) => tracked[i] === null);
    const rows: (number | null)[] = records.map(() => null);
    if (fresh.length === 0) return { created, rows, tracked };

    // blank rows at the end of the table (a new Tracker has one) are filled before rows are added
    let blank = 0;
    while (blank < values.length - 1 && isBlank(values[values.length - 1 - blank])) blank++;
    const cells = fresh.map((r) => trackerRow(r, values[0]));
    const filled = cells.slice(0, blank);
    const firstFree = headerRow + values.length - blank;
    if (filled.length > 0) {
      const body = table.getDataBodyRange();
      body.getRow(values.length - 1 - blank).getResizedRange(filled.length - 1, 0).values = filled;
    }
    if (cells.length > blank) table.rows.add(undefined, cells.slice(blank));
    await context.sync();
    let next = firstFree;
    records.forEach((_, i) => {
      if (tracked[i] === null) rows[i] = next++;
    });
    return { created, rows, tracked };
  });
}

function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || String(c).trim() === "");
}
