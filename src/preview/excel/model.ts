/*
 * An in-memory workbook: the state behind the stand-in for Excel's JavaScript API (api.ts).
 * It keeps what the add-in writes (values, formulas, number formats, fonts and fills, column
 * widths, tables, charts, frozen rows, worksheet custom properties) and applies Excel's rules
 * that the add-in depends on: valid and unique sheet and table names, a text format keeping
 * text as text, strings that look like numbers or dates becoming numbers otherwise, arrays
 * that must fit their range, tables that must not overlap, tables growing by rows (added, or
 * typed below them) with their columns' formats and validation. It also records what Excel
 * would raise events for (edits inside tables), for the API to pass to the add-in's handlers.
 */

export type Primitive = string | number | boolean;

/** An error as Excel reports it: a code (ItemNotFound, InvalidArgument…) and a message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface Font {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colName(c: number): string {
  let name = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function address(rect: Rect): string {
  const a = `${colName(rect.c0)}${rect.r0 + 1}`;
  const b = `${colName(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** "A1", "B2:D9", "A:C", "3:5", optionally after "Sheet!" (which is returned apart). */
export function parseAddress(text: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.replace(/\$/g, "").split(":");
  if (parts.length < 1 || parts.length > 2)
    throw new ExcelError("InvalidArgument", `bad address ${text}`);
  const cells = parts.map((p) => /^([A-Za-z]{1,3})?(\d{1,7})?$/.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) {
    throw new ExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (address ${text}).`
    );
  }
  const [a, b] = [cells[0]!, cells[cells.length - 1]!];
  const rect: Rect = {
    r0: a[2] ? Number(a[2]) - 1 : 0,
    c0: a[1] ? colIndex(a[1]) : 0,
    r1: b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1,
    c1: b[1] ? colIndex(b[1]) : MAX_COLS - 1,
  };
  return { sheet, rect };
}

export function rowsOf(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function colsOf(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function inside(r: number, c: number, rect: Rect): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

/** Days from 1899-12-30, Excel's epoch for date serials. */
function serialOf(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return Math.round(ms / 86400000) + 25569;
}

/** What Excel makes of a string typed into a cell that is not formatted as text. */
export function coerce(text: string): { value: Primitive; format?: string } {
  const t = text.trim();
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, "")) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (iso) {
    const serial = serialOf(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : 1);
    if (serial !== undefined) return { value: serial, format: iso[3] ? "yyyy-mm-dd" : "mmm-yy" };
  }
  return { value: text };
}

export interface CellState {
  value: Primitive | null;
  formula: string | null;
  link: string | null;
  /** a value spilled from the formula at this cell (a custom function's array) */
  spill?: { r: number; c: number };
  /** the message of an error a custom function returned, as Excel shows it on hover */
  message?: string;
}

/** A cell's data validation (Office.js DataValidation): what each write set, merged. */
export interface Validation {
  rule?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

interface ValidationWrite extends Validation {
  rect: Rect;
  reset?: boolean;
}

/** An edit Excel raises a table's onChanged for: the area is within the table. */
export interface TableChange {
  table: TableModel;
  changeType: "RangeEdited" | "RowInserted";
  rect: Rect;
}

/**
 * The evaluation of the formulas the model does not evaluate itself: the add-in's custom
 * functions (functions.ts). The model tells it what is written and what changes.
 */
export interface FormulaCalc {
  /** whether a formula is one of its own (a call of a custom function) */
  claims(formula: string): boolean;
  /** a formula it claims was written at (r, c) */
  written(sheet: SheetModel, r: number, c: number): void;
  /** the cell at (r, c), which held `old`, was written or cleared */
  touched(sheet: SheetModel, r: number, c: number, old: CellState | undefined): void;
  /** every cell of the sheet is gone (cleared, or the sheet deleted) */
  forget(sheet: SheetModel): void;
}

export class TableModel {
  showFilterButton = true;
  showHeaders = true;
  showBandedRows = true;
  style = "TableStyleMedium2";

  constructor(
    public name: string,
    public sheet: SheetModel,
    public rect: Rect,
    /** as in Excel, the id stays when the table is renamed */
    readonly id: string = `{table-${name}}`
  ) {}

  get header(): string[] {
    const out: string[] = [];
    for (let c = this.rect.c0; c <= this.rect.c1; c++)
      out.push(String(this.sheet.cell(this.rect.r0, c)?.value ?? ""));
    return out;
  }
}

export interface SeriesModel {
  name: string;
  /** rows (or columns) of the values, on the chart's sheet */
  values: Rect;
  categories: Rect | null;
}

export class ChartModel {
  title = "";
  titleVisible = true;
  legendVisible = true;
  reversePlotOrder = false;
  position: { from: Rect; to: Rect } | null = null;
  series: SeriesModel[] = [];

  constructor(
    public name: string,
    public type: string,
    public sheet: SheetModel,
    public source: Rect,
    public seriesBy: string
  ) {
    this.series = this.readSeries();
  }

  get id(): string {
    return `{chart-${this.name}}`;
  }

  /** As Excel does: a text first row names the series, a text first column holds the categories. */
  private readSeries(): SeriesModel[] {
    const s = this.source;
    const text = (r: number, c: number) => typeof this.sheet.cell(r, c)?.value === "string";
    const byColumns = this.seriesBy !== "Rows";
    const headerRow = byColumns ? text(s.r0, Math.min(s.c0 + 1, s.c1)) : text(s.r0, s.c0 + 1);
    const labelCol = text(Math.min(s.r0 + 1, s.r1), s.c0);
    const r0 = headerRow ? s.r0 + 1 : s.r0;
    const c0 = labelCol ? s.c0 + 1 : s.c0;
    const series: SeriesModel[] = [];
    if (byColumns) {
      for (let c = c0; c <= s.c1; c++) {
        series.push({
          name: headerRow
            ? String(this.sheet.cell(s.r0, c)?.value ?? "")
            : `Series${series.length + 1}`,
          values: { r0, c0: c, r1: s.r1, c1: c },
          categories: labelCol ? { r0, c0: s.c0, r1: s.r1, c1: s.c0 } : null,
        });
      }
    } else {
      for (let r = r0; r <= s.r1; r++) {
        series.push({
          name: labelCol
            ? String(this.sheet.cell(r, s.c0)?.value ?? "")
            : `Series${series.length + 1}`,
          values: { r0: r, c0, r1: r, c1: s.c1 },
          categories: headerRow ? { r0: s.r0, c0, r1: s.r0, c1: s.c1 } : null,
        });
      }
    }
    return series;
  }
}

interface FormatWrite {
  seq: number;
  rect: Rect;
  numberFormat?: string;
  font?: Font;
  fill?: string | null;
  horizontalAlignment?: string;
  wrapText?: boolean;
  /** a clear: resets everything before it */
  reset?: boolean;
}

export class SheetModel {
  readonly rows = new Map<number, Map<number, CellState>>();
  /** per-cell number formats (written as arrays), by row then column, with their write order */
  private readonly cellFormats = new Map<number, Map<number, { seq: number; format: string }>>();
  private readonly formatWrites: FormatWrite[] = [];
  /** the writes that set a number format or reset formats, for the lookup of a cell's format */
  private readonly numberFormatWrites: FormatWrite[] = [];
  private readonly validations: ValidationWrite[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly customProperties = new Map<string, string>();
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  freezeRows = 0;
  freezeColumns = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  /** the cells selected on this sheet (A1 until something is selected) */
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  cell(r: number, c: number): CellState | undefined {
    return this.rows.get(r)?.get(c);
  }

  private put(r: number, c: number, state: CellState | null): void {
    const calc = this.workbook.calc;
    if (calc) calc.touched(this, r, c, this.cell(r, c));
    this.setComputed(r, c, state);
  }

  /** Sets a cell as a formula's result does: nothing else is told. */
  setComputed(r: number, c: number, state: CellState | null): void {
    let row = this.rows.get(r);
    if (state === null) {
      row?.delete(c);
      if (row && row.size === 0) this.rows.delete(r);
      return;
    }
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, state);
  }

  numberFormat(r: number, c: number): string {
    let best: { seq: number; format: string } = { seq: -1, format: "General" };
    const own = this.cellFormats.get(r)?.get(c);
    if (own) best = own;
    for (let i = this.numberFormatWrites.length - 1; i >= 0; i--) {
      const w = this.numberFormatWrites[i];
      if (w.seq <= best.seq) break;
      if (inside(r, c, w.rect)) {
        if (w.reset) return "General";
        if (w.numberFormat !== undefined) return w.numberFormat;
      }
    }
    return best.format;
  }

  /** The font, fill and alignment of a cell: every write that covers it, in order. */
  style(
    r: number,
    c: number
  ): { font: Font; fill: string | null; horizontalAlignment?: string; wrapText?: boolean } {
    const out: {
      font: Font;
      fill: string | null;
      horizontalAlignment?: string;
      wrapText?: boolean;
    } = { font: {}, fill: null };
    for (const w of this.formatWrites) {
      if (!inside(r, c, w.rect)) continue;
      if (w.reset) {
        out.font = {};
        out.fill = null;
        delete out.horizontalAlignment;
        delete out.wrapText;
      }
      if (w.font) out.font = { ...out.font, ...w.font };
      if (w.fill !== undefined) out.fill = w.fill;
      if (w.horizontalAlignment !== undefined) out.horizontalAlignment = w.horizontalAlignment;
      if (w.wrapText !== undefined) out.wrapText = w.wrapText;
    }
    return out;
  }

  writeFormat(rect: Rect, write: Omit<FormatWrite, "seq" | "rect">): void {
    const w = { seq: this.workbook.nextSeq(), rect, ...write };
    this.formatWrites.push(w);
    if (w.reset || w.numberFormat !== undefined) this.numberFormatWrites.push(w);
  }

  /** The data validation of a cell: every write that covers it, in order. */
  validation(r: number, c: number): Validation {
    let out: Validation = {};
    for (const { rect, reset, ...set } of this.validations) {
      if (inside(r, c, rect)) out = reset ? {} : { ...out, ...set };
    }
    return out;
  }

  setValidation(rect: Rect, write: Validation | null): void {
    this.validations.push(write === null ? { rect, reset: true } : { rect, ...write });
  }

  /** Number formats: one for the whole range (a single value or a 1×1 array), or one a cell. */
  setNumberFormats(rect: Rect, formats: unknown): void {
    const grid = Array.isArray(formats) ? (formats as unknown[][]) : [[formats]];
    if (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1) {
      this.writeFormat(rect, { numberFormat: String(grid[0][0]) });
      return;
    }
    checkShape(rect, grid, "numberFormat");
    grid.forEach((row, i) =>
      row.forEach((f, j) => {
        const r = rect.r0 + i;
        let line = this.cellFormats.get(r);
        if (!line) this.cellFormats.set(r, (line = new Map()));
        line.set(rect.c0 + j, { seq: this.workbook.nextSeq(), format: String(f) });
      })
    );
  }

  /** Writes values or formulas as Excel does: text formatted cells keep text; "=…" is a formula. */
  write(rect: Rect, grid: unknown, kind: "values" | "formulas"): void {
    if (!Array.isArray(grid) || grid.some((r) => !Array.isArray(r))) {
      throw new ExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: ${kind} must be a two-dimensional array.`
      );
    }
    checkShape(rect, grid as unknown[][], kind);
    this.writeGrid(rect, grid as unknown[][]);
    this.noteChange(rect, "RangeEdited");
  }

  private writeGrid(rect: Rect, grid: unknown[][]): void {
    grid.forEach((row, i) => row.forEach((v, j) => this.writeCell(rect.r0 + i, rect.c0 + j, v)));
  }

  private writeCell(r: number, c: number, v: unknown): void {
    if (v === null || v === undefined || v === "") {
      this.put(r, c, null);
      return;
    }
    if (typeof v === "number" || typeof v === "boolean") {
      if (typeof v === "number" && !Number.isFinite(v))
        throw new ExcelError("InvalidArgument", `Invalid number ${v}`);
      this.put(r, c, { value: v, formula: null, link: null });
      return;
    }
    if (typeof v !== "string")
      throw new ExcelError("InvalidArgument", `Invalid cell value of type ${typeof v}`);
    if (v.length > 32767)
      throw new ExcelError(
        "InvalidArgument",
        "Text values in cells are limited to 32,767 characters."
      );
    const format = this.numberFormat(r, c);
    if (format === "@") {
      this.put(r, c, { value: v, formula: null, link: null });
      return;
    }
    if (v.startsWith("=")) {
      const calc = this.workbook.calc;
      if (calc?.claims(v)) {
        // evaluated when the sync ends, as Excel calculates after the batch
        this.put(r, c, { value: "#BUSY!", formula: v, link: null });
        calc.written(this, r, c);
      } else this.put(r, c, { ...evaluate(v), formula: v });
      return;
    }
    const coerced = coerce(v);
    if (coerced.format && format === "General")
      this.setNumberFormats({ r0: r, c0: c, r1: r, c1: c }, coerced.format);
    this.put(r, c, { value: coerced.value, formula: null, link: null });
  }

  /** Clears cells and formats in a range (the tables and charts on it stay, as in Excel). */
  clear(rect: Rect, applyTo: string): void {
    const whole =
      rect.r0 === 0 && rect.c0 === 0 && rect.r1 === MAX_ROWS - 1 && rect.c1 === MAX_COLS - 1;
    if (whole && applyTo === "All") {
      this.workbook.calc?.forget(this);
      this.noteChange(rect, "RangeEdited");
      this.rows.clear();
      this.validations.length = 0;
      this.cellFormats.clear();
      this.formatWrites.length = 0;
      this.numberFormatWrites.length = 0;
      return;
    }
    if (applyTo === "All" || applyTo === "Contents") {
      for (const [r, row] of [...this.rows]) {
        if (r < rect.r0 || r > rect.r1) continue;
        for (const c of [...row.keys()]) if (c >= rect.c0 && c <= rect.c1) this.put(r, c, null);
      }
      this.noteChange(rect, "RangeEdited");
    }
    if (applyTo === "All" || applyTo === "Formats") {
      for (const [r, row] of this.cellFormats) {
        if (r < rect.r0 || r > rect.r1) continue;
        for (const c of [...row.keys()]) if (c >= rect.c0 && c <= rect.c1) row.delete(c);
      }
      this.writeFormat(rect, { reset: true });
    }
  }

  /** The smallest range holding every value (A1 when the sheet is empty). */
  usedRange(): Rect {
    let r1 = 0;
    let c1 = 0;
    for (const [r, row] of this.rows) {
      if (row.size === 0) continue;
      r1 = Math.max(r1, r);
      for (const c of row.keys()) c1 = Math.max(c1, c);
    }
    for (const t of this.tables) {
      r1 = Math.max(r1, t.rect.r1);
      c1 = Math.max(c1, t.rect.c1);
    }
    return { r0: 0, c0: 0, r1, c1 };
  }

  addTable(rect: Rect, hasHeaders: boolean): TableModel {
    for (const s of this.workbook.sheets)
      for (const t of s.tables)
        if (s === this && overlaps(t.rect, rect))
          throw new ExcelError(
            "InvalidArgument",
            `A table can't overlap another table (${t.name}).`
          );
    let area = rect;
    if (!hasHeaders) {
      // Excel inserts a header row above the data
      area = { ...rect, r1: rect.r1 + 1 };
      for (let c = rect.c0; c <= rect.c1; c++)
        this.put(rect.r0, c, { value: `Column${c - rect.c0 + 1}`, formula: null, link: null });
    }
    const seen = new Set<string>();
    for (let c = area.c0; c <= area.c1; c++) {
      let text = String(this.cell(area.r0, c)?.value ?? "");
      if (text === "") text = `Column${c - area.c0 + 1}`;
      let name = text;
      for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${text}${i}`;
      seen.add(name.toLowerCase());
      this.put(area.r0, c, { value: name, formula: null, link: null });
    }
    const table = new TableModel(this.workbook.freeTableName(), this, area);
    this.tables.push(table);
    return table;
  }

  /**
   * table.rows.add: rows inserted at body row `index`, appended when it is null; the cells
   * below, in the table's columns, move down. Returns the new rows.
   */
  addTableRows(table: TableModel, index: number | null | undefined, values: unknown): Rect {
    const t = table.rect;
    const width = colsOf(t);
    if (index !== null && index !== undefined) {
      if (!Number.isInteger(index) || index < 0 || index > t.r1 - t.r0)
        throw new ExcelError("InvalidArgument", `There is no row ${index} to add rows at.`);
    }
    const given = values !== null && values !== undefined;
    if (
      given &&
      (!Array.isArray(values) ||
        values.length === 0 ||
        values.some((row) => !Array.isArray(row) || row.length !== width))
    ) {
      throw new ExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: values must be rows of ${width} cells.`
      );
    }
    const n = given ? (values as unknown[][]).length : 1;
    const at = index === null || index === undefined ? t.r1 + 1 : t.r0 + 1 + index;
    const added = { r0: at, c0: t.c0, r1: at + n - 1, c1: t.c1 };
    this.moveDown(added, table);
    table.rect = { ...t, r1: t.r1 + n };
    this.extendColumns(table, added, true);
    if (given) this.writeGrid(added, values as unknown[][]);
    this.noteChange(added, "RowInserted");
    return added;
  }

  /**
   * Moves the cells at and below `rows`, in its columns, down by its height, as Excel inserts:
   * their values, formulas and own number formats (formats set on ranges: extendColumns).
   */
  private moveDown(rows: Rect, table: TableModel): void {
    const other = this.tables.find(
      (t) => t !== table && t.rect.r1 >= rows.r0 && t.rect.c0 <= rows.c1 && rows.c0 <= t.rect.c1
    );
    if (other)
      throw new ExcelError(
        "InvalidOperation",
        `This operation is not allowed because it would move cells in a table on your worksheet (${other.name}).`
      );
    const n = rowsOf(rows);
    const moving: Array<[number, number, CellState]> = [];
    for (const [r, row] of this.rows)
      if (r >= rows.r0)
        for (const [c, cell] of row) if (c >= rows.c0 && c <= rows.c1) moving.push([r, c, cell]);
    if (moving.some(([r]) => r + n >= MAX_ROWS))
      throw new ExcelError("InvalidOperation", "The rows would move off the sheet.");
    for (const [r, c] of moving) this.put(r, c, null);
    // a formula is written again where it lands (spilled values come back with it)
    for (const [r, c, cell] of moving) {
      if (cell.spill) continue;
      if (cell.formula !== null) this.writeCell(r + n, c, cell.formula);
      else this.put(r + n, c, { ...cell });
    }
    for (const [r, line] of [...this.cellFormats].sort(([a], [b]) => b - a)) {
      if (r < rows.r0) continue;
      for (const [c, f] of [...line]) {
        if (c < rows.c0 || c > rows.c1) continue;
        line.delete(c);
        let to = this.cellFormats.get(r + n);
        if (!to) this.cellFormats.set(r + n, (to = new Map()));
        to.set(c, f);
      }
    }
  }

  /**
   * New rows of a table keep its columns' number formats and validation, as in Excel: a range
   * set across the new rows, or ending in the body just above them, grows over them (one below
   * moves down when rows are inserted); what still differs from the row above is copied.
   */
  private extendColumns(table: TableModel, added: Rect, inserted: boolean): void {
    const n = rowsOf(added);
    for (const w of [...this.formatWrites, ...this.validations]) {
      const { r0, r1, c0, c1 } = w.rect;
      if (c0 < added.c0 || c1 > added.c1) continue;
      if (inserted && r0 >= added.r0) w.rect = { ...w.rect, r0: r0 + n, r1: r1 + n };
      else if (
        (inserted && r0 < added.r0 && r1 >= added.r0) ||
        (r0 > table.rect.r0 && r1 === added.r0 - 1)
      )
        w.rect = { ...w.rect, r1: r1 + n };
    }
    const from = added.r0 - 1 > table.rect.r0 ? added.r0 - 1 : added.r1 + 1;
    if (from > table.rect.r1) return;
    for (let c = added.c0; c <= added.c1; c++) {
      const column = { ...added, c0: c, c1: c };
      const format = this.numberFormat(from, c);
      if (format !== this.numberFormat(added.r0, c))
        this.writeFormat(column, { numberFormat: format });
      const validation = this.validation(from, c);
      if (JSON.stringify(validation) !== JSON.stringify(this.validation(added.r0, c))) {
        this.setValidation(column, null);
        this.setValidation(column, validation);
      }
    }
  }

  /**
   * A user typing `text` into a cell and pressing Enter: "=…" is a formula, a leading
   * apostrophe keeps text as text, "" clears the cell. Typed in the row below a table, in its
   * columns, it makes the table grow by that row.
   */
  type(r: number, c: number, text: string): void {
    const cell = { r0: r, c0: c, r1: r, c1: c };
    const below =
      text === "" || this.tables.some((t) => inside(r, c, t.rect))
        ? undefined
        : this.tables.find((t) => r === t.rect.r1 + 1 && c >= t.rect.c0 && c <= t.rect.c1);
    if (below) {
      below.rect = { ...below.rect, r1: r };
      this.extendColumns(below, { ...below.rect, r0: r }, false);
    }
    if (text.startsWith("'")) this.put(r, c, { value: text.slice(1), formula: null, link: null });
    else this.writeCell(r, c, text);
    if (below) this.noteChange({ ...below.rect, r0: r }, "RowInserted");
    else this.noteChange(cell, "RangeEdited");
  }

  /** Records an edit for the onChanged handlers of the tables it touches. */
  private noteChange(rect: Rect, changeType: TableChange["changeType"]): void {
    for (const table of this.tables) {
      const t = table.rect;
      if (!overlaps(t, rect)) continue;
      this.workbook.changes.push({
        table,
        changeType,
        rect: {
          r0: Math.max(t.r0, rect.r0),
          c0: Math.max(t.c0, rect.c0),
          r1: Math.min(t.r1, rect.r1),
          c1: Math.min(t.c1, rect.c1),
        },
      });
    }
  }

  deleteTable(table: TableModel): void {
    this.clear(table.rect, "All");
    this.tables.splice(this.tables.indexOf(table), 1);
  }
}

