/*
 * The Office.js renderer against the stand-in for Excel's API (src/preview/excel), which
 * queues commands until sync() as Office.js does and records each request's size.
 */
import { LINE_COLUMNS } from "../src/core/table";
import { ExcelHost } from "../src/preview/excel/api";
import { SheetModel } from "../src/preview/excel/model";
import { renderToExcel } from "../src/sheet/office";
import { MARKER_PROPERTY, planSheet, TABLE_ROW } from "../src/sheet/plan";
import { seedLedger } from "./support/records";
import { generatedLedger, installExcel } from "./support/sheet";

const seeds = seedLedger();
const baotou = planSheet(seeds, { query: "Baotou" });

function cells(sheet: SheetModel, row: number, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let c = from; c <= to; c++) out.push(sheet.cell(row, c)?.value ?? null);
  return out;
}

function ours(host: ExcelHost): SheetModel[] {
  return host.workbook.sheets.filter((s) => s.customProperties.has(MARKER_PROPERTY));
}

describe("writing a plan into the workbook", () => {
  test("a new sheet with the table, links, formats, frozen header and chart, in three syncs", async () => {
    const host = installExcel();
    const result = await renderToExcel(baotou);
    expect(result).toMatchObject({ sheet: "Baotou", refreshed: false, syncs: 3 });
    expect(host.stats.syncs).toHaveLength(3);
    expect(host.stats.unsynced).toBe(0);
    const sheet = host.workbook.sheet("Baotou")!;
    expect(sheet.customProperties.get(MARKER_PROPERTY)).toBe(baotou.key);
    expect(host.workbook.active).toBe(sheet);

    const [table] = sheet.tables;
    expect(sheet.tables).toHaveLength(1);
    expect(table.name).toBe(baotou.table.name);
    expect(table.header).toEqual([...LINE_COLUMNS]);
    expect(table.rect).toEqual({
      r0: TABLE_ROW,
      c0: 0,
      r1: TABLE_ROW + 4,
      c1: LINE_COLUMNS.length - 1,
    });
    expect(table.showFilterButton).toBe(true);
    const col = (name: string) => LINE_COLUMNS.indexOf(name as (typeof LINE_COLUMNS)[number]);
    expect([1, 2, 3, 4].map((i) => sheet.cell(TABLE_ROW + i, col("capacity"))?.value)).toEqual([
      5000, 2500, 500, 20000,
    ]);
    expect(sheet.numberFormat(TABLE_ROW + 1, col("capacity"))).toBe("#,##0");
    // dates stay the text of the source, not Excel dates
    expect(sheet.cell(TABLE_ROW + 1, col("announced"))?.value).toBe("2019-02-14");
    const source = sheet.cell(TABLE_ROW + 1, col("source"))!;
    expect(source.link).toBe("https://www.adamasintel.com/baotou-expanding-metals-production/");
    expect(source.formula).toMatch(/^=HYPERLINK\("https:\/\/www\.adamasintel\.com/);
    expect(cells(sheet, 2, 0, 2)).toEqual(["Total (as CT.CAPACITY)", 20000, "t/yr"]);
    expect(sheet.numberFormat(2, 1)).toBe("#,##0");
    expect(sheet.style(0, 0).font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.freezeRows).toBe(TABLE_ROW + 1);
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(sheet.columnWidths.get(3)!);

    const [chart] = sheet.charts;
    expect(sheet.charts).toHaveLength(1);
    expect(chart.type).toBe("BarClustered");
    expect(chart.title).toBe("Capacity by company (t/yr)");
    expect(chart.reversePlotOrder).toBe(true);
    expect(chart.series).toHaveLength(1);
    const s = chart.series[0];
    expect(s.name).toBe("capacity (t/yr)");
    const values = [];
    for (let r = s.values.r0; r <= s.values.r1; r++) values.push(sheet.cell(r, s.values.c0)?.value);
    expect(values).toEqual([5000, 3000]);
  });

  test("generating again refreshes the same sheet: one sheet, one table, one chart, old cells gone", async () => {
    const host = installExcel();
    await renderToExcel(baotou);
    const sheet = host.workbook.sheet("Baotou")!;
    sheet.write({ r0: 40, c0: 40, r1: 40, c1: 40 }, [["left over"]], "values");
    const again = await renderToExcel(planSheet(seeds, { query: "baotou" }));
    expect(again).toMatchObject({ sheet: "Baotou", refreshed: true, syncs: 3 });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Baotou"]);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.cell(40, 40)).toBeUndefined();
    expect(cells(sheet, 2, 0, 1)).toEqual(["Total (as CT.CAPACITY)", 20000]);
  });

  test("a sheet renamed by the user is still found by its marker and refreshed under its new name", async () => {
    const host = installExcel();
    await renderToExcel(baotou);
    host.workbook.sheet("Baotou")!.name = "My Baotou";
    const again = await renderToExcel(baotou);
    expect(again).toMatchObject({ sheet: "My Baotou", refreshed: true });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "My Baotou"]);
  });

  test("a sheet Captrack did not make is never changed, even with the same name", async () => {
    const host = installExcel();
    const mine = host.workbook.addSheet("Baotou");
    mine.write(
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      [
        ["my", "notes"],
        [1, 2],
      ],
      "values"
    );
    const other = host.workbook.addSheet("Jigan");
    other.customProperties.set(
      MARKER_PROPERTY,
      "company:someone else|material:all|status:active|asof:today"
    );
    const first = await renderToExcel(baotou);
    expect(first).toMatchObject({ sheet: "Baotou (2)", refreshed: false });
    const second = await renderToExcel(baotou);
    expect(second).toMatchObject({ sheet: "Baotou (2)", refreshed: true });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Baotou",
      "Jigan",
      "Baotou (2)",
    ]);
    expect(cells(mine, 0, 0, 1)).toEqual(["my", "notes"]);
    expect(cells(mine, 1, 0, 1)).toEqual([1, 2]);
    expect(mine.customProperties.size).toBe(0);
    expect(mine.tables).toHaveLength(0);
    expect(other.rows.size).toBe(0);
    expect(ours(host).map((s) => s.name)).toEqual(["Jigan", "Baotou (2)"]);
  });

  test("each query and filter set has a sheet of its own", async () => {
    const host = installExcel();
    await renderToExcel(baotou);
    await renderToExcel(planSheet(seeds, { query: "Baotou", asOf: "2019-03-01" }));
    await renderToExcel(planSheet(seeds, { query: "Baotou Jigan" }));
    await renderToExcel(baotou);
    expect(ours(host).map((s) => s.name)).toEqual([
      "Baotou",
      "Baotou, 2019-03-01",
      "Baotou Jigan Rare Earth New Ma…",
    ]);
  });

  test("Excel's refusal reaches the caller with its code and message", async () => {
    const host = installExcel();
    // a user's table already has the name Captrack gives its table
    const sheet = host.workbook.addSheet("Data");
    sheet.write({ r0: 0, c0: 0, r1: 1, c1: 0 }, [["x"], [1]], "values");
    host.workbook.renameTable(
      sheet.addTable({ r0: 0, c0: 0, r1: 1, c1: 0 }, true),
      baotou.table.name
    );
    await expect(renderToExcel(baotou)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(cells(sheet, 0, 0, 0)).toEqual(["x"]);
  });
});

