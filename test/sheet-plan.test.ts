import { breakdown } from "../src/core/breakdown";
import { CaptrackError } from "../src/core/errors";
import { capacity, count } from "../src/core/query";
import { LINE_COLUMNS } from "../src/core/table";
import { isValidSheetName, sheetName, uniqueSheetName } from "../src/sheet/names";
import { Link, planSheet, SheetPlan, Summary, TABLE_ROW } from "../src/sheet/plan";
import { seedLedger } from "./support/records";
import { generatedLedger } from "./support/sheet";

const seeds = seedLedger();
const NOW = new Date("2026-03-01T09:30:00Z");

function block(plan: SheetPlan, id: string) {
  const found = plan.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

/** What a summary's rows add up to, a measure: the groups, the rest folded, what regional totals add. */
function parts(s: Summary, m: number): number {
  const rows = [...s.rows, ...(s.others ? [s.others] : [])];
  return rows.reduce((sum, r) => sum + (r.capacity[m] ?? 0), 0) + (s.beyond[m] ?? 0);
}

describe("the sheet plan on the seed lines", () => {
  const plan = planSheet(seeds, { query: "Baotou" }, { now: NOW });

  test("Baotou: the three named lines and the 20,000 t/yr regional total, total 20,000", () => {
    expect(plan.lines).toBe(3);
    expect(plan.aggregates).toBe(1);
    expect(plan.undisclosed).toBe(0);
    expect(plan.totals).toEqual([{ measure: "mass", unit: "t/yr", value: 20000 }]);
    expect(plan.totals[0].value).toBe(capacity(seeds, "Baotou"));
    const companies = plan.table.rows.map((r) => r[0]);
    expect(companies).toEqual([
      "Baotou Xinhao Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou companies (aggregate)",
    ]);
    expect(plan.table.rows.map((r) => r[2])).toEqual([5000, 2500, 500, 20000]);
  });

  test("the table has the CT.LINES columns, a link to each source, #,##0 capacities and text kept as text", () => {
    const t = plan.table;
    expect(t.columns).toEqual([...LINE_COLUMNS]);
    expect(t.row).toBe(TABLE_ROW);
    const source = t.columns.indexOf("source");
    for (const row of t.rows) {
      expect(row).toHaveLength(t.columns.length);
      expect((row[source] as Link).url).toBe(
        "https://www.adamasintel.com/baotou-expanding-metals-production/"
      );
      expect((row[source] as Link).text).toBe(
        "Baotou Rapidly Expanding REE Metals and Alloys Production Capacity"
      );
    }
    expect(t.columnFormats[t.columns.indexOf("capacity")]).toBe("#,##0");
    expect(t.columnFormats[t.columns.indexOf("announced")]).toBe("@");
    expect(t.columnFormats[source]).toBe("General");
    expect(t.cellFormats).toEqual([]);
    expect(t.name).toMatch(/^CaptrackLines_[0-9a-f]{8}$/);
  });

  test("title, as-of stamp with the dataset version, and the total in the frozen rows above the table", () => {
    expect(plan.title).toBe("Baotou: announced production capacity");
    expect(block(plan, "title").cells).toEqual([[plan.title]]);
    expect(plan.stamp).toMatch(
      /^As of \d{4}-\d{2}-\d{2} \(today\) · status: all but shelved and cancelled · material: all · dataset test · made 2026-03-01 09:30 UTC/
    );
    expect(block(plan, "total").cells[0].slice(0, 3)).toEqual([
      "Total (as CT.CAPACITY)",
      20000,
      "t/yr",
    ]);
    expect(block(plan, "total").formats[0][1]).toBe("#,##0");
    expect(plan.freezeRows).toBe(TABLE_ROW + 1);
    for (const b of plan.blocks.filter((b) => b.row < TABLE_ROW)) expect(b.col).toBe(0);
  });

  test("summaries by company, material and status add up to the total, the regional total's excess apart", () => {
    const [company, material, status] = plan.summaries;
    expect(company.rows.map((r) => [r.label, r.capacity[0], r.lines, r.undisclosed])).toEqual([
      ["Baotou Xinhao Rare Earth New Materials", 5000, 1, 0],
      ["Baotou Jigan Rare Earth New Materials", 3000, 2, 0],
    ]);
    expect(material.rows.map((r) => [r.label, r.capacity[0]])).toEqual([
      ["REE metals & alloys", 7500],
      ["hydrogen-storage alloy (AB5)", 500],
    ]);
    expect(status.rows.map((r) => [r.label, r.capacity[0]])).toEqual([["approved", 8000]]);
    for (const s of plan.summaries) {
      expect(s.beyond).toEqual([12000]);
      expect(s.total).toEqual([20000]);
      expect(parts(s, 0)).toBe(20000);
    }
    const cells = block(plan, "summary-company").cells;
    expect(cells[1]).toEqual(["company", "capacity (t/yr)", "lines", "undisclosed"]);
    expect(cells.slice(-2)).toEqual([
      ["Regional totals beyond the named lines", 12000, null, null],
      ["Total (as CT.CAPACITY)", 20000, 3, 0],
    ]);
  });

  test("the summaries sit to the right of the table, the chart beside them, nothing overlapping", () => {
    const rects = [
      {
        id: "table",
        r0: TABLE_ROW,
        c0: 0,
        r1: TABLE_ROW + plan.table.rows.length,
        c1: plan.table.columns.length - 1,
      },
      ...plan.blocks.map((b) => ({
        id: b.id,
        r0: b.row,
        c0: b.col,
        r1: b.row + b.cells.length - 1,
        c1: b.col + b.cells[0].length - 1,
      })),
      ...(plan.chart
        ? [
            {
              id: "chart",
              r0: plan.chart.anchor.row,
              c0: plan.chart.anchor.col,
              r1: plan.chart.anchor.row + plan.chart.anchor.rows - 1,
              c1: plan.chart.anchor.col + plan.chart.anchor.cols - 1,
            },
          ]
        : []),
    ];
    for (const a of rects)
      for (const b of rects)
        if (
          a !== b &&
          !(a.id === "title" || a.id === "stamp" || b.id === "title" || b.id === "stamp")
        )
          expect([
            a.id,
            b.id,
            a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1,
          ]).toEqual([a.id, b.id, false]);
    expect(plan.columnWidths.length).toBeGreaterThan(plan.table.columns.length);
  });

  test("a clustered bar chart of capacity by company, from the company summary", () => {
    const chart = plan.chart!;
    expect(chart.type).toBe("barClustered");
    expect(chart.title).toBe("Capacity by company (t/yr)");
    const summary = block(plan, "summary-company");
    // the source is the summary's header row and one row a company, label and first capacity column
    expect(chart.source).toEqual({ row: summary.row + 1, col: summary.col, rows: 3, cols: 2 });
  });

  test("the same query typed differently is the same sheet; other filters make other sheets", () => {
    const key = (q: string, f = {}) => planSheet(seeds, { query: q, ...f }).key;
    expect(key("baotou")).toBe(plan.key);
    expect(key("  BAOTOU ")).toBe(plan.key);
    expect(key("Baotou", { status: "active" })).toBe(plan.key);
    expect(key("Baotou", { asOf: "2019-03-01" })).not.toBe(plan.key);
    expect(key("Baotou", { material: "AB5" })).not.toBe(plan.key);
    expect(key("Baotou Jigan")).not.toBe(plan.key);
    expect(plan.key.length).toBeLessThanOrEqual(255);
  });

  test("the sheet is named after the query and the filters that narrow it", () => {
    expect(plan.name).toBe("Baotou");
    expect(planSheet(seeds, { query: "Baotou", asOf: "2019-03-01" }).name).toBe(
      "Baotou, 2019-03-01"
    );
    expect(planSheet(seeds, { query: "Baotou", material: "hydrogen storage alloy" }).name).toBe(
      "Baotou, hydrogen-storage alloy…"
    );
    expect(planSheet(seeds, { query: "Baotou Jigan" }).name).toBe(
      "Baotou Jigan Rare Earth New Ma…"
    );
    for (const q of ["Baotou", "Baotou Jigan", "Baotou Xinhao", "*", "Morocco"])
      expect(isValidSheetName(planSheet(seeds, { query: q }).name)).toBe(true);
  });

  test("an undisclosed line is listed and counted, never summed as 0; no chart without a capacity", () => {
    const morocco = planSheet(seeds, { query: "Morocco" });
    expect(morocco.lines).toBe(1);
    expect(morocco.undisclosed).toBe(1);
    expect(morocco.totals).toEqual([{ measure: "mass", unit: "t/yr", value: null }]);
    expect(block(morocco, "total").cells[0].slice(0, 2)).toEqual([
      "Total (as CT.CAPACITY)",
      "not disclosed",
    ]);
    const row = morocco.table.rows[0];
    expect(row[morocco.table.columns.indexOf("capacity")]).toBeNull();
    expect(row[morocco.table.columns.indexOf("unit")]).toBe("undisclosed");
    expect(morocco.summaries[0].rows).toEqual([
      { label: "BTR New Material Group", capacity: [null], lines: 1, undisclosed: 1 },
    ]);
    expect(morocco.chart).toBeNull();
  });

  test("nothing matching is the core's #N/A with its suggestion; a bad filter is its #VALUE!", () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as CaptrackError;
      }
      throw new Error("no error");
    };
    const typo = error(() => planSheet(seeds, { query: "Baotu" }));
    expect(typo.kind).toBe("na");
    expect(typo.message).toMatch(/Did you mean "Baotou"\?/);
    const none = error(() => planSheet(seeds, { query: "Baotou", status: "operating" }));
    expect(none.kind).toBe("na");
    expect(none.message).toMatch(/no announced line matches "Baotou"/);
    expect(error(() => planSheet(seeds, { query: "Baotou", asOf: "31/12/2019" })).kind).toBe(
      "value"
    );
    expect(error(() => planSheet(seeds, { query: "Baotou", status: "built" })).kind).toBe("value");
  });
});

