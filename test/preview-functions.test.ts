/*
 * Custom functions in the stand-in's cells: =CT.NAME(…) calls the function associated as NAME,
 * streaming ones with an invocation whose results replace the cell's value; arrays spill;
 * errors show their code; replacing a formula cancels its invocation.
 */
import "./support/custom-functions";
import { readFileSync } from "fs";
import { join } from "path";
import { ExcelHost, RequestContext } from "../src/preview/excel/api";
import { FunctionsMetadata, parseCall } from "../src/preview/excel/functions";
import * as ct from "../src/functions/functions";
import { listenerCount } from "../src/functions/source";

interface Invocation {
  address: string;
  functionName: string;
  setResult: (value: unknown) => void;
  onCanceled?: () => void;
}

/** Metadata for test functions: `stream` lists the streaming ones, with their parameters. */
function metadata(functions: Record<string, { parameters: number; stream?: boolean }>) {
  return {
    functions: Object.entries(functions).map(([id, f]) => ({
      id,
      parameters: Array.from({ length: f.parameters }, (_, i) => ({ name: `p${i}` })),
      options: { stream: f.stream === true },
    })),
  };
}

function write(host: ExcelHost, address: string, formulas: unknown[][]): Promise<void> {
  return host.run(async (context: RequestContext) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(address).formulas = formulas;
    await context.sync();
  });
}

function cell(host: ExcelHost, address: string): unknown {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return host.workbook.sheets[0].cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65)?.value;
}

test("the formula shape: literals, omitted arguments, references", () => {
  expect(parseCall('=CT.CAPACITY("Baotou",,,"2019-03-01")')).toEqual({
    namespace: "CT",
    id: "CAPACITY",
    args: [{ value: "Baotou" }, { value: null }, { value: null }, { value: "2019-03-01" }],
  });
  expect(parseCall('=ct.lines( "say ""hi""" , 2.5e3, true, $B$7 )')?.args).toEqual([
    { value: 'say "hi"' },
    { value: 2500 },
    { value: true },
    { r: 6, c: 1 },
  ]);
  expect(parseCall("=CT.COUNT()")?.args).toEqual([]);
  expect(parseCall('=CT.COUNT("a"&"b")')).toBeNull();
});

test("a streaming function: each setResult replaces the value; a new formula cancels the old call", async () => {
  const host = new ExcelHost();
  const calls: Array<{ args: unknown[]; invocation: Invocation; canceled: boolean }> = [];
  host.customFunctions.setMetadata(metadata({ FAKE: { parameters: 2, stream: true } }));
  host.customFunctions.associate("FAKE", (a: unknown, b: unknown, invocation: Invocation) => {
    const call = { args: [a, b], invocation, canceled: false };
    calls.push(call);
    invocation.setResult(1);
    invocation.onCanceled = () => (call.canceled = true);
  });
  let redraws = 0;
  host.workbook.onChange(() => redraws++);

  await write(host, "B2", [['=CT.FAKE("x")']]);
  expect(calls).toHaveLength(1);
  expect(calls[0].args).toEqual(["x", null]);
  expect(calls[0].invocation).toMatchObject({ address: "Sheet1!B2", functionName: "CT.FAKE" });
  expect(cell(host, "B2")).toBe(1);
  const before = redraws;
  calls[0].invocation.setResult(2);
  expect(cell(host, "B2")).toBe(2);
  expect(redraws).toBe(before + 1); // the view is redrawn for each result

  // the formula read back is the formula; the value is the latest result
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
    range.load(["formulas", "values"]);
    await context.sync();
    expect(range.formulas).toEqual([['=CT.FAKE("x")']]);
    expect(range.values).toEqual([[2]]);
  });

  await write(host, "B2", [['=CT.FAKE("y", 3)']]);
  expect(calls[0].canceled).toBe(true);
  expect(calls[1].args).toEqual(["y", 3]);
  calls[0].invocation.setResult(99); // a canceled call's results are ignored
  expect(cell(host, "B2")).toBe(1);

  await host.userEdit("Sheet1", "B2", "");
  expect(calls[1].canceled).toBe(true);
  expect(cell(host, "B2")).toBeUndefined();
});

test("arrays spill below and to the right; a spill that would write over a value is #SPILL!", async () => {
  const host = new ExcelHost();
  let push: (value: unknown) => void = () => undefined;
  host.customFunctions.setMetadata(metadata({ GRID: { parameters: 0, stream: true } }));
  host.customFunctions.associate("GRID", (invocation: Invocation) => {
    push = (v) => invocation.setResult(v);
    invocation.setResult([
      ["a", "b"],
      [1, 2],
      [3, null],
    ]);
  });
  await write(host, "A1", [["=CT.GRID()"]]);
  expect(["A1", "B1", "A2", "B2", "A3", "B3"].map((a) => cell(host, a))).toEqual([
    "a",
    "b",
    1,
    2,
    3,
    "",
  ]);
  // a smaller result takes back the cells it no longer needs
  push([["only"], ["two"]]);
  expect(["A1", "A2", "B1", "B2", "A3"].map((a) => cell(host, a))).toEqual([
    "only",
    "two",
    undefined,
    undefined,
    undefined,
  ]);
  // a value typed into the spill area blocks it; clearing that value lets it spill again
  await host.userEdit("Sheet1", "A2", "mine");
  expect(cell(host, "A1")).toBe("#SPILL!");
  expect(cell(host, "A2")).toBe("mine");
  await host.userEdit("Sheet1", "A2", "");
  expect([cell(host, "A1"), cell(host, "A2")]).toEqual(["only", "two"]);
  // nor does it spill into a table
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A4:A5").values = [["h"], [1]];
    sheet.tables.add("A4:A5", true);
    await context.sync();
  });
  push([[1], [2], [3], [4]]);
  expect(cell(host, "A1")).toBe("#SPILL!");
});

