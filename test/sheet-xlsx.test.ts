/*
 * The .xlsx renderer and `captrack sheet`: the file read back with exceljs, and, where
 * LibreOffice is installed, converted to CSV by it (a second, independent reader).
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/captrack";
import { sheetCommand } from "../src/cli/sheet";
import { LINE_COLUMNS } from "../src/core/table";
import { Link, PlanCell, planSheet, SheetPlan, TABLE_ROW } from "../src/sheet/plan";
import { planToXlsx } from "../src/sheet/xlsx";
import { seedLedger } from "./support/records";
import { generatedLedger } from "./support/sheet";

const LAST_COLUMN = letter(LINE_COLUMNS.length - 1);
const SUMMARY_COLUMNS = [letter(LINE_COLUMNS.length + 1), letter(LINE_COLUMNS.length + 2)];

const seeds = seedLedger();
const plan = planSheet(seeds, { query: "Baotou" });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "captrack-sheet-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The letter of a column counted from 0: 0 is A, 26 is AA. */
function letter(c: number): string {
  return c < 26 ? String.fromCharCode(65 + c) : letter(Math.floor(c / 26) - 1) + letter(c % 26);
}

/** A cell as a reader shows it: numbers with thousands separators, a link's text. */
function shown(cell: PlanCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return cell.toLocaleString("en-US", { maximumFractionDigits: 3 });
  if (typeof cell === "object") return cell.text;
  return cell;
}

describe("the .xlsx file, read back with exceljs", () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await planToXlsx(plan);
    workbook = await read(bytes);
  });

  test("one sheet named after the query, the header rows frozen", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Baotou"]);
    const sheet = workbook.getWorksheet("Baotou")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: TABLE_ROW + 1 });
    expect(sheet.getColumn(1).width).toBe(plan.columnWidths[0]);
  });

  test("the table of the lines, with filters, links and #,##0 capacities", () => {
    const sheet = workbook.getWorksheet("Baotou")!;
    // as read back, exceljs keeps the table's model (its range is tableRef)
    const table = sheet.getTable(plan.table.name) as unknown as {
      table: ExcelJS.TableProperties & { tableRef: string };
    };
    const t = table.table;
    expect(t.tableRef).toBe(`A${TABLE_ROW + 1}:${LAST_COLUMN}${TABLE_ROW + 5}`);
    expect(t.headerRow).toBe(true);
    expect(t.columns.map((c) => c.name)).toEqual([...LINE_COLUMNS]);
    expect(t.columns.every((c) => c.filterButton)).toBe(true);
    const row = (i: number) => sheet.getRow(TABLE_ROW + 2 + i);
    expect([0, 1, 2, 3].map((i) => row(i).getCell(1).value)).toEqual([
      "Baotou Xinhao Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou companies (aggregate)",
    ]);
    expect([0, 1, 2, 3].map((i) => row(i).getCell(3).value)).toEqual([5000, 2500, 500, 20000]);
    expect(row(0).getCell(3).numFmt).toBe("#,##0");
    expect(row(0).getCell(LINE_COLUMNS.indexOf("source") + 1).value).toEqual({
      text: "Baotou Rapidly Expanding REE Metals and Alloys Production Capacity",
      hyperlink: "https://www.adamasintel.com/baotou-expanding-metals-production/",
    });
    expect(row(0).getCell(LINE_COLUMNS.indexOf("announced") + 1).value).toBe("2019-02-14");
  });

  test("the title, stamp and total, and the summaries beside the table", () => {
    const sheet = workbook.getWorksheet("Baotou")!;
    expect(sheet.getCell("A1").value).toBe("Baotou: announced production capacity");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(String(sheet.getCell("A2").value)).toMatch(/^As of .* dataset test/);
    expect(sheet.getCell("B3").value).toBe(20000);
    expect(sheet.getCell("B3").numFmt).toBe("#,##0");
    const summary = plan.blocks.find((b) => b.id === "summary-company")!;
    const at = (i: number, j: number) =>
      sheet.getRow(summary.row + 1 + i).getCell(summary.col + 1 + j).value;
    expect(at(0, 0)).toBe("By company");
    expect([at(2, 0), at(2, 1)]).toEqual(["Baotou Xinhao Rare Earth New Materials", 5000]);
    expect([at(4, 0), at(4, 1)]).toEqual(["Regional totals beyond the named lines", 12000]);
    expect([at(5, 0), at(5, 1), at(5, 2)]).toEqual(["Total (as CT.CAPACITY)", 20000, 3]);
  });

  test("the bar chart is in the package, on the summary's cells", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    // the summary sits one blank column right of the lines table
    expect(chart).toContain(
      `<c:f>'Baotou'!$${SUMMARY_COLUMNS[0]}$7:$${SUMMARY_COLUMNS[0]}$8</c:f>`
    );
    expect(chart).toContain(
      `<c:f>'Baotou'!$${SUMMARY_COLUMNS[1]}$7:$${SUMMARY_COLUMNS[1]}$8</c:f>`
    );
    expect(chart).toContain("Capacity by company (t/yr)");
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<drawing r:id="rIdDrawing1"\/><tableParts/);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
  });

  test("a generated ledger's 2,000 lines round-trip", async () => {
    const big = planSheet(generatedLedger(2000), { query: "*", status: "all" });
    const sheet = (await read(await planToXlsx(big))).worksheets[0];
    const rows = big.table.rows;
    expect(sheet.getRow(TABLE_ROW + 1 + rows.length).getCell(1).value).toBe(
      rows[rows.length - 1][0]
    );
    expect(sheet.getRow(TABLE_ROW + 2 + rows.length).getCell(1).value).toBeNull();
  });
});

