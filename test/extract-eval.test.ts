/**
 * The extractor scored as the held-out set will be: the shared scorer runs the built command
 * on each article and matches its lines against hand-annotated gold lines.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const scorer = path.resolve(root, "..", "shared", "tools", "score-extract.mjs");
const seeds = path.resolve(root, "..", "shared", "seeds");

interface Score {
  strict: { p: number; r: number; f1: number };
  lenient: { p: number; r: number; f1: number };
  failures: number;
  report: string;
}

/** Runs the scorer on a folder of articles with their gold.json. */
export function score(dir: string): Score {
  const report = execFileSync(
    process.execPath,
    [
      scorer,
      "--gold",
      path.join(dir, "gold.json"),
      "--dir",
      dir,
      "--cmd",
      `${process.execPath} ${path.join(root, "bin", "captrack.js")} extract {} --json`,
      "--verbose",
    ],
    { encoding: "utf8", cwd: root }
  );
  const strict = /strict F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)/.exec(report);
  const lenient = /lenient \(quantity only\): P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/.exec(report);
  const failures = /extractor failures (\d+)/.exec(report);
  if (!strict || !lenient || !failures) throw new Error(`unexpected scorer output:\n${report}`);
  return {
    strict: { f1: Number(strict[1]), p: Number(strict[2]), r: Number(strict[3]) },
    lenient: { p: Number(lenient[1]), r: Number(lenient[2]), f1: Number(lenient[3]) },
    failures: Number(failures[1]),
    report,
  };
}

describe("the shared scorer", () => {
  test("the seed articles score strict F1 100", () => {
    const s = score(seeds);
    expect(s.failures).toBe(0);
    expect(s.strict).toEqual({ p: 100, r: 100, f1: 100 });
  });

  test("the sample articles score strict F1 97 or more, with no trap taken for a line", () => {
    const s = score(path.join(root, "test", "fixtures", "articles"));
    expect(s.failures).toBe(0);
    expect(s.strict.f1).toBeGreaterThanOrEqual(97);
    expect(s.strict.p).toBeGreaterThanOrEqual(97);
    expect(s.lenient.f1).toBeGreaterThanOrEqual(97);
  });

  test("the harder batch (articles/harder) keeps at least the score its fixes gave it", () => {
    // 58 strict F1 when first read, 92 after the fixes it and later batches prompted: a floor
    const s = score(path.join(root, "test", "fixtures", "articles", "harder"));
    expect(s.failures).toBe(0);
    expect(s.strict.f1).toBeGreaterThanOrEqual(90);
  });

  test("the fresh batches (articles/fresh) keep at least the score their fixes gave them", () => {
    // 949 articles written apart from the extractor, scored when first read (20 at 62.9 strict
    // F1, then 56.1, 53.0, 75.0, 73.6, 71.1, 76.3, 70.6, 68.2, 65.8, 58.2, 56.4, 51.0, 57.3, 52.9,
    // 58.6, 54.1, 60.7, 64.2, 59.5, 56.2, 64.4, 54.7, 57.4, 54.4, 61.4, 67.4, 63.2, 60.9, 65.1,
    // 64.8, 60.3 and 61.6), 73.9 all together after the fixes they prompted; b60–b65, b84–b89 and
    // b107–b109 went in as first read, with no change made for them, b78–b83 and b141–b146 with a
    // few small fixes, and b90–b106, b111–b116, b129–b134 and b135–b140 with the fixes each
    // prompted, so the floor is 73
    const s = score(path.join(root, "test", "fixtures", "articles", "fresh"));
    expect(s.failures).toBe(0);
    expect(s.strict.f1).toBeGreaterThanOrEqual(73);
  });

  test("the samples are at least 25 articles, each with its gold, traps and several lines in all", () => {
    const dir = path.join(root, "test", "fixtures", "articles");
    const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold.json"), "utf8")) as Array<{
      file: string;
      lines: unknown[];
      traps: string[];
    }>;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(gold.map((a) => a.file).sort()).toEqual(files.sort());
    for (const a of gold) expect(a.traps.length).toBeGreaterThan(0);
    expect(gold.reduce((n, a) => n + a.lines.length, 0) / gold.length).toBeGreaterThanOrEqual(1.5);
  });

  test("the scorer and the built command are there", () => {
    expect(fs.existsSync(scorer)).toBe(true);
    expect(fs.existsSync(path.join(root, "dist", "cli", "captrack.js"))).toBe(true);
  });
});
