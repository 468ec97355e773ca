import { Company } from "./company";
import { EXCEL_MAX_SERIAL, excelSerialToDay, parseDay } from "./dates";
import { badArgument, CaptrackError, notAvailable } from "./errors";
import { Ledger } from "./ledger";
import { Line } from "./line";
import { ROOT_MATERIAL } from "./material";
import { WORLD } from "./place";
import { parseStatusFilter, Status } from "./status";
import { closest } from "./suggest";
import { fold, oneOf, quote } from "./text";
import { OutputUnit, parseOutputUnit, unitFor } from "./units";

/** What a query names: every line, a place, a company (with its subsidiaries) or a material. */
export type Target =
  | { kind: "all"; label: string }
  | { kind: "place"; id: string; label: string }
  | { kind: "company"; company: Company; label: string }
  | { kind: "material"; id: string; label: string };

/** Optional arguments, as a formula or the command line gives them. */
export interface Filters {
  material?: string | null;
  status?: string | null;
  /** an ISO date, or an Excel date serial number */
  asOf?: string | number | null;
  unit?: string | null;
}

/** The lines a query and its filters select. */
export interface Selection {
  target: Target;
  /** the material subtree the lines are in (the query's, narrowed by the material filter) */
  material: string;
  statuses: ReadonlySet<Status>;
  asOfDay: number;
  /** itemized lines that match */
  lines: readonly Line[];
  /** aggregates that match and lie wholly inside the query's scope */
  aggregates: readonly Line[];
}

/** A query resolved to what it names. Unknown names are #N/A with the closest names suggested. */
export function resolveTarget(ledger: Ledger, query: string): Target {
  const text = query.trim();
  if (text === "")
    throw badArgument(
      `query is empty. Accepted: a place, company or material, or "*" for every line.`
    );
  if (text === "*" || fold(text) === "all") return { kind: "all", label: "all lines" };
  const { places, companies, materials } = ledger.refs;

  const found = places.find(text).filter((p) => p.id !== WORLD);
  if (found.length > 0) {
    // a name that is both a region and its own city (Antofagasta) means the larger place
    const outer = found.filter((p) => found.every((q) => places.contains(p.id, q.id)));
    if (outer.length === 0) throw notAvailable(places.ambiguity(text, found));
    return { kind: "place", id: outer[0].id, label: outer[0].name };
  }
  const company = companies.exact(text);
  if (company) return { kind: "company", company, label: company.name };
  const material = materials.find(text);
  if (material) return { kind: "material", id: material.id, label: material.name };
  const prefixed = companies.find(text);
  if (prefixed && "company" in prefixed)
    return { kind: "company", company: prefixed.company, label: prefixed.company.name };
  if (prefixed && "ambiguous" in prefixed) {
    const names = prefixed.ambiguous.map((c) => quote(c.name));
    throw notAvailable(
      `${quote(text)} is the start of several companies: ${oneOf(names.slice(0, 5))}. Type more of the name.`
    );
  }
  const near = closest(text, allNames(ledger));
  const hint = near.length > 0 ? ` Did you mean ${oneOf(near.map(quote))}?` : "";
  throw notAvailable(`no place, company or material is called ${quote(text)}.${hint}`);
}

function allNames(ledger: Ledger): string[] {
  const { places, companies, materials } = ledger.refs;
  const names: string[] = [];
  for (const p of places.all())
    if (p.kind !== "world") names.push(p.name, ...(p.aliases ?? []).filter((a) => a.length > 2));
  for (const c of companies.all()) names.push(c.name, ...c.aliases);
  for (const m of materials.all()) names.push(m.name);
  return names;
}

