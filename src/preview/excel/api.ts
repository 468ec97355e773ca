/*
 * A stand-in for the part of Excel's JavaScript API that Captrack uses, over an in-memory
 * workbook (model.ts). It keeps Office.js's batching model: calls on proxy objects are queued
 * and run, in order, at `context.sync()`; properties can be read only after `load()` and a
 * sync; `getItemOrNullObject` answers through `isNullObject` after a sync; a failed command
 * rejects the sync after the commands before it have run, as in Excel.
 *
 * After a sync, as in Excel: the custom functions' formulas written are calculated (functions.ts),
 * and the handlers of tables' onChanged are called for the edits inside tables, after the sync
 * has resolved. ExcelHost.userEdit does what a user typing into a cell does.
 *
 * Every sync is recorded with the size of its request (the commands and their arguments as
 * JSON, in UTF-8 bytes), and a request over Excel on the web's 5 MB limit is refused with
 * RequestPayloadSizeLimitExceeded, so code that passes here also stays within that limit.
 */
import { CustomFunctionsHost } from "./functions";
import {
  ChartModel,
  colsOf,
  ExcelError,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  quoteSheet,
  address as rectAddress,
  Rect,
  rowsOf,
  SheetModel,
  TableChange,
  TableModel,
  WorkbookModel,
} from "./model";

/** Excel on the web refuses requests over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What the protocol adds to every command besides its arguments (ids, names, types). */
const COMMAND_OVERHEAD_BYTES = 48;

export interface SyncRecord {
  /** size of the request: every command with its arguments, as JSON in UTF-8 */
  bytes: number;
  commands: number;
  /** suspendApiCalculationUntilNextSync() was called in this batch */
  calculationSuspended: boolean;
  /** the error code when Excel refused the batch */
  error?: string;
}

export class HostStats {
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  /** commands queued and never synced when an Excel.run ended */
  unsynced = 0;

  get maxRequestBytes(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.bytes), 0);
  }

  reset(): void {
    this.syncs.length = 0;
    this.runs = 0;
    this.unsynced = 0;
  }
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

interface Command {
  target: number;
  name: string;
  args: unknown[];
  run: () => void;
}