const libreoffice = ["libreoffice", "soffice"].find(
  (cmd) => spawnSync("which", [cmd]).status === 0
);
if (!libreoffice)
  console.warn(
    "LibreOffice is not installed: the CSV cross-check of the .xlsx file is skipped (apt-get install libreoffice-calc-nogui)."
  );

/** The sheet as LibreOffice reads it: CSV in UTF-8, cells as shown. */
function csvOf(file: string): string[][] {
  execFileSync(
    libreoffice!,
    [
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
      "--outdir",
      dir,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 60000,
    }
  );
  const text = readFileSync(file.replace(/\.xlsx$/, ".csv"), "utf8");
  return text
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((line) => {
      const cells: string[] = [];
      const re = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
      for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line))
        cells.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
      return cells;
    });
}

function expectedTable(p: SheetPlan): string[][] {
  return [p.table.columns, ...p.table.rows.map((r) => r.map(shown))];
}

(libreoffice ? describe : describe.skip)("the .xlsx file, read by LibreOffice", () => {
  test("the same rows: the table, the total and the links' text", async () => {
    const file = join(dir, "baotou.xlsx");
    writeFileSync(file, await planToXlsx(plan));
    const rows = csvOf(file);
    const width = plan.table.columns.length;
    const table = rows
      .slice(TABLE_ROW, TABLE_ROW + 1 + plan.table.rows.length)
      .map((r) => r.slice(0, width));
    expect(table).toEqual(expectedTable(plan));
    expect(rows[2].slice(0, 3)).toEqual(["Total (as CT.CAPACITY)", "20,000", "t/yr"]);
    expect((plan.table.rows[0][12] as Link).text).toBe(table[1][12]);
  }, 90000);

  test("a generated ledger's lines, every one", async () => {
    const big = planSheet(generatedLedger(1500, 11), { query: "China", status: "all" });
    const file = join(dir, "china.xlsx");
    writeFileSync(file, await planToXlsx(big));
    const rows = csvOf(file);
    const width = big.table.columns.length;
    expect(
      rows.slice(TABLE_ROW, TABLE_ROW + 1 + big.table.rows.length).map((r) => r.slice(0, width))
    ).toEqual(expectedTable(big));
  }, 90000);
});

describe("captrack sheet", () => {
  async function run(...argv: string[]) {
    let out = "";
    let err = "";
    const status = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { status, out, err };
  }

  test("writes the workbook whose table holds the Baotou lines", async () => {
    const file = join(dir, "cli-baotou.xlsx");
    const r = await run("sheet", "Baotou", "--as-of", "2019-03-01", "--xlsx", file);
    expect(r).toEqual({
      status: 0,
      out: `Wrote ${file}: sheet "Baotou, 2019-03-01": 3 lines and 1 regional total, total 20,000 t/yr.\n`,
      err: "",
    });
    const sheet = (await read(readFileSync(file))).worksheets[0];
    const companies = [0, 1, 2, 3].map((i) => sheet.getRow(TABLE_ROW + 2 + i).getCell(1).value);
    expect(companies).toEqual([
      "Baotou Xinhao Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou Jigan Rare Earth New Materials",
      "Baotou companies (aggregate)",
    ]);
    expect(sheet.getCell("B3").value).toBe(20000);
  });

  test("the same filters and errors as the formulas; exit 1 with the message on stderr", async () => {
    const file = join(dir, "never.xlsx");
    expect(await run("sheet", "Baotu", "--xlsx", file)).toEqual({
      status: 1,
      out: "",
      err: 'no place, company or material is called "Baotu". Did you mean "Baotou"?\n',
    });
    expect((await run("sheet", "Baotou")).err).toMatch(/sheet needs --xlsx FILE/);
    expect((await run("sheet", "--xlsx", file)).err).toMatch(/no query given/);
    expect((await run("sheet", "Baotou", "Jigan", "--xlsx", file)).err).toMatch(
      /one query expected, got 2/
    );
    expect((await run("sheet", "Baotou", "--status", "built", "--xlsx", file)).err).toMatch(
      /status: "built" is not a status/
    );
    expect((await run("sheet", "Baotou", "--unit", "kt", "--xlsx", file)).err).toMatch(
      /--unit goes with capacity/
    );
    expect(
      (await run("sheet", "Baotou", "--xlsx", join(dir, "no", "such", "dir.xlsx"))).err
    ).toMatch(/cannot write/);
    expect(() => readFileSync(file)).toThrow();
  });

  test("a plan from any ledger", async () => {
    const file = join(dir, "seeds.xlsx");
    let out = "";
    const status = await sheetCommand(
      ["Morocco"],
      { xlsx: file },
      { out: (t) => (out += t), err: () => undefined },
      () => seeds
    );
    expect(status).toBe(0);
    expect(out).toMatch(/: 1 line \(1 undisclosed\), total capacity not disclosed in t\/yr\.\n$/);
  });
});
