/**
 * Property tests of the extractor (fast-check): whatever the text, it finishes in time linear in
 * the text, never throws, and every line it proposes is well formed with evidence that points
 * into the text. Quantities written in any of the ways the news writes them read back the same.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { CaptrackError } from "../src/core/errors";
import { decodeArticle } from "../src/cli/extract";
import { ExtractedLine, extractLines } from "../src/extract/extract";
import { checkArticle } from "../src/extract/input";
import { findQuantities } from "../src/extract/quantities";
import { tokenize } from "../src/extract/tokens";

const samples = path.join(__dirname, "fixtures", "articles");
const articles = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(samples, f), "utf8"));
const sentences = articles.flatMap((a) =>
  a.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== "")
);

/** Words and marks the extractor reacts to, to build text that reaches its every stage. */
const PIECES = [
  "5,000",
  "1.2",
  "11 250",
  "30,000-37,000",
  "t",
  "tpa",
  "t/yr",
  "tonnes",
  "per",
  "annum",
  "a year",
  "Mtpa",
  "GWh",
  "万吨",
  "from",
  "to",
  "up to",
  "capacity",
  "plant",
  "sold",
  "reserves",
  "Baotou",
  "Indonesia",
  "in",
  "BTR",
  "Co., Ltd.",
  "Group",
  "(",
  '"',
  ")",
  ",",
  ".",
  "\n",
  "\n\n",
  "-",
  "'s",
  "signed",
  "approved",
  "cancelled",
  "phase",
  "2",
  "each",
  "lithium hydroxide",
  "joint venture",
  "collectively",
  "March 29, 2024",
  "\u0000",
  "\u0007",
  "\u200b",
  "é",
  "𝔘",
];

const domainText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(" "));

function wellFormed(text: string, lines: ExtractedLine[]): void {
  for (const l of lines) {
    expect(typeof l.company).toBe("string");
    expect(l.company.length).toBeGreaterThan(0);
    expect(typeof l.material).toBe("string");
    expect(l.kind === "line" || l.kind === "aggregate").toBe(true);
    if (l.capacity === null) {
      expect(l.unit).toBeNull();
      expect(l.capacity_tpa).toBeNull();
    } else {
      expect(l.capacity).toBeGreaterThan(0);
      expect(Number.isFinite(l.capacity)).toBe(true);
      expect(typeof l.unit).toBe("string");
    }
    expect(l.evidence.start).toBeGreaterThanOrEqual(0);
    expect(l.evidence.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(l.evidence.start, l.evidence.end)).toBe(l.evidence.sentence);
    if (l.date !== null) expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe("any text", () => {
  test("random strings never make it throw, and what it proposes is well formed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), domainText), (text) => {
        wellFormed(text, extractLines(text));
      }),
      { numRuns: 400 }
    );
  });

  test("sentences of real articles in any order and mix give well-formed lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(" ", "\n", "\n\n"),
        (picked, glue) => {
          const text = picked.join(glue);
          wellFormed(text, extractLines(text));
        }
      ),
      { numRuns: 150 }
    );
  });

  test("the input check either accepts text or refuses it with a message, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const text = decodeArticle(Buffer.from(bytes), "input");
          expect(typeof text).toBe("string");
          expect(text.trim()).not.toBe("");
        } catch (e) {
          expect(e).toBeInstanceOf(CaptrackError);
          expect((e as CaptrackError).message).toMatch(/^input (is empty|looks binary)/);
        }
      }),
      { numRuns: 300 }
    );
    expect(() => checkArticle(42)).toThrow(
      /expected the text of a news article, not the number 42/
    );
  });
});

describe("quantities as written", () => {
  const withThousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  test("a tonnage written with any separator and unit reads back as the same tonnes a year", () => {
    const units: Array<[string, number]> = [
      ["t", 1],
      ["tpa", 1],
      ["t/a", 1],
      ["tonnes per annum", 1],
      ["tons a year", 1],
      ["tonnes per year", 1],
      ["metric tons per year", 1],
      ["tonnes a month", 12],
      ["tonnes per day", 365],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom(",", " ", "\u202f", ""),
        fc.constantFrom(...units),
        (n, sep, [unit, factor]) => {
          const text = `a plant of ${withThousands(n, sep)} ${unit} in Baotou`;
          const qs = findQuantities(tokenize(text));
          expect(qs).toHaveLength(1);
          expect(qs[0].perYear).toBeCloseTo(n * factor, 6);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("kt, Mt, thousand, million and GWh scale the number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom<[string, number]>(
          ["kt", 1e3],
          ["ktpa", 1e3],
          ["thousand tonnes", 1e3],
          ["Mtpa", 1e6],
          ["million tonnes", 1e6],
          ["GWh", 1],
          ["MWh", 1e-3]
        ),
        (n, [unit, factor]) => {
          const qs = findQuantities(tokenize(`${n} ${unit}`));
          expect(qs).toHaveLength(1);
          expect(qs[0].perYear).toBeCloseTo(n * factor, 6);
        }
      ),
      { numRuns: 200 }
    );
  });
});

/** Milliseconds of the fastest of a few runs: the least disturbed by anything else running. */
function fastest(text: string, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    extractLines(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Text of about `size` characters from a generator of pieces. */
function ofSize(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join("").slice(0, size);
}

describe("adversarial text takes time linear in its length", () => {
  // eight times the text must take well under 64 times as long (quadratic); linear is 8 times.
  // Each time is the fastest of three runs, so that other work on the machine does not count.
  const SMALL = 125_000;
  const LARGE = 1_000_000;
  const BOUND = 32;

  const cases: Array<[string, (i: number) => string]> = [
    ["a megabyte of digits, commas and spaces", (i) => "0123456789, ,,1 000"[(i * 7919) % 19]],
    ["one very long line of capacities", (i) => `Alpha Co ${i % 97},000 t/yr plant in Baotou, `],
    ["control characters and binary noise", (i) => String.fromCharCode((i * 2654435761) % 0x2ff)],
    [
      "capitalised words without end",
      (i) => ["Alpha ", "Beta ", "Gamma ", "Corp ", "said ", "(", "BTR", ") "][i % 8],
    ],
    [
      "numbers joined by dashes and 'to'",
      (i) => ["1", "-", "2", " to ", "3,", "000", " t "][i % 7],
    ],
    [
      "a new company in every sentence",
      (i) => `Alpha ${i} Lithium Corp will build a ${(i % 90) + 1},000 t/yr plant in Perth. `,
    ],
    [
      "totals and places after every line",
      (i) =>
        `Beta Corp will add ${(i % 50) + 1},000 tpa, bringing total capacity to ${(i % 70) + 60},000 tpa. The plant is located in Kwinana. `,
    ],
  ];

  test.each(cases)("%s", (_name, piece) => {
    const small = ofSize(SMALL, piece);
    const large = ofSize(LARGE, piece);
    expect(() => extractLines(large)).not.toThrow();
    const ratio = fastest(large) / Math.max(fastest(small), 1);
    expect(ratio).toBeLessThan(BOUND);
  });
});