function checkShape(rect: Rect, grid: unknown[][], what: string): void {
  const rows = rowsOf(rect);
  const cols = colsOf(rect);
  if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
    const got = `${grid.length}×${grid[0]?.length ?? 0}`;
    throw new ExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${got} for ${address(rect)}, ${rows}×${cols}).`
    );
  }
}

/** The formulas the add-in writes: HYPERLINK(address, text). Anything else is #NAME?. */
function evaluate(formula: string): { value: Primitive; link: string | null } {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(
    formula.trim()
  );
  if (!m) return { value: "#NAME?", link: null };
  const url = m[1].replace(/""/g, '"');
  const text = m[2] === undefined ? url : m[2].replace(/""/g, '"');
  if (url.length > 255 || text.length > 255) return { value: "#VALUE!", link: null };
  return { value: text, link: url };
}

const FORBIDDEN_SHEET = /[:\\/?*[\]]/;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel;
  private seq = 0;
  private ids = 0;
  private tableCount = 0;
  private chartCount = 0;
  private readonly listeners = new Set<() => void>();
  /** edits inside tables since the last takeChanges() */
  readonly changes: TableChange[] = [];
  calc: FormulaCalc | null = null;

  constructor(firstSheet = "Sheet1") {
    this.active = this.addSheet(firstSheet);
  }

  nextSeq(): number {
    return ++this.seq;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }

  takeChanges(): TableChange[] {
    return this.changes.splice(0);
  }

  /** range.select(): the sheet becomes the active one, with the range selected. */
  select(sheet: SheetModel, rect: Rect): void {
    if (sheet.visibility !== "Visible")
      throw new ExcelError("InvalidOperation", `The sheet "${sheet.name}" is hidden.`);
    this.active = sheet;
    sheet.selection = rect;
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
      throw new ExcelError("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    if (visibility !== "Visible") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet)
        throw new ExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
    }
    sheet.visibility = visibility;
    // Excel shows another sheet when the active one is hidden
    if (this.active === sheet && visibility !== "Visible")
      this.active = this.sheets.find((s) => s.visibility === "Visible")!;
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.trim() === "" ||
      [...name].length > 31 ||
      FORBIDDEN_SHEET.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw new ExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: "${name}" is not a valid sheet name (1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either end, not History).`
      );
    }
    const other = this.sheet(name);
    if (other && other !== except)
      throw new ExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }

  addSheet(name?: string): SheetModel {
    let wanted = name;
    if (wanted === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      wanted = `Sheet${n}`;
    }
    this.checkSheetName(wanted);
    const sheet = new SheetModel(this, `{sheet-${++this.ids}}`, wanted);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new ExcelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    }
    this.calc?.forget(sheet);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible")!;
  }

  allTables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.allTables().find((t) => t.name.toLowerCase() === key);
  }

  freeTableName(): string {
    let name: string;
    do name = `Table${++this.tableCount}`;
    while (this.table(name));
    return name;
  }

  renameTable(table: TableModel, name: string): void {
    if (
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rc]$/i.test(name)
    ) {
      throw new ExcelError("InvalidArgument", `"${name}" is not a valid table name.`);
    }
    const other = this.table(name);
    if (other && other !== table)
      throw new ExcelError("InvalidArgument", `A table named "${name}" already exists.`);
    table.name = name;
  }

  addChart(sheet: SheetModel, type: string, source: Rect, seriesBy: string): ChartModel {
    const chart = new ChartModel(`Chart ${++this.chartCount}`, type, sheet, source, seriesBy);
    sheet.charts.push(chart);
    return chart;
  }
}
