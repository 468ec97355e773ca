/**
 * `captrack extract` and CT.EXTRACT: the DESIGN.md JSON shape, the table, and clear messages for
 * empty, binary, huge and missing input.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/captrack";
import { MAX_ARTICLE_CHARS } from "../src/extract/input";
import { extract } from "../src/functions/functions";

const root = path.resolve(__dirname, "..");
const seeds = path.resolve(root, "..", "shared", "seeds");
const baotou = path.join(seeds, "002_903d4448a7ed3801.txt");

function run(...argv: string[]): { status: number; out: string; err: string } {
  let out = "";
  let err = "";
  // every command but sheet (which writes a file) answers at once
  const status = main(argv, { out: (t) => (out += t), err: (t) => (err += t) }) as number;
  return { status, out, err };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "captrack-extract-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe("captrack extract", () => {
  test("--json prints DESIGN.md's shape, one object a line", () => {
    const r = run("extract", baotou, "--json");
    expect(r.status).toBe(0);
    expect(r.err).toBe("");
    const lines = JSON.parse(r.out);
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual([
        "company",
        "material",
        "capacity",
        "unit",
        "capacity_tpa",
        "basis",
        "location",
        "status",
        "date",
        "kind",
        "evidence",
      ]);
      expect(Object.keys(l.location)).toEqual(["site", "city", "region", "country"]);
      expect(Object.keys(l.evidence)).toEqual(["sentence", "start", "end"]);
    }
    expect(lines[0]).toMatchObject({
      company: "Baotou Xinhao Rare Earth New Materials",
      material: "REE metals & alloys",
      capacity: 5000,
      unit: "t/yr",
      capacity_tpa: 5000,
      basis: "product",
      location: {
        site: "Jiuyuan Industrial Park",
        city: "Baotou",
        region: "Inner Mongolia",
        country: "China",
      },
      status: "approved",
      date: "2019-02-14",
      kind: "line",
    });
    expect(lines[3]).toMatchObject({
      kind: "aggregate",
      capacity_tpa: 20000,
      status: "under construction",
    });
  });

  test("without --json a table, with --csv the same as CSV", () => {
    const text = run("extract", baotou);
    expect(text.out.split("\n")[0]).toMatch(/^company\s+material\s+capacity\s+unit/);
    const csv = run("extract", baotou, "--csv");
    expect(csv.out.split("\n")[0]).toBe(
      "company,material,capacity,unit,basis,status,site,city,region,country,announced,kind,evidence"
    );
    expect(csv.out.trim().split("\n")).toHaveLength(5);
  });

  test("an article without lines prints [] with --json, a sentence without", () => {
    const p = file("none.txt", "Lithium prices fell 5% on Monday, traders said.\n");
    expect(run("extract", p, "--json")).toEqual({ status: 0, out: "[]\n", err: "" });
    expect(run("extract", p).out).toMatch(/^No production lines found/);
  });

  test("empty, binary, huge and missing files exit 1 with a message on stderr", () => {
    const cases: Array<[string, RegExp]> = [
      [file("empty.txt", "  \n"), /is empty. Give the text of a news article/],
      [
        file("zip.bin", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])),
        /looks binary/,
      ],
      [
        file("huge.txt", "a".repeat(MAX_ARTICLE_CHARS + 1)),
        /too long: 2,000,001 characters, at most 2,000,000/,
      ],
      [path.join(dir, "missing.txt"), /cannot read .*missing.txt: no such file/],
      [dir, /is a folder, not a text file/],
    ];
    for (const [p, message] of cases) {
      const r = run("extract", p, "--json");
      expect(r.status).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
    }
    const control = file(
      "control.txt",
      "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f text"
    );
    expect(run("extract", control).err).toMatch(
      /looks binary \(10 control or undecodable characters\)/
    );
  });

  test("a UTF-16 file with its byte-order mark and Windows line ends reads as text", () => {
    const text = fs.readFileSync(baotou, "utf8").replace(/\n/g, "\r\n");
    const p = file(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
    );
    const r = run("extract", p, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).map((l: { capacity_tpa: number }) => l.capacity_tpa)).toEqual([
      5000, 2500, 500, 20000,
    ]);
  });

  test("usage errors exit 1", () => {
    expect(run("extract").err).toMatch(/no file given \(use - for standard input\)/);
    expect(run("extract", "a.txt", "b.txt").err).toMatch(/one file expected, got 2/);
    expect(run("extract", baotou, "--json", "--csv").err).toMatch(/choose one of --json and --csv/);
  });

  test("the built command reads standard input with -", () => {
    const bin = path.join(root, "bin", "captrack.js");
    const out = execFileSync(process.execPath, [bin, "extract", "-", "--json"], {
      input: fs.readFileSync(baotou),
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toHaveLength(4);
    const empty = spawnSync(process.execPath, [bin, "extract", "-"], {
      input: "",
      encoding: "utf8",
    });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/standard input is empty/);
  });
});

/** What a cell would show: the value, or the error code and its message. */
function cell(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    const error = e as { code?: string; message: string };
    if (!error.code) throw e;
    return `${error.code} ${error.message}`;
  }
}