describe("round trips and request sizes", () => {
  const small = generatedLedger(10, 3);
  const large = generatedLedger(10_000, 3);

  async function render(plan: ReturnType<typeof planSheet>, host = installExcel()) {
    host.stats.reset();
    const result = await renderToExcel(plan);
    return { result, stats: host.stats, host };
  }

  test("10 lines and 10,000 lines take the same syncs and the same commands: rows go in whole ranges", async () => {
    const plan = planSheet(small, { query: "*", status: "all" });
    // the same sheet with its table grown to 10,000 rows, nothing else changed
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => plan.table.rows[i % plan.table.rows.length]
    );
    const grown = { ...plan, table: { ...plan.table, rows } };
    const a = await render(plan);
    const b = await render(grown);
    expect(a.stats.syncs.length).toBe(3);
    expect(b.stats.syncs.length).toBe(3);
    expect(b.stats.syncs.map((s) => s.commands)).toEqual(a.stats.syncs.map((s) => s.commands));
    expect(b.host.workbook.sheets[1].tables[0].rect.r1 - TABLE_ROW).toBe(10_000);
    expect(b.stats.syncs[2].bytes).toBeGreaterThan(100 * a.stats.syncs[2].bytes);
  });

  test("a generated ledger of 10,000 lines: three syncs, each request under 5 MB, calculation suspended", async () => {
    const plan = planSheet(large, { query: "*", status: "all" });
    const { stats, host } = await render(plan);
    expect(plan.table.rows.length).toBeGreaterThan(9000);
    expect(host.workbook.sheets[1].tables[0].rect.r1 - TABLE_ROW).toBe(plan.table.rows.length);
    expect(stats.syncs).toHaveLength(3);
    for (const s of stats.syncs) expect(s.bytes).toBeLessThan(5 * 1024 * 1024);
    expect(stats.maxRequestBytes).toBeGreaterThan(1_000_000);
    expect(stats.syncs[2].calculationSuspended).toBe(true);
    expect(stats.unsynced).toBe(0);
  });

  test("a table too large for one request is written in chunks, each within the limit", async () => {
    const plan = planSheet(large, { query: "*", status: "all" });
    const host = installExcel();
    const result = await renderToExcel(plan, { maxBatchBytes: 400_000 });
    const writes = host.stats.syncs.slice(2);
    expect(writes.length).toBeGreaterThan(3);
    expect(result.syncs).toBe(2 + writes.length);
    for (const s of writes) {
      expect(s.bytes).toBeLessThan(400_000);
      expect(s.calculationSuspended).toBe(true);
    }
    // every line arrived, in order
    const sheet = host.workbook.sheets[1];
    const rows = plan.table.rows;
    expect(sheet.tables[0].rect.r1).toBe(TABLE_ROW + rows.length);
    for (const i of [0, 1, 777, rows.length - 1])
      expect(sheet.cell(TABLE_ROW + 1 + i, 0)?.value).toBe(rows[i][0]);
  });

  test("the stand-in refuses a request over 5 MB, as Excel on the web does", async () => {
    const plan = planSheet(large, { query: "*", status: "all" });
    installExcel();
    await expect(renderToExcel(plan, { maxBatchBytes: 50_000_000 })).resolves.toBeDefined();
    const huge = planSheet(generatedLedger(30_000, 5), { query: "*", status: "all" });
    await expect(renderToExcel(huge, { maxBatchBytes: 50_000_000 })).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    // by default the same table goes in two batches
    await expect(renderToExcel(huge)).resolves.toMatchObject({ syncs: 4 });
  });
});
