/*
 * Keeps the formulas' ledger in step with the workbook's Tracker table (Office.js). The table's
 * values are mirrored in memory with each row's reading (its line, or why it is none); an edit
 * re-reads and re-resolves only the rows it touched, rows added at the end are read alone, and
 * every change makes a new ledger, which streaming formulas answer from at once.
 */
import { Line, References } from "../core/line";
import type { Dataset } from "../data/embedded";
import { quote } from "../core/text";
import { references } from "../data/references";
import { setLedger } from "../functions/source";
import { HeaderMatch, matchHeader } from "./columns";
import { columnLetter, TRACKER } from "./create";
import { combine, datasetLines, resolveRow } from "./merge";
import { readRow, RowProblem } from "./rows";

/** What the pane shows about the Tracker: rows that are not lines, and the merge. */
export interface TrackerState {
  found: boolean;
  lines: number;
  problems: RowProblem[];
  overridden: number;
  embedded: boolean;
}

const ROW_OF = /(\d+)(?::[A-Z]+(\d+))?$/i;

/** The first and last sheet rows of an A1 address such as "Tracker!B5:D7" or "C9". */
export function rowsOf(address: string): [number, number] | null {
  const m = ROW_OF.exec(address.replace(/\$/g, ""));
  if (!m) return null;
  const first = Number(m[1]);
  return [first, m[2] ? Number(m[2]) : first];
}

export class TrackerWatch {
  /** header row first, then the body, as on the sheet */
  private mirror: unknown[][] = [];
  /** sheet row of the header */
  private headerRow = 1;
  /** the table's sheet and first column, for the cell a problem is in */
  private sheet = TRACKER;
  private firstColumn = 0;
  private found = false;
  private header: HeaderMatch = matchHeader([]);
  /** each body row's reading: its line, why it is none, null when blank; undefined until read */
  private readings: Array<Line | RowProblem | null | undefined> = [];
  private resolvedDataset: { version: string; lines: Line[] } | undefined;
  /**
   * The tables the kept readings were resolved against (resolving adds companies and sites to
   * them), so every ledger made from those readings gets the same; new ones at each whole read.
   */
  private refs: References = references();
  private last = { own: 0, overridden: 0 };
  private readonly listeners = new Set<(state: TrackerState) => void>();
  /** how many times the whole table was read, and how many rows were read since (for tests and the bench) */
  readonly reads = { whole: 0, rows: 0 };

  constructor(
    private readonly dataset: Dataset,
    private embedded = true
  ) {}

  /** Reads the Tracker (when there is one) and listens for its changes. */
  async start(): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(TRACKER);
      await context.sync();
      if (table.isNullObject) {
        this.found = false;
        this.publish();
        return;
      }
      await this.readWhole(context, table);
      table.onChanged.add((event) => this.changed(event));
      await context.sync();
    });
  }

  /** Starts watching a Tracker made since start() found none (by the pane's button or an import). */
  async ensure(): Promise<void> {
    if (!this.found) await this.start();
  }

  /** The cell a problem is in, as "'Tracker'!D5"; the row's first cell when no column is named. */
  cellOf(problem: RowProblem): string {
    const header = this.mirror[0] ?? [];
    const index = problem.column ? matchHeader(header).index[problem.column] : undefined;
    const column = columnLetter(this.firstColumn + (index ?? 0));
    return `'${this.sheet.replace(/'/g, "''")}'!${column}${problem.row}`;
  }

  /** Selects a problem's cell in Excel, so the user can correct it. */
  async select(problem: RowProblem): Promise<void> {
    await Excel.run(async (context) => {
      const [sheet, cell] = this.cellOf(problem).split("!");
      context.workbook.worksheets
        .getItem(sheet.slice(1, -1).replace(/''/g, "'"))
        .getRange(cell)
        .select();
      await context.sync();
    });
  }

  setEmbedded(embedded: boolean): void {
    this.embedded = embedded;
    this.publish();
  }

  onState(listener: (state: TrackerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): TrackerState {
    return {
      found: this.found,
      lines: this.last.own,
      problems: this.found ? this.problems() : [],
      overridden: this.last.overridden,
      embedded: this.embedded,
    };
  }

  private problems(): RowProblem[] {
    if (this.header.missing.length > 0) {
      const lacks = this.header.missing.map((c) => quote(c)).join(", ");
      return [{ row: this.headerRow, column: null, message: `the header lacks ${lacks}` }];
    }
    return this.readings.filter((r): r is RowProblem => r != null && "message" in r);
  }

  private async readWhole(context: Excel.RequestContext, table: Excel.Table): Promise<void> {
    const range = table.getRange().load(["values", "rowIndex", "columnIndex"]);
    const sheet = table.worksheet.load("name");
    await context.sync();
    this.mirror = range.values;
    this.header = matchHeader(this.mirror[0] ?? []);
    this.readings = [];
    this.refs = references();
    this.resolvedDataset = undefined;
    this.headerRow = range.rowIndex + 1;
    this.firstColumn = range.columnIndex;
    this.sheet = sheet.name;
    this.found = true;
    this.reads.whole++;
    this.publish();
  }

  /**
   * An edit re-reads the rows it touched, rows added after the last one are read alone; rows
   * inserted elsewhere or removed, or an edit of the header, re-read the whole table.
   */
  private async changed(event: Excel.TableChangedEventArgs): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(TRACKER);
      const rows = rowsOf(event.address);
      const end = this.headerRow + this.mirror.length; // the sheet row after the last
      const edited =
        event.changeType === "RangeEdited" && rows && rows[0] > this.headerRow && rows[1] < end;
      const appended = event.changeType === "RowInserted" && rows && rows[0] === end;
      if (!rows || !(edited || appended)) {
        await this.readWhole(context, table);
        return;
      }
      const [first, last] = rows;
      const touched = table
        .getDataBodyRange()
        .getRow(first - this.headerRow - 1)
        .getResizedRange(last - first, 0)
        .load("values");
      await context.sync();
      touched.values.forEach((cells, i) => {
        const index = first - this.headerRow + i;
        this.mirror[index] = cells;
        this.readings[index - 1] = undefined;
      });
      this.reads.rows += touched.values.length;
      this.publish();
    });
  }

  /** Reads the rows not read yet, and makes the ledger from every row's line. */
  private publish(): void {
    const refs = this.refs;
    const own: Line[] = [];
    if (this.found && this.header.missing.length === 0) {
      for (let i = 1; i < this.mirror.length; i++) {
        let reading = this.readings[i - 1];
        if (reading === undefined) {
          const read = readRow(this.mirror[i], this.header, this.headerRow + i);
          reading = read && "record" in read ? resolveRow(read, refs) : read;
          this.readings[i - 1] = reading;
        }
        if (reading && !("message" in reading)) own.push(reading);
      }
    }
    this.resolvedDataset ??= {
      version: this.dataset.version,
      lines: datasetLines(this.dataset, refs),
    };
    const merged = combine(refs, this.embedded ? this.resolvedDataset : null, own);
    this.last = { own: own.length, overridden: merged.overridden };
    setLedger(merged.ledger);
    const state = this.state();
    for (const listener of [...this.listeners]) listener(state);
  }
}
