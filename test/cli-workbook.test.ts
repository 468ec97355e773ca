import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/captrack";

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "captrack-"));
const url = "https://example.org/news";

/** A workbook whose Tracker has its columns reordered, a column of the user's own, and good, bad and blank rows. */
async function trackerFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tracker");
  sheet.addTable({
    name: "Tracker",
    ref: "A1",
    headerRow: true,
    columns: [
      "Country",
      "My notes",
      "Company",
      "Material",
      "Capacity",
      "Unit",
      "Status",
      "Announced",
      "Source",
      "City",
      "Region",
      "Phase",
    ].map((name) => ({ name })),
    rows: [
      [
        "Hungary",
        "check later",
        "Nova Cells",
        "cells",
        20,
        "GWh",
        "announced",
        new Date(Date.UTC(2025, 4, 1)),
        url,
        "",
        "",
        "",
      ],
      ["", "", "", "", "", "", "", "", "", "", "", ""],
      [
        "Hungary",
        "",
        "Bad Tonnage Co",
        "LFP",
        "lots",
        "t/yr",
        "announced",
        "2025-01-01",
        url,
        "",
        "",
        "",
      ],
      ["Atlantis", "", "Lost Co", "LFP", 100, "t/yr", "announced", "2025-01-01", url, "", "", ""],
      [
        "Hungary",
        "",
        "CATL",
        "lithium-ion battery cells",
        80,
        "GWh",
        "under construction",
        "2025-06-01",
        url,
        "Debrecen",
        "Hajdú-Bihar",
        "",
      ],
    ],
  });
  const file = join(dir, "tracker.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("--workbook", () => {
  let file: string;
  beforeAll(async () => {
    file = await trackerFile();
  });

  test("adds the Tracker's lines, the workbook's CATL line overriding the dataset's; bad rows on stderr", async () => {
    const r = await run("capacity", "Hungary", "--unit", "GWh", "--workbook", file);
    expect(r.out).toBe("100\n"); // 20 (Nova) + 80 (CATL, corrected) — not 20 + 80 + 100
    expect(r.status).toBe(0);
    expect(r.err).toContain(
      `${file}: row 4 (capacity): capacity "lots" is not a number: give tonnes (or GWh) a year as a number, or leave it empty when undisclosed; the row is left out`
    );
    expect(r.err).toMatch(/row 5: country "Atlantis" is not in the gazetteer; the row is left out/);
    expect(r.err).not.toMatch(/row 3/); // the blank row
  });

  test("--no-embedded counts the workbook alone", async () => {
    const r = await run("lines", "*", "--workbook", file, "--no-embedded", "--json");
    const lines = JSON.parse(r.out) as Array<{ company: string }>;
    expect(lines.map((l) => l.company).sort()).toEqual([
      "Contemporary Amperex Technology",
      "Nova Cells",
    ]);
    expect((await run("capacity", "Baotou", "--workbook", file, "--no-embedded")).err).toMatch(
      /no announced line matches "Baotou"/
    );
  });

  test("LINES marks where each line came from", async () => {
    const r = await run("lines", "Hungary", "--workbook", file);
    const rows = r.out.trim().split("\n");
    expect(rows[0].trim().endsWith("from")).toBe(true);
    expect(rows.filter((l) => l.trim().endsWith("workbook"))).toHaveLength(2);
    expect(rows.filter((l) => l.trim().endsWith("dataset")).length).toBeGreaterThan(0);
  });

  test("lines --csv round-trips: its columns are the Tracker's", async () => {
    const csv = (await run("lines", "Debrecen", "--workbook", file, "--csv")).out;
    const [header, ...rows] = csv
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    const values = [header, ...rows];
    const { readTracker } = await import("../src/workbook/rows");
    const read = readTracker(values);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.record.company)).toContain("Contemporary Amperex Technology");
  });

  test("a file that is not a workbook, or has no Tracker, is a clear error", async () => {
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    expect(await run("capacity", "Hungary", "--workbook", junk)).toMatchObject({ status: 1 });
    expect((await run("capacity", "Hungary", "--workbook", junk)).err).toMatch(
      /cannot read .*junk.xlsx as an .xlsx workbook/
    );
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Other");
    const none = join(dir, "none.xlsx");
    await empty.xlsx.writeFile(none);
    expect((await run("capacity", "Hungary", "--workbook", none)).err).toMatch(
      /has no table or sheet named "Tracker"/
    );
  });
});
