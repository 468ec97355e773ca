/*
 * A generated ledger for the benchmark: 100,000 production lines at real places and materials,
 * ~2,000 invented companies, and a few hundred aggregates. Deterministic for a given seed.
 */
import { LineRecord } from "../src/core/line";
import { MaterialNode } from "../src/core/material";
import { Location, PlaceNode, WORLD } from "../src/core/place";
import { Status } from "../src/core/status";
import { MATERIALS } from "../src/data/materials";
import { PLACES } from "../src/data/places";

export interface GenerateOptions {
  lines: number;
  aggregates: number;
  companies: number;
  seed: number;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  lines: 100_000,
  aggregates: 300,
  companies: 2_000,
  seed: 20151231,
};

/** mulberry32: small, fast and seeded, so every run measures the same ledger. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function int(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Picks by weight, with a cumulative table built once. */
function weighted<T>(items: readonly T[], weights: readonly number[]): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (random) => {
    const x = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > x) high = mid;
      else low = mid + 1;
    }
    return items[low];
  };
}

/** Zipf-like weights: a few large producers (or countries), a long tail of small ones. */
function zipf(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}

const DAY_FIRST = Date.UTC(2015, 0, 1) / 86400000;
const DAY_LAST = Date.UTC(2026, 11, 31) / 86400000;

export function isoDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// --- companies -------------------------------------------------------------------------------

const HEADS = ["Al", "Bor", "Cal", "Dor", "Ev", "Fen", "Gal", "Har", "Ix", "Jor", "Kel", "Lum"];
const MORE_HEADS = [
  "Mor",
  "Nor",
  "Or",
  "Pel",
  "Quin",
  "Ros",
  "Sel",
  "Tor",
  "Ul",
  "Ver",
  "Wyn",
  "Zel",
];
const MIDDLES = ["a", "e", "i", "o", "u", "ar", "en", "is", "on", "el"];
const TAILS = ["dale", "ford", "mont", "rix", "ton", "vane", "wick", "stone", "crest", "gate"];
const SECTORS = [
  "Materials",
  "Resources",
  "New Energy",
  "Mining",
  "Chemicals",
  "Metals",
  "Battery Technology",
  "Minerals",
];

export interface BenchCompany {
  name: string;
  /** the parent's name, for subsidiaries */
  parent: string | null;
}

/**
 * Invented company names ("Borendale Materials"), none a place, material or legal form. The
 * first tenth are groups; a tenth of the rest are subsidiaries of one of them.
 */