function notLoaded(name: string): ExcelError {
  return new ExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function notFound(what: string): ExcelError {
  return new ExcelError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Command[] = [];
  private ids = 0;
  private suspended = false;

  constructor(readonly host: ExcelHost) {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  newId(): number {
    return ++this.ids;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(target: number, name: string, args: unknown[], run: () => void): void {
    this.queue.push({ target, name, args, run });
  }

  suspendCalculation(): void {
    this.suspended = true;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      bytes: requestBytes(queue),
      commands: queue.length,
      calculationSuspended: this.suspended,
    };
    this.suspended = false;
    this.host.stats.syncs.push(record);
    await Promise.resolve();
    if (record.bytes > REQUEST_LIMIT_BYTES) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new ExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${record.bytes} bytes over ${REQUEST_LIMIT_BYTES}).`
      );
    }
    try {
      for (const command of queue) command.run();
    } catch (e) {
      record.error = e instanceof ExcelError ? e.code : "GeneralException";
      throw e instanceof ExcelError ? e : new ExcelError("GeneralException", String(e));
    } finally {
      this.host.settle();
    }
  }
}

function requestBytes(queue: Command[]): number {
  let bytes = 0;
  const replacer = (_key: string, value: unknown) =>
    value instanceof ClientObject ? { _ObjectPathId: value._id } : value;
  for (const c of queue) {
    bytes +=
      COMMAND_OVERHEAD_BYTES +
      utf8Length(c.name) +
      utf8Length(JSON.stringify(c.args, replacer) ?? "");
  }
  return bytes;
}

type Bind<M> = () => M | null;

/** A proxy: the handle code holds on an object of the workbook. */
export class ClientObject<M = unknown> {
  readonly _id: number;
  private _model: M | null | undefined = undefined;
  private readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined = undefined;

  constructor(
    readonly context: RequestContext,
    bind: Bind<M> | null,
    what: string,
    args: unknown[] = [],
    nullable = false
  ) {
    this._id = context.newId();
    if (bind) {
      context.enqueue(this._id, what, args, () => {
        const model = bind();
        if (model === null && !nullable)
          throw notFound(`${what}(${args.map((a) => JSON.stringify(a)).join(", ")})`);
        this._model = model;
        this._null = model === null;
      });
    }
  }

  /** For objects whose model is known when the proxy is made (the workbook, the application). */
  _bindNow(model: M): void {
    this._model = model;
    this._null = false;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw notLoaded("isNullObject");
    return this._null;
  }

  /** The workbook object behind the proxy, while commands run. */
  _m(): M {
    if (this._model === undefined)
      throw new ExcelError("GeneralException", "object used before it was created");
    if (this._model === null) throw notFound("null object");
    return this._model;
  }

  /** Scalar properties `load()` copies; subclasses list theirs. */
  protected _props(): Record<string, (m: M) => unknown> {
    return {};
  }

  load(what?: string | string[] | { select?: string }): this {
    const list =
      what === undefined
        ? Object.keys(this._props())
        : (typeof what === "string"
            ? what.split(",")
            : Array.isArray(what)
              ? what
              : (what.select ?? "").split(",")
          )
            .map((p) => p.trim())
            .filter((p) => p !== "");
    this.context.enqueue(this._id, "load", [list], () => this._load(list));
    return this;
  }

  _load(list: string[]): void {
    if (this._model === null) return;
    const m = this._m();
    const props = this._props();
    for (const p of list) {
      const get = props[p];
      if (!get)
        throw new ExcelError(
          "InvalidArgument",
          `The property '${p}' does not exist on this object.`
        );
      this._loaded.set(p, get(m));
    }
  }

  private readonly _navigation = new Map<string, unknown>();

  /** A navigation property (sheet.tables, range.format…): one proxy, as in Office.js. */
  protected _nav<T>(name: string, make: () => T): T {
    if (!this._navigation.has(name)) this._navigation.set(name, make());
    return this._navigation.get(name) as T;
  }

  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) throw notLoaded(name);
    return this._loaded.get(name) as T;
  }

  protected _set(name: string, value: unknown, apply: (m: M) => void): void {
    this.context.enqueue(this._id, name, [value], () => apply(this._m()));
  }

  protected _call(name: string, args: unknown[], run: (m: M) => void): void {
    this.context.enqueue(this._id, name, args, () => run(this._m()));
  }

  toJSON(): unknown {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `items` after `load()` and a sync. */
abstract class Collection<M, P extends ClientObject<any>> extends ClientObject<M> {
  private _items: P[] | undefined;

  protected abstract _list(m: M): unknown[];
  protected abstract _wrap(model: unknown): P;

  get items(): P[] {
    if (!this._items) throw notLoaded("items");
    return this._items;
  }

  override _load(list: string[]): void {
    const models = this._list(this._m());
    const own = list.filter((p) => !p.startsWith("items/") && p !== "items" && p !== "count");
    const item = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    // a plain load("name") on a collection loads that property of each item, as in Office.js
    const props = item.length > 0 ? item : own;
    this._items = models.map((model) => {
      const proxy = this._wrap(model);
      proxy._load(props);
      return proxy;
    });
  }

  getCount(): { value: number } {
    const result = { value: 0 };
    this._call("getCount", [], (m) => (result.value = this._list(m).length));
    return result;
  }
}

// --- workbook, application ------------------------------------------------------------------

export class Application extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, model: WorkbookModel) {
    super(context, null, "application");
    this._bindNow(model);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.suspendCalculation();
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

export class Workbook extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly application: Application;
  readonly tables: WorkbookTableCollection;

  constructor(context: RequestContext) {
    super(context, null, "workbook");
    const model = context.host.workbook;
    this._bindNow(model);
    this.application = new Application(context, model);
    this.worksheets = new WorksheetCollection(context, () => model);
    this.tables = new WorkbookTableCollection(context, () => model);
  }
}

// --- worksheets ---------------------------------------------------------------------------

export class WorksheetCollection extends Collection<WorkbookModel, Worksheet> {
  constructor(context: RequestContext, bind: Bind<WorkbookModel>) {
    super(context, bind, "worksheets");
  }

  protected _list(m: WorkbookModel): unknown[] {
    return m.sheets;
  }

  protected _wrap(model: unknown): Worksheet {
    return new Worksheet(this.context, null, model as SheetModel);
  }

  add(name?: string): Worksheet {
    return new Worksheet(this.context, () => this._m().addSheet(name), "worksheets.add", [
      name ?? null,
    ]);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this._find(key), "worksheets.getItem", [key]);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.context,
      () => this._find(key),
      "worksheets.getItemOrNullObject",
      [key],
      true
    );
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this._m().active, "worksheets.getActiveWorksheet");
  }

  private _find(key: string): SheetModel | null {
    const m = this._m();
    return m.sheets.find((s) => s.id === key) ?? m.sheet(key) ?? null;
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  constructor(
    context: RequestContext,
    bind: Bind<SheetModel> | null,
    model: SheetModel | null | string,
    args: unknown[] = [],
    nullable = false
  ) {
    super(context, bind, typeof model === "string" ? model : "worksheet", args, nullable);
    if (model instanceof SheetModel) this._bindNow(model);
  }

  protected override _props(): Record<string, (m: SheetModel) => unknown> {
    return {
      name: (m) => m.name,
      id: (m) => m.id,
      position: (m) => m.position,
      visibility: (m) => m.visibility,
      tabColor: (m) => m.tabColor,
    };
  }

  get name(): string {
    return this._get("name");
  }

  set name(value: string) {
    this._set("name", value, (m) => {
      m.workbook.checkSheetName(value, m);
      m.name = value;
    });
  }

  get id(): string {
    return this._get("id");
  }

  get position(): number {
    return this._get("position");
  }

  get visibility(): string {
    return this._get("visibility");
  }

  set visibility(value: string) {
    this._set("visibility", value, (m) => m.workbook.setVisibility(m, value));
  }

  set tabColor(value: string) {
    this._set("tabColor", value, (m) => (m.tabColor = value));
  }

  get tables(): TableCollection {
    return this._nav(
      "tables",
      () => new TableCollection(this.context, () => this._m(), "worksheet.tables")
    );
  }

  get charts(): ChartCollection {
    return this._nav("charts", () => new ChartCollection(this.context, () => this._m()));
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return this._nav(
      "customProperties",
      () => new WorksheetCustomPropertyCollection(this.context, () => this._m())
    );
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._nav("freezePanes", () => new WorksheetFreezePanes(this.context, () => this._m()));
  }

  activate(): void {
    this._call("activate", [], (m) => (m.workbook.active = m));
  }

  delete(): void {
    this._call("delete", [], (m) => m.workbook.deleteSheet(m));
  }

  getRange(address?: string): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this._m();
        if (address === undefined)
          return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
        const parsed = parseAddress(address);
        if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
          throw new ExcelError("InvalidArgument", `address ${address} is on another sheet`);
        return { sheet, rect: parsed.rect };
      },
      "worksheet.getRange",
      [address ?? null]
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return new Range(
      this.context,
      () => {
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLS
        ) {
          throw new ExcelError(
            "InvalidArgument",
            `bad range indexes ${startRow}, ${startColumn}, ${rowCount}, ${columnCount}`
          );
        }
        return {
          sheet: this._m(),
          rect: {
            r0: startRow,
            c0: startColumn,
            r1: startRow + rowCount - 1,
            c1: startColumn + columnCount - 1,
          },
        };
      },
      "worksheet.getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount]
    );
  }

  getUsedRange(): Range {
    return new Range(
      this.context,
      () => ({ sheet: this._m(), rect: this._m().usedRange() }),
      "worksheet.getUsedRange"
    );
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(context: RequestContext, bind: Bind<SheetModel>) {
    super(context, bind, "worksheet.freezePanes");
  }

  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (m) => {
      m.freezeRows = count;
      m.freezeColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (m) => {
      m.freezeColumns = count;
      m.freezeRows = 0;
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], (m) => {
      m.freezeRows = 0;
      m.freezeColumns = 0;
    });
  }
}

// --- custom properties --------------------------------------------------------------------

interface PropertyModel {
  sheet: SheetModel;
  key: string;
}

export class WorksheetCustomPropertyCollection extends Collection<
  SheetModel,
  WorksheetCustomProperty
> {
  constructor(context: RequestContext, bind: Bind<SheetModel>) {
    super(context, bind, "worksheet.customProperties");
  }

  protected _list(m: SheetModel): unknown[] {
    return [...m.customProperties.keys()].map((key) => ({ sheet: m, key }));
  }

  protected _wrap(model: unknown): WorksheetCustomProperty {
    const item = new WorksheetCustomProperty(this.context, null, "item");
    item._bindNow(model as PropertyModel);
    return item;
  }

  add(key: string, value: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      () => {
        if (typeof key !== "string" || key === "" || key.length > 255)
          throw new ExcelError("InvalidArgument", "A custom property key is 1 to 255 characters.");
        const sheet = this._m();
        // the key is not case-sensitive; adding an existing key replaces its value
        const existing = [...sheet.customProperties.keys()].find(
          (k) => k.toLowerCase() === key.toLowerCase()
        );
        if (existing !== undefined) sheet.customProperties.delete(existing);
        sheet.customProperties.set(key, String(value));
        return { sheet, key };
      },
      "customProperties.add",
      [key, value]
    );
  }

  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      () => this._find(key),
      "customProperties.getItem",
      [key]
    );
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      () => this._find(key),
      "customProperties.getItemOrNullObject",
      [key],
      true
    );
  }

  private _find(key: string): PropertyModel | null {
    const sheet = this._m();
    const found = [...sheet.customProperties.keys()].find(
      (k) => k.toLowerCase() === key.toLowerCase()
    );
    return found === undefined ? null : { sheet, key: found };
  }
}

export class WorksheetCustomProperty extends ClientObject<PropertyModel> {
  constructor(
    context: RequestContext,
    bind: Bind<PropertyModel> | null,
    what: string,
    args: unknown[] = [],
    nullable = false
  ) {
    super(context, bind, what, args, nullable);
  }

  protected override _props(): Record<string, (m: PropertyModel) => unknown> {
    return { key: (m) => m.key, value: (m) => m.sheet.customProperties.get(m.key) };
  }

  get key(): string {
    return this._get("key");
  }

  get value(): string {
    return this._get("value");
  }

  set value(value: string) {
    this._set("value", value, (m) => m.sheet.customProperties.set(m.key, String(value)));
  }

  delete(): void {
    this._call("delete", [], (m) => m.sheet.customProperties.delete(m.key));
  }
}

// --- ranges -------------------------------------------------------------------------------

interface RangeModel {
  sheet: SheetModel;
  rect: Rect;
}

export class Range extends ClientObject<RangeModel> {
  constructor(context: RequestContext, bind: Bind<RangeModel>, what: string, args: unknown[] = []) {
    super(context, bind, what, args);
  }

  protected override _props(): Record<string, (m: RangeModel) => unknown> {
    const grid = (m: RangeModel, f: (r: number, c: number) => unknown) =>
      Array.from({ length: rowsOf(m.rect) }, (_, i) =>
        Array.from({ length: colsOf(m.rect) }, (_, j) => f(m.rect.r0 + i, m.rect.c0 + j))
      );
    return {
      address: (m) => `${quoteSheet(m.sheet.name)}!${rectAddress(m.rect)}`,
      rowCount: (m) => rowsOf(m.rect),
      columnCount: (m) => colsOf(m.rect),
      rowIndex: (m) => m.rect.r0,
      columnIndex: (m) => m.rect.c0,
      values: (m) => grid(m, (r, c) => m.sheet.cell(r, c)?.value ?? ""),
      formulas: (m) =>
        grid(m, (r, c) => m.sheet.cell(r, c)?.formula ?? m.sheet.cell(r, c)?.value ?? ""),
      numberFormat: (m) => grid(m, (r, c) => m.sheet.numberFormat(r, c)),
    };
  }

  get address(): string {
    return this._get("address");
  }

  get rowCount(): number {
    return this._get("rowCount");
  }

  get columnCount(): number {
    return this._get("columnCount");
  }

  get rowIndex(): number {
    return this._get("rowIndex");
  }

  get columnIndex(): number {
    return this._get("columnIndex");
  }

  get values(): unknown[][] {
    return this._get("values");
  }

  set values(grid: unknown[][]) {
    this._set("values", grid, (m) => m.sheet.write(m.rect, grid, "values"));
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }

  set formulas(grid: unknown[][]) {
    this._set("formulas", grid, (m) => m.sheet.write(m.rect, grid, "formulas"));
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this._set("numberFormat", formats, (m) => m.sheet.setNumberFormats(m.rect, formats));
  }

  get format(): RangeFormat {
    return this._nav("format", () => new RangeFormat(this.context, () => this._m()));
  }

  get dataValidation(): DataValidation {
    return this._nav("dataValidation", () => new DataValidation(this.context, () => this._m()));
  }

  /** Selects the range in the grid; its sheet becomes the active one. */
  select(): void {
    this._call("select", [], (m) => m.sheet.workbook.select(m.sheet, m.rect));
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (m) => m.sheet.clear(m.rect, applyTo));
  }

  getCell(row: number, column: number): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        return {
          sheet: m.sheet,
          rect: {
            r0: m.rect.r0 + row,
            c0: m.rect.c0 + column,
            r1: m.rect.r0 + row,
            c1: m.rect.c0 + column,
          },
        };
      },
      "range.getCell",
      [row, column]
    );
  }

  getRow(row: number): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        if (!Number.isInteger(row) || row < 0 || row >= rowsOf(m.rect))
          throw new ExcelError("InvalidArgument", `There is no row ${row} in the range.`);
        return { sheet: m.sheet, rect: { ...m.rect, r0: m.rect.r0 + row, r1: m.rect.r0 + row } };
      },
      "range.getRow",
      [row]
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        const rect = { ...m.rect, r1: m.rect.r1 + deltaRows, c1: m.rect.c1 + deltaColumns };
        if (rect.r1 < rect.r0 || rect.c1 < rect.c0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS)
          throw new ExcelError(
            "InvalidArgument",
            `The range cannot be resized by ${deltaRows}, ${deltaColumns}.`
          );
        return { sheet: m.sheet, rect };
      },
      "range.getResizedRange",
      [deltaRows, deltaColumns]
    );
  }

  getEntireColumn(): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        return { sheet: m.sheet, rect: { r0: 0, c0: m.rect.c0, r1: MAX_ROWS - 1, c1: m.rect.c1 } };
      },
      "range.getEntireColumn"
    );
  }
}

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** range.dataValidation: read from the range's first cell, written to every cell. */
export class DataValidation extends ClientObject<RangeModel> {
  constructor(context: RequestContext, bind: Bind<RangeModel>) {
    super(context, bind, "range.dataValidation");
  }

  protected override _props(): Record<string, (m: RangeModel) => unknown> {
    const first = (m: RangeModel) => m.sheet.validation(m.rect.r0, m.rect.c0);
    return {
      rule: (m) => first(m).rule ?? {},
      type: (m) => {
        const rule = first(m).rule;
        return rule ? RULE_TYPES[Object.keys(rule)[0]] : "None";
      },
      errorAlert: (m) => ({
        showAlert: true,
        style: "Stop",
        title: "",
        message: "",
        ...first(m).errorAlert,
      }),
      prompt: (m) => ({ showPrompt: false, title: "", message: "", ...first(m).prompt }),
      ignoreBlanks: (m) => first(m).ignoreBlanks ?? true,
    };
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }

  set rule(rule: Record<string, unknown>) {
    this._set("rule", rule, (m) => {
      const kinds = Object.keys(rule ?? {}).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1 || !RULE_TYPES[kinds[0]])
        throw new ExcelError(
          "InvalidArgument",
          "A data validation rule has exactly one of wholeNumber, decimal, list, date, time, textLength, custom."
        );
      let value = rule[kinds[0]] as Record<string, unknown>;
      // a list's source may be a range: kept as its absolute address
      if (kinds[0] === "list" && value.source instanceof Range) {
        const source = value.source._m();
        const abs = rectAddress(source.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        value = { ...value, source: `=${quoteSheet(source.sheet.name)}!${abs}` };
      }
      m.sheet.setValidation(m.rect, { rule: { [kinds[0]]: value } });
    });
  }

  get type(): string {
    return this._get("type");
  }

  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }

  set errorAlert(alert: Record<string, unknown>) {
    this._set("errorAlert", alert, (m) => m.sheet.setValidation(m.rect, { errorAlert: alert }));
  }

  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }

  set prompt(prompt: Record<string, unknown>) {
    this._set("prompt", prompt, (m) => m.sheet.setValidation(m.rect, { prompt }));
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }

  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, (m) => m.sheet.setValidation(m.rect, { ignoreBlanks: value }));
  }

  clear(): void {
    this._call("clear", [], (m) => m.sheet.setValidation(m.rect, null));
  }
}

export class RangeFormat extends ClientObject<RangeModel> {
  constructor(context: RequestContext, bind: Bind<RangeModel>) {
    super(context, bind, "range.format");
  }

  get font(): RangeFont {
    return this._nav("font", () => new RangeFont(this.context, () => this._m()));
  }

  get fill(): RangeFill {
    return this._nav("fill", () => new RangeFill(this.context, () => this._m()));
  }

  set columnWidth(points: number) {
    this._set("columnWidth", points, (m) => {
      for (let c = m.rect.c0; c <= m.rect.c1; c++) m.sheet.columnWidths.set(c, points);
    });
  }

  set horizontalAlignment(value: string) {
    this._set("horizontalAlignment", value, (m) =>
      m.sheet.writeFormat(m.rect, { horizontalAlignment: value })
    );
  }

  set wrapText(value: boolean) {
    this._set("wrapText", value, (m) => m.sheet.writeFormat(m.rect, { wrapText: value }));
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], () => undefined);
  }
}

export class RangeFont extends ClientObject<RangeModel> {
  constructor(context: RequestContext, bind: Bind<RangeModel>) {
    super(context, bind, "format.font");
  }

  set bold(value: boolean) {
    this._set("bold", value, (m) => m.sheet.writeFormat(m.rect, { font: { bold: value } }));
  }

  set italic(value: boolean) {
    this._set("italic", value, (m) => m.sheet.writeFormat(m.rect, { font: { italic: value } }));
  }

  set size(value: number) {
    this._set("size", value, (m) => m.sheet.writeFormat(m.rect, { font: { size: value } }));
  }

  set color(value: string) {
    this._set("color", value, (m) => m.sheet.writeFormat(m.rect, { font: { color: value } }));
  }
}

export class RangeFill extends ClientObject<RangeModel> {
  constructor(context: RequestContext, bind: Bind<RangeModel>) {
    super(context, bind, "format.fill");
  }

  set color(value: string) {
    this._set("color", value, (m) => m.sheet.writeFormat(m.rect, { fill: value }));
  }

  clear(): void {
    this._call("clear", [], (m) => m.sheet.writeFormat(m.rect, { fill: null }));
  }
}

// --- tables -------------------------------------------------------------------------------

function rangeArgument(sheet: SheetModel, where: Range | string): Rect {
  if (typeof where === "string") {
    const parsed = parseAddress(where);
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      throw new ExcelError("InvalidArgument", `address ${where} is on another sheet`);
    return parsed.rect;
  }
  const m = where._m();
  if (m.sheet !== sheet) throw new ExcelError("InvalidArgument", "the range is on another sheet");
  return m.rect;
}

export class TableCollection extends Collection<SheetModel, Table> {
  constructor(context: RequestContext, bind: Bind<SheetModel>, what: string) {
    super(context, bind, what);
  }

  protected _list(m: SheetModel): unknown[] {
    return m.tables;
  }

  protected _wrap(model: unknown): Table {
    const item = new Table(this.context, null, "item");
    item._bindNow(model as TableModel);
    return item;
  }

  add(where: Range | string, hasHeaders: boolean): Table {
    return new Table(
      this.context,
      () => {
        const sheet = this._m();
        return sheet.addTable(rangeArgument(sheet, where), hasHeaders);
      },
      "tables.add",
      [where, hasHeaders]
    );
  }

  getItem(name: string): Table {
    return new Table(
      this.context,
      () => this._m().tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      "tables.getItem",
      [name]
    );
  }

  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      () => this._m().tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      "tables.getItemOrNullObject",
      [name],
      true
    );
  }
}

export class WorkbookTableCollection extends Collection<WorkbookModel, Table> {
  constructor(context: RequestContext, bind: Bind<WorkbookModel>) {
    super(context, bind, "workbook.tables");
  }

  protected _list(m: WorkbookModel): unknown[] {
    return m.allTables();
  }

  protected _wrap(model: unknown): Table {
    const item = new Table(this.context, null, "item");
    item._bindNow(model as TableModel);
    return item;
  }

  add(where: Range | string, hasHeaders: boolean): Table {
    return new Table(
      this.context,
      () => {
        const wb = this._m();
        if (typeof where === "string") {
          const parsed = parseAddress(where);
          const sheet = parsed.sheet === null ? wb.active : wb.sheet(parsed.sheet);
          if (!sheet) throw notFound(`sheet of ${where}`);
          return sheet.addTable(parsed.rect, hasHeaders);
        }
        const m = where._m();
        return m.sheet.addTable(m.rect, hasHeaders);
      },
      "workbook.tables.add",
      [where, hasHeaders]
    );
  }

  /** Raised for every table of the workbook. */
  get onChanged(): TableChangedEvent {
    return this._nav("onChanged", () => new TableChangedEvent(this, () => null));
  }

  getItem(name: string): Table {
    return new Table(this.context, () => this._m().table(name) ?? null, "tables.getItem", [name]);
  }

  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      () => this._m().table(name) ?? null,
      "tables.getItemOrNullObject",
      [name],
      true
    );
  }
}

export class Table extends ClientObject<TableModel> {
  constructor(
    context: RequestContext,
    bind: Bind<TableModel> | null,
    what: string,
    args: unknown[] = [],
    nullable = false
  ) {
    super(context, bind, what, args, nullable);
  }

  protected override _props(): Record<string, (m: TableModel) => unknown> {
    return {
      name: (m) => m.name,
      id: (m) => m.id,
      style: (m) => m.style,
      showFilterButton: (m) => m.showFilterButton,
      showHeaders: (m) => m.showHeaders,
    };
  }

  get name(): string {
    return this._get("name");
  }

  set name(value: string) {
    this._set("name", value, (m) => m.sheet.workbook.renameTable(m, value));
  }

  get style(): string {
    return this._get("style");
  }

  set style(value: string) {
    this._set("style", value, (m) => (m.style = value));
  }

  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }

  set showFilterButton(value: boolean) {
    this._set("showFilterButton", value, (m) => (m.showFilterButton = value));
  }

  set showBandedRows(value: boolean) {
    this._set("showBandedRows", value, (m) => (m.showBandedRows = value));
  }

  get rows(): TableRowCollection {
    return this._nav("rows", () => new TableRowCollection(this.context, () => this._m()));
  }

  get columns(): TableColumnCollection {
    return this._nav("columns", () => new TableColumnCollection(this.context, () => this._m()));
  }

  get worksheet(): Worksheet {
    return this._nav(
      "worksheet",
      () => new Worksheet(this.context, () => this._m().sheet, "table.worksheet")
    );
  }

  get onChanged(): TableChangedEvent {
    return this._nav("onChanged", () => new TableChangedEvent(this, () => this._m()));
  }

  getRange(): Range {
    return new Range(
      this.context,
      () => ({ sheet: this._m().sheet, rect: this._m().rect }),
      "table.getRange"
    );
  }

  getHeaderRowRange(): Range {
    return new Range(
      this.context,
      () => {
        const t = this._m();
        return { sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r0 } };
      },
      "table.getHeaderRowRange"
    );
  }

  getDataBodyRange(): Range {
    return new Range(
      this.context,
      () => {
        const t = this._m();
        return { sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 + 1 } };
      },
      "table.getDataBodyRange"
    );
  }

  delete(): void {
    this._call("delete", [], (m) => m.sheet.deleteTable(m));
  }
}

function bodyOf(t: TableModel): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1 };
}

/** A row of a table's body, by its index in the body. */
interface RowModel {
  table: TableModel;
  index: number;
}

export class TableRowCollection extends Collection<TableModel, TableRow> {
  constructor(context: RequestContext, bind: Bind<TableModel>) {
    super(context, bind, "table.rows");
  }

  protected _list(m: TableModel): unknown[] {
    return Array.from({ length: rowsOf(bodyOf(m)) }, (_, index) => ({ table: m, index }));
  }

  protected _wrap(model: unknown): TableRow {
    const item = new TableRow(this.context, null, "item");
    item._bindNow(model as RowModel);
    return item;
  }

  /** Adds rows at body row `index` (at the end when it is null or missing); `values` fills them. */
  add(index?: number | null, values?: unknown[][] | null, alwaysInsert?: boolean): TableRow {
    return new TableRow(
      this.context,
      () => {
        const table = this._m();
        const added = table.sheet.addTableRows(table, index, values);
        return { table, index: added.r0 - table.rect.r0 - 1 };
      },
      "rows.add",
      [index ?? null, values ?? null, alwaysInsert ?? null]
    );
  }

  getItemAt(index: number): TableRow {
    return new TableRow(
      this.context,
      () => {
        const table = this._m();
        return Number.isInteger(index) && index >= 0 && index < rowsOf(bodyOf(table))
          ? { table, index }
          : null;
      },
      "rows.getItemAt",
      [index]
    );
  }
}

export class TableRow extends ClientObject<RowModel> {
  constructor(
    context: RequestContext,
    bind: Bind<RowModel> | null,
    what: string,
    args: unknown[] = []
  ) {
    super(context, bind, what, args);
  }

  protected override _props(): Record<string, (m: RowModel) => unknown> {
    return {
      index: (m) => m.index,
      values: (m) => {
        const r = m.table.rect.r0 + 1 + m.index;
        const out: unknown[] = [];
        for (let c = m.table.rect.c0; c <= m.table.rect.c1; c++)
          out.push(m.table.sheet.cell(r, c)?.value ?? "");
        return [out];
      },
    };
  }

  get index(): number {
    return this._get("index");
  }

  get values(): unknown[][] {
    return this._get("values");
  }

  getRange(): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        const r = m.table.rect.r0 + 1 + m.index;
        return { sheet: m.table.sheet, rect: { ...m.table.rect, r0: r, r1: r } };
      },
      "row.getRange"
    );
  }
}

/** A column of a table, by its position in the table. */
interface ColumnModel {
  table: TableModel;
  index: number;
}

export class TableColumnCollection extends Collection<TableModel, TableColumn> {
  constructor(context: RequestContext, bind: Bind<TableModel>) {
    super(context, bind, "table.columns");
  }

  protected _list(m: TableModel): unknown[] {
    return m.header.map((_, index) => ({ table: m, index }));
  }

  protected _wrap(model: unknown): TableColumn {
    const item = new TableColumn(this.context, null, "item");
    item._bindNow(model as ColumnModel);
    return item;
  }

  /** By name (not case-sensitive) or by id (a number). */
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, () => this._find(key), "columns.getItem", [key]);
  }

  getItemOrNullObject(key: string | number): TableColumn {
    return new TableColumn(
      this.context,
      () => this._find(key),
      "columns.getItemOrNullObject",
      [key],
      true
    );
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(
      this.context,
      () => {
        const table = this._m();
        return Number.isInteger(index) && index >= 0 && index < colsOf(table.rect)
          ? { table, index }
          : null;
      },
      "columns.getItemAt",
      [index]
    );
  }

  private _find(key: string | number): ColumnModel | null {
    const table = this._m();
    const index =
      typeof key === "number"
        ? key - 1
        : table.header.findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
    return index >= 0 && index < colsOf(table.rect) ? { table, index } : null;
  }
}

export class TableColumn extends ClientObject<ColumnModel> {
  constructor(
    context: RequestContext,
    bind: Bind<ColumnModel> | null,
    what: string,
    args: unknown[] = [],
    nullable = false
  ) {
    super(context, bind, what, args, nullable);
  }

  protected override _props(): Record<string, (m: ColumnModel) => unknown> {
    return {
      id: (m) => m.index + 1,
      index: (m) => m.index,
      name: (m) => m.table.header[m.index],
      values: (m) => {
        const out: unknown[][] = [];
        const c = m.table.rect.c0 + m.index;
        for (let r = m.table.rect.r0; r <= m.table.rect.r1; r++)
          out.push([m.table.sheet.cell(r, c)?.value ?? ""]);
        return out;
      },
    };
  }

  get id(): number {
    return this._get("id");
  }

  get index(): number {
    return this._get("index");
  }

  get name(): string {
    return this._get("name");
  }

  get values(): unknown[][] {
    return this._get("values");
  }

  private _range(what: string, rows: (t: TableModel) => { r0: number; r1: number }): Range {
    return new Range(
      this.context,
      () => {
        const m = this._m();
        const c = m.table.rect.c0 + m.index;
        return { sheet: m.table.sheet, rect: { ...rows(m.table), c0: c, c1: c } };
      },
      what
    );
  }

  getRange(): Range {
    return this._range("column.getRange", (t) => t.rect);
  }

  getHeaderRowRange(): Range {
    return this._range("column.getHeaderRowRange", (t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }

  getDataBodyRange(): Range {
    return this._range("column.getDataBodyRange", (t) => bodyOf(t));
  }
}

// --- events -------------------------------------------------------------------------------

/** Excel.TableChangedEventArgs: the address is on the table's sheet, without the sheet's name. */
export interface TableChangedEventArgs {
  type: "TableChanged";
  changeType: TableChange["changeType"];
  source: "Local";
  tableId: string;
  worksheetId: string;
  address: string;
  getRange: (context: RequestContext) => Range;
}

type TableChangedHandler = (args: TableChangedEventArgs) => unknown;

/** A handler added: of one table, or of every table (table null). */
export interface Subscription {
  table: TableModel | null;
  handler: TableChangedHandler;
}

/** table.onChanged, workbook.tables.onChanged: handlers are added and removed at the sync. */
export class TableChangedEvent {
  constructor(
    private readonly owner: ClientObject<any>,
    private readonly tableOf: () => TableModel | null
  ) {}

  add(handler: TableChangedHandler): { context: RequestContext; remove: () => void } {
    const context = this.owner.context;
    const subscription: Subscription = { table: null, handler };
    context.enqueue(this.owner._id, "onChanged.add", [], () => {
      subscription.table = this.tableOf();
      context.host.subscriptions.add(subscription);
    });
    return {
      context,
      remove: () =>
        context.enqueue(this.owner._id, "onChanged.remove", [], () =>
          context.host.subscriptions.delete(subscription)
        ),
    };
  }
}

// --- charts -------------------------------------------------------------------------------

const CHART_TYPES = new Set([
  "BarClustered",
  "ColumnClustered",
  "BarStacked",
  "ColumnStacked",
  "Line",
  "Pie",
]);

export class ChartCollection extends Collection<SheetModel, Chart> {
  constructor(context: RequestContext, bind: Bind<SheetModel>) {
    super(context, bind, "worksheet.charts");
  }

  protected _list(m: SheetModel): unknown[] {
    return m.charts;
  }

  protected _wrap(model: unknown): Chart {
    const item = new Chart(this.context, null, "item");
    item._bindNow(model as ChartModel);
    return item;
  }

  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    return new Chart(
      this.context,
      () => {
        if (!CHART_TYPES.has(type))
          throw new ExcelError("InvalidArgument", `chart type ${type} is not supported here`);
        const sheet = this._m();
        const m = sourceData._m();
        return sheet.workbook.addChart(
          sheet,
          type,
          m.rect,
          seriesBy === "Rows" ? "Rows" : "Columns"
        );
      },
      "charts.add",
      [type, sourceData, seriesBy]
    );
  }

  getItem(name: string): Chart {
    return new Chart(
      this.context,
      () => this._m().charts.find((c) => c.name === name) ?? null,
      "charts.getItem",
      [name]
    );
  }
}

export class Chart extends ClientObject<ChartModel> {
  constructor(
    context: RequestContext,
    bind: Bind<ChartModel> | null,
    what: string,
    args: unknown[] = []
  ) {
    super(context, bind, what, args);
  }

  protected override _props(): Record<string, (m: ChartModel) => unknown> {
    return { name: (m) => m.name, id: (m) => m.id, chartType: (m) => m.type };
  }

  get name(): string {
    return this._get("name");
  }

  set name(value: string) {
    this._set("name", value, (m) => (m.name = value));
  }

  get title(): ChartPart {
    return this._nav(
      "title",
      () =>
        new ChartPart(this.context, () => this._m(), "chart.title", {
          text: (m, v) => (m.title = String(v)),
          visible: (m, v) => (m.titleVisible = Boolean(v)),
        })
    );
  }

  get legend(): ChartPart {
    return this._nav(
      "legend",
      () =>
        new ChartPart(this.context, () => this._m(), "chart.legend", {
          visible: (m, v) => (m.legendVisible = Boolean(v)),
          position: () => undefined,
        })
    );
  }

  get axes(): { categoryAxis: ChartPart; valueAxis: ChartPart } {
    return this._nav("axes", () => ({
      categoryAxis: new ChartPart(this.context, () => this._m(), "chart.axes.categoryAxis", {
        reversePlotOrder: (m, v) => (m.reversePlotOrder = Boolean(v)),
      }),
      valueAxis: new ChartPart(this.context, () => this._m(), "chart.axes.valueAxis", {
        numberFormat: () => undefined,
      }),
    }));
  }

  get series(): { getItemAt: (index: number) => ChartPart } {
    return this._nav("series", () => ({
      getItemAt: (index: number) =>
        new ChartPart(this.context, () => this._m(), `chart.series.getItemAt(${index})`, {
          name: (m, v) => {
            if (!m.series[index]) throw notFound(`series ${index}`);
            m.series[index].name = String(v);
          },
        }),
    }));
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call("setPosition", [startCell, endCell ?? null], (m) => {
      const from = rangeArgument(m.sheet, startCell);
      const to = endCell === undefined ? from : rangeArgument(m.sheet, endCell);
      m.position = { from, to };
    });
  }

  delete(): void {
    this._call("delete", [], (m) => m.sheet.charts.splice(m.sheet.charts.indexOf(m), 1));
  }
}

/** A part of a chart (title, legend, axis, series) with settable properties. */
export class ChartPart extends ClientObject<ChartModel> {
  constructor(
    context: RequestContext,
    bind: Bind<ChartModel>,
    what: string,
    setters: Record<string, (m: ChartModel, v: unknown) => void>
  ) {
    super(context, bind, what);
    for (const [prop, apply] of Object.entries(setters)) {
      Object.defineProperty(this, prop, {
        set: (v: unknown) => {
          this._set(prop, v, (m) => apply(m, v));
        },
        enumerable: true,
      });
    }
  }
}

// --- Excel.run and the globals ------------------------------------------------------------

export type Batch<T> = (context: RequestContext) => Promise<T>;

export class ExcelHost {
  readonly stats = new HostStats();
  /** the custom functions in cells: associate them, and give their metadata, here */
  readonly customFunctions: CustomFunctionsHost;
  readonly subscriptions = new Set<Subscription>();
  /** handlers running, and custom functions' promises: what idle() waits for */
  private readonly busy = new Set<Promise<unknown>>();

  constructor(readonly workbook: WorkbookModel = new WorkbookModel()) {
    this.customFunctions = new CustomFunctionsHost(workbook, (work) => this.track(work));
  }

  /**
   * What Excel does after a batch or an edit: calculates the formulas written, calls the
   * tables' onChanged handlers (once the caller has resumed), and the view is redrawn.
   */
  settle(): void {
    this.customFunctions.flush();
    this.dispatch(this.workbook.takeChanges());
    this.workbook.changed();
  }

  /**
   * A user typing `text` into a cell of the grid and pressing Enter (the preview's view does
   * this): as in Excel, "=…" is a formula, text is read as a number or a date where it looks
   * like one, "" clears the cell, and typing below a table makes it grow. Resolves once the
   * handlers it raised have run.
   */
  async userEdit(sheetName: string, address: string, text: string): Promise<void> {
    const sheet = this.workbook.sheet(sheetName);
    if (!sheet) throw notFound(`sheet ${sheetName}`);
    const { rect } = parseAddress(address);
    sheet.type(rect.r0, rect.c0, text);
    this.settle();
    await this.idle();
  }

  /** A user clicking a cell (or a sheet's tab): its sheet becomes the active one. */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.workbook.sheet(sheetName);
    if (!sheet) throw notFound(`sheet ${sheetName}`);
    this.workbook.select(sheet, parseAddress(address).rect);
  }

  /** Resolves when no event handler nor custom function's promise is still running. */
  async idle(): Promise<void> {
    while (this.busy.size > 0) await Promise.all([...this.busy]);
  }

  private track(work: Promise<unknown>): void {
    const done: Promise<unknown> = work
      .catch((e: unknown) => console.error(e))
      .finally(() => this.busy.delete(done));
    this.busy.add(done);
  }

  private dispatch(changes: TableChange[]): void {
    const calls: Array<() => unknown> = [];
    for (const change of changes) {
      const table = change.table;
      if (!table.sheet.tables.includes(table)) continue; // deleted since
      const args: TableChangedEventArgs = {
        type: "TableChanged",
        changeType: change.changeType,
        source: "Local",
        tableId: table.id,
        worksheetId: table.sheet.id,
        address: rectAddress(change.rect),
        getRange: (context) =>
          context.workbook.worksheets.getItem(table.sheet.id).getRange(rectAddress(change.rect)),
      };
      for (const s of this.subscriptions)
        if (s.table === null || s.table === table) calls.push(() => s.handler(args));
    }
    if (calls.length === 0) return;
    // Excel raises events after the batch; the code awaiting sync() resumes first
    this.track(
      new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
        Promise.all(
          calls.map((call) =>
            Promise.resolve()
              .then(call)
              .catch((e: unknown) => console.error(e))
          )
        )
      )
    );
  }

  /** Excel.run(batch) as in Office.js; commands left unsynced at the end are counted, not run. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: unknown, batch: Batch<T>): Promise<T>;
  async run<T>(first: Batch<T> | unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    // Excel.run(context, batch) goes on with an earlier batch's context (to remove a handler)
    const context =
      first instanceof RequestContext && first.host === this ? first : new RequestContext(this);
    this.stats.runs++;
    try {
      return await batch(context);
    } finally {
      this.stats.unsynced += context.pending;
    }
  }

  /** The `Excel` global the add-in sees. */
  excel(): Record<string, unknown> {
    return {
      run: (a: unknown, b?: Batch<unknown>) => (b ? this.run(a, b) : this.run(a as Batch<unknown>)),
      RequestContext,
      ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
      DataValidationType: {
        none: "None",
        wholeNumber: "WholeNumber",
        decimal: "Decimal",
        list: "List",
        date: "Date",
        time: "Time",
        textLength: "TextLength",
        custom: "Custom",
        inconsistent: "Inconsistent",
        mixedCriteria: "MixedCriteria",
      },
      EventType: { tableChanged: "TableChanged" },
      EventSource: { local: "Local", remote: "Remote" },
      DataChangeType: {
        unknown: "Unknown",
        rangeEdited: "RangeEdited",
        rowInserted: "RowInserted",
        rowDeleted: "RowDeleted",
        columnInserted: "ColumnInserted",
        columnDeleted: "ColumnDeleted",
        cellInserted: "CellInserted",
        cellDeleted: "CellDeleted",
      },
      ErrorCodes: {
        itemNotFound: "ItemNotFound",
        itemAlreadyExists: "ItemAlreadyExists",
        invalidArgument: "InvalidArgument",
        invalidOperation: "InvalidOperation",
        requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      },
    };
  }
}

export { ExcelError };
