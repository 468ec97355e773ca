/* The stand-in for Excel's API behaves as Office.js does where the add-in depends on it. */
import { ExcelHost, RequestContext } from "../src/preview/excel/api";
import { coerce, parseAddress } from "../src/preview/excel/model";

function run<T>(host: ExcelHost, batch: (context: RequestContext) => Promise<T>): Promise<T> {
  return host.run(batch);
}

test("commands wait for sync(); properties can be read only after load() and a sync", async () => {
  const host = new ExcelHost();
  await run(host, async (context) => {
    const sheet = context.workbook.worksheets.add("Data");
    expect(host.workbook.sheet("Data")).toBeUndefined();
    expect(() => sheet.name).toThrow(/not available/);
    sheet.load("name");
    await context.sync();
    expect(sheet.name).toBe("Data");
    expect(host.workbook.sheet("Data")).toBeDefined();
  });
  expect(host.stats.syncs).toHaveLength(1);
});

test("getItemOrNullObject answers through isNullObject after a sync", async () => {
  const host = new ExcelHost();
  await run(host, async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const there = context.workbook.worksheets.getItemOrNullObject("sheet1");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(there.isNullObject).toBe(false);
  });
});

test("a refused command rejects the sync; the commands before it stay done", async () => {
  const host = new ExcelHost();
  await expect(
    run(host, async (context) => {
      context.workbook.worksheets.add("One");
      context.workbook.worksheets.add("one");
      context.workbook.worksheets.add("Two");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "One"]);
  expect(host.stats.syncs[0].error).toBe("ItemAlreadyExists");
});

test.each(["a/b", "x".repeat(32), "'q", "History", "", "[x]"])(
  "the sheet name %j is refused",
  async (name) => {
    const host = new ExcelHost();
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  }
);

test("arrays must fit their range; a 1×1 number format applies to the whole range", async () => {
  const host = new ExcelHost();
  await expect(
    run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  await run(host, async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    range.numberFormat = [["@"]];
    range.values = [
      ["2019-02-14", "007"],
      ["x", "y"],
    ];
    context.workbook.worksheets.getItem("Sheet1").getRange("C1:D1").values = [
      ["2019-02-14", "1,500"],
    ];
    await context.sync();
  });
  const sheet = host.workbook.sheets[0];
  expect(sheet.cell(0, 0)?.value).toBe("2019-02-14");
  expect(sheet.cell(0, 1)?.value).toBe("007");
  // without the text format, Excel reads dates and numbers
  expect(sheet.cell(0, 2)?.value).toBe(43510);
  expect(sheet.numberFormat(0, 2)).toBe("yyyy-mm-dd");
  expect(sheet.cell(0, 3)?.value).toBe(1500);
});

test("HYPERLINK formulas show their text and keep their address; tables must not overlap", async () => {
  const host = new ExcelHost();
  await expect(
    run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").formulas = [
        ["head"],
        ['=HYPERLINK("https://example.org/a?b=""c""","the ""text""")'],
      ];
      sheet.tables.add("A1:A2", true);
      sheet.tables.add("A2:B3", true);
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  const cell = host.workbook.sheets[0].cell(1, 0)!;
  expect(cell.value).toBe('the "text"');
  expect(cell.link).toBe('https://example.org/a?b="c"');
  expect(host.workbook.sheets[0].tables).toHaveLength(1);
});

test("addresses and typed text", () => {
  expect(parseAddress("'My sheet'!B2:D10")).toEqual({
    sheet: "My sheet",
    rect: { r0: 1, c0: 1, r1: 9, c1: 3 },
  });
  expect(parseAddress("AA1").rect).toEqual({ r0: 0, c0: 26, r1: 0, c1: 26 });
  expect(coerce("2025")).toEqual({ value: 2025 });
  expect(coerce("2024-12").value).toBe(45627);
  expect(coerce("Baotou")).toEqual({ value: "Baotou" });
});
