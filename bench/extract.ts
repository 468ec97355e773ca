/*
 * The article extractor: MB of text a second on one core (Node runs it on one thread), for
 * article after article as captrack extract and CT.EXTRACT see them, and for one long text;
 * against a plain regular-expression pass over the same text that only finds tonnages.
 */
import fs from "fs";
import path from "path";
import { extractLines } from "../src/extract/extract";
import { measure, rate, ratio } from "./timing";

const BUDGET = 1500;
/** The aim stated in the issue. */
const AIM_MB_PER_SECOND = 1;

/** What a plain pass finds: a number and a unit, nothing about whose or whether it is a capacity. */
const PLAIN = /\d[\d,.]*\s?(?:t|tonnes?|tons?|tpa|kt|ktpa|Mt|Mtpa|GWh|MWh)\b/g;

function plainPass(text: string): number {
  let n = 0;
  PLAIN.lastIndex = 0;
  while (PLAIN.exec(text) !== null) n++;
  return n;
}

function articles(): string[] {
  const dirs = [
    path.resolve(__dirname, "../test/fixtures/articles"),
    path.resolve(__dirname, "../../shared/seeds"),
  ];
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => fs.readFileSync(path.join(d, f), "utf8"))
    );
}

function mbPerSecond(perSecond: number, chars: number): number {
  return (perSecond * chars) / 1e6;
}

export function extractBench(): void {
  const texts = articles();
  if (texts.length === 0) {
    console.log("Extractor: no articles found (test/fixtures/articles)");
    return;
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const average = chars / texts.length;
  let long = "";
  while (long.length < 1_000_000) long += texts.join("\n\n") + "\n\n";
  const found = texts.reduce((n, t) => n + extractLines(t).length, 0);
  console.log(
    `Extractor: ${texts.length} articles, ${(chars / 1000).toFixed(0)} KB (${(average / 1000).toFixed(1)} KB each), ${found} lines; ` +
      `and one text of ${(long.length / 1e6).toFixed(2)} MB made of them`
  );

  const perArticle = measure((i) => extractLines(texts[i % texts.length]).length, BUDGET);
  const plainArticle = measure((i) => plainPass(texts[i % texts.length]), BUDGET);
  const oneText = measure(() => extractLines(long).length, BUDGET * 2);
  const plainText = measure(() => plainPass(long), BUDGET);

  const rows: Array<[string, number, number]> = [
    [
      "article after article",
      mbPerSecond(perArticle.perSecond, average),
      mbPerSecond(plainArticle.perSecond, average),
    ],
    [
      "one 1 MB text",
      mbPerSecond(oneText.perSecond, long.length),
      mbPerSecond(plainText.perSecond, long.length),
    ],
  ];
  console.log(
    "MB of text a second (one core)".padEnd(30) +
      "extractor".padStart(12) +
      "plain regex".padStart(14) +
      "regex/extractor".padStart(18)
  );
  for (const [label, extractor, plain] of rows) {
    console.log(
      label.padEnd(30) +
        rate(extractor).padStart(12) +
        rate(plain).padStart(14) +
        ratio(plain / extractor).padStart(18)
    );
  }
  const slowest = Math.min(rows[0][1], rows[1][1]);
  console.log(
    `  aim ≥ ${AIM_MB_PER_SECOND} MB/s: ${slowest >= AIM_MB_PER_SECOND ? "met" : "NOT met"} (${rate(perArticle.perSecond)} articles a second)`
  );
}
