/*
 * The stand-in for Excel's API: table rows and columns, data validation, sheet visibility,
 * selection, tables' onChanged events (after the add-in's writes and a user's edits), and the
 * add-in's own Tracker code (startTracker, addToTracker, TrackerWatch) running against it.
 */
import "./support/custom-functions";
import { ExcelHost, RequestContext, TableChangedEventArgs } from "../src/preview/excel/api";
import { TRACKER_COLUMNS } from "../src/workbook/columns";
import { addToTracker, startTracker, TRACKER } from "../src/workbook/create";
import { TrackerWatch } from "../src/workbook/watch";
import { record } from "./support/records";
import { installExcel } from "./support/sheet";

function run<T>(host: ExcelHost, batch: (context: RequestContext) => Promise<T>): Promise<T> {
  return host.run(batch);
}

/** A sheet "Data" with a table "People" at B2:C4 (header name, age; two rows). */
async function people(host: ExcelHost): Promise<void> {
  await run(host, async (context) => {
    const sheet = context.workbook.worksheets.add("Data");
    sheet.getRange("B2:C4").values = [
      ["name", "age"],
      ["Ann", 30],
      ["Bob", 40],
    ];
    sheet.tables.add("B2:C4", true).name = "People";
    await context.sync();
  });
}

function values(host: ExcelHost, sheet: string, address: string): unknown[][] {
  const s = host.workbook.sheet(sheet)!;
  const { r0, c0, r1, c1 } = { ...parse(address) };
  return Array.from({ length: r1 - r0 + 1 }, (_, i) =>
    Array.from({ length: c1 - c0 + 1 }, (_, j) => s.cell(r0 + i, c0 + j)?.value ?? "")
  );
}

function parse(address: string) {
  const [a, b = a] = address.split(":");
  const cell = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    return { r: Number(m[2]) - 1, c: m[1].charCodeAt(0) - 65 };
  };
  return { r0: cell(a).r, c0: cell(a).c, r1: cell(b).r, c1: cell(b).c };
}

/** Collects a table's change events; `host.idle()` waits for them to be handled. */
async function listen(host: ExcelHost, table = "People"): Promise<TableChangedEventArgs[]> {
  const seen: TableChangedEventArgs[] = [];
  await run(host, async (context) => {
    context.workbook.tables.getItem(table).onChanged.add(async (e) => {
      seen.push(e);
    });
    await context.sync();
  });
  return seen;
}

const brief = (e: TableChangedEventArgs) => [e.changeType, e.address];

