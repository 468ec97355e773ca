/**
 * Article text -> the production lines it announces, as `captrack extract --json` prints them
 * (DESIGN.md): tokens, sentences, then per sentence quantities (and which are capacities),
 * companies, materials, places and status cues; then the lines joined across sentences, refined,
 * dated and mapped to the gazetteer and the taxonomy. Pure: no Office, no I/O.
 */
import { LINE_COLUMNS } from "../core/table";
import { badArgument, notAvailable } from "../core/errors";
import { References } from "../core/line";
import { MaterialNode } from "../core/material";
import { fold } from "../core/text";
import { references } from "../data/references";
import { capacityVerdict } from "./capacity";
import {
  CompanyEntity,
  aliasHeadingTickers,
  CompanyRegistry,
  excludeTermInitials,
  findCompanies,
  markLowerCaseNames,
  wordUse,
} from "./companies";
import { articleDate } from "./dates";
import { Assembler, Draft, PlaceChoice, SentenceFacts } from "./lines";
import { findMaterials, materialBook } from "./materials";
import { PhraseBook } from "./phrases";
import { findPlaces, placeBook } from "./places";
import { checkArticle } from "./input";
import { findQuantities, Quantity } from "./quantities";
import { refine } from "./refine";
import { endsWithStop, Sentence, splitSentences, withAlignedCells } from "./sentences";
import { findStatusCues } from "./status";
import { bareFigures, capacityRows, cellAt, TableRow } from "./tables";
import { textOf, Token, tokenize } from "./tokens";

/** One proposed line: exactly the shape of DESIGN.md's `extract --json`. */
export interface ExtractedLine {
  company: string;
  material: string;
  capacity: number | null;
  unit: string | null;
  capacity_tpa: number | null;
  basis: string | null;
  location: {
    site: string | null;
    city: string | null;
    region: string | null;
    country: string | null;
  };
  status: string;
  date: string | null;
  kind: "line" | "aggregate";
  /** the sentence the line comes from, and its offsets in the text (UTF-16 code units) */
  evidence: { sentence: string; start: number; end: number };
}

/** The phrase books built from one set of reference tables. */
interface Books {
  refs: References;
  materials: ReturnType<typeof materialBook>;
  places: ReturnType<typeof placeBook>;
}

const booksByRefs = new WeakMap<References, Books>();
let defaultRefs: References | null = null;

function booksFor(refs: References): Books {
  let books = booksByRefs.get(refs);
  if (!books) {
    books = { refs, materials: materialBook(refs.materials), places: placeBook(refs.places) };
    booksByRefs.set(refs, books);
  }
  return books;
}

function covers<T>(
  book: PhraseBook<T>,
  tokens: readonly Token[],
  from: number,
  to: number
): boolean {
  const m = book.at(tokens, from);
  return m !== null && m.to >= to;
}

/**
 * The quantities that are capacities. "120,000 t of nickel and 15,000 t of cobalt a year": a
 * quantity joined by "and" to a capacity of the same measure just before it is one too.
 */
function capacitiesOf(tokens: readonly Token[], quantities: Quantity[], table = false): Quantity[] {
  const out: Quantity[] = [];
  let previous: Quantity | null = null;
  for (const q of quantities) {
    // ("8,250 metric tons of battery-grade lithium carbonate, 48,000 metric tons of …": a list's
    // next item, after its separator)
    const separated = /^(and|,)$/.test(tokens[q.from - 1]?.norm ?? "");
    const joined =
      previous !== null &&
      previous.measure === q.measure &&
      (q.from - previous.to <= 6 || (separated && q.from - previous.to <= 9)) &&
      // ("年产1万吨阴极铜及3000吨…": 及, 和 and 、 join Chinese figures)
      tokens
        .slice(previous.to, q.from)
        .some((t) => t.norm === "and" || /^[,，、及和]$/.test(t.text));
    const verdict = capacityVerdict(tokens, q, quantities);
    // "… in two phases of 50,000 t each": the phases of a capacity are capacities
    const phased =
      previous !== null &&
      tokens[q.from - 1]?.norm === "of" &&
      /^(phases|stages|trains|lines|modules)$/.test(tokens[q.from - 2]?.norm ?? "");
    // a row of a table whose header has a capacity column: its tonnages are capacities
    const capacity: boolean = verdict === true || (verdict === null && (joined || phased || table));
    if (capacity) {
      out.push(q);
      previous = q;
    } else previous = null;
  }
  return out;
}

