import { main } from "../src/cli/captrack";

function run(...argv: string[]): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  // every command but sheet (which writes a file) answers at once
  const status = main(argv, { out: (t) => (out += t), err: (t) => (err += t) }) as number;
  return { status, out, err };
}

describe("captrack capacity", () => {
  test.each([
    [["Baotou", "--as-of", "2019-03-01"], "20000"],
    [["Baotou Xinhao"], "5000"],
    [["Baotou Jigan"], "3000"],
    [["Baotou", "--material", "hydrogen storage alloy"], "500"],
    [["Baotou", "--as-of", "2019-06-30"], "20000"],
    [["Baotou", "--unit", "kt", "--as-of", "2019-06-30"], "20"],
  ])("%j prints %s", (args, expected) => {
    const r = run("capacity", ...args);
    expect(r).toEqual({ status: 0, out: `${expected}\n`, err: "" });
  });

  test("undisclosed capacity exits 1 and says so on stderr", () => {
    for (const q of ["Zhicun", "Zhicun Lithium Industry Group"]) {
      const r = run("capacity", q);
      expect(r.status).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/capacity not disclosed/);
    }
  });

  test("a misspelt place exits 1 and suggests the right one", () => {
    const r = run("capacity", "Baotu");
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/Did you mean "Baotou"\?/);
  });

  test("bad options and arguments exit 1 with a message naming what is accepted", () => {
    expect(run("capacity", "Baotou", "--as-of", "30/06/2019").err).toMatch(
      /asOf: "30\/06\/2019" is not a date.*2019-06-30/
    );
    expect(run("capacity", "Baotou", "--status", "built").err).toMatch(
      /status: "built" is not a status. Accepted: .*"operating"/
    );
    expect(run("capacity", "Baotou", "--unit", "lb").err).toMatch(
      /unit: "lb" is not a unit. Accepted: "t", "kt", "Mt", "GWh" or "GWh-eq"/
    );
    expect(run("capacity", "Baotou", "--frob").err).toMatch(/Unknown option '--frob'[\s\S]*usage:/);
    expect(run("capacity").err).toMatch(/no query given/);
    expect(run("capacity", "Baotou", "Jigan").err).toMatch(/one query expected, got 2/);
    expect(run("capacity", "Baotou", "--json").err).toMatch(/--json and --csv go with lines/);
    expect(run("chart", "Baotou").err).toMatch(
      /unknown command "chart". Commands: capacity, lines/
    );
    expect(run().status).toBe(1);
  });
});

describe("captrack lines", () => {
  test("--json lists BTR's Tangier line with capacity null and its source", () => {
    const r = run("lines", "Morocco", "--as-of", "2024-03-30", "--json");
    expect(r.status).toBe(0);
    const lines = JSON.parse(r.out) as Array<{ company: string; source: { url: string } }>;
    const btr = lines.filter((l) => l.company === "BTR New Material Group");
    expect(btr).toHaveLength(1);
    expect(btr[0]).toMatchObject({
      company: "BTR New Material Group",
      capacity: null,
      capacity_tpa: null,
      status: "agreement signed",
      location: { city: "Tangier", country: "Morocco" },
    });
    expect(btr[0].source.url).toMatch(/^https:\/\//);
  });

  test("later reports replace it: the two phases of 25,000 t/yr each", () => {
    const lines = JSON.parse(run("lines", "Tangier", "--json").out) as Array<{
      capacity: number;
      phase: string;
    }>;
    expect(lines.map((l) => [l.phase, l.capacity])).toEqual([
      ["phase 1", 25000],
      ["phase 2", 25000],
    ]);
  });

  test("--csv has the Tracker's columns and one row per line, the aggregate last", () => {
    const r = run("lines", "Baotou", "--as-of", "2019-06-30", "--csv");
    const rows = r.out.trim().split("\n");
    expect(rows[0]).toBe(
      "company,parent,material,capacity,unit,basis,status,kind,phase,site,city,region,country,announced,reported,source,title,publisher,note"
    );
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatch(
      /^Baotou companies \(aggregate\),,REE metals & alloys,20000,t\/yr,product,under construction,aggregate,,,Baotou,Inner Mongolia,China,2019-02-14,2019-02-14,https:/
    );
  });

  test("the text table lines up its columns", () => {
    const rows = run("lines", "Baotou Jigan").out.trim().split("\n");
    expect(rows).toHaveLength(3);
    expect(rows[1].indexOf("2500")).toBe(rows[0].indexOf("capacity"));
  });

  test("--json and --csv together are refused", () => {
    expect(run("lines", "Baotou", "--json", "--csv")).toMatchObject({
      status: 1,
      err: "choose one of --json and --csv.\n",
    });
  });

  test("help prints the usage", () => {
    expect(run("--help")).toMatchObject({
      status: 0,
      out: expect.stringContaining("captrack capacity <query>"),
    });
  });
});
