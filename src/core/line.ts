import { Company, CompanyDirectory } from "./company";
import { parseDay } from "./dates";
import { MaterialTaxonomy } from "./material";
import { Gazetteer, Location, PlaceProblem } from "./place";
import { parseStatus, Status, STATUSES } from "./status";
import { fold, oneOf, quote } from "./text";
import { Measure, parseCapacityUnit } from "./units";

export type Kind = "line" | "aggregate";

/** Where a line comes from: the dataset shipped in the add-in, or the user's own workbook. */
export type Origin = "dataset" | "workbook";

export interface Source {
  title: string;
  publisher: string | null;
  url: string;
  date: string | null;
}

/** A line as a source, the dataset file or a tracker row states it: names and numbers, not ids. */
export interface LineRecord {
  id?: string | null;
  /**
   * Names the plant when its reports differ in place or detail (a country first, a site later):
   * reports with the same plant and phase are revisions of one line. Without it, the plant is
   * company + material + place.
   */
  plant?: string | null;
  company: string;
  parent?: string | null;
  material: string;
  capacity: number | null;
  unit: string | null;
  basis?: string | null;
  location: Location;
  status: string;
  kind: Kind;
  phase?: string | null;
  announced: string;
  start?: string | null;
  /** for aggregates: the announcements the total covers ("in the last two months") */
  period?: { from: string | null; to: string | null } | null;
  source: Source;
  note?: string | null;
}

/** One report behind a line, for its history. */
export interface Report {
  reported: string;
  capacity: number | null;
  unit: string | null;
  status: Status;
  source: Source;
}

/**
 * A line resolved against the gazetteer, the taxonomy and the company directory, as one report
 * states it. A line reported several times has one of these per report, each valid from its
 * report until the next one (validFrom, validTo), so a query as of a date sees the latest report
 * known then.
 */
export interface Line {
  /** the line: the same for every report of the plant and phase */
  id: string;
  origin: Origin;
  plant: string;
  /** the record named its plant: its reports on the whole plant give way to later reports of phases */
  plantStated: boolean;
  kind: Kind;
  /** canonical company; for an aggregate over many companies, its label */
  company: string;
  /** null for an aggregate over many companies */
  companyRef: Company | null;
  parent: string | null;
  material: string;
  materialStated: string;
  capacity: number | null;
  unit: string | null;
  measure: Measure | null;
  /** tonnes a year, or GWh a year for cells; null when undisclosed */
  amount: number | null;
  basis: string | null;
  place: string;
  site: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  status: Status;
  phase: string | null;
  /** the line's first announcement */
  announced: string;
  announcedDay: number;
  /** the date of this report (its source's date, else the announcement's) */
  reported: string;
  reportedDay: number;
  /** the days on which this report is the latest known: [validFrom, validTo) */
  validFrom: number;
  validTo: number;
  /** every report of the line known when this one was made, newest first (this one included) */
  reports: Report[];
  start: string | null;
  /** aggregates: first and last day of the announcements covered */
  coversFrom: number;
  coversTo: number;
  source: Source;
  note: string | null;
}

export interface References {
  places: Gazetteer;
  materials: MaterialTaxonomy;
  companies: CompanyDirectory;
}

export const BASES = [
  "product",
  "LCE",
  "contained Ni",
  "contained Co",
  "REO",
  "battery-equivalent",
] as const;

/** "Baotou companies (aggregate)" and "(aggregate)" stand for many companies. */
function isManyCompanies(name: string): boolean {
  return /\(aggregate\)|^aggregate$/i.test(name.trim());
}

function slug(text: string): string {
  return fold(text).replace(/ /g, "-");
}

/**
 * Resolves a record into a line, or lists every problem with it (so a dataset check or a
 * tracker row can say all that is wrong at once).
 */
