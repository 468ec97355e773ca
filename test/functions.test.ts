import * as ct from "../src/functions/functions";
import { setLedger } from "../src/functions/source";
import { readTracker } from "../src/workbook/rows";
import { mergeLedger } from "../src/workbook/merge";
import dataset from "../src/data/dataset.json";
import { value, watch } from "./support/invoke";

/* The formulas as Excel calls them: streaming, omitted arguments as null. */
const capacity = (...args: unknown[]) => value(ct.capacity, ...args);
const count = (...args: unknown[]) => value(ct.count, ...args);
const lines = (...args: unknown[]) => value(ct.lines, ...args);

/** What a cell shows: the value, or the error code and its message. */
function cell(f: () => unknown): unknown {
  return f();
}

describe("CT.CAPACITY", () => {
  test("answers the seed table with Excel's null for omitted optionals", () => {
    expect(capacity("Baotou", null, null, "2019-06-30", null)).toBe(20000);
    expect(capacity("Baotou Xinhao")).toBe(5000);
    expect(capacity("Baotou Jigan", null, null, null, null)).toBe(3000);
    expect(capacity("Baotou", "hydrogen storage alloy", null, null, null)).toBe(500);
    expect(cell(() => capacity("Zhicun", null, null, null, null))).toMatch(
      /^#N\/A capacity not disclosed/
    );
  });

  test("takes a date cell (a serial) or date text for asOf, and cells given as 1×1 ranges", () => {
    expect(capacity("Baotou", null, null, 43646, null)).toBe(20000);
    expect(capacity("Baotou", null, null, "2019-06-30", null)).toBe(20000);
    expect(capacity([["Baotou"]], [["hydrogen storage alloy"]], null, [[43646]], null)).toBe(500);
    expect(capacity("Baotou", "", "", "", "")).toBe(capacity("Baotou", null, null, null, null));
  });

  test("a number where text was expected is #VALUE! saying what is accepted", () => {
    expect(cell(() => capacity(42, null, null, null, null))).toBe(
      '#VALUE! query: expected text, not the number 42. Accepted: a place (Baotou, Indonesia), a company (BTR), a material (lithium hydroxide), or "*" for every line.'
    );
    expect(cell(() => capacity("Baotou", 7, null, null, null))).toMatch(
      /^#VALUE! material: expected text, not the number 7/
    );
    expect(cell(() => capacity("Baotou", null, true, null, null))).toMatch(
      /^#VALUE! status: expected text, not the logical value TRUE/
    );
    expect(cell(() => capacity("Baotou", null, null, null, 3))).toMatch(
      /^#VALUE! unit: expected text, not the number 3/
    );
    expect(cell(() => capacity("Baotou", null, null, false, null))).toMatch(
      /^#VALUE! asOf: expected a date, not the logical value FALSE/
    );
  });

  test("an empty query is #VALUE!", () => {
    expect(cell(() => capacity("", null, null, null, null))).toMatch(
      /^#VALUE! query is empty. Accepted: a place/
    );
    expect(cell(() => capacity(null, null, null, null, null))).toMatch(/^#VALUE! query is empty/);
    expect(cell(() => capacity([[null]], null, null, null, null))).toMatch(
      /^#VALUE! query is empty/
    );
  });

  test("a 2-D range where one value belongs is #VALUE!", () => {
    expect(
      cell(() =>
        capacity(
          [
            ["Baotou", "China"],
            ["a", "b"],
          ],
          null,
          null,
          null,
          null
        )
      )
    ).toBe(
      "#VALUE! query: expected one value, got a range of 2 × 2 cells. Give a single cell or value."
    );
    expect(cell(() => capacity("Baotou", [["a"], ["b"], ["c"]], null, null, null))).toMatch(
      /^#VALUE! material: expected one value, got a range of 3 × 1 cells/
    );
  });

  test("unknown material, status, unit and bad dates are #VALUE!; unknown names are #N/A", () => {
    expect(cell(() => capacity("Baotou", "kryptonite", null, null, null))).toMatch(
      /^#VALUE! material: "kryptonite" is not a known material/
    );
    expect(cell(() => capacity("Baotou", null, "rumoured", null, null))).toMatch(
      /^#VALUE! status: "rumoured" is not a status/
    );
    expect(cell(() => capacity("Baotou", null, null, "next spring", null))).toMatch(
      /^#VALUE! asOf: "next spring" is not a date/
    );
    expect(cell(() => capacity("Baotou", null, null, 99999999, null))).toMatch(
      /^#VALUE! asOf: 99999999 is not a date/
    );
    expect(cell(() => capacity("Baotou", null, null, null, "barrels"))).toMatch(
      /^#VALUE! unit: "barrels" is not a unit/
    );
    expect(cell(() => capacity("Baotu", null, null, null, null))).toBe(
      '#N/A no place, company or material is called "Baotu". Did you mean "Baotou"?'
    );
  });
});

describe("CT.LINES", () => {
  test("spills a header row and one rectangular row per line, undisclosed capacity as an empty cell", () => {
    const table = lines("Zhicun", null, null, "2024-05-01");
    expect(table[0]).toEqual([
      "company",
      "material",
      "capacity",
      "unit",
      "basis",
      "status",
      "site",
      "city",
      "region",
      "country",
      "announced",
      "reported",
      "source",
      "history",
      "from",
    ]);
    expect(table).toHaveLength(2);
    expect([...table[1].slice(0, 4), table[1][5]]).toEqual([
      "Zhicun Lithium Group",
      "lithium",
      "",
      "undisclosed",
      "talks",
    ]);
    expect(table[1][10]).toBe("2024-04-16");
    expect(table[1][9]).toBe("Kazakhstan");
    expect(table[1][12]).toMatch(/^https:\/\//);
  });

  test("every cell is a string or a number, every row as wide as the header", () => {
    const table = lines("*", null, "all", null);
    for (const row of table) {
      expect(row).toHaveLength(15);
      for (const value of row) expect(["string", "number"]).toContain(typeof value);
    }
  });

  test("errors carry their message", () => {
    expect(cell(() => lines("Baotou", null, null, "2018-01-01"))).toMatch(
      /^#N\/A no announced line matches "Baotou"/
    );
    expect(cell(() => lines(5, null, null, null))).toMatch(/^#VALUE! query: expected text/);
  });
});

describe("CT.COUNT", () => {
  test("counts lines, undisclosed included", () => {
    expect(count("Morocco", null, null, "2024-03-30")).toBe(3);
    expect(count("Baotou", null, null, "2019-06-30")).toBe(3);
    expect(count("BTR", null, null, "2024-03-30")).toBe(2);
    expect(count("BTR", null, null, "2025-01-01")).toBe(4);
  });
  test("a bad argument is #VALUE!", () => {
    expect(cell(() => count("Baotou", null, "someday", null))).toMatch(
      /^#VALUE! status: "someday" is not a status/
    );
  });
});

describe("live formulas", () => {
  afterEach(() => setLedger(mergeLedger(dataset as never, []).ledger));

  test("a new ledger pushes a new answer to a formula that is listening, and only a changed one", () => {
    const cellA = watch(ct.capacity, "Hungary", null, null, null, "GWh");
    const cellB = watch(ct.count, "Morocco", null, null, "2024-03-30");
    expect(cellA.results).toEqual([100]);
    const tracker = readTracker([
      ["company", "material", "capacity", "unit", "status", "country", "announced", "source"],
      [
        "Nova Cells",
        "cells",
        20,
        "GWh",
        "announced",
        "Hungary",
        "2025-05-01",
        "https://example.org/n",
      ],
    ]);
    setLedger(mergeLedger(dataset as never, tracker.rows).ledger);
    expect(cellA.results).toEqual([100, 120]);
    expect(cellB.results).toEqual([3]); // unchanged: nothing pushed
    cellA.cancel();
    setLedger(mergeLedger(dataset as never, []).ledger);
    expect(cellA.results).toEqual([100, 120]); // a cancelled formula no longer listens
    cellB.cancel();
  });

  test("an error turns into a value and back as the data changes", () => {
    const cellA = watch(ct.capacity, "Nova Cells");
    expect(cellA.results[0]).toMatch(/^#N\/A no place, company or material is called "Nova Cells"/);
    const tracker = readTracker([
      ["company", "material", "capacity", "unit", "status", "country", "announced", "source"],
      [
        "Nova Cells",
        "LFP",
        5000,
        "t/yr",
        "announced",
        "Hungary",
        "2025-05-01",
        "https://example.org/n",
      ],
    ]);
    setLedger(mergeLedger(dataset as never, tracker.rows).ledger);
    expect(cellA.results.slice(1)).toEqual([5000]);
    cellA.cancel();
  });
});
