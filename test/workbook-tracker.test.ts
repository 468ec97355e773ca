import { capacity, count, linesOf } from "../src/core/query";
import dataset from "../src/data/dataset.json";
import { matchHeader } from "../src/workbook/columns";
import { mergeLedger } from "../src/workbook/merge";
import { readTracker } from "../src/workbook/rows";
import { trackerRow } from "../src/workbook/create";
import { rowsOf } from "../src/workbook/watch";

const embedded = dataset as unknown as Parameters<typeof mergeLedger>[0] & object;
const HEADER = [
  "company",
  "material",
  "capacity",
  "unit",
  "status",
  "city",
  "region",
  "country",
  "announced",
  "source",
];
const url = "https://example.org/news";

describe("the Tracker header", () => {
  test("is found in any order, under other common names, with the user's own columns kept aside", () => {
    const m = matchHeader([
      "My notes",
      "Country",
      "Company",
      "Capacity",
      "Material",
      "Status",
      "Date",
      "URL",
      "Stage",
    ]);
    expect(m.index).toMatchObject({
      country: 1,
      company: 2,
      capacity: 3,
      material: 4,
      status: 5,
      announced: 6,
      source: 7,
      phase: 8,
    });
    expect(m.extra).toEqual(["My notes"]);
    expect(m.missing).toEqual([]);
  });
  test("a header without a required column is reported", () => {
    const read = readTracker([
      ["company", "capacity"],
      ["X", 5],
    ]);
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      {
        row: 1,
        column: null,
        message: 'the header lacks "material", "status", "country", "announced", "source"',
      },
    ]);
  });
});

describe("reading rows", () => {
  const values = [
    HEADER,
    [
      "Nova Cathode",
      "LFP",
      20000,
      "t/yr",
      "under construction",
      "Debrecen",
      "Hajdú-Bihar",
      "Hungary",
      45658,
      url,
    ],
    ["", "", "", "", "", "", "", "", "", ""],
    [
      "Bad Tonnage Co",
      "LFP",
      "about 5,000",
      "t/yr",
      "announced",
      "",
      "",
      "Hungary",
      "2025-01-01",
      url,
    ],
    ["Quiet Co", "LFP", "", "", "announced", "", "", "Hungary", "2025-01-01", url],
    ["", "LFP", 100, "t/yr", "announced", "", "", "Hungary", "2025-01-01", url],
    ["Comma Co", "LFP", "12,500", "", "operating", "", "", "Hungary", "2025-02-01", url],
    ["Late Co", "LFP", 100, "t/yr", "announced", "", "", "Hungary", "next year", url],
  ];
  const read = readTracker(values);

  test("valid rows become records: date cells, numbers as text, undisclosed capacity, default unit", () => {
    expect(
      read.rows.map((r) => [
        r.row,
        r.record.company,
        r.record.capacity,
        r.record.unit,
        r.record.announced,
      ])
    ).toEqual([
      [2, "Nova Cathode", 20000, "t/yr", "2025-01-01"],
      [5, "Quiet Co", null, null, "2025-01-01"],
      [7, "Comma Co", 12500, "t/yr", "2025-02-01"],
    ]);
  });
  test("blank rows are skipped; every other row that cannot be a line is reported with its reason", () => {
    expect(read.problems).toEqual([
      {
        row: 4,
        column: "capacity",
        message:
          'capacity "about 5,000" is not a number: give tonnes (or GWh) a year as a number, or leave it empty when undisclosed',
      },
      { row: 6, column: "company", message: "no company" },
      {
        row: 8,
        column: "announced",
        message: 'announced "next year" is not a date: give a date cell or YYYY-MM-DD',
      },
    ]);
  });
});

describe("merging the workbook with the dataset", () => {
  const rows = readTracker([
    HEADER,
    [
      "Nova Cathode",
      "LFP",
      20000,
      "t/yr",
      "under construction",
      "Debrecen",
      "Hajdú-Bihar",
      "Hungary",
      "2025-01-01",
      url,
    ],
    ["Odd Co", "unobtainium", 5, "t/yr", "rumoured", "", "", "Atlantis", "2025-01-01", url],
  ]).rows;

  test("a town the gazetteer lacks, in a known country, is a place of its own", () => {
    const own = readTracker([
      HEADER,
      [
        "Desert Cells",
        "cells",
        16,
        "GWh",
        "under construction",
        "Buckeye",
        "Arizona",
        "USA",
        "2023-03-24",
        url,
      ],
    ]).rows;
    const { ledger, problems } = mergeLedger(embedded, own);
    expect(problems).toEqual([]);
    expect(capacity(ledger, "Buckeye", { unit: "GWh" })).toBe(16);
    expect(linesOf(ledger, "Arizona").map((l) => l.company)).toEqual(["Desert Cells"]);
  });

  test("workbook lines count with the embedded ones; unknown names are reported with their row", () => {
    const { ledger, problems } = mergeLedger(embedded, rows);
    expect(count(ledger, "Hungary")).toBe(5);
    expect(capacity(ledger, "Nova Cathode")).toBe(20000);
    expect(problems).toHaveLength(1);
    expect(problems[0].row).toBe(3);
    expect(problems[0].message).toMatch(
      /material "unobtainium" is not in the taxonomy; status "rumoured"/
    );
    expect(linesOf(ledger, "Nova Cathode")[0].origin).toBe("workbook");
    expect(linesOf(ledger, "CATL")[0].origin).toBe("dataset");
  });

  test("a workbook line about the same plant and phase overrides the dataset's", () => {
    const correction = readTracker([
      [...HEADER, "phase"],
      [
        "CATL",
        "lithium-ion battery cells",
        80,
        "GWh",
        "under construction",
        "Debrecen",
        "Hajdú-Bihar",
        "Hungary",
        "2025-06-01",
        url,
        "",
      ],
    ]).rows;
    const { ledger, overridden } = mergeLedger(embedded, correction);
    expect(overridden).toBe(1);
    expect(capacity(ledger, "Hungary", { unit: "GWh" })).toBe(80);
    expect(linesOf(ledger, "Debrecen", { material: "cells" }).map((l) => l.origin)).toEqual([
      "workbook",
    ]);
  });

  test("with the dataset switched off only the workbook's lines count", () => {
    const { ledger } = mergeLedger(null, rows);
    expect(count(ledger, "*")).toBe(1);
    expect(() => capacity(ledger, "Baotou")).toThrow(/no announced line matches "Baotou"/);
  });
});

describe("Tracker helpers", () => {
  test("rowsOf reads the rows of an address", () => {
    expect(rowsOf("Tracker!B5:D7")).toEqual([5, 7]);
    expect(rowsOf("C9")).toEqual([9, 9]);
    expect(rowsOf("$A$12:$S$12")).toEqual([12, 12]);
    expect(rowsOf("A:A")).toBeNull();
  });

  test("a record becomes a row in the order of the table's own header, extra columns blank", () => {
    const [record] = readTracker([
      HEADER,
      [
        "Nova Cathode",
        "LFP",
        20000,
        "t/yr",
        "under construction",
        "Debrecen",
        "Hajdú-Bihar",
        "Hungary",
        "2025-01-01",
        url,
      ],
    ]).rows.map((r) => r.record);
    expect(
      trackerRow(record, ["country", "My notes", "Company", "capacity", "source", "status"])
    ).toEqual(["Hungary", "", "Nova Cathode", 20000, url, "under construction"]);
  });
});