/** The as-of argument: an Excel date serial or an ISO date; none means today. */
export function parseAsOf(asOf: string | number | null | undefined): number {
  if (asOf === null || asOf === undefined || asOf === "") return Math.floor(Date.now() / 86400000);
  if (typeof asOf === "number") {
    if (!Number.isFinite(asOf) || asOf < 1 || asOf > EXCEL_MAX_SERIAL) {
      throw badArgument(
        `asOf: ${asOf} is not a date. Accepted: a date cell, a date serial from 1 to ${EXCEL_MAX_SERIAL}, or text such as "2019-06-30".`
      );
    }
    return excelSerialToDay(asOf);
  }
  const day = parseDay(asOf);
  if (day === undefined) {
    throw badArgument(
      `asOf: ${quote(asOf)} is not a date. Accepted: a date cell or text such as "2019-06-30" (YYYY-MM-DD).`
    );
  }
  return day;
}

/** The arguments as one string (a separator no cell text holds; a number as-of marked apart). */
function filterKey(query: string, f: Filters): string {
  const asOf = typeof f.asOf === "number" ? `#${f.asOf}` : (f.asOf ?? "");
  return `${query.trim().toLowerCase()}\u0000${f.material ?? ""}\u0000${f.status ?? ""}\u0000${asOf}`;
}

