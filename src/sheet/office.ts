/*
 * The Office.js renderer: writes a sheet plan into the open workbook through Excel.run.
 *
 * Few round trips whatever the size: one sync lists the sheets, one reads Captrack's marker on
 * each (and what tables and charts it holds), and the writes go out in as few batches as the
 * request-size limit allows: one for any table up to about 4 MB of cells (some 10,000 lines),
 * then one more for each further 4 MB. Values are written as whole 2-D ranges, never cell by
 * cell or row by row; number formats for whole columns are single values; calculation is
 * suspended in every write batch.
 *
 * The sheet is found again by a worksheet custom property holding the plan's key, not by its
 * name: a sheet the user renamed is still refreshed, and a sheet of the same name that Captrack
 * did not make is never changed (the new sheet takes a free name beside it).
 */
import { uniqueSheetName } from "./names";
import { Block, ChartPlan, MARKER_PROPERTY, PlanCell, SheetPlan } from "./plan";
import { LOOKS } from "./styles";

/** Excel on the web refuses requests over 5 MB; batches stay under this, with room to spare. */
export const DEFAULT_BATCH_BYTES = 4_000_000;
/** Kept free in every batch for the commands around the cells (formats, names, the marker). */
const BATCH_RESERVE_BYTES = 64 * 1024;

export interface OfficeRenderOptions {
  /** the most a batch of writes may carry (estimated as the JSON of its arguments) */
  maxBatchBytes?: number;
}

export interface OfficeRenderResult {
  /** the sheet's name (a refreshed sheet keeps the name the user gave it) */
  sheet: string;
  refreshed: boolean;
  /** context.sync() calls made */
  syncs: number;
  /** estimated size of each write batch, in bytes */
  batchBytes: number[];
}

type Value = string | number;

/** A cell as Office.js takes it: links become HYPERLINK formulas, empty cells "". */
export function officeValue(cell: PlanCell): Value {
  if (cell === null) return "";
  if (typeof cell !== "object") return cell;
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  // a string in a formula is at most 255 characters
  const text = cell.text.length > 255 ? `${cell.text.slice(0, 254)}…` : cell.text;
  if (cell.url.length > 255) return text === cell.url ? cell.url : `${text} (${cell.url})`;
  return `=HYPERLINK(${quoted(cell.url)},${quoted(text)})`;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** Bytes a value adds to a request, as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** The table's body rows in batches: each batch's JSON stays within its budget. */
export function chunkRows(
  rows: readonly Value[][],
  budget: number,
  lastBudget: number
): Array<[number, number]> {
  // filled from the end, so the last batch (which also carries the rest of the sheet) is the lightest
  const chunks: Array<[number, number]> = [];
  let end = rows.length;
  let room = lastBudget;
  let used = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const size = jsonBytes(rows[i]) + 1;
    if (used + size > room && i + 1 < end) {
      chunks.push([i + 1, end]);
      end = i + 1;
      room = budget;
      used = 0;
    }
    used += size;
  }
  chunks.push([0, end]);
  return chunks.reverse();
}

/** Excel's column width in points for a width in characters of the default font. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

function writeBlock(sheet: Excel.Worksheet, b: Block): void {
  const rows = b.cells.length;
  const cols = b.cells[0].length;
  const range = sheet.getRangeByIndexes(b.row, b.col, rows, cols);
  range.numberFormat = b.formats;
  range.values = b.cells.map((r) => r.map(officeValue));
  b.rowStyles.forEach((style, i) => {
    if (!style) return;
    const s = LOOKS[style];
    const row = sheet.getRangeByIndexes(b.row + i, b.col, 1, cols).format;
    if (s.bold) row.font.bold = true;
    if (s.italic) row.font.italic = true;
    if (s.size) row.font.size = s.size;
    if (s.color) row.font.color = s.color;
    if (s.fill) row.fill.color = s.fill;
  });
}

function addChart(sheet: Excel.Worksheet, c: ChartPlan): void {
  const source = sheet.getRangeByIndexes(c.source.row, c.source.col, c.source.rows, c.source.cols);
  const chart = sheet.charts.add("BarClustered", source, "Columns");
  chart.name = c.name;
  chart.title.text = c.title;
  chart.legend.visible = false;
  // bars read from the top, largest first, as in the summary
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.series.getItemAt(0).name = c.seriesName;
  chart.setPosition(
    sheet.getRangeByIndexes(c.anchor.row, c.anchor.col, 1, 1),
    sheet.getRangeByIndexes(
      c.anchor.row + c.anchor.rows - 1,
      c.anchor.col + c.anchor.cols - 1,
      1,
      1
    )
  );
}

/**
 * Writes the plan into the workbook: refreshes the sheet Captrack made for the same key, or
 * adds one. Rejects with Excel's error (code and message) when Excel refuses a batch.
 */