export function resolveLine(
  r: LineRecord,
  refs: References,
  origin: Origin = "dataset"
): Line | string[] {
  const problems: string[] = [];
  if (typeof r.company !== "string" || r.company.trim() === "") problems.push("no company");
  const material = typeof r.material === "string" ? refs.materials.find(r.material) : undefined;
  if (!material) problems.push(`material ${quote(String(r.material))} is not in the taxonomy`);
  const status = typeof r.status === "string" ? parseStatus(r.status) : undefined;
  if (!status)
    problems.push(`status ${quote(String(r.status))} is not one of ${oneOf(STATUSES.map(quote))}`);
  if (r.kind !== "line" && r.kind !== "aggregate")
    problems.push(`kind ${quote(String(r.kind))} is not "line" or "aggregate"`);

  let unit: ReturnType<typeof parseCapacityUnit> = undefined;
  if (r.capacity !== null) {
    if (typeof r.capacity !== "number" || !Number.isFinite(r.capacity) || r.capacity <= 0) {
      problems.push(`capacity ${quote(String(r.capacity))} is not a positive number`);
    }
    unit = r.unit ? parseCapacityUnit(r.unit) : undefined;
    if (!unit)
      problems.push(
        `unit ${quote(String(r.unit))} is not a capacity unit (t/yr, kt/yr, Mt/yr, t/month, GWh)`
      );
  }
  // a material may be stated in GWh-equivalent; otherwise cells are in GWh, the rest in tonnes
  if (material && unit && unit.measure !== "equivalent" && unit.measure !== material.measure) {
    problems.push(
      `unit ${unit.symbol} does not fit ${material.name} (cells are in GWh, materials in tonnes)`
    );
  }
  if (r.basis != null && !(BASES as readonly string[]).includes(r.basis)) {
    problems.push(`basis ${quote(r.basis)} is not one of ${oneOf(BASES.map(quote))}`);
  }

  const announcedDay = typeof r.announced === "string" ? parseDay(r.announced) : undefined;
  if (announcedDay === undefined)
    problems.push(
      `announced ${quote(String(r.announced))} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`
    );
  if (!r.source || typeof r.source.url !== "string" || !/^https?:\/\/\S+$/.test(r.source.url)) {
    problems.push("no source address (http or https)");
  }
  // a source dated to the month or year ("2024-11") is read no earlier than the announcement
  const sourceDay = r.source?.date ? parseDay(r.source.date) : announcedDay;
  if (sourceDay === undefined) {
    problems.push(`source date ${quote(String(r.source.date))} is not a date (YYYY-MM-DD)`);
  } else if (r.source.date && r.source.date < String(r.announced).slice(0, r.source.date.length)) {
    problems.push(`source date ${r.source.date} is before the announcement (${r.announced})`);
  }
  const reportedDay =
    sourceDay === undefined || announcedDay === undefined
      ? undefined
      : Math.max(sourceDay, announcedDay);
  const from = r.period?.from ? parseDay(r.period.from) : Number.NEGATIVE_INFINITY;
  const to = r.period?.to ? parseDay(r.period.to) : announcedDay;
  if (from === undefined || to === undefined) problems.push("period is not a pair of dates");

  // a user's own lines may name towns the gazetteer lacks; the dataset's must all be in it
  const place = r.location
    ? refs.places.locate(r.location, origin === "workbook")
    : new PlaceProblem("no location");
  if (place instanceof PlaceProblem) problems.push(place.message);

  if (
    problems.length > 0 ||
    !material ||
    !status ||
    announcedDay === undefined ||
    reportedDay === undefined ||
    place instanceof PlaceProblem
  ) {
    return problems;
  }

  const many = r.kind === "aggregate" && isManyCompanies(r.company);
  const company = many ? null : refs.companies.canonical(r.company, r.parent ?? null);
  const plant = r.plant ?? [company ? company.name : r.company, material.id, place.id].join("|");
  const phase = r.phase ?? null;
  const reported = r.source.date && sourceDay! >= announcedDay ? r.source.date : r.announced;
  return {
    id:
      r.id ??
      [plant, phase ?? ""]
        .map(slug)
        .filter((p) => p !== "")
        .join("."),
    origin,
    plant,
    plantStated: Boolean(r.plant),
    kind: r.kind,
    company: company ? company.name : r.company.trim(),
    companyRef: company,
    parent: company && company.parents.length > 0 ? company.parents.join(" / ") : null,
    material: material.id,
    materialStated: r.material,
    capacity: r.capacity,
    unit: unit ? unit.symbol : null,
    measure: unit ? unit.measure : material.measure,
    amount: unit && r.capacity !== null ? r.capacity * unit.factor : null,
    basis: r.basis ?? null,
    place: place.id,
    site: refs.places.levelOf(place.id, "site"),
    city: refs.places.levelOf(place.id, "city"),
    region: refs.places.levelOf(place.id, "region"),
    country: refs.places.levelOf(place.id, "country"),
    status,
    phase,
    announced: r.announced,
    announcedDay,
    reported,
    reportedDay,
    validFrom: reportedDay,
    validTo: Number.POSITIVE_INFINITY,
    reports: [
      { reported, capacity: r.capacity, unit: unit ? unit.symbol : null, status, source: r.source },
    ],
    start: r.start ?? null,
    coversFrom: from as number,
    coversTo: to as number,
    source: r.source,
    note: r.note ?? null,
  };
}
