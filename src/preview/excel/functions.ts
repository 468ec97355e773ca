/*
 * The add-in's custom functions in the stand-in's cells, as Excel's custom-functions runtime
 * runs them: a cell holding =CT.CAPACITY("Baotou") calls the function associated as CAPACITY.
 * A streaming function gets an invocation whose setResult replaces the cell's value (and its
 * spill) each time; replacing or clearing the formula calls its onCanceled. Which functions
 * stream, and how many parameters each has, comes from the metadata (functions.json): until it
 * and the function are there, the cell shows #BUSY!, and it is evaluated once they arrive.
 *
 * Only this formula shape is read: =NS.NAME(arguments), each a string, number, TRUE/FALSE, an A1
 * reference to a cell of the same sheet, or nothing (null). It is no general formula engine.
 */
import {
  address,
  CellState,
  FormulaCalc,
  MAX_COLS,
  MAX_ROWS,
  Primitive,
  quoteSheet,
  SheetModel,
  WorkbookModel,
} from "./model";

export type CustomFunction = (...args: any[]) => unknown;

/** The part of functions.json read here. */
export interface FunctionsMetadata {
  functions: Array<{ id: string; parameters?: unknown[]; options?: { stream?: boolean } }>;
}

type Argument = { value: Primitive | null } | { r: number; c: number };

interface Call {
  namespace: string;
  id: string;
  args: Argument[];
}

interface Invocation {
  address: string;
  functionName: string;
  setResult: (value: unknown) => void;
  onCanceled?: () => void;
}

/** A cell holding a custom function's formula. */
interface Anchor {
  sheet: SheetModel;
  r: number;
  c: number;
  cell: CellState;
  call: Call | null;
  /** the running call; replaced at each evaluation, so a stale setResult is ignored */
  invocation: Invocation | null;
  /** the function was not called yet (not associated, or no metadata yet) */
  waiting: boolean;
  result: Primitive[][];
  /** the message of the error it returned */
  message?: string;
  /** the area the result wants */
  rows: number;
  cols: number;
}

const STRING = /\s*"((?:[^"]|"")*)"\s*/y;
const NUMBER = /\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*/y;
const BOOLEAN = /\s*(TRUE|FALSE)\s*/iy;
const REFERENCE = /\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*/y;
const EMPTY = /\s*/y;

function colIndexOf(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** =NS.NAME(arg, …) with literal or reference arguments; null for anything else. */
export function parseCall(formula: string): Call | null {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_.]*)\s*\((.*)\)\s*$/s.exec(
    formula
  );
  if (!m) return null;
  const inner = m[3];
  const args: Argument[] = [];
  if (inner.trim() !== "") {
    let at = 0;
    for (;;) {
      const token = (re: RegExp) => {
        re.lastIndex = at;
        const found = re.exec(inner);
        if (found) at = re.lastIndex;
        return found;
      };
      let found: RegExpExecArray | null;
      if ((found = token(STRING))) args.push({ value: found[1].replace(/""/g, '"') });
      else if ((found = token(NUMBER))) args.push({ value: Number(found[1]) });
      else if ((found = token(BOOLEAN))) args.push({ value: found[1].toUpperCase() === "TRUE" });
      else if ((found = token(REFERENCE))) {
        const r = Number(found[2]) - 1;
        const c = colIndexOf(found[1]);
        if (r < 0 || r >= MAX_ROWS || c >= MAX_COLS) return null;
        args.push({ r, c });
      } else {
        token(EMPTY);
        args.push({ value: null });
      }
      if (at === inner.length) break;
      if (inner[at] !== ",") return null;
      at++;
    }
  }
  return { namespace: m[1].toUpperCase(), id: m[2].toUpperCase(), args };
}

function isCustomError(v: unknown): v is { code: string; message?: string } {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { code?: unknown }).code === "string" &&
    (v as { code: string }).code.startsWith("#")
  );
}

function shown(v: unknown): Primitive {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (isCustomError(v)) return v.code;
  return "#VALUE!";
}

/** A result as the cells it fills: a 2-D array spills; an empty one is #CALC!. */
function gridOf(result: unknown): Primitive[][] {
  if (!Array.isArray(result)) return [[shown(result)]];
  const rows = result.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length === 0 || width === 0) return [["#CALC!"]];
  return rows.map((row) =>
    Array.from({ length: width }, (_, j) => (j < row.length ? shown(row[j]) : "#N/A"))
  );
}

