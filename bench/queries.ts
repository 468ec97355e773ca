/*
 * The queries the benchmark evaluates: the same number of each kind (country, region, city,
 * company, material), a part of them with a material, status, as-of or unit argument.
 */
import { Ledger } from "../src/core/ledger";
import { MATERIALS } from "../src/data/materials";
import { BenchCompany, prng } from "./generate";
import { scanCapacity, scanCriteria } from "./scan";

export const KINDS = ["country", "region", "city", "company", "material"] as const;
export type Kind = (typeof KINDS)[number];

/** One CT.CAPACITY formula: its query and optional arguments (null when left out). */
export interface BenchQuery {
  kind: Kind;
  query: string;
  material: string | null;
  status: string | null;
  asOf: string | null;
  unit: string | null;
}

export const AS_OF_DATES = ["2019-12-31", "2022-06-30", "2024-12-31"];

/** The formula a user would type, for messages. */
export function formula(q: BenchQuery): string {
  const args = [q.query, q.material, q.status, q.asOf, q.unit];
  while (args.length > 1 && args[args.length - 1] === null) args.pop();
  return `=CT.CAPACITY(${args.map((a) => (a === null ? "" : `"${a}"`)).join(", ")})`;
}

const hasChildren = new Set(MATERIALS.map((m) => m.parent));
const TOP = MATERIALS.filter((m) => m.parent === "all");
/** Materials a query or filter names: whole groups and precise materials (no middle levels). */
const NAMED = MATERIALS.filter(
  (m) => m.parent === "all" || (m.parent !== null && !hasChildren.has(m.id))
);

function topOf(id: string): string {
  let node = MATERIALS.find((m) => m.id === id)!;
  while (node.parent !== "all" && node.parent !== null)
    node = MATERIALS.find((m) => m.id === node.parent)!;
  return node.id;
}

/** Place names of one level that lines use and that name one place only. */
function placeNames(ledger: Ledger, level: "country" | "region" | "city"): string[] {
  const counts = new Map<string, number>();
  for (const line of ledger.lines) {
    const name = line[level];
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.keys()]
    .filter((name) => ledger.refs.places.find(name).filter((p) => p.kind !== "world").length === 1)
    .sort();
}

/**
 * `perKind` distinct queries of each kind, in kind order, each matching at least one line with
 * a stated capacity (a query that matches nothing is #N/A in Excel, 0 in a scan or SUMIFS).
 */
export function benchQueries(
  ledger: Ledger,
  companies: readonly BenchCompany[],
  perKind = 40,
  seed = 7
): BenchQuery[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const groups = companies.filter((c) => companies.some((s) => s.parent === c.name));
  const names: Record<Kind, () => string> = {
    country: (
      (all) => () =>
        pick(all)
    )(placeNames(ledger, "country")),
    region: (
      (all) => () =>
        pick(all)
    )(placeNames(ledger, "region")),
    city: (
      (all) => () =>
        pick(all)
    )(placeNames(ledger, "city")),
    // groups with subsidiaries, their subsidiaries and companies on their own
    company: () => (random() < 0.3 ? pick(groups) : pick(companies)).name,
    material: () => pick(NAMED).name,
  };

  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  for (const kind of KINDS) {
    let found = 0;
    for (let attempt = 0; found < perKind && attempt < perKind * 100; attempt++) {
      const q = withFilters(kind, names[kind](), random, pick);
      const key = JSON.stringify(q);
      if (seen.has(key) || scanCapacity(ledger.lines, scanCriteria(q)) <= 0) continue;
      seen.add(key);
      out.push(q);
      found++;
    }
    if (found < perKind) throw new Error(`only ${found} ${kind} queries match any line`);
  }
  return out;
}

function withFilters(
  kind: Kind,
  query: string,
  random: () => number,
  pick: <T>(items: readonly T[]) => T
): BenchQuery {
  const q: BenchQuery = { kind, query, material: null, status: null, asOf: null, unit: null };
  const u = random();
  if (kind === "material") {
    const node = MATERIALS.find((m) => m.name === query)!;
    if (u < 0.15) {
      // narrow a group to one of its materials, or name a material's group again
      const inside = NAMED.filter((m) => m.parent !== "all" && topOf(m.id) === node.id);
      q.material =
        node.parent === "all"
          ? inside.length > 0
            ? pick(inside).name
            : null
          : MATERIALS.find((m) => m.id === topOf(node.id))!.name;
    }
  } else if (u < 0.2) {
    q.material = pick([...TOP, ...NAMED.filter((m) => m.parent !== "all")]).name;
  }
  const v = random();
  if (v < 0.15) q.status = "operating";
  else if (v < 0.2) q.status = "all";
  if (random() < 0.15) q.asOf = pick(AS_OF_DATES);
  const measured = MATERIALS.find(
    (m) => m.name === (q.material ?? (kind === "material" ? query : ""))
  );
  if (measured?.measure === "energy") q.unit = "GWh";
  else if (random() < 0.1) q.unit = "kt";
  return q;
}