/** The figures of a row outside its "Plant feed" or "H1 output" cells: what may be capacities. */
function outsideColumns(
  tokens: readonly Token[],
  quantities: Quantity[],
  row: TableRow | null
): Quantity[] {
  if (!row || row.otherColumns.length === 0) return quantities;
  const cells = row.otherColumns.flatMap((c) => cellAt(tokens, c) ?? []);
  return quantities.filter((q) => !cells.some((c) => q.from >= c.from && q.to <= c.to));
}

function analyse(
  sentence: Sentence,
  books: Books,
  registry: CompanyRegistry,
  row: TableRow | null = null
): SentenceFacts {
  const { tokens } = sentence;
  const table = row !== null;
  // (a table's header tells the unit of its rows, no plant's size)
  const quantities = row?.header ? [] : findQuantities(tokens);
  // "| Recycle Park 1 | Gunsan | 24,000 |" under "Capacity (t/yr)": the header's unit
  if (row) quantities.push(...bareFigures(tokens, row, quantities));
  quantities.sort((a, b) => a.from - b.from);
  const companies = findCompanies(sentence, {
    registry,
    isPlace: (t, from, to) => covers(books.places, t, from, to),
    isMaterial: (t, from, to) => covers(books.materials, t, from, to),
  });
  // "| SENAI CIT (LabFabITR) | Lagoa Santa, … | 100 t/yr |" under a "Company" column: the cell
  // names the row's company, whether or not the words alone would
  const cell = row && row.companyColumn >= 0 ? cellAt(tokens, row.companyColumn) : null;
  if (cell && !companies.some((c) => c.from >= cell.from && c.to <= cell.to)) {
    const name = textOf(tokens, cell.from, cell.to);
    companies.unshift({
      entity: registry.entity(name),
      from: cell.from,
      to: cell.to,
      role: "subject",
      possessive: false,
    });
  }
  // "Baotou" and "Rare Earth" inside "Baotou Jigan Rare Earth New Materials" are the company's name
  const free = <T extends { from: number; to: number }>(m: T) =>
    !companies.some((c) => m.from < c.to && m.to > c.from);
  return {
    sentence,
    quantities,
    // (a table of companies without a column of sizes leaves each figure to its words)
    capacities: capacitiesOf(
      tokens,
      outsideColumns(tokens, quantities, row),
      table && row.capacityColumns.length > 0
    ),
    companies,
    materials: findMaterials(tokens, books.materials).filter(free),
    places: findPlaces(tokens, books.places).filter(free),
    cues: findStatusCues(tokens),
    tableRow: table,
  };
}

/**
 * The company an article is about: the one it names most, with the units named after it
 * ("SungEel HiTech Hungary", "SungEel HiTech Malaysia" are SungEel HiTech's), first named first.
 */
function mainCompany(
  registry: CompanyRegistry,
  facts: readonly SentenceFacts[]
): CompanyEntity | null {
  const { entities } = registry;
  const score = new Map<CompanyEntity, number>(entities.map((e) => [e, e.mentions]));
  // a filing that calls its filer "the Company" names it first: "[DART] EcoPro Materials Co.,
  // Ltd. / Quarterly Report … The Company manufactures precursors"
  const filing = facts.some((f) =>
    f.sentence.tokens.some((t, k, all) => t.text === "Company" && all[k - 1]?.norm === "the")
  );
  // (not the exchange whose disclaimer opens the page: "Hong Kong Exchanges and Clearing Limited …")
  const market = /\b(exchanges?|clearing|bourse)\b/i;
  const filer = filing
    ? facts.flatMap((f) => f.companies).find((m) => !market.test(m.entity.name))?.entity
    : undefined;
  if (filer && score.has(filer)) score.set(filer, score.get(filer)! + 3);
  // (names a few, so looking at each pair stays small)
  if (entities.length <= 60)
    for (const unit of entities)
      for (const e of entities)
        if (unit !== e && unit.name.startsWith(`${e.name} `))
          score.set(e, score.get(e)! + unit.mentions);
  let best: CompanyEntity | null = null;
  for (const e of entities) if (!best || score.get(e)! > score.get(best)!) best = e;
  return best;
}