describe("CT.EXTRACT", () => {
  test("spills a header and one row a line, undisclosed capacities empty", () => {
    const table = extract(fs.readFileSync(path.join(seeds, "000_32aa964f9f1637fa.txt"), "utf8"));
    expect(table[0]).toEqual([
      "company",
      "material",
      "capacity",
      "unit",
      "basis",
      "status",
      "site",
      "city",
      "region",
      "country",
      "announced",
      "kind",
      "evidence",
    ]);
    expect(table).toHaveLength(3);
    expect(table[1].slice(0, 6)).toEqual([
      "BTR New Material Group",
      "ternary cathode (NCM/NCA)",
      "",
      "undisclosed",
      "",
      "agreement signed",
    ]);
    expect(table[1][9]).toBe("Morocco");
    for (const row of table) expect(row).toHaveLength(table[0].length);
    expect(extract([[fs.readFileSync(baotou, "utf8")]])).toHaveLength(5);
  });

  test("empty, non-text, huge or many-cell input is #VALUE!; a text without lines #N/A", () => {
    expect(cell(() => extract(""))).toBe(
      "#VALUE! text is empty. Give the text of a news article (plain text)."
    );
    expect(cell(() => extract(null))).toMatch(/^#VALUE! text is empty/);
    expect(cell(() => extract(42))).toBe(
      "#VALUE! text: expected the text of a news article, not the number 42."
    );
    expect(cell(() => extract(true))).toMatch(
      /^#VALUE! text: expected the text of a news article, not the logical value TRUE/
    );
    expect(cell(() => extract("x".repeat(MAX_ARTICLE_CHARS + 1)))).toMatch(
      /^#VALUE! text is too long/
    );
    expect(cell(() => extract("\u0000PK binary"))).toMatch(/^#VALUE! text looks binary/);
    expect(cell(() => extract([["a"], ["b"]]))).toMatch(
      /^#VALUE! text: expected one cell holding the article, got a range of 2 × 1 cells/
    );
    expect(cell(() => extract("Prices rose 5% on Monday."))).toMatch(
      /^#N\/A no production line found/
    );
  });

  test("is declared in functions.json: one required text argument, a spilled matrix", () => {
    const metadata = JSON.parse(
      fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")
    ) as {
      functions: Array<{
        id: string;
        description: string;
        parameters: Array<{ name: string; optional?: boolean; description?: string }>;
        result: { dimensionality?: string };
      }>;
    };
    const f = metadata.functions.find((x) => x.id === "EXTRACT");
    expect(f).toBeDefined();
    expect(f!.description).toMatch(/production lines a news article announces/);
    expect(f!.parameters.map((p) => [p.name, p.optional === true, Boolean(p.description)])).toEqual(
      [["text", false, true]]
    );
    expect(f!.result.dimensionality).toBe("matrix");
  });
});
