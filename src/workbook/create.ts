/*
 * The Tracker table in the workbook (Office.js): made on request, appended to by the importer,
 * never overwritten.
 */
import { LineRecord } from "../core/line";
import { STATUSES } from "../core/status";
import { MATERIALS } from "../data/materials";
import { TRACKER_COLUMNS, TrackerColumn } from "./columns";

export const TRACKER = "Tracker";
/** A hidden sheet holding the lists the Tracker's validation offers (too long to inline). */
const LISTS = "Captrack lists";

function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * Makes the Tracker sheet and table: the header, validation lists for status and material, and
 * number formats. Returns false, changing nothing, when the workbook has a Tracker already.
 */
export async function startTracker(): Promise<boolean> {
  return Excel.run(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(TRACKER);
    const sheet = context.workbook.worksheets.getItemOrNullObject(TRACKER);
    const lists = context.workbook.worksheets.getItemOrNullObject(LISTS);
    await context.sync();
    if (!existing.isNullObject) return false;

    const materials = MATERIALS.filter((m) => m.parent !== null).map((m) => [m.name]);
    const listSheet = lists.isNullObject ? context.workbook.worksheets.add(LISTS) : lists;
    listSheet.getRange(`A1:A${materials.length}`).values = materials;
    listSheet.visibility = Excel.SheetVisibility.hidden;

    const target = sheet.isNullObject ? context.workbook.worksheets.add(TRACKER) : sheet;
    const last = columnLetter(TRACKER_COLUMNS.length - 1);
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
  return header.map((h) => {
    const name = String(h ?? "")
      .trim()
      .toLowerCase() as TrackerColumn;
    return name in cell ? cell[name] : "";
  });
}

/** Appends records to the Tracker (made first when missing) in one write. */
export async function appendToTracker(records: readonly LineRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  await startTracker();
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(TRACKER);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    table.rows.add(
      undefined,
      records.map((r) => trackerRow(r, header.values[0]))
    );
    await context.sync();
    return records.length;
  });
}