test("unknown names are #NAME?; errors show their code; a promise shows #BUSY! until it settles", async () => {
  const host = new ExcelHost();
  let release: () => void = () => undefined;
  const later = new Promise<void>((resolve) => (release = resolve));
  host.customFunctions.setMetadata(
    metadata({
      FAIL: { parameters: 1, stream: true },
      SLOW: { parameters: 1 },
      BAD: { parameters: 0 },
    })
  );
  host.customFunctions.associate({
    FAIL: (query: unknown, invocation: Invocation) => {
      invocation.setResult(
        new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `no ${String(query)}`)
      );
    },
    SLOW: async (text: unknown) => {
      await later;
      return [[`read ${String(text)}`], ["done"]];
    },
    BAD: () => {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "bad");
    },
  });
  await write(host, "A1:E1", [
    ['=CT.NOPE("x")', '=CT.FAIL("Atlantis")', '=CT.SLOW("text")', "=CT.BAD()", "=CT.FAIL(1,2)"],
  ]);
  expect(cell(host, "A1")).toBe("#NAME?");
  expect(cell(host, "B1")).toBe("#N/A");
  expect(host.workbook.sheets[0].cell(0, 1)?.message).toBe("no Atlantis");
  expect(cell(host, "C1")).toBe("#BUSY!");
  expect(cell(host, "D1")).toBe("#VALUE!");
  expect(cell(host, "E1")).toBe("#VALUE!"); // too many arguments
  release();
  await host.idle();
  expect([cell(host, "C1"), cell(host, "C2")]).toEqual(["read text", "done"]);
  // formulas other than the add-in's keep what the model does
  await write(host, "A3", [["=SUM(1,2)"]]);
  expect(cell(host, "A3")).toBe("#NAME?");
});

test("formulas written before the functions arrive are evaluated once they do", async () => {
  const host = new ExcelHost();
  await write(host, "A1", [['=CT.LATE("x")']]);
  expect(cell(host, "A1")).toBe("#BUSY!");
  host.customFunctions.associate("LATE", (x: unknown, invocation: Invocation) =>
    invocation.setResult(`late ${String(x)}`)
  );
  expect(cell(host, "A1")).toBe("#BUSY!"); // which functions stream is not known yet
  host.customFunctions.setMetadata(metadata({ LATE: { parameters: 1, stream: true } }));
  expect(cell(host, "A1")).toBe("late x");
});

test("a reference passes the cell's value, and a new value there calls the function again", async () => {
  const host = new ExcelHost();
  const seen: unknown[] = [];
  host.customFunctions.setMetadata(metadata({ ECHO: { parameters: 1, stream: true } }));
  host.customFunctions.associate("ECHO", (x: unknown, invocation: Invocation) => {
    seen.push(x);
    invocation.setResult(`got ${String(x)}`);
  });
  await write(host, "A1:B1", [["Baotou", "=CT.ECHO(A1)"]]);
  expect(cell(host, "B1")).toBe("got Baotou");
  await host.userEdit("Sheet1", "A1", "2019-03-01");
  expect(seen).toEqual(["Baotou", 43525]);
  expect(cell(host, "B1")).toBe("got 43525");
  await host.userEdit("Sheet1", "A1", "");
  expect(seen[2]).toBeNull();
});

test("the add-in's own functions, with the metadata the build writes", async () => {
  const host = new ExcelHost();
  const json = JSON.parse(
    readFileSync(join(__dirname, "..", "dist", "functions.json"), "utf8")
  ) as FunctionsMetadata;
  host.customFunctions.setMetadata(json);
  host.customFunctions.associate({
    CAPACITY: ct.capacity,
    COUNT: ct.count,
    LINES: ct.lines,
  });
  await write(host, "A1:C1", [
    [
      '=CT.CAPACITY("Baotou",,,"2019-03-01")',
      '=CT.COUNT("Baotou",,,"2019-03-01")',
      '=CT.CAPACITY("Atlantis")',
    ],
  ]);
  expect(cell(host, "A1")).toBe(20000);
  expect(cell(host, "B1")).toEqual(expect.any(Number));
  expect(["#N/A", "#VALUE!"]).toContain(cell(host, "C1"));
  await write(host, "A3", [['=CT.LINES("Baotou",,,"2019-03-01")']]);
  expect(cell(host, "A3")).toBe("company");
  expect(cell(host, "B3")).toBe("material");
  expect(cell(host, "A4")).toEqual(expect.any(String));
  // removing the formulas stops their streams
  const listening = listenerCount();
  expect(listening).toBeGreaterThanOrEqual(4);
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").clear();
    await context.sync();
  });
  expect([cell(host, "A1"), cell(host, "A3"), cell(host, "A4")]).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
  expect(listenerCount()).toBe(listening - 4);
});