describe("the sheet plan on a generated ledger", () => {
  const ledger = generatedLedger(6000);
  const queries = ["*", "China", "Indonesia", "lithium", "cathode", "battery cells", "Australia"];

  test.each(queries)(
    "%s: totals are CT.CAPACITY's, summaries CT.BREAKDOWN's, and each adds up",
    (query) => {
      const plan = planSheet(ledger, { query }, { now: NOW });
      expect(plan.lines).toBe(count(ledger, query));
      expect(plan.table.rows).toHaveLength(plan.lines + plan.aggregates);
      plan.totals.forEach((t, m) => {
        let expected: number | null = null;
        try {
          expected = capacity(ledger, query, { unit: t.unit.replace("/yr", "") });
        } catch {
          expected = null;
        }
        expect(t.value).toBe(expected);
        for (const s of plan.summaries) {
          expect(s.total[m]).toBe(t.value);
          if (t.value !== null) expect(parts(s, m)).toBeCloseTo(t.value, 3);
          // 25 by name and one row for the rest (26 when the rest would be one group)
          expect(s.rows.length + (s.others ? 1 : 0)).toBeLessThanOrEqual(26);
          expect(s.lines).toBe(plan.lines);
        }
      });
      const [company] = plan.summaries;
      const table = breakdown(ledger, query, "company", {
        unit: plan.totals[0].unit.replace("/yr", ""),
      });
      for (const row of company.rows) {
        const found = table.find((r) => r[0] === row.label);
        expect([row.label, row.capacity[0] ?? 0]).toEqual([row.label, found?.[1]]);
      }
      const shown = company.rows.map((r) => r.capacity[0] ?? -1);
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
      if (plan.chart) {
        expect(plan.chart.source.rows - 1).toBeLessThanOrEqual(15);
        expect(plan.chart.source.rows - 1).toBeLessThanOrEqual(company.rows.length);
      }
    }
  );

  test("groups beyond the 25 largest are folded into one row that keeps their capacity and lines", () => {
    const plan = planSheet(ledger, { query: "*" });
    const [company] = plan.summaries;
    expect(company.groups).toBeGreaterThan(25);
    expect(company.rows).toHaveLength(25);
    expect(company.others!.label).toBe(`${company.groups - 25} other companies`);
    expect(company.rows.reduce((n, r) => n + r.lines, 0) + company.others!.lines).toBe(plan.lines);
    expect(plan.chart!.title).toMatch(/top 15 of [\d,]+ companies/);
  });
});

