/*
 * The plain scan: one loop over every line, summing the capacity of those that match. No
 * index, no cache; what the obvious code over an array of line objects does.
 */
import { Line } from "../src/core/line";
import { STATUSES } from "../src/core/status";
import { Measure } from "../src/core/units";
import { MATERIALS } from "../src/data/materials";
import { BenchQuery } from "./queries";

export interface ScanCriteria {
  country: string | null;
  region: string | null;
  city: string | null;
  company: string | null;
  /** the material ids a line may have (the named material and its kinds); null for any */
  materials: ReadonlySet<string> | null;
  statuses: ReadonlySet<string>;
  asOfDay: number;
  measure: Measure;
  divisor: number;
}

/** The material and every kind of it, by the material's name. */
function materialIds(name: string): Set<string> {
  const root = MATERIALS.find((m) => m.name === name);
  if (!root) throw new Error(`no material is named ${name}`);
  const ids = new Set([root.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of MATERIALS) {
      if (m.parent !== null && ids.has(m.parent) && !ids.has(m.id)) {
        ids.add(m.id);
        grew = true;
      }
    }
  }
  return ids;
}

function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((id) => b.has(id)));
}

export function today(): number {
  return Math.floor(Date.now() / 86400000);
}

/** What a query asks, as fields to compare: the scan's whole understanding of a query. */
export function scanCriteria(q: BenchQuery): ScanCriteria {
  const statuses =
    q.status === null
      ? STATUSES.filter((s) => s !== "shelved" && s !== "cancelled")
      : q.status === "all"
        ? STATUSES
        : [q.status];
  const unit = q.unit ?? "t";
  return {
    country: q.kind === "country" ? q.query : null,
    region: q.kind === "region" ? q.query : null,
    city: q.kind === "city" ? q.query : null,
    company: q.kind === "company" ? q.query : null,
    materials: intersect(
      q.kind === "material" ? materialIds(q.query) : null,
      q.material === null ? null : materialIds(q.material)
    ),
    statuses: new Set(statuses),
    asOfDay: q.asOf === null ? today() : Date.parse(q.asOf) / 86400000,
    measure: unit === "GWh" ? "energy" : "mass",
    divisor: unit === "kt" ? 1000 : unit === "Mt" ? 1e6 : 1,
  };
}

/** Capacity a year of the lines that match, in the unit asked. */
export function scanCapacity(lines: readonly Line[], c: ScanCriteria): number {
  let total = 0;
  for (const line of lines) {
    if (line.amount === null || line.measure !== c.measure) continue;
    if (line.announcedDay > c.asOfDay || !c.statuses.has(line.status)) continue;
    if (c.country !== null && line.country !== c.country) continue;
    if (c.region !== null && line.region !== c.region) continue;
    if (c.city !== null && line.city !== c.city) continue;
    if (c.company !== null && line.company !== c.company && line.parent !== c.company) continue;
    if (c.materials !== null && !c.materials.has(line.material)) continue;
    total += line.amount;
  }
  return total / c.divisor;
}
