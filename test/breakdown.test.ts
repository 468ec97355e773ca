import { BEYOND_LINES, breakdown } from "../src/core/breakdown";
import { capacity } from "../src/core/query";
import { embeddedLedger } from "../src/data/embedded";
import { breakdown as breakdownFormula } from "../src/functions/functions";
import { value } from "./support/invoke";
import { seedLedger } from "./support/records";

const seeds = seedLedger();

describe("BREAKDOWN", () => {
  test("by company: named lines per company, the regional total's excess on a row of its own, total = CAPACITY", () => {
    expect(breakdown(seeds, "Baotou", "company")).toEqual([
      ["company", "capacity", "lines", "undisclosed"],
      ["Baotou Xinhao Rare Earth New Materials", 5000, 1, 0],
      ["Baotou Jigan Rare Earth New Materials", 3000, 2, 0],
      [BEYOND_LINES, 12000, 0, 0],
      ["total", 20000, 3, 0],
    ]);
  });

  test("by country: a country's regional total stays inside its row", () => {
    expect(breakdown(seeds, "*", "country")).toEqual([
      ["country", "capacity", "lines", "undisclosed"],
      ["China", 20000, 3, 0],
      ["Indonesia", 0, 1, 1],
      ["Kazakhstan", 0, 1, 1],
      ["Morocco", 0, 1, 1],
      ["total", 20000, 6, 3],
    ]);
  });

  test("every grouping adds up to CAPACITY on the whole dataset", () => {
    const ledger = embeddedLedger();
    for (const by of ["company", "material", "status", "country", "year"]) {
      for (const query of ["*", "China", "lithium", "Indonesia"]) {
        const rows = breakdown(ledger, query, by);
        const total = rows[rows.length - 1][1] as number;
        const parts = rows.slice(1, -1).reduce((sum, r) => sum + (r[1] as number), 0);
        expect(total).toBe(capacity(ledger, query));
        expect(parts).toBeCloseTo(total, 6);
      }
    }
  });

  test("in the unit asked", () => {
    const rows = breakdown(embeddedLedger(), "Hungary", "company", { unit: "GWh" });
    expect(rows[1]).toEqual(["Contemporary Amperex Technology", 100, 1, 0]);
  });

  test("a bad grouping is #VALUE! naming the accepted ones", () => {
    expect(value(breakdownFormula, "Baotou", "planet")).toBe(
      '#VALUE! by: "planet" is not a grouping. Accepted: "company", "material", "status", "country" or "year".'
    );
  });
});
