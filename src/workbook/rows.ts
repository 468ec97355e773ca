import { excelSerialToDay, formatDay, parseDay } from "../core/dates";
import { LineRecord } from "../core/line";
import { quote } from "../core/text";
import { HeaderMatch, matchHeader, TrackerColumn } from "./columns";

/** A Tracker row that cannot be a line, and why: shown in the pane and on the command line. */
export interface RowProblem {
  /** the row's number on the sheet (the header is row `firstRow - 1`) */
  row: number;
  column: TrackerColumn | null;
  message: string;
}

export interface TrackerRow {
  row: number;
  record: LineRecord;
}

export interface TrackerRead {
  header: HeaderMatch;
  rows: TrackerRow[];
  problems: RowProblem[];
}

const UNDISCLOSED = /^(|-|–|—|n\/?a|undisclosed|not disclosed|unknown|tbd|\?)$/i;
const NUMBER = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function optional(value: unknown): string | null {
  const t = text(value);
  return t === "" ? null : t;
}

/** A date cell (Excel serial) or text; undefined when it is neither. */
function dateOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value >= 1) {
    return formatDay(excelSerialToDay(value));
  }
  const t = text(value);
  return parseDay(t) === undefined ? undefined : t;
}

class RowError extends Error {
  constructor(
    readonly column: TrackerColumn,
    message: string
  ) {
    super(message);
  }
}

function capacityOf(value: unknown): number | null {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value > 0) return value;
    throw new RowError("capacity", `capacity ${value} is not a positive number`);
  }
  const t = text(value);
  if (UNDISCLOSED.test(t)) return null;
  if (NUMBER.test(t)) return Number(t.replace(/,/g, ""));
  throw new RowError(
    "capacity",
    `capacity ${quote(t)} is not a number: give tonnes (or GWh) a year as a number, or leave it empty when undisclosed`
  );
}

function toRecord(cells: readonly unknown[], header: HeaderMatch): LineRecord {
  const get = (c: TrackerColumn): unknown => {
    const i = header.index[c];
    return i === undefined ? null : cells[i];
  };
  const company = text(get("company"));
  if (company === "") throw new RowError("company", "no company");
  const capacity = capacityOf(get("capacity"));
  const announced = dateOf(get("announced"));
  if (announced === undefined) {
    throw new RowError(
      "announced",
      `announced ${quote(text(get("announced")))} is not a date: give a date cell or YYYY-MM-DD`
    );
  }
  const reportedCell = get("reported");
  const reported = text(reportedCell) === "" ? announced : dateOf(reportedCell);
  if (reported === undefined) {
    throw new RowError(
      "reported",
      `reported ${quote(text(reportedCell))} is not a date: give a date cell or YYYY-MM-DD`
    );
  }
  const kind = text(get("kind")).toLowerCase();
  if (kind !== "" && kind !== "line" && kind !== "aggregate") {
    throw new RowError("kind", `kind ${quote(kind)} is not "line" or "aggregate"`);
  }
  return {
    company,
    parent: optional(get("parent")),
    material: text(get("material")),
    capacity,
    unit: capacity === null ? null : (optional(get("unit")) ?? "t/yr"),
    basis: optional(get("basis")),
    location: {
      site: optional(get("site")),
      city: optional(get("city")),
      region: optional(get("region")),
      country: optional(get("country")),
    },
    status: text(get("status")),
    kind: kind === "aggregate" ? "aggregate" : "line",
    phase: optional(get("phase")),
    announced,
    source: {
      url: text(get("source")),
      title: text(get("title")) || text(get("source")),
      publisher: optional(get("publisher")),
      date: reported,
    },
    note: optional(get("note")),
  };
}

/**
 * Reads a Tracker table's values (header row first). Blank rows are skipped; a row that cannot
 * be a record is reported with its sheet row number, never dropped silently. Whether a record
 * names a known material, place and status is checked when the ledger resolves it.
 */
export function readTracker(values: readonly (readonly unknown[])[], firstRow = 2): TrackerRead {
  const header = matchHeader(values[0] ?? []);
  const rows: TrackerRow[] = [];
  const problems: RowProblem[] = [];
  if (header.missing.length > 0) {
    problems.push({
      row: firstRow - 1,
      column: null,
      message: `the header lacks ${header.missing.map((c) => quote(c)).join(", ")}`,
    });
    return { header, rows, problems };
  }
  values.slice(1).forEach((cells, i) => {
    const read = readRow(cells, header, firstRow + i);
    if (read === null) return;
    if ("record" in read) rows.push(read);
    else problems.push(read);
  });
  return { header, rows, problems };
}

/** One row under a header that has every required column: a record, a problem, or null when blank. */
export function readRow(
  cells: readonly unknown[],
  header: HeaderMatch,
  row: number
): TrackerRow | RowProblem | null {
  const used = Object.values(header.index) as number[];
  if (used.every((c) => text(cells[c]) === "")) return null;
  try {
    return { row, record: toRecord(cells, header) };
  } catch (e) {
    if (!(e instanceof RowError)) throw e;
    return { row, column: e.column, message: e.message };
  }
}