export async function renderToExcel(
  plan: SheetPlan,
  options: OfficeRenderOptions = {}
): Promise<OfficeRenderResult> {
  const budget = (options.maxBatchBytes ?? DEFAULT_BATCH_BYTES) - BATCH_RESERVE_BYTES;
  const t = plan.table;
  const cols = t.columns.length;
  const body: Value[][] = t.rows.map((r) => r.map(officeValue));
  const restBytes =
    plan.blocks.reduce((n, b) => n + jsonBytes(b.cells) + jsonBytes(b.formats), 0) +
    jsonBytes(t.columns) +
    jsonBytes(t.cellFormats);
  const chunks = body.length === 0 ? [] : chunkRows(body, budget, Math.max(budget - restBytes, 1));

  return Excel.run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await sync();

    // Captrack's marker on each sheet, and what a sheet of ours holds that a refresh replaces
    const found = sheets.items.map((s) => ({
      sheet: s,
      marker: s.customProperties.getItemOrNullObject(MARKER_PROPERTY).load("value"),
      tables: s.tables.load("items/name"),
      charts: s.charts.load("items/name"),
    }));
    await sync();
    const mine = found.find((f) => !f.marker.isNullObject && f.marker.value === plan.key);

    context.application.suspendApiCalculationUntilNextSync();
    let sheet: Excel.Worksheet;
    let name: string;
    if (mine) {
      sheet = mine.sheet;
      name = sheet.name;
      sheet.freezePanes.unfreeze();
      for (const chart of mine.charts.items) chart.delete();
      for (const table of mine.tables.items) table.delete();
      sheet.getRange().clear("All");
    } else {
      name = uniqueSheetName(
        plan.name,
        sheets.items.map((s) => s.name)
      );
      sheet = sheets.add(name);
      sheet.customProperties.add(MARKER_PROPERTY, plan.key);
    }
    // text columns must be text before anything is written, or Excel reads "2024-12" as a date
    t.columnFormats.forEach((format, i) => {
      sheet.getRangeByIndexes(t.row, t.col + i, body.length + 1, 1).numberFormat = [[format]];
    });

    const batchBytes: number[] = [];
    for (let k = 0; k < chunks.length - 1; k++) {
      const [from, to] = chunks[k];
      sheet.getRangeByIndexes(t.row + 1 + from, t.col, to - from, cols).formulas = body.slice(
        from,
        to
      );
      batchBytes.push(jsonBytes(body.slice(from, to)));
      await sync();
      context.application.suspendApiCalculationUntilNextSync();
    }

    // the last batch: the last rows, then everything around them
    let last = 0;
    if (chunks.length > 0) {
      const [from, to] = chunks[chunks.length - 1];
      const rows = body.slice(from, to);
      sheet.getRangeByIndexes(t.row + 1 + from, t.col, to - from, cols).formulas = rows;
      last += jsonBytes(rows);
    }
    for (const c of t.cellFormats) {
      sheet.getRangeByIndexes(t.row + 1 + c.row, t.col + c.col, 1, 1).numberFormat = [[c.format]];
    }
    sheet.getRangeByIndexes(t.row, t.col, 1, cols).values = [t.columns];
    const table = sheet.tables.add(
      sheet.getRangeByIndexes(t.row, t.col, body.length + 1, cols),
      true
    );
    table.name = t.name;
    table.style = t.style;
    table.showFilterButton = true;
    for (const b of plan.blocks) writeBlock(sheet, b);
    plan.columnWidths.forEach((chars, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(chars);
    });
    if (plan.chart) addChart(sheet, plan.chart);
    sheet.freezePanes.freezeRows(plan.freezeRows);
    sheet.activate();
    batchBytes.push(last + restBytes);
    await sync();
    return { sheet: name, refreshed: mine !== undefined, syncs, batchBytes };
  });
}