function key(sheet: SheetModel, r: number, c: number): string {
  return `${sheet.id}!${r},${c}`;
}

export class CustomFunctionsHost implements FormulaCalc {
  /** the functions associated, by upper-case id */
  readonly functions = new Map<string, CustomFunction>();
  private metadata: Map<string, { stream: boolean; parameters: number | null }> | null = null;
  private readonly anchors = new Map<string, Anchor>();
  /** anchors by the cells they read */
  private readonly readers = new Map<string, Set<Anchor>>();
  private readonly queue = new Set<Anchor>();
  private readonly dirty = new Set<Anchor>();
  /** anchors whose spill is blocked: a change in the area they want may free it */
  private readonly blocked = new Set<Anchor>();
  private flushing = false;

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly track: (work: Promise<unknown>) => void = () => undefined,
    readonly namespace = "CT"
  ) {
    workbook.calc = this;
  }

  /** CustomFunctions.associate(id, fn) or associate({ id: fn, … }). */
  associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction): void {
    if (typeof id === "string") {
      if (fn) this.functions.set(id.toUpperCase(), fn);
    } else for (const [k, f] of Object.entries(id)) this.functions.set(k.toUpperCase(), f);
    this.retry();
  }

  /** The functions' metadata (functions.json): which stream, and their parameters. */
  setMetadata(metadata: FunctionsMetadata): void {
    this.metadata = new Map(
      metadata.functions.map((f) => [
        f.id.toUpperCase(),
        { stream: f.options?.stream === true, parameters: f.parameters?.length ?? null },
      ])
    );
    this.retry();
  }

  claims(formula: string): boolean {
    return new RegExp(`^=\\s*${this.namespace}\\.`, "i").test(formula);
  }

  written(sheet: SheetModel, r: number, c: number): void {
    const cell = sheet.cell(r, c);
    if (!cell?.formula) return;
    const anchor: Anchor = {
      sheet,
      r,
      c,
      cell,
      call: parseCall(cell.formula),
      invocation: null,
      waiting: true,
      result: [[cell.value ?? ""]],
      rows: 1,
      cols: 1,
    };
    this.anchors.set(key(sheet, r, c), anchor);
    for (const arg of anchor.call?.args ?? []) {
      if (!("r" in arg)) continue;
      const k = key(sheet, arg.r, arg.c);
      if (!this.readers.has(k)) this.readers.set(k, new Set());
      this.readers.get(k)!.add(anchor);
    }
    this.queue.add(anchor);
  }

  touched(sheet: SheetModel, r: number, c: number, old: CellState | undefined): void {
    if (this.anchors.size === 0) return;
    const k = key(sheet, r, c);
    const own = this.anchors.get(k);
    if (own && own.cell === old) this.drop(own);
    if (old?.spill) {
      const from = this.anchors.get(key(sheet, old.spill.r, old.spill.c));
      if (from) this.dirty.add(from); // something written over its spill: #SPILL!
    }
    for (const reader of this.readers.get(k) ?? []) this.queue.add(reader);
    for (const a of this.blocked) {
      if (a.sheet === sheet && r >= a.r && r < a.r + a.rows && c >= a.c && c < a.c + a.cols)
        this.dirty.add(a);
    }
  }

  forget(sheet: SheetModel): void {
    for (const a of [...this.anchors.values()]) if (a.sheet === sheet) this.drop(a);
  }

  /** Evaluates the formulas written or whose inputs changed, and spills again where needed. */
  flush(): void {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.size > 0 || this.dirty.size > 0) {
        for (const a of [...this.queue]) {
          this.queue.delete(a);
          this.dirty.delete(a);
          if (this.live(a)) this.evaluate(a);
        }
        for (const a of [...this.dirty]) {
          this.dirty.delete(a);
          if (this.live(a)) this.place(a);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private retry(): void {
    for (const a of this.anchors.values()) if (a.waiting) this.queue.add(a);
    if (this.queue.size === 0) return;
    this.flush();
    this.workbook.changed();
  }

  private live(a: Anchor): boolean {
    return this.anchors.get(key(a.sheet, a.r, a.c)) === a;
  }

  private drop(a: Anchor): void {
    this.cancel(a);
    this.anchors.delete(key(a.sheet, a.r, a.c));
    this.queue.delete(a);
    this.dirty.delete(a);
    this.blocked.delete(a);
    for (const readers of this.readers.values()) readers.delete(a);
    this.clearSpill(a);
  }

  private cancel(a: Anchor): void {
    const running = a.invocation;
    a.invocation = null;
    running?.onCanceled?.();
  }

  private evaluate(a: Anchor): void {
    this.cancel(a);
    const call = a.call;
    if (!call || call.namespace !== this.namespace) {
      a.waiting = false;
      this.render(a, "#NAME?");
      return;
    }
    const meta = this.metadata?.get(call.id);
    const fn = this.functions.get(call.id);
    if (this.metadata && !meta) {
      a.waiting = true; // a later metadata may declare it
      this.render(a, "#NAME?");
      return;
    }
    if (!meta || !fn) {
      a.waiting = true;
      this.render(a, "#BUSY!");
      return;
    }
    a.waiting = false;
    const parameters = meta.parameters ?? Math.max(0, fn.length - (meta.stream ? 1 : 0));
    if (call.args.length > parameters) {
      this.render(a, "#VALUE!");
      return;
    }
    const args: unknown[] = Array.from({ length: parameters }, (_, i) => {
      const arg = call.args[i];
      if (!arg) return null;
      if ("value" in arg) return arg.value;
      const value = a.sheet.cell(arg.r, arg.c)?.value;
      return value === undefined || value === "" ? null : value;
    });
    const invocation: Invocation = {
      address: `${quoteSheet(a.sheet.name)}!${address({ r0: a.r, c0: a.c, r1: a.r, c1: a.c })}`,
      functionName: `${call.namespace}.${call.id}`,
      setResult: (value) => {
        if (a.invocation !== invocation || !this.live(a)) return;
        this.render(a, value);
        if (!this.flushing) this.workbook.changed();
      },
    };
    this.render(a, "#BUSY!");
    if (meta.stream) {
      a.invocation = invocation;
      args.push(invocation);
    }
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      this.render(a, isCustomError(e) ? e : "#VALUE!");
      return;
    }
    if (meta.stream) return;
    if (result && typeof (result as PromiseLike<unknown>).then === "function") {
      // a promise: the cell shows #BUSY! until it settles
      a.invocation = invocation;
      this.track(
        Promise.resolve(result).then(
          (value) => invocation.setResult(value),
          (e: unknown) => invocation.setResult(isCustomError(e) ? e : "#VALUE!")
        )
      );
      return;
    }
    this.render(a, result);
  }

  private clearSpill(a: Anchor): void {
    for (let i = 0; i < a.rows; i++) {
      for (let j = 0; j < a.cols; j++) {
        if (i === 0 && j === 0) continue;
        const cell = a.sheet.cell(a.r + i, a.c + j);
        if (cell?.spill && cell.spill.r === a.r && cell.spill.c === a.c)
          a.sheet.setComputed(a.r + i, a.c + j, null);
      }
    }
  }

  /** Takes a result: its first value goes in the formula's cell, the rest spills. */
  private render(a: Anchor, result: unknown): void {
    this.clearSpill(a);
    a.result = gridOf(result);
    a.message = isCustomError(result) ? result.message : undefined;
    a.rows = a.result.length;
    a.cols = a.result[0].length;
    this.place(a);
  }

  /** Spills the result when there is room for it, or shows #SPILL!. */
  private place(a: Anchor): void {
    this.clearSpill(a);
    let blocked = a.r + a.rows > MAX_ROWS || a.c + a.cols > MAX_COLS;
    for (let i = 0; i < a.rows && !blocked; i++) {
      for (let j = 0; j < a.cols && !blocked; j++) {
        const r = a.r + i;
        const c = a.c + j;
        // a spill never writes over a value, nor into a table
        blocked =
          (i > 0 || j > 0) &&
          (a.sheet.cell(r, c) !== undefined ||
            a.sheet.tables.some(
              (t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1
            ));
      }
    }
    if (blocked) this.blocked.add(a);
    else this.blocked.delete(a);
    a.cell.value = blocked ? "#SPILL!" : a.result[0][0];
    a.cell.message = a.message;
    if (blocked) return;
    a.result.forEach((row, i) =>
      row.forEach((value, j) => {
        if (i > 0 || j > 0)
          a.sheet.setComputed(a.r + i, a.c + j, {
            value,
            formula: null,
            link: null,
            spill: { r: a.r, c: a.c },
          });
      })
    );
  }
}
