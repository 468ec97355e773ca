import { badArgument } from "./errors";
import { Ledger } from "./ledger";
import { Line } from "./line";
import { capacity, Filters, reconcile, select } from "./query";
import { Cell } from "./table";
import { oneOf, quote } from "./text";
import { parseOutputUnit } from "./units";

export const BREAKDOWN_DIMENSIONS = ["company", "material", "status", "country", "year"] as const;
export type Dimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const BREAKDOWN_HEADER = ["group", "capacity", "lines", "undisclosed"];
/** The row that holds what regional totals claim beyond the named lines of any one group. */
export const BEYOND_LINES = "(regional totals beyond the named lines)";

export function parseDimension(text: string): Dimension {
  const d = text.trim().toLowerCase() as Dimension;
  if (!(BREAKDOWN_DIMENSIONS as readonly string[]).includes(d)) {
    throw badArgument(
      `by: ${quote(text)} is not a grouping. Accepted: ${oneOf(BREAKDOWN_DIMENSIONS.map((x) => quote(x)))}.`
    );
  }
  return d;
}

function groupOf(ledger: Ledger, l: Line, by: Dimension): string {
  switch (by) {
    case "company":
      return l.company;
    case "material":
      return ledger.refs.materials.label(l.material);
    case "status":
      return l.status;
    case "country":
      return l.country ?? "";
    case "year":
      return l.announced.slice(0, 4);
  }
}

/** An aggregate counts inside a group only when its whole scope lies in it (a country's total). */
function aggregateGroup(ledger: Ledger, a: Line, by: Dimension): string | null {
  if (by === "country") return a.country;
  if (by === "company") return a.companyRef ? a.company : null;
  return null;
}

/**
 * BREAKDOWN: the query's capacity grouped by company, material, status, country or year, with
 * the same aggregate rule as CAPACITY. Groups add up to the CAPACITY total: what regional totals
 * claim beyond the named lines of a group they do not lie in gets a row of its own.
 */
export function breakdown(
  ledger: Ledger,
  query: string,
  byText: string,
  filters: Filters = {}
): Cell[][] {
  const by = parseDimension(byText);
  const unit = parseOutputUnit(filters.unit);
  const s = select(ledger, query, filters);
  const total = capacity(ledger, query, filters); // throws the same #N/A as CAPACITY
  const lines = s.lines.filter((l) => l.measure === unit.measure);
  const aggregates = s.aggregates.filter((a) => a.measure === unit.measure && a.amount !== null);
  const groups = new Map<
    string,
    { lines: Line[]; aggregates: Line[]; all: number; undisclosed: number }
  >();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { lines: [], aggregates: [], all: 0, undisclosed: 0 }));
    return g;
  };
  for (const l of s.lines) {
    const g = group(groupOf(ledger, l, by));
    g.all++;
    if (l.amount === null) g.undisclosed++;
  }
  for (const l of lines) group(groupOf(ledger, l, by)).lines.push(l);
  for (const a of aggregates) {
    const name = aggregateGroup(ledger, a, by);
    if (name !== null) group(name).aggregates.push(a);
  }
  const rows = [...groups.entries()].map(([name, g]) => {
    const value =
      g.lines.length + g.aggregates.length > 0
        ? reconcile(ledger, g.lines, g.aggregates) / unit.divisor
        : 0;
    return [name, value, g.all, g.undisclosed] as Cell[];
  });
  rows.sort(
    (a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))
  );
  const grouped = rows.reduce((sum, r) => sum + (r[1] as number), 0);
  const beyond = total - grouped;
  // rounding in the divisions aside, what is left is what regional totals add
  if (beyond > total * 1e-9) rows.push([BEYOND_LINES, beyond, 0, 0]);
  rows.push(["total", total, s.lines.length, s.lines.filter((l) => l.amount === null).length]);
  return [[by, ...BREAKDOWN_HEADER.slice(1)], ...rows];
}
