/* The task pane's Generate, apart from its widgets: suggestions, and a message for every outcome. */
import { ExcelError } from "../src/preview/excel/model";
import { renderToExcel } from "../src/sheet/office";
import { SheetPlan } from "../src/sheet/plan";
import { generate, GenerateDeps, suggestionsIn } from "../src/taskpane/generate";
import { materialChoices, suggestQueries } from "../src/taskpane/suggest";
import { seedLedger } from "./support/records";
import { installExcel } from "./support/sheet";

const seeds = seedLedger();

function deps(over: Partial<GenerateDeps> = {}): GenerateDeps {
  return {
    ledger: () => seeds,
    write: renderToExcel,
    unavailable: () => null,
    now: () => new Date("2026-01-01T00:00:00Z"),
    ...over,
  };
}

describe("suggestions for the query box", () => {
  test("places, companies and materials that start with what was typed, those with lines first", () => {
    const found = suggestQueries(seeds, "baot");
    expect(found[0]).toEqual({
      text: "Baotou",
      kind: "place",
      detail: "city in Inner Mongolia, China · 3 lines",
      lines: 3,
    });
    expect(found.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        "Baotou Jigan Rare Earth New Materials",
        "Baotou Xinhao Rare Earth New Materials",
      ])
    );
    expect(found.every((s) => /^baot/i.test(s.text))).toBe(true);
  });

  test("other names lead to the name the core resolves; a later word matches too", () => {
    expect(suggestQueries(seeds, "Nei Mong")[0]).toMatchObject({
      text: "Inner Mongolia",
      kind: "place",
    });
    expect(suggestQueries(seeds, "BTR")[0]).toMatchObject({
      text: "BTR New Material Group",
      kind: "company",
    });
    expect(suggestQueries(seeds, "jigan").map((s) => s.text)).toContain(
      "Baotou Jigan Rare Earth New Materials"
    );
    expect(suggestQueries(seeds, "hydrogen")[0]).toMatchObject({
      text: "hydrogen-storage alloy (AB5)",
      kind: "material",
    });
  });

  test("with nothing typed: every line, then the places with the most lines; nothing for gibberish", () => {
    const top = suggestQueries(seeds, "");
    expect(top[0]).toMatchObject({ text: "*", kind: "all" });
    expect(top.slice(1).every((s) => s.kind === "place" && s.lines > 0)).toBe(true);
    expect(suggestQueries(seeds, "zzzz")).toEqual([]);
    expect(suggestQueries(seeds, "a", 5)).toHaveLength(5);
  });

  test("the material filter lists the taxonomy, groups before their kinds", () => {
    const choices = materialChoices(seeds);
    const group = choices.findIndex((m) => m.name === "rare earths");
    const kind = choices.findIndex((m) => m.name === "hydrogen-storage alloy (AB5)");
    expect(group).toBeGreaterThanOrEqual(0);
    expect(kind).toBeGreaterThan(group);
    expect(choices[kind].depth).toBeGreaterThan(choices[group].depth);
  });
});

describe("Generate", () => {
  test("done: the sheet is made, then refreshed", async () => {
    installExcel();
    const first = await generate({ query: "Baotou" }, deps());
    expect(first).toEqual({
      kind: "done",
      title: 'Sheet "Baotou" created',
      message: "3 lines and 1 regional total, total 20,000 t/yr.",
      suggestions: [],
      widen: false,
    });
    const again = await generate({ query: " baotou " }, deps());
    expect(again.title).toBe('Sheet "Baotou" refreshed');
  });

  test("nothing matches: the core's message, with the names to try or the advice to drop filters", async () => {
    const typo = await generate({ query: "Baotu" }, deps());
    expect(typo).toMatchObject({
      kind: "nothing",
      title: "Nothing matches",
      suggestions: ["Baotou"],
      widen: false,
    });
    const filtered = await generate({ query: "Baotou", status: "operating" }, deps());
    expect(filtered.kind).toBe("nothing");
    expect(filtered.widen).toBe(true);
    expect(filtered.message).toMatch(
      /no announced line matches "Baotou" with these filters\. Try again without the filters/
    );
  });

  test("bad filters and an empty query say what is accepted", async () => {
    const bad = await generate({ query: "Baotou", asOf: "31/12/2019" }, deps());
    expect(bad).toMatchObject({ kind: "invalid", title: "A filter is not right" });
    expect(bad.message).toMatch(/asOf: "31\/12\/2019" is not a date/);
    const empty = await generate({ query: "  " }, deps());
    expect(empty.kind).toBe("invalid");
    expect(empty.message).toMatch(/Type a place, company or material/);
  });

  test("Excel refused: its message and code, and what to do", async () => {
    const refused = await generate(
      { query: "Baotou" },
      deps({
        write: (plan: SheetPlan) =>
          Promise.reject(
            new ExcelError("InvalidArgument", `A table named "${plan.table.name}" already exists.`)
          ),
      })
    );
    expect(refused.kind).toBe("refused");
    expect(refused.title).toBe("Excel refused to write the sheet");
    expect(refused.message).toMatch(
      /^A table named "CaptrackLines_[0-9a-f]{8}" already exists \(InvalidArgument\)\. What was written before Excel refused stays on the sheet; press Generate to try again\.$/
    );
  });

  test("outside Excel: why sheets cannot be made here; nothing is written", async () => {
    let wrote = false;
    const outcome = await generate(
      { query: "Baotou" },
      deps({
        unavailable: () => "This page is not running inside Excel.",
        write: async () => {
          wrote = true;
          throw new Error("unreachable");
        },
      })
    );
    expect(outcome).toMatchObject({
      kind: "unavailable",
      message: "This page is not running inside Excel.",
    });
    expect(wrote).toBe(false);
  });

  test("the core's suggestions are read from its message", () => {
    expect(
      suggestionsIn('no place … is called "Bao". Did you mean "Baotou" or "Bayan Obo"?')
    ).toEqual(["Baotou", "Bayan Obo"]);
    expect(suggestionsIn("no announced line matches")).toEqual([]);
  });
});
