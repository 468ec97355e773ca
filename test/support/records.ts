import { readFileSync } from "fs";
import { join } from "path";
import { Ledger } from "../../src/core/ledger";
import { LineRecord } from "../../src/core/line";
import { references } from "../../src/data/references";

const SOURCE = {
  title: "Test source",
  publisher: "Test",
  url: "https://example.org/test",
  date: "2020-01-01",
};

/** A line record with sensible defaults, for building small ledgers in tests. */
export function record(
  over: Partial<LineRecord> & { city?: string; region?: string; country?: string }
): LineRecord {
  const { city, region, country, ...rest } = over;
  return {
    company: "Test Co",
    material: "lithium hydroxide",
    capacity: 1000,
    unit: "t/yr",
    location: {
      site: null,
      city: city ?? null,
      region: region ?? null,
      country: country ?? "China",
    },
    status: "operating",
    kind: "line",
    announced: "2020-01-01",
    ...rest,
    source: rest.source ?? { ...SOURCE, date: rest.announced ?? SOURCE.date },
  };
}

export function ledgerOf(records: LineRecord[]): Ledger {
  const { ledger, rejected } = Ledger.fromRecords(records, references(), "test");
  if (rejected.length > 0) throw new Error(JSON.stringify(rejected.map((r) => r.problems)));
  return ledger;
}

/** The seven lines the seed articles announce, alone: DESIGN.md's table is stated on them. */
export function seedLedger(): Ledger {
  const text = readFileSync(join(__dirname, "..", "fixtures", "seed-lines.jsonl"), "utf8");
  return ledgerOf(
    text
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as LineRecord)
  );
}
