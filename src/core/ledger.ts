import { Company } from "./company";
import { Line, LineRecord, References, resolveLine } from "./line";

/** A record the ledger could not take, and why. */
export interface Rejected {
  index: number;
  record: LineRecord;
  problems: string[];
}

/**
 * All known lines, with indexes from every place, material and company to the lines under
 * it, so a query touches only the lines it is about, whatever the size of the ledger.
 * A ledger is never changed: new data makes a new ledger (and so a fresh answer cache).
 */
export class Ledger {
  readonly lines: readonly Line[];
  readonly aggregates: readonly Line[];
  private readonly byPlace = new Map<string, number[]>();
  private readonly byMaterial = new Map<string, number[]>();
  private readonly byCompany = new Map<Company, number[]>();
  /** for each line and aggregate, the aggregates whose totals include it, narrowest first */
  private readonly coverers = new Map<Line, Line[]>();
  private readonly ranks = new Map<Line, number>();
  /** answers already computed, by their normalised arguments */
  readonly answers = new Map<string, unknown>();

  constructor(
    readonly refs: References,
    all: readonly Line[],
    readonly version: string
  ) {
    chainReports(all);
    this.lines = all.filter((l) => l.kind === "line");
    this.aggregates = all.filter((l) => l.kind === "aggregate");
    this.lines.forEach((line, i) => {
      for (const p of refs.places.ancestors(line.place)) push(this.byPlace, p.id, i);
      for (const m of refs.materials.ancestors(line.material)) push(this.byMaterial, m.id, i);
      if (line.companyRef)
        for (const c of refs.companies.lineage(line.companyRef)) push(this.byCompany, c, i);
    });
    this.indexCoverage();
  }

  /**
   * Which aggregates include which lines never changes with the query, so it is worked out
   * once here; a query then only picks, per line, the first of its coverers that it counts.
   */
  private indexCoverage(): void {
    const { places, materials } = this.refs;
    const order = [...this.aggregates].sort(
      (a, b) =>
        places.depth(b.place) - places.depth(a.place) ||
        materials.depth(b.material) - materials.depth(a.material) ||
        a.coversTo - a.coversFrom - (b.coversTo - b.coversFrom) ||
        a.id.localeCompare(b.id) ||
        a.reportedDay - b.reportedDay
    );
    order.forEach((a, i) => this.ranks.set(a, i));
    for (const outer of order) {
      for (const i of this.underPlace(outer.place)) {
        const line = this.lines[i];
        if (covers(this, outer, line)) push(this.coverers, line, outer);
      }
      for (const inner of this.aggregates) {
        if (inner.id !== outer.id && covers(this, outer, inner)) push(this.coverers, inner, outer);
      }
    }
  }

  /** The aggregates whose totals include this line or aggregate, narrowest first. */
  coverersOf(line: Line): readonly Line[] {
    return this.coverers.get(line) ?? [];
  }

  /** An aggregate's place in the narrowest-first order. */
  rank(aggregate: Line): number {
    return this.ranks.get(aggregate) ?? -1;
  }

  /** Resolves records into a ledger; records that cannot be lines are returned with their problems. */
  static fromRecords(
    records: readonly LineRecord[],
    refs: References,
    version: string
  ): { ledger: Ledger; rejected: Rejected[] } {
    const lines: Line[] = [];
    const rejected: Rejected[] = [];
    records.forEach((record, index) => {
      const line = resolveLine(record, refs);
      if (Array.isArray(line)) rejected.push({ index, record, problems: line });
      else lines.push(line);
    });
    return { ledger: new Ledger(refs, lines, version), rejected };
  }

  underPlace(id: string): readonly number[] {
    return this.byPlace.get(id) ?? [];
  }

  underMaterial(id: string): readonly number[] {
    return this.byMaterial.get(id) ?? [];
  }

  ofCompany(company: Company): readonly number[] {
    return this.byCompany.get(company) ?? [];
  }

  /** Remembers an answer for these arguments (answers never go stale: the ledger does not change). */
  remember<T>(key: string, compute: () => T): T {
    const known = this.answers.get(key);
    if (known !== undefined) return known as T;
    const value = compute();
    // a bound on memory, not an eviction policy: a workbook repeats far fewer distinct formulas
    if (this.answers.size > 200000) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }
}

/**
 * Links the reports of each line into a history: each report is the line's state from its date
 * until the next report, and a report on a named plant as a whole gives way to later reports of
 * its phases (an unnamed plant's phase-less line is its first phase, not a summary). Reports of the same day both stay in the history (a conflict shown side by side); the
 * later one in the data counts.
 */
function chainReports(all: readonly Line[]): void {
  const byLine = new Map<string, Line[]>();
  const firstPhaseReport = new Map<string, number[]>();
  for (const line of all) {
    const versions = byLine.get(line.id);
    if (versions) versions.push(line);
    else byLine.set(line.id, [line]);
    if (line.phase !== null) push(firstPhaseReport, line.plant, line.reportedDay);
  }
  for (const versions of byLine.values()) {
    // stable: same-day reports keep their order in the data
    versions.sort((a, b) => a.reportedDay - b.reportedDay);
    const first = versions.reduce((a, b) => (b.announcedDay < a.announcedDay ? b : a));
    const own = new Map(versions.map((v) => [v, v.reports[0]]));
    versions.forEach((v, i) => {
      v.announced = first.announced;
      v.announcedDay = first.announcedDay;
      const next = versions[i + 1];
      v.validTo = next ? next.reportedDay : Number.POSITIVE_INFINITY;
      v.reports = versions
        .filter((w) => w.reportedDay <= v.reportedDay)
        .reverse()
        .map((w) => own.get(w)!);
      if (v.phase === null && v.plantStated) {
        const later = (firstPhaseReport.get(v.plant) ?? []).filter((d) => d >= v.validFrom);
        if (later.length > 0) v.validTo = Math.min(v.validTo, Math.min(...later));
      }
    });
  }
}

/** True when an aggregate's total includes this line (or this narrower aggregate). */
function covers(ledger: Ledger, outer: Line, inner: Line): boolean {
  const { places, materials } = ledger.refs;
  return (
    places.contains(outer.place, inner.place) &&
    materials.contains(outer.material, inner.material) &&
    (outer.companyRef === null || outer.companyRef === inner.companyRef) &&
    (inner.kind === "aggregate"
      ? outer.coversFrom <= inner.coversFrom && inner.coversTo <= outer.coversTo
      : outer.coversFrom <= inner.announcedDay && inner.announcedDay <= outer.coversTo)
  );
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