/** Remembers errors as well as answers: a sheet full of the same bad formula costs one check. */
function cached<T>(ledger: Ledger, key: string, compute: () => T): T {
  const outcome = ledger.remember(key, () => {
    try {
      return { value: compute() };
    } catch (e) {
      if (e instanceof CaptrackError) return { error: e };
      throw e;
    }
  });
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

export function select(ledger: Ledger, query: string, filters: Filters = {}): Selection {
  // as-of "today" must not be remembered across days
  const key =
    "select" +
    filterKey(query, filters) +
    (filters.asOf == null ? Math.floor(Date.now() / 86400000) : "");
  return cached(ledger, key, () => selectNow(ledger, query, filters));
}

function selectNow(ledger: Ledger, query: string, filters: Filters): Selection {
  const target = resolveTarget(ledger, query);
  const statuses = parseStatusFilter(filters.status);
  const asOfDay = parseAsOf(filters.asOf);
  const { places, materials, companies } = ledger.refs;

  let material = target.kind === "material" ? target.id : ROOT_MATERIAL;
  if (filters.material != null && filters.material.trim() !== "") {
    const wanted = materials.resolve(filters.material).id;
    if (materials.contains(material, wanted)) material = wanted;
    else if (!materials.contains(wanted, material)) {
      throw notAvailable(
        `no line can be both ${quote(materials.label(material))} and ${quote(materials.label(wanted))}.`
      );
    }
  }

  const candidates =
    target.kind === "place"
      ? ledger.underPlace(target.id)
      : target.kind === "company"
        ? ledger.ofCompany(target.company)
        : ledger.underMaterial(material);
  const lines: Line[] = [];
  for (const i of candidates) {
    const line = ledger.lines[i];
    if (
      line.validFrom <= asOfDay &&
      asOfDay < line.validTo &&
      statuses.has(line.status) &&
      materials.contains(material, line.material)
    ) {
      lines.push(line);
    }
  }

  // an aggregate counts only when the query's scope holds the aggregate's whole scope
  const aggregates = ledger.aggregates.filter((a) => {
    if (
      a.validFrom > asOfDay ||
      asOfDay >= a.validTo ||
      !statuses.has(a.status) ||
      !materials.contains(material, a.material)
    )
      return false;
    if (target.kind === "place") return places.contains(target.id, a.place);
    if (target.kind === "company")
      return a.companyRef !== null && companies.lineage(a.companyRef).includes(target.company);
    return true;
  });
  return { target, material, statuses, asOfDay, lines, aggregates };
}

export function reconcile(
  ledger: Ledger,
  lines: readonly Line[],
  aggregates: readonly Line[]
): number {
  if (aggregates.length === 0) return lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
  const inScope = new Set(aggregates);
  // narrowest first, so each line and aggregate is owned by the narrowest aggregate that covers it
  const order = [...aggregates].sort((a, b) => ledger.rank(a) - ledger.rank(b));
  const covered = new Map<Line, number>(order.map((a) => [a, 0]));
  let loose = 0;
  for (const line of lines) {
    const owner = ledger.coverersOf(line).find((a) => inScope.has(a));
    if (owner) covered.set(owner, covered.get(owner)! + (line.amount ?? 0));
    else loose += line.amount ?? 0;
  }
  let total = loose;
  for (const agg of order) {
    const value = Math.max(agg.amount ?? 0, covered.get(agg)!);
    // an aggregate inside a wider one adds to that one's covered sum instead of the total
    const owner = ledger
      .coverersOf(agg)
      .find((a) => inScope.has(a) && ledger.rank(a) > ledger.rank(agg));
    if (owner) covered.set(owner, covered.get(owner)! + value);
    else total += value;
  }
  return total;
}

function describe(s: Selection, ledger: Ledger): string {
  const parts = [quote(s.target.label)];
  if (
    s.material !== ROOT_MATERIAL &&
    (s.target.kind !== "material" || s.target.id !== s.material)
  ) {
    parts.push(`material ${quote(ledger.refs.materials.label(s.material))}`);
  }
  return parts.join(", ");
}

function lineName(ledger: Ledger, l: Line): string {
  const where = l.site ?? l.city ?? l.region ?? l.country;
  return `${l.company}, ${ledger.refs.materials.label(l.material)} (${where}${l.phase ? `, ${l.phase}` : ""})`;
}

/** CAPACITY: announced capacity a year in the unit asked (t by default). */
export function capacity(ledger: Ledger, query: string, filters: Filters = {}): number {
  // the key is made of the arguments as given: a recalculation repeats them exactly
  const key =
    "capacity" +
    filterKey(query, filters) +
    (filters.unit ?? "") +
    (filters.asOf == null ? Math.floor(Date.now() / 86400000) : "");
  return cached(ledger, key, () => {
    const unit: OutputUnit = parseOutputUnit(filters.unit);
    const s = select(ledger, query, filters);
    const lines = s.lines.filter((l) => l.measure === unit.measure);
    const aggregates = s.aggregates.filter((a) => a.measure === unit.measure && a.amount !== null);
    if (s.lines.length === 0 && aggregates.length === 0) {
      throw notAvailable(`no announced line matches ${describe(s, ledger)} with these filters.`);
    }
    const stated = lines.filter((l) => l.amount !== null);
    if (stated.length === 0 && aggregates.length === 0) {
      if (lines.length === 0) {
        const other = unitFor(s.lines[0].measure ?? "mass").symbol;
        throw notAvailable(
          `the ${s.lines.length} line(s) matching ${describe(s, ledger)} are measured in ${other}, not ${unit.symbol}. Use unit "${other}".`
        );
      }
      const names = lines.slice(0, 3).map((l) => lineName(ledger, l));
      const more = lines.length > 3 ? ` and ${lines.length - 3} more` : "";
      throw notAvailable(
        `capacity not disclosed: ${lines.length} line(s) match ${describe(s, ledger)} but none states a capacity (${names.join("; ")}${more}).`
      );
    }
    return reconcile(ledger, stated, aggregates) / unit.divisor;
  });
}

/** COUNT: matching production lines, undisclosed ones included (aggregates are totals, not lines). */
export function count(ledger: Ledger, query: string, filters: Filters = {}): number {
  return select(ledger, query, filters).lines.length;
}

/** LINES: the lines behind CAPACITY, largest first, then the aggregates that count. */
export function linesOf(ledger: Ledger, query: string, filters: Filters = {}): Line[] {
  const s = select(ledger, query, filters);
  if (s.lines.length === 0 && s.aggregates.length === 0) {
    throw notAvailable(`no announced line matches ${describe(s, ledger)} with these filters.`);
  }
  const byAmount = (a: Line, b: Line) =>
    (b.amount ?? -1) - (a.amount ?? -1) ||
    a.company.localeCompare(b.company) ||
    a.id.localeCompare(b.id);
  return [...[...s.lines].sort(byAmount), ...[...s.aggregates].sort(byAmount)];
}