describe("sheet names", () => {
  test("forbidden characters, length, apostrophes and reserved names are made valid", () => {
    expect(sheetName("Baotou")).toBe("Baotou");
    expect(sheetName("a:b\\c/d?e*f[g]h")).toBe("a b c d e f g h");
    expect(sheetName("'quoted'")).toBe("quoted");
    expect(sheetName("   ")).toBe("Captrack");
    expect(sheetName("History")).toBe("History (sheet)");
    const long = sheetName("Contemporary Amperex Technology Co., Limited, lithium hydroxide");
    expect(long).toBe("Contemporary Amperex Technolog…");
    expect([...long]).toHaveLength(31);
    for (const n of ["a:b", "x".repeat(40), "'x'", "History", "[1]", "😀".repeat(40)])
      expect(isValidSheetName(sheetName(n))).toBe(true);
  });

  test("a name taken by another sheet (any case) gets a number, still within 31 characters", () => {
    expect(uniqueSheetName("Baotou", ["Sheet1"])).toBe("Baotou");
    expect(uniqueSheetName("Baotou", ["BAOTOU"])).toBe("Baotou (2)");
    expect(uniqueSheetName("Baotou", ["Baotou", "Baotou (2)"])).toBe("Baotou (3)");
    const long = "x".repeat(31);
    const next = uniqueSheetName(long, [long]);
    expect(next).toBe(`${"x".repeat(26)}… (2)`);
    expect(isValidSheetName(next)).toBe(true);
  });
});
