/*
 * The sheet plan: from a query and its filters, the worksheet the generator makes, as data.
 * Renderers (Office.js in the task pane, exceljs on the command line) turn it into cells;
 * nothing here touches Office, so the whole sheet can be tested in plain Node.
 *
 * Every capacity comes from the core: the totals are CT.CAPACITY's answers and the summaries
 * CT.BREAKDOWN's (regional totals reconciled with the lines they include, counted once).
 */
import { formatDay } from "../core/dates";
import { CaptrackError } from "../core/errors";
import { Ledger } from "../core/ledger";
import { Line } from "../core/line";
import { ROOT_MATERIAL } from "../core/material";
import { BEYOND_LINES, breakdown } from "../core/breakdown";
import { capacity, Filters, linesOf, select, Selection } from "../core/query";
import { DEFAULT_STATUSES, Status, STATUSES } from "../core/status";
import { Cell, LINE_COLUMNS, lineRow } from "../core/table";
import { Measure, unitFor } from "../core/units";
import { fingerprint, sheetName, tableName } from "./names";

/** What the user asked for: the query and the filters of CT.CAPACITY, less the unit. */
export interface SheetRequest {
  query: string;
  material?: string | null;
  status?: string | null;
  /** an ISO date or an Excel date serial; none means today */
  asOf?: string | number | null;
}

/** A cell that links to an address, shown as `text`. */
export interface Link {
  text: string;
  url: string;
}

/** A cell of the plan: text, a number, a link, or empty (null). */
export type PlanCell = string | number | Link | null;

/** How a row of a block looks; renderers map these to fonts, fills and borders. */
export type RowStyle = "title" | "stamp" | "headline" | "heading" | "header" | "total" | "note";

/** A rectangle of cells at a place on the sheet. Rows and columns count from 0. */
export interface Block {
  id: string;
  row: number;
  col: number;
  cells: PlanCell[][];
  /** a number format for every cell ("@" keeps text as text) */
  formats: string[][];
  /** a style for every row, or null for plain */
  rowStyles: (RowStyle | null)[];
}

/** The Excel table of the lines: one header row, then one row a line. */
export interface TablePlan {
  name: string;
  row: number;
  col: number;
  columns: string[];
  rows: PlanCell[][];
  /** one number format a column, applied from the header row to the last row */
  columnFormats: string[];
  /** cells whose format is not their column's (capacities with decimals); row 0 is the first line */
  cellFormats: Array<{ row: number; col: number; format: string }>;
  style: string;
}

/** A clustered bar chart of one column of a block against its first column. */
export interface ChartPlan {
  type: "barClustered";
  name: string;
  title: string;
  /** a header row then one row a bar: categories in the first column, values in the second */
  source: { row: number; col: number; rows: number; cols: 2 };
  seriesName: string;
  anchor: { row: number; col: number; rows: number; cols: number };
}

/** A total a measure: tonnes a year, GWh a year, or GWh-equivalent a year. */
export interface MeasureTotal {
  measure: Measure;
  /** "t/yr", "GWh/yr", "GWh-eq/yr" */
  unit: string;
  /** CT.CAPACITY's answer in this unit, or null when it has none (nothing stated) */
  value: number | null;
}

/** One row of a summary: a company, a material or a status. */
export interface GroupRow {
  label: string;
  /** capacity a measure (in the order of `SheetPlan.measures`), null when no line states one */
  capacity: (number | null)[];
  lines: number;
  undisclosed: number;
}

export interface Summary {
  by: "company" | "material" | "status";
  rows: GroupRow[];
  /** the groups after the first MAX_GROUPS, folded into one row */
  others: GroupRow | null;
  /** how many companies, materials or statuses the lines have */
  groups: number;
  /** what regional totals add beyond the lines they include, a measure (null when nothing) */
  beyond: (number | null)[];
  total: (number | null)[];
  lines: number;
  undisclosed: number;
}

