/*
 * TrackerWatch against a small test double of the Excel API: one table, its values, its
 * onChanged event, and a count of what is read back.
 */
import "./support/custom-functions";
import dataset from "../src/data/dataset.json";
import { Dataset } from "../src/data/embedded";
import * as ct from "../src/functions/functions";
import { setLedger } from "../src/functions/source";
import { mergeLedger } from "../src/workbook/merge";
import { TrackerWatch } from "../src/workbook/watch";
import { watch } from "./support/invoke";

type Handler = (e: { address: string; changeType: string }) => Promise<void>;

/** A Tracker table at A1 (header in row 1) and the reads made of it. */
class TableDouble {
  handler: Handler | undefined;
  rowsRead = 0;
  constructor(public values: unknown[][]) {}

  excel(exists = true) {
    const table = {
      isNullObject: !exists,
      getRange: () => this.range(() => this.values, 0),
      getDataBodyRange: () => ({
        getRow: (i: number) => ({
          getResizedRange: (rows: number) =>
            this.range(() => this.values.slice(1 + i, 2 + i + rows), 1 + i),
        }),
      }),
      onChanged: { add: (h: Handler) => (this.handler = h) },
      worksheet: { load: () => ({ name: "Tracker" }) },
    };
    const context = {
      workbook: { tables: { getItemOrNullObject: () => table, getItem: () => table } },
      sync: async () => undefined,
    };
    return { run: async <T>(f: (c: typeof context) => Promise<T>) => f(context) };
  }

  private range(values: () => unknown[][], rowIndex: number) {
    const range = {
      values: [] as unknown[][],
      rowIndex,
      columnIndex: 0,
      load: () => {
        range.values = values().map((r) => [...r]);
        if (rowIndex > 0) this.rowsRead += range.values.length;
        return range;
      },
    };
    return range;
  }

  /** The user edits a cell; Excel raises the table's onChanged. */
  async edit(row: number, column: number, value: unknown): Promise<void> {
    this.values[row - 1][column] = value;
    await this.handler!({
      address: `Tracker!${String.fromCharCode(65 + column)}${row}`,
      changeType: "RangeEdited",
    });
  }
}

const HEADER = [
  "company",
  "material",
  "capacity",
  "unit",
  "status",
  "country",
  "announced",
  "source",
  "My notes",
];
const row = (company: string, capacity: unknown, status = "announced") => [
  company,
  "cells",
  capacity,
  "GWh",
  status,
  "Hungary",
  "2025-05-01",
  "https://example.org/t",
  "mine",
];

afterEach(() => setLedger(mergeLedger(dataset as unknown as Dataset, []).ledger));

test("an edit re-reads only its row, and the formula result is pushed again", async () => {
  const rows = [
    HEADER,
    ...Array.from({ length: 500 }, (_, i) => row(`Filler ${i}`, "", "talks")),
    row("Nova Cells", 20),
  ];
  const table = new TableDouble(rows);
  (globalThis as unknown as { Excel: unknown }).Excel = table.excel();
  const w = new TrackerWatch(dataset as unknown as Dataset);
  await w.start();
  const cell = watch(ct.capacity, "Hungary", null, null, null, "GWh");
  expect(cell.results).toEqual([120]);
  await table.edit(502, 2, 35);
  expect(cell.results).toEqual([120, 135]);
  expect(table.rowsRead).toBe(1);
  expect(w.reads.whole).toBe(1);
  // the rows not re-read still count, under their own names
  const other = watch(ct.count, "Filler 7", null, "talks", null);
  expect(other.results).toEqual([1]);
  await table.edit(3, 2, 5);
  expect(other.results).toEqual([1]);
  cell.cancel();
  other.cancel();
});

test("rows that cannot be lines are listed with their row and reason; switching the dataset off", async () => {
  const table = new TableDouble([HEADER, row("Nova Cells", 20), row("Bad Co", "lots"), row("", 5)]);
  (globalThis as unknown as { Excel: unknown }).Excel = table.excel();
  const w = new TrackerWatch(dataset as unknown as Dataset);
  await w.start();
  expect(w.state().problems.map((p) => [p.row, p.column])).toEqual([
    [3, "capacity"],
    [4, "company"],
  ]);
  expect(w.state().lines).toBe(1);
  const cell = watch(ct.count, "*");
  w.setEmbedded(false);
  expect(cell.results[cell.results.length - 1]).toBe(1);
  cell.cancel();
});

test("a workbook without a Tracker leaves the dataset alone", async () => {
  const table = new TableDouble([HEADER]);
  (globalThis as unknown as { Excel: unknown }).Excel = table.excel(false);
  const w = new TrackerWatch(dataset as unknown as Dataset);
  await w.start();
  expect(w.state()).toMatchObject({ found: false, lines: 0, problems: [] });
  expect(watch(ct.capacity, "Hungary", null, null, null, "GWh").results).toEqual([100]);
});
