import { capacity, count, linesOf } from "../src/core/query";
import { ledgerOf, record } from "./support/records";

const source = (url: string, date: string) => ({
  title: url,
  publisher: "P",
  url: `https://example.org/${url}`,
  date,
});
const tangier = { site: null, city: "Tangier", region: null, country: "Morocco" };
const base = {
  plant: "BTR Tangier cathode",
  company: "BTR",
  material: "ternary cathode material",
  location: tangier,
  status: "agreement signed",
};

describe("reports of one plant are revisions of one line, not duplicates", () => {
  const ledger = ledgerOf([
    record({
      ...base,
      capacity: null,
      unit: null,
      announced: "2024-03-29",
      source: source("first", "2024-03-29"),
    }),
    record({
      ...base,
      capacity: 25000,
      phase: "phase 1",
      announced: "2024-03-29",
      source: source("later", "2024-03-31"),
    }),
    record({
      ...base,
      capacity: 25000,
      phase: "phase 2",
      announced: "2024-03-29",
      source: source("later", "2024-03-31"),
    }),
    record({
      ...base,
      capacity: 30000,
      phase: "phase 1",
      status: "under construction",
      announced: "2024-03-29",
      source: source("update", "2025-01-10"),
    }),
  ]);

  test("as of the first report: one undisclosed line", () => {
    expect(count(ledger, "Morocco", { asOf: "2024-03-30" })).toBe(1);
    expect(() => capacity(ledger, "Morocco", { asOf: "2024-03-30" })).toThrow(
      /capacity not disclosed/
    );
  });

  test("the phase reports replace the plant-level report", () => {
    expect(count(ledger, "Morocco", { asOf: "2024-04-01" })).toBe(2);
    expect(capacity(ledger, "Morocco", { asOf: "2024-04-01" })).toBe(50000);
  });

  test("a later report of a phase revises it; the latest known counts", () => {
    expect(capacity(ledger, "Morocco", { asOf: "2025-02-01" })).toBe(55000);
    expect(count(ledger, "Morocco", { asOf: "2025-02-01" })).toBe(2);
    const phase1 = linesOf(ledger, "Morocco", { asOf: "2025-02-01" }).find(
      (l) => l.phase === "phase 1"
    )!;
    expect(phase1.status).toBe("under construction");
    expect(phase1.reported).toBe("2025-01-10");
    expect(phase1.announced).toBe("2024-03-29");
    expect(phase1.reports.map((r) => [r.reported, r.capacity])).toEqual([
      ["2025-01-10", 30000],
      ["2024-03-31", 25000],
    ]);
  });

  test("the status filter applies to the latest report, not an older one", () => {
    expect(count(ledger, "Morocco", { asOf: "2025-02-01", status: "agreement signed" })).toBe(1);
    expect(count(ledger, "Morocco", { asOf: "2024-04-01", status: "under construction" })).toBe(0);
  });
});

describe("conflicting reports", () => {
  test("two reports of the same day both stay in the history; the later in the data counts", () => {
    const ledger = ledgerOf([
      record({ capacity: 20000, announced: "2023-05-01", source: source("a", "2023-05-01") }),
      record({ capacity: 24000, announced: "2023-05-01", source: source("b", "2023-05-01") }),
    ]);
    expect(count(ledger, "China")).toBe(1);
    expect(capacity(ledger, "China")).toBe(24000);
    const [line] = linesOf(ledger, "China");
    expect(line.reports.map((r) => r.capacity).sort()).toEqual([20000, 24000]);
  });
});

describe("a plant not named by the data", () => {
  test("its phase-less line is a line of its own, not replaced by an expansion phase", () => {
    const ledger = ledgerOf([
      record({ capacity: 50000, announced: "2025-07-01" }),
      record({ capacity: 50000, phase: "expansion", status: "shelved", announced: "2025-10-01" }),
    ]);
    expect(capacity(ledger, "China", { status: "all" })).toBe(100000);
    expect(capacity(ledger, "China")).toBe(50000);
  });
});