export interface SheetPlan {
  /** identifies the sheet made for this query and these filters, whatever its name */
  key: string;
  /** the name to give a new sheet (already valid for Excel) */
  name: string;
  title: string;
  stamp: string;
  measures: Measure[];
  totals: MeasureTotal[];
  /** production lines in the table (regional totals are not lines) */
  lines: number;
  undisclosed: number;
  /** regional totals in the table */
  aggregates: number;
  summaries: Summary[];
  blocks: Block[];
  table: TablePlan;
  chart: ChartPlan | null;
  /** width of each column from A, in characters */
  columnWidths: number[];
  /** rows kept in view: the title, the totals and the table's header */
  freezeRows: number;
}

export interface PlanOptions {
  /** when the plan is made (for the stamp); default now */
  now?: Date;
  /** groups listed by name in each summary before the rest are folded into one row */
  maxGroups?: number;
  /** bars in the chart */
  maxBars?: number;
}

export const MARKER_PROPERTY = "CaptrackSheet";
export const CHART_NAME = "CaptrackChart";
const MAX_GROUPS = 25;
const MAX_BARS = 15;
const MEASURES: readonly Measure[] = ["mass", "energy", "equivalent"];

export const TITLE_ROW = 0;
export const STAMP_ROW = 1;
export const TOTAL_ROW = 2;
export const TABLE_ROW = 4;

const COLUMN_WIDTHS: Record<string, number> = {
  company: 36,
  material: 26,
  capacity: 12,
  unit: 11,
  basis: 10,
  status: 18,
  site: 26,
  city: 14,
  region: 16,
  country: 13,
  announced: 11,
  reported: 11,
  source: 40,
  history: 40,
  from: 10,
};

export const INTEGER_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.0##";
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** The number format of a cell of the plan: text stays text, numbers get thousands separators. */
export function formatOf(cell: PlanCell): string {
  if (typeof cell === "number") return Number.isInteger(cell) ? INTEGER_FORMAT : DECIMAL_FORMAT;
  if (typeof cell === "string") return TEXT_FORMAT;
  return GENERAL_FORMAT;
}

export function unitLabel(measure: Measure): string {
  return `${unitFor(measure).symbol}/yr`;
}

function filtersOf(request: SheetRequest): Filters {
  return { material: request.material, status: request.status, asOf: request.asOf };
}

function hasAsOf(request: SheetRequest): boolean {
  return request.asOf !== null && request.asOf !== undefined && request.asOf !== "";
}

function sameStatuses(chosen: ReadonlySet<Status>, list: readonly Status[]): boolean {
  return chosen.size === list.length && list.every((s) => chosen.has(s));
}

function statusText(chosen: ReadonlySet<Status>): string {
  if (sameStatuses(chosen, DEFAULT_STATUSES)) return "all but shelved and cancelled";
  if (sameStatuses(chosen, STATUSES)) return "all";
  return STATUSES.filter((s) => chosen.has(s)).join(", ");
}

function statusKey(chosen: ReadonlySet<Status>): string {
  if (sameStatuses(chosen, DEFAULT_STATUSES)) return "active";
  if (sameStatuses(chosen, STATUSES)) return "all";
  return STATUSES.filter((s) => chosen.has(s)).join(",");
}

/**
 * The key of the sheet for a request: what the query names (not how it was typed, so "baotou"
 * and "Baotou" are one sheet) and the filters as the core reads them. Kept short enough for a
 * worksheet custom property (255 characters).
 */
export function sheetKey(s: Selection, request: SheetRequest): string {
  const t = s.target;
  const target =
    t.kind === "all"
      ? "*"
      : t.kind === "place"
        ? `place:${t.id}`
        : t.kind === "company"
          ? `company:${t.company.name}`
          : `material:${t.id}`;
  const key = [
    target,
    `material:${s.material}`,
    `status:${statusKey(s.statuses)}`,
    `asof:${hasAsOf(request) ? formatDay(s.asOfDay) : "today"}`,
  ].join("|");
  return key.length <= 200 ? key : `${key.slice(0, 180)}#${fingerprint(key)}`;
}

