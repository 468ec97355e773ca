/*
 * Lines proposed by an article, under review before they join the Tracker: the extractor's
 * lines as the fields a user edits, checked by the same rules as a Tracker row (so what is
 * added reads back as it was reviewed), and compared with the lines the Tracker holds already.
 */
import { bareName } from "../core/company";
import { Line, LineRecord, References, resolveLine } from "../core/line";
import type { ExtractedLine } from "../extract/extract";
import { TRACKER_COLUMNS, TrackerColumn } from "./columns";
import { readTracker } from "./rows";

/** One proposed line: every field as the text the user sees and edits. */
export interface Proposal {
  company: string;
  parent: string;
  material: string;
  /** "" when the article gives no tonnage */
  capacity: string;
  unit: string;
  basis: string;
  status: string;
  kind: "line" | "aggregate";
  phase: string;
  site: string;
  city: string;
  region: string;
  country: string;
  /** the sentence the line was read from, and where it is in the article */
  evidence: { sentence: string; start: number; end: number };
  accepted: boolean;
}

export type ProposalField = Exclude<keyof Proposal, "evidence" | "accepted" | "kind">;

/** The article every proposed line cites. */
export interface ArticleSource {
  url: string;
  title: string;
  publisher: string;
  /** the article's date, YYYY-MM-DD: the lines' announcement date */
  date: string;
}

export function proposalOf(line: ExtractedLine): Proposal {
  return {
    company: line.company,
    parent: "",
    material: line.material,
    capacity: line.capacity === null ? "" : String(line.capacity),
    unit: line.unit ?? "",
    basis: line.basis ?? "",
    status: line.status ?? "announced",
    kind: line.kind,
    phase: "",
    site: line.location.site ?? "",
    city: line.location.city ?? "",
    region: line.location.region ?? "",
    country: line.location.country ?? "",
    evidence: line.evidence,
    // an aggregate is a total over other lines: the user adds it knowingly
    accepted: line.kind === "line",
  };
}

/** The article's fields as far as its text gives them: the headline and the dateline's date. */
export function sourceOf(text: string, lines: readonly ExtractedLine[]): ArticleSource {
  const headline = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== "");
  return {
    url: "",
    title: headline && headline.length <= 200 ? headline : "",
    publisher: "",
    date: lines.find((l) => l.date !== null)?.date ?? "",
  };
}

/** The proposal as the cells of a Tracker row, in TRACKER_COLUMNS order. */
function cellsOf(p: Proposal, source: ArticleSource): string[] {
  const cell: Record<TrackerColumn, string> = {
    company: p.company,
    parent: p.parent,
    material: p.material,
    capacity: p.capacity,
    unit: p.unit,
    basis: p.basis,
    status: p.status,
    kind: p.kind,
    phase: p.phase,
    site: p.site,
    city: p.city,
    region: p.region,
    country: p.country,
    announced: source.date,
    reported: source.date,
    source: source.url,
    title: source.title,
    publisher: source.publisher,
    note: "",
  };
  return TRACKER_COLUMNS.map((c) => cell[c].trim());
}

export type Checked = { record: LineRecord; line: Line } | { problems: string[] };

/** A proposal read as a Tracker row would be, then resolved: the record, or what is wrong. */
export function checkProposal(p: Proposal, source: ArticleSource, refs: References): Checked {
  const read = readTracker([[...TRACKER_COLUMNS], cellsOf(p, source)]);
  if (read.problems.length > 0) return { problems: read.problems.map((x) => x.message) };
  if (read.rows.length === 0) return { problems: ["the line is empty"] };
  const record = read.rows[0].record;
  const line = resolveLine(record, refs, "workbook");
  return Array.isArray(line) ? { problems: line } : { record, line };
}

/** What is wrong with the article's own fields, which every line shares. */
export function checkSource(source: ArticleSource): string[] {
  const problems: string[] = [];
  if (!/^https?:\/\/\S+$/.test(source.url.trim()))
    problems.push(
      "Give the article's address (starting http:// or https://): every line keeps its source."
    );
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date.trim()))
    problems.push("Give the article's date as YYYY-MM-DD: it is when the lines were announced.");
  return problems;
}

/** Two lines are the same when they say the same of the same plant: company, material, place, phase, capacity, status. */
function sameness(l: Line): string {
  return [bareName(l.company), l.material, l.place, l.phase ?? "", l.amount ?? "", l.status].join(
    "|"
  );
}

/**
 * The dataset's latest report of a line like this one: the same company, material and capacity in
 * the same place as far as both name it (a site or a phase may be told in one and not the other).
 */
export function inDataset(line: Line, known: readonly Line[]): Line | undefined {
  const near = (a: string | null, b: string | null) => a === null || b === null || a === b;
  return known.find(
    (l) =>
      l.origin === "dataset" &&
      l.validTo === Infinity &&
      bareName(l.company) === bareName(line.company) &&
      l.material === line.material &&
      l.amount === line.amount &&
      l.country === line.country &&
      near(l.region, line.region) &&
      near(l.city, line.city)
  );
}

/**
 * For each record, the sheet row of a Tracker line that says the same thing (or of an earlier
 * record in the same batch, as a negative number: -(index + 1)), else null. `values` is the
 * Tracker's header row and body, the header on sheet row `firstRow - 1`.
 */
export function alreadyTracked(
  records: readonly LineRecord[],
  values: readonly (readonly unknown[])[],
  refs: References,
  firstRow = 2
): (number | null)[] {
  const seen = new Map<string, number>();
  for (const { row, record } of readTracker(values, firstRow).rows) {
    const line = resolveLine(record, refs, "workbook");
    if (!Array.isArray(line) && !seen.has(sameness(line))) seen.set(sameness(line), row);
  }
  return records.map((record, i) => {
    const line = resolveLine(record, refs, "workbook");
    if (Array.isArray(line)) return null;
    const key = sameness(line);
    const found = seen.get(key);
    if (found !== undefined) return found;
    seen.set(key, -(i + 1));
    return null;
  });
}

/**
 * The proposal as a line, its own fields checked alone: the article's fields (checked apart by
 * checkSource, once for all lines) stand in with valid values while they are still empty.
 */
export function checkLine(p: Proposal, source: ArticleSource, refs: References): Checked {
  const stand = {
    ...source,
    url: /^https?:\/\/\S+$/.test(source.url.trim()) ? source.url : "https://example.org/article",
    date: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date.trim()) ? source.date : "2000-01-01",
  };
  return checkProposal(p, stand, refs);
}

/** What is wrong with the line itself: the article's own fields are checked apart (checkSource). */
export function lineProblems(p: Proposal, source: ArticleSource, refs: References): string[] {
  const checked = checkLine(p, source, refs);
  return "problems" in checked ? checked.problems : [];
}
