import { readFileSync } from "fs";
import { join } from "path";
import { checkDataset } from "../src/data/check";
import { embeddedLedger } from "../src/data/embedded";

const source = readFileSync(join(__dirname, "..", "src", "data", "lines.jsonl"), "utf8");
const goldPath = join(__dirname, "..", "..", "shared", "seeds", "gold.json");

describe("the embedded dataset", () => {
  test("its source passes every check", () => {
    expect(checkDataset(source).problems).toEqual([]);
  });

  test("every line has a source address and date, a known material and place, a status", () => {
    const ledger = embeddedLedger();
    for (const line of [...ledger.lines, ...ledger.aggregates]) {
      expect(line.source.url).toMatch(/^https?:\/\//);
      expect(line.announced).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(ledger.refs.materials.has(line.material)).toBe(true);
      expect(ledger.refs.places.has(line.place)).toBe(true);
      expect(line.capacity === null || line.capacity > 0).toBe(true);
    }
    expect(ledger.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });

  test("holds the seven lines the seed articles announce", () => {
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Array<{
      lines: Array<{
        company: string;
        capacity: number | null;
        kind: string;
        location: { country: string };
      }>;
    }>;
    const ledger = embeddedLedger();
    // every report is kept, those later revised included
    const all = [...ledger.lines, ...ledger.aggregates];
    const wanted = gold.flatMap((g) => g.lines);
    for (const w of wanted) {
      const match = all.find(
        (l) =>
          l.kind === w.kind &&
          l.capacity === w.capacity &&
          l.country === w.location.country &&
          (w.kind === "aggregate" || l.company === w.company)
      );
      expect(match).toBeDefined();
    }
  });
});

describe("the dataset check", () => {
  const good = source.split("\n")[3];
  test("reports every problem of a bad row with its row number", () => {
    const bad = JSON.stringify({
      ...JSON.parse(good),
      material: "kryptonite",
      status: "rumoured",
      capacity: "five thousand",
      announced: "someday",
      source: { title: "x", publisher: null, url: "ftp://nowhere", date: null },
    });
    const { problems } = checkDataset([good, bad].join("\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0].row).toBe(2);
    for (const words of [
      'material "kryptonite"',
      'status "rumoured"',
      'capacity "five thousand"',
      'announced "someday"',
      "no source address",
    ]) {
      expect(problems[0].message).toContain(words);
    }
  });
  test("refuses a row that is not JSON and the same report of a line twice", () => {
    const { problems } = checkDataset([good, "{not json", good].join("\n"));
    expect(problems.map((p) => p.row)).toEqual([2, 3]);
    expect(problems[0].message).toMatch(/not a JSON record/);
    expect(problems[1].message).toMatch(/the same report of the same line as row 1/);
  });
  test("a GWh capacity on a material measured in tonnes is refused", () => {
    const wrong = JSON.stringify({ ...JSON.parse(good), unit: "GWh" });
    expect(checkDataset(wrong).problems[0].message).toMatch(/unit GWh\/yr does not fit/);
  });
});