export function companies(count: number, random: Random): BenchCompany[] {
  const heads = [...HEADS, ...MORE_HEADS];
  const names: string[] = [];
  const seen = new Set<string>();
  while (names.length < count) {
    const word = pick(random, heads) + pick(random, MIDDLES) + pick(random, TAILS);
    const name = `${word} ${pick(random, SECTORS)}`;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  const groups = Math.max(1, Math.floor(count / 10));
  return names.map((name, i) => ({
    name,
    parent: i >= groups && random() < 0.1 ? names[Math.floor(random() * groups)] : null,
  }));
}

// --- places and materials --------------------------------------------------------------------

interface PlaceChoice {
  node: PlaceNode;
  location: Location;
}

function locationOf(node: PlaceNode, byId: Map<string, PlaceNode>): Location {
  const location: Location = { site: null, city: null, region: null, country: null };
  for (let n: PlaceNode | undefined = node; n && n.id !== WORLD; n = byId.get(n.parent ?? "")) {
    if (n.kind === "country") location.country = n.name;
    else if (n.kind === "region") location.region = n.name;
    else if (n.kind === "city") location.city = n.name;
  }
  return location;
}

/** A place picker: countries by a Zipf weight; then the country itself, a region or a city. */
function placePicker(random: Random): (random: Random) => PlaceChoice {
  const byId = new Map(PLACES.map((p) => [p.id, p]));
  const countries = PLACES.filter((p) => p.kind === "country");
  // a fixed shuffle, so the largest country is not simply the first in the gazetteer
  const order = [...countries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => [random(), c] as const);
  order.sort((a, b) => a[0] - b[0]);
  const china = countries.find((c) => c.iso === "CN");
  const ranked = [...(china ? [china] : []), ...order.map(([, c]) => c).filter((c) => c !== china)];
  const country = weighted(ranked, zipf(ranked.length, 0.9));
  const children = (id: string) => PLACES.filter((p) => p.parent === id);
  const regions = new Map(countries.map((c) => [c.id, children(c.id)]));
  const cities = new Map(
    PLACES.filter((p) => p.kind === "region").map((r) => [
      r.id,
      children(r.id).filter((p) => p.kind === "city"),
    ])
  );
  return (r) => {
    let node = country(r);
    const inCountry = regions.get(node.id) ?? [];
    if (inCountry.length > 0 && r() < 0.85) {
      node = pick(r, inCountry);
      const inRegion = cities.get(node.id) ?? [];
      if (inRegion.length > 0 && r() < 0.6) node = pick(r, inRegion);
    }
    return { node, location: locationOf(node, byId) };
  };
}

/** Lines are mostly of a precise material (a leaf of the taxonomy), some of a whole group. */
function materialPicker(): (random: Random) => MaterialNode {
  const candidates = MATERIALS.filter((m) => m.parent !== null);
  const hasChildren = new Set(MATERIALS.map((m) => m.parent));
  return weighted(
    candidates,
    candidates.map((m) => (hasChildren.has(m.id) ? 0.3 : 1))
  );
}

const STATUS_WEIGHTS: Array<[Status, number]> = [
  ["talks", 4],
  ["agreement signed", 8],
  ["announced", 14],
  ["approved", 8],
  ["under construction", 16],
  ["commissioning", 6],
  ["operating", 34],
  ["shelved", 6],
  ["cancelled", 4],
];

function capacityOf(random: Random, material: MaterialNode): Pick<LineRecord, "capacity" | "unit"> {
  if (random() < 0.05) return { capacity: null, unit: null };
  if (material.measure === "energy") return { capacity: int(random, 1, 60), unit: "GWh" };
  const u = random();
  if (u < 0.6) return { capacity: int(random, 1, 100), unit: "kt/yr" };
  if (u < 0.9) return { capacity: int(random, 100, 50_000), unit: "t/yr" };
  return { capacity: int(random, 10, 2_000), unit: "t/month" };
}

function source(n: number, day: number) {
  return {
    title: `Generated announcement ${n}`,
    publisher: "Bench",
    url: `https://example.org/bench/${n}`,
    date: isoDay(day),
  };
}

// --- the ledger ------------------------------------------------------------------------------

export interface Generated {
  records: LineRecord[];
  companies: BenchCompany[];
}

/** Tonnes a year of a record, as the ledger will read it. */
function tonnes(r: LineRecord): number {
  if (r.capacity === null) return 0;
  if (r.unit === "kt/yr") return r.capacity * 1000;
  if (r.unit === "t/month") return r.capacity * 12;
  if (r.unit === "t/yr") return r.capacity;
  return 0;
}

/**
 * Lines, then aggregates. Every record is a plant of its own (one report each, no revisions),
 * so what a line states holds from its announcement on, as a table row does for SUMIFS.
 * Aggregates follow the lines. Each aggregate has a (country, material) of its own, so no two
 * overlap, and states half of what the operating lines it covers add up to: the reconciled
 * total of any query is then the plain sum of its lines, the answer SUMIFS and a plain scan
 * give, while the add-in still does all its reconciliation work.
 */
export function generate(options: GenerateOptions = DEFAULT_OPTIONS): Generated {
  const random = prng(options.seed);
  const firms = companies(options.companies, random);
  const firm = weighted(firms, zipf(firms.length, 0.7));
  const place = placePicker(random);
  const material = materialPicker();
  const status = weighted(
    STATUS_WEIGHTS.map(([s]) => s),
    STATUS_WEIGHTS.map(([, w]) => w)
  );

  const records: LineRecord[] = [];
  for (let n = 1; n <= options.lines; n++) {
    const company = firm(random);
    const where = place(random);
    const what = material(random);
    const day = int(random, DAY_FIRST, DAY_LAST);
    const location = { ...where.location };
    if (location.city !== null && random() < 0.1)
      location.site = `${location.city} Industrial Park ${int(random, 1, 4)}`;
    records.push({
      id: `bench-${n}`,
      plant: `bench-${n}`,
      company: company.name,
      parent: company.parent,
      material: what.name,
      ...capacityOf(random, what),
      location,
      status: status(random),
      kind: "line",
      phase: random() < 0.1 ? `phase ${int(random, 1, 3)}` : null,
      announced: isoDay(day),
      source: source(n, day),
    });
  }
  records.push(...aggregates(records, firms, options.aggregates, random));
  return { records, companies: firms };
}

function aggregates(
  lines: LineRecord[],
  firms: BenchCompany[],
  count: number,
  random: Random
): LineRecord[] {
  const leaves = new Set(
    MATERIALS.filter((m) => m.measure === "mass" && !MATERIALS.some((c) => c.parent === m.id)).map(
      (m) => m.name
    )
  );
  const top = firms.slice(0, 100).map((f) => f.name);
  const used = new Set<string>();
  const out: LineRecord[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    // a line picked at random gives a (country, material) where there is activity
    const seed = pick(random, lines);
    const country = seed.location.country!;
    if (!leaves.has(seed.material) || used.has(`${country}|${seed.material}`)) continue;
    const atRegion = seed.location.region !== null && random() < 0.5;
    const region = atRegion ? seed.location.region : null;
    const company = random() < 0.3 ? pick(random, top) : null;
    const from = int(random, DAY_FIRST, DAY_LAST - 3 * 365);
    const to = from + int(random, 365, 3 * 365);
    const fromDay = isoDay(from);
    const toDay = isoDay(to);
    let covered = 0;
    for (const l of lines) {
      if (
        l.status === "operating" &&
        l.material === seed.material &&
        l.location.country === country &&
        (region === null || l.location.region === region) &&
        (company === null || l.company === company) &&
        fromDay <= l.announced &&
        l.announced <= toDay
      ) {
        covered += tonnes(l);
      }
    }
    const amount = Math.floor(covered / 2);
    if (amount < 1) continue;
    used.add(`${country}|${seed.material}`);
    const where = region ?? country;
    const id = `bench-aggregate-${out.length + 1}`;
    out.push({
      id,
      plant: id,
      company: company ?? `${where} ${seed.material} producers (aggregate)`,
      material: seed.material,
      capacity: amount,
      unit: "t/yr",
      location: { site: null, city: null, region, country },
      status: "operating",
      kind: "aggregate",
      announced: toDay,
      period: { from: fromDay, to: toDay },
      source: source(lines.length + out.length + 1, to),
    });
  }
  return out;
}