describe("table rows and columns", () => {
  test("rows.add appends rows with their values; the table grows and counts them", async () => {
    const host = new ExcelHost();
    await people(host);
    const count = await run(host, async (context) => {
      const table = context.workbook.tables.getItem("People");
      table.rows.add(undefined, [
        ["Cy", 50],
        ["Di", "60"],
      ]);
      table.rows.add(null as unknown as undefined);
      const range = table.getRange().load("address");
      const rows = table.rows.load("items/values");
      const counted = table.rows.getCount();
      await context.sync();
      expect(range.address).toBe("Data!B2:C7");
      expect(rows.items.map((r) => r.values[0])).toEqual([
        ["Ann", 30],
        ["Bob", 40],
        ["Cy", 50],
        ["Di", 60],
        ["", ""],
      ]);
      return counted;
    });
    expect(count.value).toBe(5);
    expect(host.workbook.table("People")!.rect).toEqual({ r0: 1, c0: 1, r1: 6, c1: 2 });
  });

  test("rows.add at an index inserts there; the cells below in its columns move down", async () => {
    const host = new ExcelHost();
    await people(host);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B7:D7").values = [["below", "too", "beside"]];
      sheet.getRange("C7").numberFormat = [["0.00"]];
      const age = context.workbook.tables.getItem("People").columns.getItem("age");
      age.getDataBodyRange().numberFormat = [["#,##0"]];
      context.workbook.tables.getItem("People").rows.add(1, [["Eve", 20]]);
      await context.sync();
    });
    expect(values(host, "Data", "B3:C5")).toEqual([
      ["Ann", 30],
      ["Eve", 20],
      ["Bob", 40],
    ]);
    // B7:C7 moved down with the table's columns; D7 is outside them and stays
    expect(values(host, "Data", "B7:D8")).toEqual([
      ["", "", "beside"],
      ["below", "too", ""],
    ]);
    // formats in the table's columns follow: the body's grows over the new row, C7's moves
    const sheet = host.workbook.sheet("Data")!;
    expect([3, 4, 5].map((r) => sheet.numberFormat(r - 1, 2))).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect([sheet.numberFormat(6, 2), sheet.numberFormat(7, 2)]).toEqual(["General", "0.00"]);
  });

  test("rows.add refuses values of the wrong width, and moving another table", async () => {
    const host = new ExcelHost();
    await people(host);
    await expect(
      run(host, async (context) => {
        context.workbook.tables.getItem("People").rows.add(undefined, [["only one"]]);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C6:D7").values = [
        ["x", "y"],
        [1, 2],
      ];
      sheet.tables.add("C6:D7", true);
      await context.sync();
    });
    await expect(
      run(host, async (context) => {
        context.workbook.tables.getItem("People").rows.add(undefined, [["Cy", 50]]);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.workbook.table("People")!.rect.r1).toBe(3);
  });

  test("columns by name (any case): name, index, body, header and whole column", async () => {
    const host = new ExcelHost();
    await people(host);
    await run(host, async (context) => {
      const columns = context.workbook.tables.getItem("People").columns;
      const age = columns.getItem("AGE").load(["name", "index"]);
      const body = age.getDataBodyRange().load(["address", "values"]);
      const header = age.getHeaderRowRange().load("address");
      const whole = age.getRange().load("address");
      const missing = columns.getItemOrNullObject("height");
      const all = columns.load("name");
      await context.sync();
      expect([age.name, age.index]).toEqual(["age", 1]);
      expect(body.address).toBe("Data!C3:C4");
      expect(body.values).toEqual([[30], [40]]);
      expect(header.address).toBe("Data!C2");
      expect(whole.address).toBe("Data!C2:C4");
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((c) => c.name)).toEqual(["name", "age"]);
    });
    await expect(
      run(host, async (context) => {
        context.workbook.tables.getItem("People").columns.getItem("height").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("getRow, getResizedRange, rowIndex and columnIndex", async () => {
    const host = new ExcelHost();
    await people(host);
    await run(host, async (context) => {
      const body = context.workbook.tables.getItem("People").getDataBodyRange();
      const second = body.getRow(1).load(["address", "rowIndex", "columnIndex", "values"]);
      const both = body.getRow(0).getResizedRange(1, 0).load("values");
      await context.sync();
      expect(second.address).toBe("Data!B4:C4");
      expect([second.rowIndex, second.columnIndex]).toEqual([3, 1]);
      expect(second.values).toEqual([["Bob", 40]]);
      expect(both.values).toEqual([
        ["Ann", 30],
        ["Bob", 40],
      ]);
    });
    await expect(
      run(host, async (context) => {
        context.workbook.tables.getItem("People").getDataBodyRange().getRow(2).load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("validation, visibility, selection", () => {
  test("dataValidation: the rule, error alert and prompt are kept per cell; clear() removes them", async () => {
    const host = new ExcelHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b,c" } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Information",
        title: "T",
        message: "M",
      };
      range.dataValidation.prompt = { showPrompt: true, title: "P", message: "pick one" };
      context.workbook.worksheets.getItem("Sheet1").getRange("B5").dataValidation.clear();
      const check = context.workbook.worksheets.getItem("Sheet1").getRange("B3").dataValidation;
      check.load(["rule", "type", "errorAlert"]);
      await context.sync();
      expect(check.type).toBe("List");
      expect(check.rule).toEqual({ list: { inCellDropDown: true, source: "a,b,c" } });
      expect(check.errorAlert).toMatchObject({ style: "Information", message: "M" });
    });
    const sheet = host.workbook.sheets[0];
    expect(sheet.validation(1, 1).prompt).toEqual({
      showPrompt: true,
      title: "P",
      message: "pick one",
    });
    expect(sheet.validation(4, 1)).toEqual({});
    expect(sheet.validation(1, 2)).toEqual({});
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {};
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a list's source given as a range is kept as its absolute address", async () => {
    const host = new ExcelHost();
    await run(host, async (context) => {
      const lists = context.workbook.worksheets.add("My lists");
      const source = lists.getRange("A1:A3");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    });
    expect(host.workbook.sheets[0].validation(0, 0).rule).toEqual({
      list: { inCellDropDown: true, source: "='My lists'!$A$1:$A$3" },
    });
  });

  test("visibility: Hidden and VeryHidden; never the last visible sheet; the active one moves", async () => {
    const host = new ExcelHost();
    const excel = host.excel() as { SheetVisibility: Record<string, string> };
    expect(excel.SheetVisibility).toEqual({
      visible: "Visible",
      hidden: "Hidden",
      veryHidden: "VeryHidden",
    });
    await run(host, async (context) => {
      const lists = context.workbook.worksheets.add("Lists");
      lists.activate();
      lists.visibility = excel.SheetVisibility.hidden;
      lists.load("visibility");
      await context.sync();
      expect(lists.visibility).toBe("Hidden");
    });
    expect(host.workbook.active.name).toBe("Sheet1");
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Lists").visibility = "Gone";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("select() makes the sheet active and records the selection", async () => {
    const host = new ExcelHost();
    await people(host);
    expect(host.workbook.active.name).toBe("Sheet1");
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C4:C5");
      range.select();
      expect(host.workbook.active.name).toBe("Sheet1"); // nothing happens before the sync
      await context.sync();
    });
    expect(host.workbook.active.name).toBe("Data");
    expect(host.workbook.active.selection).toEqual({ r0: 3, c0: 2, r1: 4, c1: 2 });
  });
});

describe("onChanged", () => {
  test("the add-in's writes in a table raise RangeEdited, with the address within the table, after the sync", async () => {
    const host = new ExcelHost();
    await people(host);
    const seen = await listen(host);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C4").values = [[41]];
      sheet.getRange("A1").values = [["outside"]];
      // a write over the table's edge: only the part within it
      sheet.getRange("A3:B3").values = [["x", "Anna"]];
      await context.sync();
      expect(seen).toEqual([]); // handlers run after the code awaiting sync() resumes
    });
    await host.idle();
    expect(seen.map(brief)).toEqual([
      ["RangeEdited", "C4"],
      ["RangeEdited", "B3"],
    ]);
    const table = host.workbook.table("People")!;
    expect(seen[0]).toMatchObject({
      type: "TableChanged",
      source: "Local",
      tableId: table.id,
      worksheetId: table.sheet.id,
    });
  });

  test("rows.add raises RowInserted with the new rows' address; remove() stops the handler", async () => {
    const host = new ExcelHost();
    await people(host);
    const seen: TableChangedEventArgs[] = [];
    const all: TableChangedEventArgs[] = [];
    const handler = await run(host, async (context) => {
      context.workbook.tables.onChanged.add((e) => void all.push(e));
      const result = context.workbook.tables
        .getItem("People")
        .onChanged.add((e) => void seen.push(e));
      await context.sync();
      return result;
    });
    await run(host, async (context) => {
      context.workbook.tables.getItem("People").rows.add(undefined, [
        ["Cy", 50],
        ["Di", 60],
      ]);
      await context.sync();
    });
    await host.idle();
    expect(seen.map(brief)).toEqual([["RowInserted", "B5:C6"]]);
    // as Office.js documents it: removed in the context the handler was added in
    await host.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B3").values = [["Ann B"]];
      await context.sync();
    });
    await host.idle();
    expect(seen).toHaveLength(1);
    // the workbook's handler hears every table
    expect(all.map(brief)).toEqual([
      ["RowInserted", "B5:C6"],
      ["RangeEdited", "B3"],
    ]);
  });

  test("a user's edit in a table raises RangeEdited; typing below it extends it by that row", async () => {
    const host = new ExcelHost();
    await people(host);
    await run(host, async (context) => {
      const age = context.workbook.tables.getItem("People").columns.getItem("age");
      age.getDataBodyRange().numberFormat = [["#,##0"]];
      age.getDataBodyRange().dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      };
      await context.sync();
    });
    const seen = await listen(host);
    await host.userEdit("Data", "C3", "35,000");
    expect(values(host, "Data", "C3")).toEqual([[35000]]);
    await host.userEdit("Data", "B5", "Cy");
    await host.userEdit("Data", "C5", "2024-05-03");
    await host.userEdit("Data", "E9", "far away");
    expect(seen.map(brief)).toEqual([
      ["RangeEdited", "C3"],
      ["RowInserted", "B5:C5"],
      ["RangeEdited", "C5"],
    ]);
    const table = host.workbook.table("People")!;
    expect(table.rect).toEqual({ r0: 1, c0: 1, r1: 4, c1: 2 });
    // the new row takes its column's format and validation; the typed date is a date serial
    const sheet = host.workbook.sheet("Data")!;
    expect(sheet.numberFormat(4, 2)).toBe("#,##0");
    expect(sheet.validation(4, 2).rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThan" },
    });
    expect(values(host, "Data", "B5:C5")).toEqual([["Cy", 45415]]);
  });

  test("typed text: a leading apostrophe keeps text, '=' makes a formula, nothing clears", async () => {
    const host = new ExcelHost();
    await host.userEdit("Sheet1", "A1", "'007");
    await host.userEdit("Sheet1", "A2", '=HYPERLINK("https://example.org","ex")');
    await host.userEdit("Sheet1", "A3", "TRUE");
    await host.userEdit("Sheet1", "A3", "");
    const sheet = host.workbook.sheets[0];
    expect(sheet.cell(0, 0)?.value).toBe("007");
    expect(sheet.cell(1, 0)).toMatchObject({ value: "ex", link: "https://example.org" });
    expect(sheet.cell(2, 0)).toBeUndefined();
    await expect(host.userEdit("Nope", "A1", "x")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});

describe("the add-in's Tracker against the stand-in", () => {
  test("a sheet of the user's own called Tracker is never written over", async () => {
    const host = installExcel();
    await host.run(async (context: any) => {
      context.workbook.worksheets.add(TRACKER).getRange("B2").values = [["my notes"]];
      await context.sync();
    });
    await expect(startTracker()).rejects.toThrow(
      /A sheet named "Tracker" has data where the Tracker table would go \(A1:S2\)/
    );
    expect(host.workbook.sheet(TRACKER)!.cell(1, 1)?.value).toBe("my notes");
    expect(host.workbook.table(TRACKER)).toBeUndefined();
    await expect(addToTracker([record({ company: "Alpha Cathode" })])).rejects.toThrow(
      /Rename that sheet/
    );
  });

  test("startTracker, addToTracker, and TrackerWatch following a user's edit", async () => {
    const host = installExcel();
    expect(await startTracker()).toBe(true);
    expect(await startTracker()).toBe(false);

    const wb = host.workbook;
    const tracker = wb.sheet(TRACKER)!;
    const table = wb.table(TRACKER)!;
    expect(table.sheet).toBe(tracker);
    expect(table.header).toEqual([...TRACKER_COLUMNS]);
    expect(table.rect).toEqual({ r0: 0, c0: 0, r1: 1, c1: TRACKER_COLUMNS.length - 1 });
    expect(wb.active).toBe(tracker);
    expect(tracker.freezeRows).toBe(1);
    // the material list on a hidden sheet, the status list inline
    const lists = wb.sheets.find((s) => s !== tracker && s.name !== "Sheet1")!;
    expect(lists.visibility).toBe("Hidden");
    expect(lists.cell(0, 0)?.value).toEqual(expect.any(String));
    const column = (name: string) => TRACKER_COLUMNS.indexOf(name as never);
    const material = tracker.validation(1, column("material"));
    expect(material.rule?.list).toMatchObject({
      source: expect.stringMatching(/^='.+'!\$A\$1:\$A\$\d+$/),
    });
    expect(material.errorAlert).toMatchObject({ style: "Information" });
    expect(tracker.validation(1, column("status")).rule?.list).toMatchObject({
      source: expect.stringContaining("under construction"),
    });
    expect(tracker.numberFormat(1, column("capacity"))).toBe("#,##0");

    const lines = [
      record({ company: "Alpha Cathode", material: "lithium hydroxide", capacity: 20000 }),
      record({ company: "Beta Cells", material: "lithium hydroxide", capacity: 10000 }),
      record({ company: "Gamma Anode", material: "lithium hydroxide", capacity: 5000 }),
    ];
    const added = await addToTracker(lines);
    expect(added.rows).toEqual([2, 3, 4]);
    expect(table.rect.r1).toBe(3);
    const cells = (r: number) => [
      tracker.cell(r, column("company"))?.value,
      tracker.cell(r, column("capacity"))?.value,
    ];
    expect([1, 2, 3].map(cells)).toEqual([
      ["Alpha Cathode", 20000],
      ["Beta Cells", 10000],
      ["Gamma Anode", 5000],
    ]);
    // the rows added take the columns' validation and formats
    expect(tracker.validation(3, column("status")).rule?.list).toBeDefined();
    expect(tracker.numberFormat(3, column("capacity"))).toBe("#,##0");
    // again: nothing added twice
    expect((await addToTracker(lines.slice(0, 1))).rows).toEqual([null]);
    expect(table.rect.r1).toBe(3);

    const watch = new TrackerWatch({ version: "test", records: [] }, false);
    await watch.start();
    expect(watch.state()).toMatchObject({ found: true, lines: 3 });
    expect(watch.reads).toEqual({ whole: 1, rows: 0 });
    // a user corrects a capacity: the watch re-reads that row only
    await host.userEdit(TRACKER, `${String.fromCharCode(65 + column("capacity"))}3`, "x");
    expect(watch.reads).toEqual({ whole: 1, rows: 1 });
    expect(watch.state().problems).toEqual([
      expect.objectContaining({ row: 3, column: "capacity" }),
    ]);
    // a user types a line below the table: it grows, and the watch reads the new row alone
    await host.userEdit(TRACKER, `A5`, "Delta Mining");
    expect(table.rect.r1).toBe(4);
    expect(watch.reads).toEqual({ whole: 1, rows: 2 });
    expect(watch.state().problems.map((p) => [p.row, p.column])).toEqual([
      [3, "capacity"],
      [5, "announced"],
    ]);
    // the pane selects a problem's cell for the user
    await watch.select(watch.state().problems[0]);
    expect(wb.active).toBe(tracker);
    expect(tracker.selection).toEqual({
      r0: 2,
      c0: column("capacity"),
      r1: 2,
      c1: column("capacity"),
    });
  });
});