/** Words that tell a company apart, as a reader matches names. */
function significant(name: string): Set<string> {
  const general =
    /^(co|ltd|group|inc|corp|corporation|company|limited|the|and|of|new|material|materials|technology|technologies|plc|pt|holding|holdings|international|energy|resources)$/;
  return new Set(
    fold(name)
      .split(" ")
      .filter((w) => w.length > 1 && !general.test(w))
  );
}

/** The name a line shows: the directory's canonical name, with the article's when they share no word. */
export function companyName(e: CompanyEntity): string {
  let name = e.canonical ?? e.name;
  if (e.canonical && e.canonical !== e.name) {
    const stated = significant(e.name);
    if (![...significant(e.canonical)].some((w) => stated.has(w)))
      name = `${e.canonical} (${e.name})`;
  }
  // the short name the article uses: "Contemporary Amperex Technology (CATL)"
  if (e.acronym && !significant(name).has(fold(e.acronym))) name = `${name} (${e.acronym})`;
  return name;
}

/** The proposed lines of an article, in the order the text tells them. Never throws. */
export function extractLines(text: string, refs?: References): ExtractedLine[] {
  if (!refs) refs = defaultRefs ??= references();
  const books = booksFor(refs);
  const sentences = splitSentences(tokenize(withAlignedCells(text)));
  markLowerCaseNames(sentences);
  const use = wordUse(sentences);
  const registry = new CompanyRegistry(
    refs.companies,
    use.midCaps,
    use.lowerWords,
    use.projectNames,
    use.lowerPairs,
    use.surnames
  );
  excludeTermInitials(sentences, registry);
  aliasHeadingTickers(sentences, registry);
  // headlines are read last: they only name companies the body has shown
  const facts: SentenceFacts[] = new Array(sentences.length);
  const rows = capacityRows(sentences);
  // a row is no headline, though its cells are capitalised
  for (const s of sentences)
    if (rows.has(s.index)) {
      s.headline = false;
      s.title = false;
    }
  for (const s of sentences)
    if (!s.headline) facts[s.index] = analyse(s, books, registry, rows.get(s.index) ?? null);
  for (const s of sentences) if (s.headline) facts[s.index] = analyse(s, books, registry);
  const assembler = new Assembler(
    refs.places,
    refs.materials.find("battery cells") ?? null,
    refs.materials
  );
  for (const f of facts) if (!f.sentence.aside) assembler.read(f);
  const places = refs.places;
  const countryOf = (d: Draft): string | null =>
    d.place ? places.levelOf(d.place.node.id, "country") : null;
  const narrows = (a: PlaceChoice, b: PlaceChoice): boolean =>
    places.contains(a.node.id, b.node.id) &&
    places.depth(b.node.id) + (b.named ? 1 : 0) + (b.site ? 2 : 0) >
      places.depth(a.node.id) + (a.named ? 1 : 0) + (a.site ? 2 : 0);
  // two places that cannot be one site: other countries, or other regions of one
  const apart = (a: Draft, b: Draft): boolean => {
    if (!a.place || !b.place) return false;
    if (countryOf(a) !== countryOf(b)) return true;
    const ra = places.levelOf(a.place.node.id, "region");
    const rb = places.levelOf(b.place.node.id, "region");
    return ra !== null && rb !== null && ra !== rb;
  };
  const specific = (p: PlaceChoice): boolean =>
    p.named !== null || p.site !== null || places.levelOf(p.node.id, "city") !== null;
  // a headline's figure that the body tells again is the body's to read (a target, a total, a
  // trap): a line without a stop (a title, a subhead, a caption) only sums up the sentences
  const told = new Set<string>();
  for (const f of facts)
    if (endsWithStop(f.sentence) && !f.sentence.aside)
      for (const q of f.quantities) told.add(amountOf(q));
  // (a table's row is no title: its figure and the body's are one line, told twice)
  const drafts = assembler.drafts.filter(
    (d) => !(d.quantity && !d.row && !endsWithStop(d.sentence) && told.has(amountOf(d.quantity)))
  );
  const town = (p: PlaceChoice): string | null => p.named ?? places.levelOf(p.node.id, "city");
  const lines = refine(drafts, refs.materials, mainCompany(registry, facts), {
    country: countryOf,
    narrows,
    apart,
    specific,
    town,
  });
  const date = articleDate(sentences);
  const fallback = fallbackMaterial(assembler.drafts);
  return lines.map((d) => toJson(d, date, text, refs!, fallback));
}