function materialNarrowed(s: Selection): boolean {
  return (
    s.material !== ROOT_MATERIAL && (s.target.kind !== "material" || s.target.id !== s.material)
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sheet's name: what the query names, then the filters that narrow it. */
function nameFor(ledger: Ledger, s: Selection, request: SheetRequest): string {
  const parts = [s.target.kind === "all" ? "All lines" : s.target.label];
  if (materialNarrowed(s)) parts.push(ledger.refs.materials.label(s.material));
  if (!sameStatuses(s.statuses, DEFAULT_STATUSES)) parts.push(statusKey(s.statuses));
  if (hasAsOf(request)) parts.push(formatDay(s.asOfDay));
  return sheetName(parts.join(", "));
}

/** CT.CAPACITY's answer in one measure, or null when it has none to give (#N/A). */
function totalIn(ledger: Ledger, request: SheetRequest, measure: Measure): number | null {
  try {
    return capacity(ledger, request.query, {
      ...filtersOf(request),
      unit: unitFor(measure).symbol,
    });
  } catch (e) {
    if (e instanceof CaptrackError && e.kind === "na") return null;
    throw e;
  }
}

/** The label a line is grouped under, as CT.BREAKDOWN groups it. */
function labelOf(ledger: Ledger, by: Summary["by"], line: Line): string {
  if (by === "company") return line.company;
  if (by === "material") return ledger.refs.materials.label(line.material);
  return line.status;
}

/**
 * CT.BREAKDOWN's rows in one measure, by group label: the capacity of each group (regional
 * totals inside a group reconciled with its lines), what regional totals add beyond the named
 * lines, and the total (CT.CAPACITY's). Null when CT.CAPACITY has no answer in this measure.
 */
function breakdownIn(
  ledger: Ledger,
  request: SheetRequest,
  by: Summary["by"],
  measure: Measure
): { groups: Map<string, number>; beyond: number | null; total: number } | null {
  let table: Cell[][];
  try {
    table = breakdown(ledger, request.query, by, {
      ...filtersOf(request),
      unit: unitFor(measure).symbol,
    });
  } catch (e) {
    if (e instanceof CaptrackError && e.kind === "na") return null;
    throw e;
  }
  const groups = new Map<string, number>();
  let beyond: number | null = null;
  let total = 0;
  // the header row, then the groups, the row beyond the named lines and the total, in that order
  table.slice(1).forEach((row, i, rows) => {
    const value = row[1] as number;
    if (i === rows.length - 1) total = value;
    else if (row[0] === BEYOND_LINES) beyond = value;
    else groups.set(String(row[0]), value);
  });
  return { groups, beyond, total };
}

function summarise(
  ledger: Ledger,
  request: SheetRequest,
  by: Summary["by"],
  lines: readonly Line[],
  measures: readonly Measure[],
  maxGroups: number
): Summary {
  const members = new Map<string, Line[]>();
  for (const line of lines) {
    const label = labelOf(ledger, by, line);
    const list = members.get(label);
    if (list) list.push(line);
    else members.set(label, [line]);
  }
  const tables = measures.map((m) => breakdownIn(ledger, request, by, m));
  // a group whose lines state nothing in a measure shows an empty cell there, not 0
  const valueOf = (label: string, m: number): number | null => {
    const states = (members.get(label) ?? []).some(
      (l) => l.measure === measures[m] && l.amount !== null
    );
    const value = tables[m]?.groups.get(label) ?? 0;
    return states || value > 0 ? value : null;
  };
  const rowOf = (label: string): GroupRow => {
    const list = members.get(label) ?? [];
    return {
      label,
      capacity: measures.map((_, m) => valueOf(label, m)),
      lines: list.length,
      undisclosed: list.filter((l) => l.amount === null).length,
    };
  };
  let rows = [...members.keys()].map(rowOf);
  let others: GroupRow | null = null;
  if (by === "status") {
    rows.sort((a, b) => STATUSES.indexOf(a.label as Status) - STATUSES.indexOf(b.label as Status));
  } else {
    rows.sort((a, b) => {
      for (let m = 0; m < measures.length; m++) {
        const d = (b.capacity[m] ?? -1) - (a.capacity[m] ?? -1);
        if (d !== 0) return d;
      }
      return b.lines - a.lines || a.label.localeCompare(b.label);
    });
    if (rows.length > maxGroups + 1) {
      const rest = rows.slice(maxGroups);
      const what = by === "company" ? "companies" : "materials";
      others = {
        label: `${rest.length.toLocaleString("en-US")} other ${what}`,
        capacity: measures.map((_, m) =>
          rest.some((r) => r.capacity[m] !== null)
            ? rest.reduce((sum, r) => sum + (r.capacity[m] ?? 0), 0)
            : null
        ),
        lines: rest.reduce((n, r) => n + r.lines, 0),
        undisclosed: rest.reduce((n, r) => n + r.undisclosed, 0),
      };
      rows = rows.slice(0, maxGroups);
    }
  }
  return {
    by,
    rows,
    others,
    groups: members.size,
    beyond: tables.map((t) => t?.beyond ?? null),
    total: tables.map((t) => t?.total ?? null),
    lines: lines.length,
    undisclosed: lines.filter((l) => l.amount === null).length,
  };
}

function block(
  id: string,
  row: number,
  col: number,
  cells: PlanCell[][],
  styles: (RowStyle | null)[]
): Block {
  const width = Math.max(...cells.map((r) => r.length));
  const square = cells.map((r) => [...r, ...Array<PlanCell>(width - r.length).fill(null)]);
  return {
    id,
    row,
    col,
    cells: square,
    formats: square.map((r) => r.map(formatOf)),
    rowStyles: styles,
  };
}

function summaryBlock(s: Summary, measures: readonly Measure[], row: number, col: number): Block {
  const heading = { company: "By company", material: "By material", status: "By status" }[s.by];
  const cells: PlanCell[][] = [
    [heading],
    [s.by, ...measures.map((m) => `capacity (${unitLabel(m)})`), "lines", "undisclosed"],
  ];
  const styles: (RowStyle | null)[] = ["heading", "header"];
  const line = (r: GroupRow): PlanCell[] => [r.label, ...r.capacity, r.lines, r.undisclosed];
  for (const r of s.rows) {
    cells.push(line(r));
    styles.push(null);
  }
  if (s.others) {
    cells.push(line(s.others));
    styles.push(null);
  }
  if (s.beyond.some((v) => v !== null)) {
    cells.push(["Regional totals beyond the named lines", ...s.beyond, null, null]);
    styles.push("note");
  }
  cells.push(["Total (as CT.CAPACITY)", ...s.total, s.lines, s.undisclosed]);
  styles.push("total");
  return block(`summary-${s.by}`, row, col, cells, styles);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** Minutes, in UTC: the same stamp wherever the sheet is made. */
function stampTime(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function sourceCell(line: Line): PlanCell {
  const url = line.source.url;
  const text = line.source.title?.trim() || line.source.publisher?.trim() || url;
  return { text, url };
}

/**
 * The plan of the sheet for a request. Throws the core's CaptrackError when the query names
 * nothing or nothing matches (with the core's message and suggestion), or an argument is bad.
 */
export function planSheet(
  ledger: Ledger,
  request: SheetRequest,
  options: PlanOptions = {}
): SheetPlan {
  const now = options.now ?? new Date();
  const filters = filtersOf(request);
  const selection = select(ledger, request.query, filters);
  const listed = linesOf(ledger, request.query, filters);
  const lines = listed.filter((l) => l.kind === "line");
  const aggregates = listed.filter((l) => l.kind === "aggregate");
  // measures in which some line states a capacity come first: the chart shows the first
  const present = new Set(listed.map((l) => l.measure ?? "mass"));
  const stated = new Set(lines.filter((l) => l.amount !== null).map((l) => l.measure));
  const measures = [
    ...MEASURES.filter((m) => present.has(m) && stated.has(m)),
    ...MEASURES.filter((m) => present.has(m) && !stated.has(m)),
  ];
  const totals: MeasureTotal[] = measures.map((m) => ({
    measure: m,
    unit: unitLabel(m),
    value: totalIn(ledger, request, m),
  }));
  const maxGroups = options.maxGroups ?? MAX_GROUPS;
  const summaries = (["company", "material", "status"] as const).map((by) =>
    summarise(ledger, request, by, lines, measures, maxGroups)
  );
  const undisclosed = lines.filter((l) => l.amount === null).length;

  const label = (id: string) => ledger.refs.materials.label(id);
  const columns = [...LINE_COLUMNS] as string[];
  const sourceAt = columns.indexOf("source");
  const capacityAt = columns.indexOf("capacity");
  const rows: PlanCell[][] = listed.map((l) => {
    const row: PlanCell[] = lineRow(l, label).map((c) => (c === "" ? null : c));
    if (sourceAt >= 0) row[sourceAt] = sourceCell(l);
    return row;
  });
  const cellFormats: TablePlan["cellFormats"] = [];
  rows.forEach((r, i) => {
    const v = r[capacityAt];
    if (typeof v === "number" && !Number.isInteger(v))
      cellFormats.push({ row: i, col: capacityAt, format: DECIMAL_FORMAT });
  });
  const key = sheetKey(selection, request);
  const table: TablePlan = {
    name: tableName(key),
    row: TABLE_ROW,
    col: 0,
    columns,
    rows,
    columnFormats: columns.map((c) =>
      c === "capacity" ? INTEGER_FORMAT : c === "source" ? GENERAL_FORMAT : TEXT_FORMAT
    ),
    cellFormats,
    style: "TableStyleMedium7",
  };

  const title = `${capitalised(selection.target.kind === "all" ? "every line" : selection.target.label)}: announced production capacity`;
  const asOf = hasAsOf(request)
    ? formatDay(selection.asOfDay)
    : `${formatDay(selection.asOfDay)} (today)`;
  const material = materialNarrowed(selection) ? label(selection.material) : "all";
  const stamp =
    `As of ${asOf} · status: ${statusText(selection.statuses)} · material: ${material} · ` +
    `dataset ${ledger.version} · made ${stampTime(now)} by Captrack (Generate again to refresh)`;
  const totalRow: PlanCell[] = ["Total (as CT.CAPACITY)"];
  for (const t of totals) totalRow.push(t.value ?? "not disclosed", t.unit);
  const counted =
    `${count(lines.length, "line")}, ${undisclosed.toLocaleString("en-US")} with capacity undisclosed` +
    (aggregates.length > 0
      ? `; ${count(aggregates.length, "regional total")} reconciled with the lines it includes`
      : "");
  totalRow.push(counted);

  const side = columns.length + 1;
  const blocks: Block[] = [
    block("title", TITLE_ROW, 0, [[title]], ["title"]),
    block("stamp", STAMP_ROW, 0, [[stamp]], ["stamp"]),
    block("total", TOTAL_ROW, 0, [totalRow], ["headline"]),
  ];
  let row = TABLE_ROW;
  for (const s of summaries) {
    const b = summaryBlock(s, measures, row, side);
    blocks.push(b);
    row += b.cells.length + 1;
  }
  const sideWidth = 3 + measures.length;

  // the chart: the largest companies in the first measure (the rows are sorted by it)
  const company = summaries[0];
  const bars = company.rows.filter((r) => (r.capacity[0] ?? 0) > 0).length;
  let chart: ChartPlan | null = null;
  if (bars > 0) {
    const shown = Math.min(bars, options.maxBars ?? MAX_BARS);
    const of =
      shown < company.groups
        ? `, top ${shown} of ${count(company.groups, "company", "companies")}`
        : "";
    chart = {
      type: "barClustered",
      name: CHART_NAME,
      title: `Capacity by company (${unitLabel(measures[0])}${of})`,
      source: { row: TABLE_ROW + 1, col: side, rows: shown + 1, cols: 2 },
      seriesName: `capacity (${unitLabel(measures[0])})`,
      anchor: {
        row: TABLE_ROW,
        col: side + sideWidth + 1,
        rows: Math.max(14, shown + 6),
        cols: 7,
      },
    };
  }

  const columnWidths: number[] = columns.map((c) => COLUMN_WIDTHS[c] ?? 14);
  columnWidths.push(3, 32, ...measures.map(() => 14), 8, 12);
  return {
    key,
    name: nameFor(ledger, selection, request),
    title,
    stamp,
    measures,
    totals,
    lines: lines.length,
    undisclosed,
    aggregates: aggregates.length,
    summaries,
    blocks,
    table,
    chart,
    columnWidths,
    freezeRows: TABLE_ROW + 1,
  };
}
