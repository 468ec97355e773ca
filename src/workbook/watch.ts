/*
 * Keeps the formulas' ledger in step with the workbook's Tracker table (Office.js). The table's
 * values are mirrored in memory; an edit re-reads only the rows it touched, and every change
 * makes a new merged ledger, which streaming formulas answer from at once.
 */
import { LineRecord } from "../core/line";
import { setLedger } from "../functions/source";
import { matchHeader } from "./columns";
import { columnLetter, TRACKER } from "./create";
import { mergeLedger, MergedLedger } from "./merge";
import { readTracker, RowProblem } from "./rows";

export interface Dataset {
  version: string;
  records: readonly LineRecord[];
}

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
  private last: MergedLedger | undefined;
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
      lines: this.last ? this.last.ledger.lines.filter((l) => l.origin === "workbook").length : 0,
      problems: this.last && this.found ? this.problems() : [],
      overridden: this.last?.overridden ?? 0,
      embedded: this.embedded,
    };
  }

  private problems(): RowProblem[] {
    const read = readTracker(this.mirror, this.headerRow + 1);
    return [...read.problems, ...(this.last?.problems ?? [])].sort((a, b) => a.row - b.row);
  }

  private async readWhole(context: Excel.RequestContext, table: Excel.Table): Promise<void> {
    const range = table.getRange().load(["values", "rowIndex", "columnIndex"]);
    const sheet = table.worksheet.load("name");
    await context.sync();
    this.mirror = range.values;
    this.headerRow = range.rowIndex + 1;
    this.firstColumn = range.columnIndex;
    this.sheet = sheet.name;
    this.found = true;
    this.reads.whole++;
    this.publish();
  }

  /** An edit re-reads the rows it touched; rows added or removed, or the header, the whole table. */
  private async changed(event: Excel.TableChangedEventArgs): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(TRACKER);
      const rows = rowsOf(event.address);
      const inBody =
        rows && rows[0] > this.headerRow && rows[1] < this.headerRow + this.mirror.length;
      if (event.changeType !== "RangeEdited" || !rows || !inBody) {
        await this.readWhole(context, table);
        return;
      }
      const [first, last] = rows;
      const body = table.getDataBodyRange();
      const touched = body
        .getRow(first - this.headerRow - 1)
        .getResizedRange(last - first, 0)
        .load("values");
      await context.sync();
      touched.values.forEach((cells, i) => (this.mirror[first - this.headerRow + i] = cells));
      this.reads.rows += touched.values.length;
      this.publish();
    });
  }

  private publish(): void {
    const rows = this.found ? readTracker(this.mirror, this.headerRow + 1).rows : [];
    this.last = mergeLedger(this.embedded ? this.dataset : null, rows);
    setLedger(this.last.ledger);
    const state = this.state();
    for (const listener of [...this.listeners]) listener(state);
  }
}