/** A figure as written: "108,000 tons" and "108,000 tons a year" are one; 2,000 t a month is not 24,000 t a year. */
function amountOf(q: Quantity): string {
  const period = q.unit.split("/")[1] ?? "yr";
  return `${q.measure}|${period}|${Math.round(q.perYear * 1000)}`;
}

function fallbackMaterial(drafts: readonly Draft[]): MaterialNode | null {
  return drafts.find((d) => d.material)?.material ?? null;
}

function toJson(
  d: Draft,
  date: string | null,
  text: string,
  refs: References,
  fallback: MaterialNode | null
): ExtractedLine {
  const q = d.quantity;
  const location = {
    site: null as string | null,
    city: null as string | null,
    region: null as string | null,
    country: null as string | null,
  };
  if (d.place) {
    const { node, named, site } = d.place;
    const places = refs.places;
    location.country = places.levelOf(node.id, "country");
    location.region = places.levelOf(node.id, "region");
    location.city = named ?? places.levelOf(node.id, "city");
    location.site = site ?? places.levelOf(node.id, "site");
  }
  const material = d.material ?? (d.row ? null : fallback);
  return {
    company:
      d.kind === "aggregate"
        ? (d.label ?? "(aggregate)")
        : d.companies.map(companyName).join(" / ") || "(company not stated)",
    material: material ? material.name : "unspecified",
    capacity: q ? q.value : null,
    unit: q ? q.unit : null,
    capacity_tpa: q && q.measure === "mass" ? q.perYear : null,
    basis: q ? q.basis : null,
    location,
    status: d.status,
    date,
    kind: d.kind,
    evidence: {
      sentence: text.slice(d.sentence.start, d.sentence.end),
      start: d.sentence.start,
      end: d.sentence.end,
    },
  };
}

/** Columns of CT.EXTRACT's table: CT.LINES's up to "announced", then the kind and the evidence. */
export const EXTRACT_COLUMNS = [
  ...LINE_COLUMNS.slice(0, LINE_COLUMNS.indexOf("announced") + 1),
  "kind",
  "evidence",
] as const;

/** The lines as a table with a header row; an undisclosed capacity is empty with unit "undisclosed". */
export function extractTable(lines: readonly ExtractedLine[]): Array<Array<string | number>> {
  return [
    [...EXTRACT_COLUMNS],
    ...lines.map((l) => [
      l.company,
      l.material,
      l.capacity ?? "",
      l.capacity === null ? "undisclosed" : (l.unit ?? ""),
      l.basis ?? "",
      l.status,
      l.location.site ?? "",
      l.location.city ?? "",
      l.location.region ?? "",
      l.location.country ?? "",
      l.date ?? "",
      l.kind,
      l.evidence.sentence,
    ]),
  ];
}

/**
 * CT.EXTRACT's answer for one cell: the table of proposed lines. A range of one cell counts as
 * that cell; empty, non-text, binary and huge input is a bad argument; an article that announces
 * no line has no answer.
 */
export function extractCell(value: unknown, refs?: References): Array<Array<string | number>> {
  let v = value;
  if (Array.isArray(v)) {
    const rows = v.length;
    const cols = rows > 0 && Array.isArray(v[0]) ? v[0].length : 1;
    if (rows !== 1 || cols !== 1) {
      throw badArgument(
        `text: expected one cell holding the article, got a range of ${rows} × ${cols} cells. Put the article in one cell (or join the cells with TEXTJOIN).`
      );
    }
    v = Array.isArray(v[0]) ? v[0][0] : v[0];
  }
  if (v === null || v === undefined || v === "") v = "";
  const text = checkArticle(v, "text");
  const lines = extractLines(text, refs);
  if (lines.length === 0) {
    throw notAvailable(
      "no production line found: the text names no capacity, plant or project with a company, material and place."
    );
  }
  return extractTable(lines);
}
