/**
 * Stage 4: companies. A name is a run of capitalised words (with "of", "&", hyphens and legal
 * forms inside it); a run is a company when the directory knows it, when it ends in a legal form
 * or a word companies end in ("… Rare Earth New Materials", "… Lithium Group"), when it opens
 * with PT, or when the words around it say so ("to be developed by X", "X said", "miner X").
 * Places, authorities, publishers and people are left out. An acronym defined in the article
 * (`BTR New Material Group Co., Ltd. ("BTR")`) names the same company; a shorter mention
 * ("Jigan", "Albemarle") is the longer one already seen.
 */
import { CompanyDirectory } from "../core/company";
import { fold } from "../core/text";
import {
  CONTINENTS,
  CUSTOMER_WORDS,
  FACILITY_NAME_ENDS,
  FACILITY_NOUNS,
  COMPANY_HEADS,
  DAY_NAMES,
  DEMONYMS,
  VEHICLE_NOUNS,
  LEGAL_FORMS,
  MONTHS,
  NON_PRODUCERS,
  NOT_CAPACITY_PREFIXES,
  PERSON_TITLES,
  SENTENCE_STARTERS,
  SITE_HEADS,
} from "./lexicon";
import { PhraseBook } from "./phrases";
import { Sentence } from "./sentences";
import { isAcronym, isApostropheS, Kind, textOf, Token } from "./tokens";

/** One company of an article: every mention of it points here. */
export interface CompanyEntity {
  /** the fullest name the article uses, legal form dropped */
  name: string;
  /** the directory's canonical name, when it knows the company */
  canonical: string | null;
  /** folded words of each name the article uses */
  forms: string[][];
  mentions: number;
  /** the short name the article defines for it: `("CATL")` */
  acronym: string | null;
  /** the company it belongs to, when the article says so ("a unit of …") */
  parent: CompanyEntity | null;
  /** the partners of a venture the article names: "COBCO, a joint venture between Al Mada and CNGR" */
  partners?: CompanyEntity[];
}

/** a customer ("plants which supply Ford") never owns the line the sentence tells */
/** (a "seller" is an owner before: "acquired with the takeover of Oz Minerals") */
export type CompanyRole = "subject" | "object" | "parent" | "agent" | "customer" | "seller";

export interface CompanyMention {
  entity: CompanyEntity;
  from: number;
  to: number;
  role: CompanyRole;
  possessive: boolean;
}

const CONNECTORS = new Set(["of", "de", "du", "la", "von", "van", "der", "y", "e"]);
/** "Ministry of Industry and Information Technology", "Twigg Exploration and Mining" */
const AND_JOINERS = new Set([
  "industry",
  "exploration",
  "economic",
  "science",
  "information",
  "mining",
  "research",
  "trade",
  "commerce",
  "development",
  "natural",
  "oil",
  "metals",
  "minerals",
  "smelting",
  "refining",
  "technology",
]);
const COMMON_ACRONYMS = new Set(
  (
    "ev evs hev phev bev ceo cfo coo fid mou ipo esg gdp usd rmb eur aud cad lce gwh mwh kwh " +
    "lfp ncm nca ncma lmfp mhp hpal ree reo cam pcam oem oems jv covid ai ira eu un uk us usa prc dle " +
    "npi emm hpmsm pv ess bess tpa ktpa mtpa dfs pfs ore nd pr dy tb ndfeb ab5 nimh uae q1 q2 q3 q4 " +
    "h1 h2 yoy ytd qoq mom hoh lme cif fob dmt wmt cagr capex opex ebitda ipo co2 it tv pm am gmt utc " +
    "ii iii iv vi vii viii ix xi xii sx ew sxew rkef pox bf eaf doe eia epa esia eis"
  ).split(" ")
);
/** Nouns before a name that make it a company: "miner Pilbara Minerals", "battery maker CATL". */
const COMPANY_NOUNS = new Set([
  "company",
  "firm",
  "miner",
  "producer",
  "maker",
  "manufacturer",
  "developer",
  "giant",
  "major",
  "supplier",
  "startup",
  "subsidiary",
  "affiliate",
  "automaker",
  "carmaker",
  "refiner",
  "processor",
  "conglomerate",
  "group",
  "operator",
  "partner",
  "partners",
  "peer",
  "rival",
  "unit",
  "venture",
  "jv",
  "smelter",
  "chemicals",
]);
/** Verbs after a name that make it a company: "Albemarle said", "X received approval". */
const COMPANY_VERBS = new Set([
  "said",
  "says",
  "announced",
  "announces",
  "signed",
  "signs",
  "inked",
  "inks",
  "plans",
  "planned",
  "will",
  "would",
  "has",
  "had",
  "have",
  "is",
  "was",
  "received",
  "receives",
  "agreed",
  "aims",
  "intends",
  "expects",
  "began",
  "begins",
  "started",
  "starts",
  "commissioned",
  "completed",
  "opened",
  "broke",
  "unveiled",
  "launched",
  "operates",
  "runs",
  "inaugurated",
  "inaugurates",
  "restarted",
  "expanded",
  "acquired",
  "bought",
  "owns",
  "produces",
  "builds",
  "built",
  "reported",
  "reports",
  "confirmed",
  "told",
  "added",
  "decided",
  "approved",
  "secured",
  "won",
  "paused",
  "suspended",
  "cancelled",
  "canceled",
  "scrapped",
  "halted",
  "shelved",
  "delayed",
  "postponed",
  "put",
  "made",
  "took",
  "reached",
  "invested",
  "invests",
  "committed",
  "filed",
  "also",
  "on",
  "recently",
]);
const SPEECH_VERBS = /^(said|says|announced|announces|confirmed|reported)$/;
/** What a company decides of its plants, and seldom a person or a thing. */
const DECISION_VERBS =
  /^(shelved|scrapped|mothballed|idled|suspended|halted|paused|cancelled|canceled|postponed|deferred|delayed|slowed|dropped|commissioned|inaugurated|acquired|restarted)$/;
const PARENT_NOUNS = new Set([
  "unit",
  "subsidiary",
  "affiliate",
  "division",
  "arm",
  "part",
  "member",
  "owner",
  "parent",
]);
const OBJECT_WORDS = new Set([
  "of",
  "with",
  "to",
  "from",
  "for",
  "against",
  "than",
  "including",
  "like",
  "as",
  "among",
  "besides",
  "via",
  "into",
]);
const AGENT_VERBS =
  /^(developed|built|operated|owned|run|constructed|managed|led|backed|financed|funded|made|produced|erected|proposed|planned|undertaken|implemented|invested)$/;
const TICKER_MARKETS = new Set([
  "asx",
  "tsx",
  "tsxv",
  "nyse",
  "nasdaq",
  "lse",
  "aim",
  "sse",
  "szse",
  "hkex",
  "hkse",
  "krx",
  "kosdaq",
  "jse",
  "bse",
  "nse",
  "idx",
  "otcqx",
  "otc",
  "frankfurt",
  "fse",
]);

function capitalised(t: Token | undefined): boolean {
  // ("iM3NY": a brand's lower-case first letter before its capitals)
  return (
    t !== undefined && t.kind === Kind.Word && (t.cap || isAcronym(t) || innerCapitals(t.text))
  );
}

/** The initials of a folded name's words, less "of", "and", "for": "n c department of …" is "ncdeq". */
function initialsOf(name: string): string {
  let out = "";
  for (const w of name.split(" "))
    if (w !== "" && !CONNECTORS.has(w) && w !== "and" && w !== "for") out += w[0];
  return out;
}

/** "iM3NY": a lower-case letter, then capitals or digits (the second character tells cheaply). */
function innerCapitals(text: string): boolean {
  const c = text.charCodeAt(1);
  return ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && /^[a-z][A-Z0-9]+[A-Z]/.test(text);
}

/** The article's companies, built as its sentences are read. */
export class CompanyRegistry {
  readonly entities: CompanyEntity[] = [];
  /** acronyms and other names defined in the article: folded name -> entity */
  private readonly byForm = new Map<string, CompanyEntity>();
  /** names that are not producers (an authority's acronym, a person) */
  private readonly excluded = new Set<string>();
  /** the initials of each excluded name of several words, for its acronym */
  private readonly excludedInitials: string[] = [];
  private readonly book: PhraseBook<string>;

  constructor(
    private readonly directory: CompanyDirectory,
    /** words the article writes capitalised inside sentences (names) */
    private readonly midCaps: ReadonlySet<string>,
    /** words the article writes in lower case (common words) */
    private readonly lowerWords: ReadonlySet<string>,
    /** single names the article gives projects and plants ("Galaxy project") */
    private readonly projectNames: ReadonlySet<string> = new Set(),
    /** pairs of words the article writes in lower case one after the other ("spherical graphite") */
    private readonly lowerPairs: ReadonlySet<string> = new Set(),
    /** surnames the article lets speak alone after giving the full name: surname -> first name */
    private readonly surnames: ReadonlyMap<string, string> = new Map()
  ) {
    this.book = directoryBook(directory);
  }

  /** the company a filing calls "the Company" */
  calledTheCompany: CompanyEntity | null = null;
  calledTheGroup: CompanyEntity | null = null;

  exclude(name: string): void {
    const key = fold(name);
    if (this.excluded.has(key)) return;
    this.excluded.add(key);
    if (key.includes(" ")) this.excludedInitials.push(initialsOf(key));
  }

  isExcluded(name: string): boolean {
    const key = fold(name);
    if (this.excluded.has(key)) return true;
    // "N.C. Department of Environmental Quality … DEQ said": an authority's initials
    if (!/^[A-Z]{3,5}$/.test(name)) return false;
    return this.excludedInitials.some((initials) => initials.endsWith(key));
  }

  /** The entity a name means, adding one when it is new. */
  entity(name: string): CompanyEntity {
    const key = fold(name);
    const known = this.byForm.get(key);
    if (known) {
      known.mentions++;
      return known;
    }
    const words = key.split(" ");
    const canonical = this.canonicalOf(name);
    // "Controlled Thermal Resources' project … CTR says": the initials of a company already named
    const initials = canonical === null && /^[A-Z]{2,5}$/.test(name) ? this.initialled(name) : null;
    if (initials) {
      initials.mentions++;
      this.addForm(initials, words);
      this.byForm.set(key, initials);
      if (initials.acronym === null) initials.acronym = name;
      return initials;
    }
    // a shorter or longer form of a company already seen: "Albemarle" and "Albemarle Corp";
    // only companies sharing the first word or the canonical name are looked at, a bounded few
    const byName = canonical !== null ? this.byCanonical.get(canonical) : undefined;
    const candidates = (this.byFirstWord.get(words[0]) ?? []).slice(0, MAX_CANDIDATES);
    const same = byName
      ? [byName]
      : candidates.filter(
          (e) =>
            // unless the directory tells them apart (EcoPro, EcoPro BM)
            (canonical === null || e.canonical === null || canonical === e.canonical) &&
            e.forms.some((f) => isPrefix(words, f) || isPrefix(f, words))
        );
    // "Guizhou Chuanheng Chemical" and later "Chuanheng": a Chinese maker without its province
    if (same.length === 0 && words.length === 1 && canonical === null) {
      const longer = this.entities
        .slice(0, MAX_CANDIDATES)
        .filter((e) => e.forms[0].length > 2 && e.forms[0][1] === words[0]);
      if (longer.length === 1) same.push(longer[0]);
    }
    if (same.length === 1) {
      const e = same[0];
      this.addForm(e, words);
      if (words.length > e.forms[0].length && canonical === e.canonical) e.name = name;
      e.mentions++;
      this.byForm.set(key, e);
      return e;
    }
    const e: CompanyEntity = {
      name,
      canonical,
      forms: [],
      mentions: 1,
      // "Contemporary Amperex Technology" is CATL to a reader: the short name the directory knows
      acronym: canonical !== null ? this.knownAcronym(name) : null,
      parent: null,
    };
    this.addForm(e, words);
    if (canonical !== null) this.byCanonical.set(canonical, e);
    this.entities.push(e);
    this.byForm.set(key, e);
    return e;
  }

  private knownAcronym(name: string): string | null {
    const entry = this.directory.exact(name);
    return entry?.aliases.find((a) => /^[A-Z][A-Z0-9]{1,5}$/.test(a) && a !== name) ?? null;
  }

  /** The one company named so far whose words' initials spell the letters, if one does. */
  private initialled(letters: string): CompanyEntity | null {
    const found = this.entities.filter((e) => {
      const words = e.name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w));
      return words.length === letters.length && words.every((w, i) => w[0] === letters[i]);
    });
    return found.length === 1 ? found[0] : null;
  }

  private readonly byFirstWord = new Map<string, CompanyEntity[]>();
  private readonly byCanonical = new Map<string, CompanyEntity>();

  private addForm(e: CompanyEntity, words: string[]): void {
    if (e.forms.length >= MAX_FORMS) return;
    e.forms.push(words);
    const list = this.byFirstWord.get(words[0]);
    if (!list) this.byFirstWord.set(words[0], [e]);
    else if (list.length < MAX_CANDIDATES && !list.includes(e)) list.push(e);
  }

  /** An acronym the article defines for a company: ("BTR"). */
  alias(acronym: string, e: CompanyEntity): void {
    const key = fold(acronym);
    // (a title's "smelter GNI halts output", read before "PT Gunbuster Nickel Industry (GNI)")
    const other = this.byForm.get(key);
    if (other && other !== e && fold(other.name) === key) this.sameAs(other, e, acronym);
    if (!this.byForm.has(key)) this.byForm.set(key, e);
    this.addForm(e, key.split(" "));
    // (a short name of words is one of the name's forms, not shown beside it)
    if (e.acronym === null && fold(e.name) !== key && !key.includes(" ")) e.acronym = acronym;
  }

  /**
   * "Rare Earths Elements Technology, better known as REETec": the short name is the company's,
   * and a company the article named by it already is this one (its lines show this name).
   */
  knownAs(short: string, e: CompanyEntity): void {
    const other = this.byForm.get(fold(short));
    if (other && other !== e) this.sameAs(other, e, short);
    this.alias(short, e);
    e.acronym = short;
  }

  /** A company the article named by its short name is the one that name is now defined for. */
  private sameAs(other: CompanyEntity, e: CompanyEntity, short: string): void {
    other.name = e.name;
    other.canonical = e.canonical;
    other.forms = e.forms;
    other.acronym = short;
  }

  /** A name the company went by before: the same company, not shown. */
  formerName(name: string, e: CompanyEntity): void {
    const key = fold(name);
    this.byForm.set(key, e);
    this.addForm(e, key.split(" "));
  }

  /** The body's company known only by its short name gets its full one: "ONI", Oracle Nickel. */
  spellOut(acronym: string, name: string): void {
    const e = this.byForm.get(fold(acronym));
    if (!e || fold(e.name) !== fold(acronym)) return;
    e.name = name;
    e.acronym = acronym;
    this.addForm(e, fold(name).split(" "));
  }

  /** Whether the directory knows the name (not only the article). */
  inDirectory(name: string): boolean {
    return this.canonicalOf(name) !== null;
  }

  knows(name: string): boolean {
    return this.byForm.has(fold(name)) || this.canonicalOf(name) !== null;
  }

  /** Directory look-ups are remembered: an article repeats its names. */
  private readonly canonicals = new Map<string, string | null>();

  private canonicalOf(name: string): string | null {
    let c = this.canonicals.get(name);
    if (c === undefined) {
      c = this.directory.exact(name)?.name ?? null;
      this.canonicals.set(name, c);
    }
    return c;
  }

  /** Directory and article names at token i (for headlines and single words). */
  knownAt(tokens: readonly Token[], i: number): { name: string; to: number } | null {
    const m = this.book.at(tokens, i);
    // ("Hydro Centre 3", a recycler's plant: a site named with a word a company goes by)
    if (m && /^(centre|center)$/.test(tokens[m.to]?.norm ?? "") && tokens[m.to].cap) return null;
    if (m) return { name: textOf(tokens, m.from, m.to), to: m.to };
    const t = tokens[i];
    if (t.kind !== Kind.Word) return null;
    // "SungEel HiTech Hungary - Plant 1" after "SungEel HiTech Co., Ltd.": a name of several
    // words the article gave, at the head of a longer run of capitals
    let to = this.byForm.has(t.norm) ? i + 1 : -1;
    for (const e of this.byFirstWord.get(t.norm) ?? [])
      for (const f of e.forms)
        if (
          i + f.length > to &&
          f.length > 1 &&
          f.every((w, j) => tokens[i + j]?.kind === Kind.Word && tokens[i + j].norm === w)
        )
          to = i + f.length;
    // (not "San Marcos City Council", "San Marcos Daily Record": a body's or a paper's name)
    const next = tokens[to];
    if (to > i + 1 && !(next?.kind === Kind.Word && next.cap && !NON_PRODUCERS.has(next.norm)))
      to = i + 1;
    if (to === i + 1 && !this.byForm.has(t.norm)) return null;
    return to > i ? { name: textOf(tokens, i, to), to } : null;
  }

  isCommonWord(t: Token): boolean {
    return this.lowerWords.has(t.norm) && !this.midCaps.has(t.norm);
  }

  /**
   * "Purified Spherical Graphite (PSG)" where the article also writes "purified spherical
   * graphite": a common phrase in title case, not a name.
   */
  isCommonPhrase(words: readonly Token[]): boolean {
    if (words.length < 2) return false;
    for (let k = 1; k < words.length; k++)
      if (!this.lowerPairs.has(`${words[k - 1].norm} ${words[k].norm}`)) return false;
    return true;
  }

  seenCapitalised(t: Token): boolean {
    return this.midCaps.has(t.norm);
  }

  namesProject(t: Token): boolean {
    return this.projectNames.has(t.norm);
  }

  /** The first name the article gives a surname it later lets speak alone ("Bayraktar said"). */
  firstNameOf(t: Token): string | undefined {
    return this.surnames.get(t.norm);
  }
}

/** Bounds that keep a company's look-up constant whatever the text: no article names more. */
const MAX_CANDIDATES = 50;
const MAX_FORMS = 20;

/** The directory's names as a phrase book, built once per directory. */
const books = new WeakMap<CompanyDirectory, { size: number; book: PhraseBook<string> }>();

function directoryBook(directory: CompanyDirectory): PhraseBook<string> {
  const companies = directory.all();
  const cached = books.get(directory);
  if (cached && cached.size === companies.length) return cached.book;
  const book = new PhraseBook<string>();
  for (const c of companies) for (const name of [c.name, ...c.aliases]) book.add(name, c.name);
  books.set(directory, { size: companies.length, book });
  return book;
}

function isPrefix(a: string[], b: string[]): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * "ECOGRAF (ASX:EGR)" heading an item: the ticker the body goes on to use is the company's. Read
 * before the body, since headings are read last.
 */
export function aliasHeadingTickers(
  sentences: readonly Sentence[],
  registry: CompanyRegistry
): void {
  for (const { tokens, headline } of sentences) {
    if (!headline) continue;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].text !== "(") continue;
      const ticker = tickerAfter(tokens, k);
      if (!ticker) continue;
      let from = k;
      while (
        from > 0 &&
        k - from < 4 &&
        tokens[from - 1].kind === Kind.Word &&
        tokens[from - 1].cap
      )
        from--;
      if (from === k || from > 0) continue;
      // (the name as the article's others are kept: its legal form dropped)
      let to = k;
      while (to > from + 1 && LEGAL_FORMS.has(tokens[to - 1].norm)) to--;
      registry.alias(ticker, registry.entity(titled(textOf(tokens, from, to))));
    }
  }
}

/**
 * "advanced chemistry cell (ACC) battery storage": initials of a common term, no company's, in
 * every sentence of the article (a standfirst may use them before the body spells them out).
 */
export function excludeTermInitials(
  sentences: readonly Sentence[],
  registry: CompanyRegistry
): void {
  for (const { tokens } of sentences)
    for (let i = 1; i + 1 < tokens.length; i++) {
      const short = tokens[i];
      if (tokens[i - 1].text !== "(" || tokens[i + 1].text !== ")" || !isAcronym(short)) continue;
      const n = short.text.length;
      const spelt = tokens.slice(Math.max(0, i - 1 - n), i - 1);
      if (
        spelt.length === n &&
        spelt.every((t, j) => t.kind === Kind.Word && !t.cap && t.norm[0] === short.norm[j])
      )
        registry.exclude(short.text);
    }
}

/**
 * "ioneer Ltd", "enCore Energy Corp": a name its company writes in lower case, known by the legal
 * form after it, is a name wherever the article writes it; its words are marked capitalised.
 */
export function markLowerCaseNames(sentences: readonly Sentence[]): void {
  const names = new Set<string>();
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      const next = s.tokens[k + 1];
      if (
        t.kind === Kind.Word &&
        !t.cap &&
        t.text.length >= 3 &&
        !CLAUSE_WORDS.has(t.norm) &&
        next?.cap &&
        /^(ltd|limited|inc|corp|corporation|plc|ag|asa|sa|gmbh|nv|llc)$/.test(next.norm) &&
        (k === 0 || !(s.tokens[k - 1].kind === Kind.Word && !s.tokens[k - 1].cap))
      )
        names.add(t.norm);
    });
  // "IBU-tec advanced materials AG": a name that keeps its words in lower case before its legal
  // form, after a capitalised opening
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      if (!(t.cap && LEGAL_FORMS.has(t.norm) && k >= 2)) return;
      let j = k - 1;
      while (j > k - 4 && j >= 0 && s.tokens[j].kind === Kind.Word && !s.tokens[j].cap) j--;
      if (j === k - 1 || j < 0) return;
      // (the opening: "IBU-tec" is "IBU", a hyphen and a lower-case word)
      let open = j;
      if (s.tokens[open].text === "-" && s.tokens[open - 1]?.cap) open--;
      else if (!(s.tokens[open].kind === Kind.Word && s.tokens[open].cap)) return;
      if (CLAUSE_WORDS.has(s.tokens[j + 1].norm)) return;
      // (as pairs with the word before: "materials" alone stays a common word)
      for (let m = open + 1; m < k; m++)
        if (s.tokens[m].kind === Kind.Word && !s.tokens[m].cap)
          names.add(`${s.tokens[m - 1].norm} ${s.tokens[m].norm}`);
    });
  // "tozero's current pilot …", "artience (formerly Toyo Ink)": a sentence opens with a brand
  // written in lower case, which the text names again ("Munich-based tozero has …")
  // (the stop before a lower-case word ends no sentence, so it may stand inside one)
  const openers = new Set<string>();
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      const opens = k === 0 || (/^[.!?]$/.test(s.tokens[k - 1].text) && t.space);
      const next = s.tokens[k + 1];
      if (
        opens &&
        t.kind === Kind.Word &&
        !t.cap &&
        t.text.length >= 4 &&
        !CLAUSE_WORDS.has(t.norm) &&
        !SENTENCE_STARTERS.has(t.norm) &&
        (isApostropheS(s.tokens, k + 1) ||
          next?.text === "(" ||
          /^(has|said|says|is|was|will|plans|announced|received)$/.test(next?.norm ?? ""))
      )
        openers.add(t.norm);
    });
  // (counted only when some word opens so: most texts have none)
  if (openers.size > 0) {
    const seen = new Map<string, number>();
    for (const s of sentences)
      for (const t of s.tokens)
        if (openers.has(t.norm)) seen.set(t.norm, (seen.get(t.norm) ?? 0) + 1);
    for (const [w, n] of seen) if (n >= 2) names.add(w);
  }
  // "SK nexilis", which the tags write "SK Nexilis": a brand's lower-case word after its initials
  const afterInitials = new Map<string, boolean>();
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      const prev = s.tokens[k - 1];
      if (t.kind !== Kind.Word || t.text.length < 4 || !prev?.upper || prev.text.length > 4) return;
      const key = `${prev.norm} ${t.norm}`;
      afterInitials.set(key, (afterInitials.get(key) ?? false) || t.cap);
    });
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      const prev = s.tokens[k - 1];
      if (
        t.kind === Kind.Word &&
        !t.cap &&
        prev?.upper &&
        afterInitials.get(`${prev.norm} ${t.norm}`)
      )
        names.add(`${prev.norm} ${t.norm}`);
    });
  if (names.size === 0) return;
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      if (t.kind !== Kind.Word) return;
      if (names.has(t.norm) || names.has(`${s.tokens[k - 1]?.norm} ${t.norm}`)) t.cap = true;
    });
}

/** Words the article capitalises mid-sentence, and words it writes in lower case. */
export function wordUse(sentences: readonly Sentence[]): {
  midCaps: Set<string>;
  lowerWords: Set<string>;
  projectNames: Set<string>;
  lowerPairs: Set<string>;
  surnames: Map<string, string>;
} {
  const lowerPairs = new Set<string>();
  // "Alparslan Bayraktar said …, Bayraktar said": a news story calls a person by the surname
  const speakers = new Set<string>();
  const pairs = new Map<string, string>();
  const midCaps = new Set<string>();
  const lowerWords = new Set<string>();
  const projectNames = new Set<string>();
  // "Nyrstar's plan …", "Nyrstar, which is owned by Trafigura, said": a name that acts as a
  // company does, though "the Nyrstar smelter" names a plant by it
  const actors = new Set<string>();
  for (const s of sentences) {
    if (s.headline) continue;
    const tokens = s.tokens;
    tokens.forEach((t, k) => {
      if (t.kind !== Kind.Word) return;
      if (t.cap && actsAsCompany(tokens, k)) actors.add(t.norm);
      // ("iM3NY" is written as a name is, its capitals inside)
      if (!t.cap && !innerCapitals(t.text)) {
        lowerWords.add(t.norm);
        const prev = tokens[k - 1];
        if (prev && prev.kind === Kind.Word && !prev.cap) lowerPairs.add(`${prev.norm} ${t.norm}`);
        return;
      }
      // (and a table's cell: "| Electrovaya | Jamestown, NY |" names the same company as prose)
      if (
        (k > 0 && notAfterStop(tokens, k)) ||
        tokens[k - 1]?.text === "|" ||
        tokens[k + 1]?.text === "|"
      )
        midCaps.add(t.norm);
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      const lone = !(before?.kind === Kind.Word && before.cap) && !t.upper;
      if (lone && PERSON_SPEECH.test(after?.norm ?? "")) speakers.add(t.norm);
      // ("Chanda Mulenga said …", later "Mr Mulenga": the surname of a person)
      if (HONORIFICS.test(before?.norm ?? "") && !t.upper) speakers.add(t.norm);
      // "– said Mikać."
      if (lone && PERSON_SPEECH.test(before?.norm ?? "") && /^[.,]$/.test(after?.text ?? ""))
        speakers.add(t.norm);
      // ("Minister of Foreign Affairs and Trade Péter Szijjártó": the last two words of a run)
      if (
        before?.kind === Kind.Word &&
        before.cap &&
        !before.upper &&
        !t.upper &&
        !(after?.kind === Kind.Word && after.cap) &&
        // (a heading's "About Hithium" is no first name)
        !GRAMMAR_WORDS.test(before.norm) &&
        before.norm !== "about" &&
        !HONORIFICS.test(before.norm)
      )
        pairs.set(t.norm, before.norm);
      // "in Guben, Germany", "in Kirchardt, in the German state of …": a place's name, whatever
      // the gazetteer holds
      if (
        /^(in|near)$/.test(tokens[k - 1]?.norm ?? "") &&
        tokens[k + 1]?.text === "," &&
        (tokens[k + 2]?.cap || tokens[k + 2]?.norm === "in")
      )
        projectNames.add(t.norm);
      // 'electrolyte "IONEL"', '(LiFSI) "IONEL"': a product's brand, quoted after what it is
      if (
        /^["“]$/.test(before?.text ?? "") &&
        /^["”]$/.test(after?.text ?? "") &&
        (tokens[k - 2]?.text === ")" ||
          (tokens[k - 2]?.kind === Kind.Word &&
            (!tokens[k - 2].cap || /[a-z][A-Z]/.test(tokens[k - 2].text)) &&
            !/^(as|or|and|called|named|dubbed|the)$/.test(tokens[k - 2].norm)))
      )
        projectNames.add(t.norm);
      // "At Pulawy we have a lease option …": where the speaker works
      if (
        tokens[k - 1]?.norm === "at" &&
        (k === 1 || tokens[k - 2].text === ":") &&
        /^(we|our|they|there)$/.test(after?.norm ?? "")
      )
        projectNames.add(t.norm);
      // "Jingxi Municipal People's Government", "Suining City": a town's name, whatever the
      // gazetteer holds ("Jingxi is known as …" is no company)
      if (
        after?.cap &&
        /^(municipal|municipality|county|prefecture|prefectural|city|district)$/.test(after.norm)
      )
        projectNames.add(t.norm);
      // "its Galaxy hard-rock lithium project", "the Kemerton plant": the name of a project
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
        const w = tokens[j];
        if (w.kind === Kind.Word && !w.cap && PROJECT_NOUNS.has(w.norm)) projectNames.add(t.norm);
        if (w.text !== "-" && (w.kind !== Kind.Word || w.cap)) break;
        // "Managem is building a plant": a subject and its verb, not a plant's name
        if (CLAUSE_WORDS.has(w.norm)) break;
      }
    });
  }
  const surnames = new Map<string, string>();
  // ("Bahlil Lahadalia said …", later "Bahlil said": a name whose first word speaks alone)
  for (const [last, first] of pairs)
    if (speakers.has(last) || speakers.has(first)) surnames.set(last, first);
  for (const w of actors) projectNames.delete(w);
  return { midCaps, lowerWords, projectNames, lowerPairs, surnames };
}

/** What a person does alone in a news story, and a company seldom: said, noted, added. */
const PERSON_SPEECH = /^(said|says|noted|added|told|stressed|explained|emphasised|emphasized)$/;

/**
 * A lone name at k told as a company: "Nyrstar's plan", "Nyrstar, which is owned by …",
 * "Lucas-TVS on Friday broke ground", "Lucas-TVS said".
 */
function actsAsCompany(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev?.kind === Kind.Word && prev.cap) return false;
  // (the name's run, joined by hyphens, and the verb after it)
  let j = k + 1;
  while (tokens[j]?.text === "-" && !tokens[j].space && tokens[j + 1]?.cap) j += 2;
  if (/^(on|last|this)$/.test(tokens[j]?.norm ?? "") && DAY_NAMES.has(tokens[j + 1]?.norm ?? ""))
    j += 2;
  if (/^(said|says|broke|posted|reported|operates|employs)$/.test(tokens[j]?.norm ?? ""))
    return true;
  const next = tokens[k + 1];
  if (next?.kind === Kind.Word && next.cap) return false;
  if (isPossessiveMark(tokens, k + 1)) {
    const owned = tokens[k + 2]?.norm === "s" ? tokens[k + 3] : tokens[k + 2];
    return /^(plan|plans|board|shareholders|shares|chief|subsidiary|parent|owner|owners)$/.test(
      owned?.norm ?? ""
    );
  }
  return (
    next?.text === "," &&
    /^(which|a|an|owned|controlled)$/.test(tokens[k + 2]?.norm ?? "") &&
    /^(is|owned|controlled|unit|subsidiary|listed)$/.test(tokens[k + 3]?.norm ?? "")
  );
}

/** Words that end a name's modifiers: a verb or a function word stands between it and the noun. */
const CLAUSE_WORDS = new Set(
  "is are was were be been has have had will would could should may said says plans plan to of a an the and or for in at on with by from that which who its their".split(
    " "
  )
);

const PROJECT_NOUNS = new Set([
  "project",
  "converter",
  "mine",
  "deposit",
  "plant",
  "refinery",
  "facility",
  "concentrator",
  "smelter",
  "salar",
  "prospect",
  "operation",
]);

const MEASURED =
  /^(volume|volumes|sales|output|production|exports|imports|shipments|price|prices|demand|consumption)$/;

const PLACE_NOUNS =
  /^(county|city|town|village|district|province|prefecture|municipality|region|township|suburb|port)$/;

const HONORIFICS = /^(mr|mrs|ms|dr|prof)$/;

function notAfterStop(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev.kind === Kind.Punct && /^[.!?:"“‘(]$/.test(prev.text)) return false;
  // "TOKYO -- High on the plateau": a dateline's dash opens the sentence
  return !afterOpening(tokens, k);
}

interface Run {
  from: number;
  to: number;
}

/**
 * "Iranian Mines and Mining Industries Development and Renovation Organization (IMIDRO)": a long
 * name with "and" in it, spelt out before its short name, which opens with the name's letter.
 */
function spelledOutBefore(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, from + 14); k++) {
    const t = tokens[k];
    if (t.text === "(") {
      const short = acronymAfter(tokens, k);
      return short !== null && /^[A-Z]{3,}$/.test(short) && short[0] === tokens[from].text[0];
    }
    if (!(capitalised(t) || /^(and|of|for)$/.test(t.norm))) return false;
  }
  return false;
}

/** Capitalised runs of a sentence: candidate names. */
function runs(tokens: readonly Token[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "6K Energy", "5E Advanced Materials": a name that opens with a digit
    const digitLed =
      tokens[i].kind === Kind.Number &&
      /^\d{1,2}$/.test(tokens[i].text) &&
      !tokens[i + 1]?.space &&
      /^[A-Z]{1,2}$/.test(tokens[i + 1]?.text ?? "") &&
      (!tokens[i + 2] || tokens[i + 2].space);
    // "0.98Mt", "25,000Mtpa": a unit glued to its figure, no name
    const unitOfFigure =
      i > 0 &&
      !tokens[i].space &&
      tokens[i - 1].kind === Kind.Number &&
      !/^\d$/.test(tokens[i - 1].text) &&
      /^(mt|mtpa|kt|ktpa|gwh|mwh|gw|mw|t|tpa)$/.test(tokens[i].norm);
    if ((!capitalised(tokens[i]) && !digitLed) || unitOfFigure) {
      i++;
      continue;
    }
    const from = i;
    let to = digitLed ? i + 2 : i + 1;
    // "the Bureau of Economy and Information Technology": an office's portfolios, one name
    let portfolios = tokens
      .slice(from, from + 3)
      .some((w) =>
        /^(ministry|department|division|directorate|bureau|commission|agency)$/.test(w.norm)
      );
    while (to < tokens.length && to - from < 12) {
      const t = tokens[to];
      const next = tokens[to + 1];
      if (capitalised(t) && !isPossessiveMark(tokens, to - 1)) {
        to++;
        continue;
      }
      // "Element 25 Limited", "Group14": a number inside a name
      if (t.kind === Kind.Number && /^\d{1,3}$/.test(t.text) && tokens[to - 1].kind === Kind.Word) {
        if (!t.space || capitalised(next)) {
          to++;
          continue;
        }
      }
      if (t.kind === Kind.Word && CONNECTORS.has(t.norm) && capitalised(next)) {
        to += 2;
        continue;
      }
      if (
        (t.norm === "and" || t.text === "&") &&
        capitalised(next) &&
        (t.text === "&" ||
          AND_JOINERS.has(tokens[to - 1].norm) ||
          portfolios ||
          spelledOutBefore(tokens, from, to))
      ) {
        to += 2;
        continue;
      }
      // ("Green Li-ion": the one lower-case word a name takes after a hyphen)
      const liIon = tokens[to - 1].norm === "li" && next?.norm === "ion";
      if (t.text === "-" && !t.space && (capitalised(next) || liIon) && !next?.space) {
        to += 2;
        continue;
      }
      // "Jiujiang Tinci High-tech Materials": a lower-case half of a hyphened word inside a name
      if (
        t.text === "-" &&
        !t.space &&
        next?.kind === Kind.Word &&
        !next.space &&
        // (not "State-owned Kuvimba", "TSX-listed NextSource": an adjective before the name)
        /^(tech|tec|technology|technologies|material|materials|energy|power|metals?|chem)$/.test(
          next.norm
        ) &&
        capitalised(tokens[to + 2])
      ) {
        to += 2;
        continue;
      }
      // "Saint-Michel-des-Saints": a lower-case particle between hyphens
      if (
        t.text === "-" &&
        !t.space &&
        next?.kind === Kind.Word &&
        !next.space &&
        tokens[to + 2]?.text === "-" &&
        capitalised(tokens[to + 3])
      ) {
        to += 4;
        continue;
      }
      if (
        t.text === "." &&
        !t.space &&
        (LEGAL_FORMS.has(tokens[to - 1].norm) || tokens[to - 1].text.length === 1)
      ) {
        to++;
        continue;
      }
      // "Ministry of Economy, Trade and Industry": a ministry's portfolios listed
      if (
        t.text === "," &&
        tokens
          .slice(from, from + 2)
          .some((w) => /^(ministry|department|division|directorate)$/.test(w.norm)) &&
        capitalised(next) &&
        (tokens[to + 2]?.norm === "and" || tokens[to + 3]?.norm === "and")
      ) {
        portfolios = true;
        to++;
        continue;
      }
      if (t.text === "," && next?.kind === Kind.Word && LEGAL_FORMS.has(next.norm) && next.cap) {
        to++;
        continue;
      }
      // "BTR (Jixi) New Material Co., Ltd.": a unit's town in brackets inside its name
      if (t.text === "(" && capitalised(next)) {
        const close =
          tokens[to + 2]?.text === ")" ? to + 2 : tokens[to + 3]?.text === ")" ? to + 3 : -1;
        const after = tokens[close + 1];
        if (
          close > 0 &&
          capitalised(tokens[close - 1]) &&
          capitalised(after) &&
          !LEGAL_FORMS.has(after.norm) &&
          !isAcronym(next)
        ) {
          to = close + 1;
          continue;
        }
      }
      break;
    }
    out.push({ from, to });
    i = to;
  }
  return out;
}

/** The first token after the possessive mark at k: past "'s", or past a lone "'". */
export function pastMark(tokens: readonly Token[], k: number): number {
  return tokens[k + 1]?.norm === "s" ? k + 2 : k + 1;
}

function isPossessiveMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!(t?.text === "'" || t?.text === "’")) return false;
  if (isApostropheS(tokens, k)) return true;
  // "at Stellantis' car factory": a name ending in s takes the mark alone, unless it closes a
  // quote ("dubbed 'Project Genesis' and …")
  const next = tokens[k + 1];
  if (
    t.space ||
    !/s$/i.test(tokens[k - 1]?.text ?? "") ||
    next?.kind !== Kind.Word ||
    !next.space ||
    CLAUSE_WORDS.has(next.norm)
  )
    return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--)
    if ((tokens[j].text === "'" || tokens[j].text === "‘") && !tokens[j + 1]?.space) return false;
  return true;
}

/** The run without opening words that are not a name and closing punctuation and legal forms. */
function trim(
  tokens: readonly Token[],
  run: Run
): { name: Run; legal: boolean; person?: Run } | null {
  let { from, to } = run;
  // "Ascend Elements CEO Mike O'Kronley": the company, then its officer
  let person: Run | undefined;
  for (let k = from + 1; k + 1 < to; k++)
    if (/^(ceo|cfo|coo|cto|chairman|chairwoman|president|founder)$/.test(tokens[k].norm)) {
      person = { from: k + 1, to };
      to = k;
      break;
    }
  // "Chairman of BTR", "Vice President of Zhicun Lithium Group": the title is not the name
  for (let k = from; k < to; k++) {
    if (tokens[k].norm === "of" && k > from) {
      if (
        tokens
          .slice(from, k)
          .every(
            (t) =>
              PERSON_TITLES.has(t.norm) ||
              /^(prime|executive|managing|board|general|deputy)$/.test(t.norm)
          )
      ) {
        // "Minister of Mines Habtamu Tegegne": a portfolio and its holder, no company at all
        if (tokens.slice(from, k).some((t) => /^(minister|secretary|governor|mayor)$/.test(t.norm)))
          return null;
        from = k + 1;
      }
      break;
    }
  }
  // "phase I of Shangtai Technology's project": the phase's numeral is no part of the name
  if (
    /^(i|ii|iii|iv)$/.test(tokens[from].norm) &&
    /^(phase|stage|line|train|unit)$/.test(tokens[from - 1]?.norm ?? "") &&
    tokens[from + 1]?.norm === "of"
  )
    from += 2;
  const opening = from;
  while (
    from < to &&
    (SENTENCE_STARTERS.has(tokens[from].norm) ||
      DAY_NAMES.has(tokens[from].norm) ||
      MONTHS.has(tokens[from].norm)) &&
    !isAcronym(tokens[from]) &&
    // ("First Phosphate told investors", "First Quantum said": a name's own first word)
    !(
      from === 0 &&
      /^(first|new)$/.test(tokens[from].norm) &&
      to - from >= 2 &&
      COMPANY_VERBS.has(tokens[to]?.norm ?? "")
    ) &&
    // ("Sept-Îles": a town's name, not a month)
    !(tokens[from + 1]?.text === "-" && !tokens[from + 1].space)
  ) {
    from++;
    while (from < to && CONNECTORS.has(tokens[from].norm)) from++;
  }
  // "Our Next Energy Inc., known as ONE", "Our Next Energy is scaling back": the common words
  // are the name's when all that is left is a company's generic word (and its legal form)
  const rest = tokens.slice(from, to).filter((t) => t.kind === Kind.Word);
  const stripped = tokens.slice(opening, from);
  const generic =
    COMPANY_HEADS.has(rest[0]?.norm ?? "") &&
    (rest.length === 1 || (rest.length === 2 && LEGAL_FORMS.has(rest[1].norm)));
  if (
    generic &&
    stripped.length > 0 &&
    stripped.every((t) => t.cap && !GRAMMAR_WORDS.test(t.norm)) &&
    (rest.length === 2 || stripped.length >= 2)
  )
    from = opening;
  // "Chinese Sunwoda Electric Vehicle Battery Co. is building …": the maker's country, before its name
  // (but "Australian Vanadium Limited" is the name: a demonym before a mere product word)
  if (
    to - from > 2 &&
    DEMONYMS.has(tokens[from].norm) &&
    (from === 0 || afterOpening(tokens, from)) &&
    !(COMPANY_HEADS.has(tokens[from + 1].norm) && LEGAL_FORMS.has(tokens[from + 2]?.norm ?? ""))
  )
    from++;
  // "Rival Samsung SDI said …": a noun capitalised only because it opens the sentence
  if (
    to - from > 1 &&
    COMPANY_NOUNS.has(tokens[from].norm) &&
    (from === 0 || afterOpening(tokens, from)) &&
    !isAcronym(tokens[from])
  )
    from++;
  let legal = false;
  let end = to;
  for (;;) {
    const t = tokens[end - 1];
    if (end <= from) return null;
    // "Prospect Lithium Zimbabwe (Private) Limited", "Premium Nickel Resources Botswana (Pty)"
    if (
      t.text === ")" &&
      /^(private|pty|pvt|proprietary)$/.test(tokens[end - 2]?.norm ?? "") &&
      tokens[end - 3]?.text === "(" &&
      end - 3 > from
    ) {
      legal = true;
      end -= 3;
      continue;
    }
    if (t.kind === Kind.Punct) {
      end--;
      continue;
    }
    if (LEGAL_FORMS.has(t.norm) && end - 1 > from && (t.cap || isAcronym(t))) {
      legal = true;
      end--;
      continue;
    }
    // "S.A.", "N.V.", "S.p.A.": a legal form spelt in initials
    if (
      /^[A-Za-z]{1,2}$/.test(t.text) &&
      tokens[end - 2]?.text === "." &&
      /^[A-Z][a-z]?$/.test(tokens[end - 3]?.text ?? "") &&
      end - 3 > from &&
      LEGAL_FORMS.has((tokens[end - 3].text + t.text).toLowerCase())
    ) {
      legal = true;
      end -= 3;
      continue;
    }
    if (CONNECTORS.has(t.norm) || t.norm === "and") {
      end--;
      continue;
    }
    break;
  }
  if (end <= from) return null;
  return { name: { from, to: end }, legal, person };
}

export interface CompanyFinder {
  registry: CompanyRegistry;
  isPlace: (tokens: readonly Token[], from: number, to: number) => boolean;
  isMaterial: (tokens: readonly Token[], from: number, to: number) => boolean;
}

/** The companies a sentence names, each with its role in the sentence. */
export function findCompanies(sentence: Sentence, finder: CompanyFinder): CompanyMention[] {
  const { tokens } = sentence;
  const { registry } = finder;
  const found: CompanyMention[] = [];
  const add = (from: number, to: number, name: string) => {
    const e = registry.entity(name);
    found.push({
      entity: e,
      from,
      to,
      role: roleOf(tokens, from, to),
      possessive: isPossessiveMark(tokens, to),
    });
  };
  if (sentence.headline) {
    // a headline capitalises every word: only names known from the directory or the article,
    // and names with a legal form ("Hunan Yuneng New Energy Battery Material Co Ltd:")
    for (let i = 0; i < tokens.length; i++) {
      const k = registry.knownAt(tokens, i);
      if (k && !registry.isExcluded(k.name)) {
        add(i, k.to, k.name);
        i = k.to - 1;
      }
    }
    for (const run of runs(tokens)) {
      const trimmed = trim(tokens, run);
      // "Oracle Nickel (ONI)" alone on its line, a report's heading read after its body: the
      // body's "ONI" is the unit spelt out here
      const short = acronymAfter(tokens, run.to);
      if (trimmed && short && trimmed.name.from === 0 && tokens.length <= run.to + 3) {
        const name = textOf(tokens, trimmed.name.from, trimmed.name.to);
        if (short[0] === name[0] && !finder.isPlace(tokens, 0, trimmed.name.to))
          registry.spellOut(short, name);
      }
      // ("3) LATROBE MAGNESIUM (ASX: LMG) - Hazelwood North": a listed company heads its item,
      // the body calls it by its ticker)
      const ticker = trimmed && trimmed.name.to === run.to ? tickerAfter(tokens, run.to) : null;
      if (trimmed && ticker && !finder.isPlace(tokens, trimmed.name.from, trimmed.name.to)) {
        const { from, to } = trimmed.name;
        if (found.some((m) => m.from < to && m.to > from)) continue;
        add(from, to, titled(textOf(tokens, from, to)));
        registry.alias(ticker, found[found.length - 1].entity);
        continue;
      }
      // ("1. PT Ceria Nugraha Indotama (Kolaka, Southeast Sulawesi)": an Indonesian legal form
      // stands before the name)
      const pt =
        trimmed !== null &&
        tokens[trimmed.name.from]?.text === "PT" &&
        trimmed.name.to - trimmed.name.from > 1;
      // ("1. Suvarna Electrochem: electrolyte, Dahej (Gujarat)": a list's item, headed by its maker)
      const item = trimmed !== null && listItemHead(tokens, trimmed.name.from, trimmed.name.to);
      if (!trimmed || !(trimmed.legal || pt || item)) continue;
      const { from, to } = trimmed.name;
      if (found.some((m) => m.from < to && m.to > from)) continue;
      const name = textOf(tokens, from, to);
      if (judge(tokens, from, to, true, finder, sentence) === "company") add(from, to, name);
    }
    return found.sort((a, b) => a.from - b.from);
  }
  // "SHANGHAI, Jun 14 (SMM) - …": the agency that filed the story, whatever else it names
  for (let i = 1; i + 3 < tokens.length; i++)
    if (
      tokens[i].text === "(" &&
      tokens[i + 2].text === ")" &&
      /^[-–—]$/.test(tokens[i + 3].text) &&
      tokens[i - 1].kind === Kind.Number
    )
      registry.exclude(tokens[i + 1].text);
  // "Element 25 plans …": a directory name with a number, which a run of capitals stops short of
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i])) continue;
    const k = registry.knownAt(tokens, i);
    if (!k || k.to - i < 2 || tokens[k.to - 1].kind !== Kind.Number) continue;
    if (!registry.isExcluded(k.name)) add(i, k.to, k.name);
    i = k.to - 1;
  }
  // "the Company's flagship asset", "The Group plans to construct a second phase": a filing's
  // defined terms for itself and its group
  const defined: Array<[string, CompanyEntity | null]> = [
    ["Company", registry.calledTheCompany],
    ["Group", registry.calledTheGroup],
  ];
  for (const [term, self] of defined)
    if (self)
      for (let i = 1; i < tokens.length; i++)
        if (
          tokens[i].text === term &&
          tokens[i - 1].norm === "the" &&
          !/^["”]$/.test(tokens[i + 1]?.text ?? "") &&
          !found.some((m) => m.from <= i && m.to > i)
        )
          add(i, i + 1, self.name);
  const numbered = found.slice();
  for (const run of runs(tokens)) {
    const trimmed = trim(tokens, run);
    if (!trimmed) continue;
    // the officer's names never name a company ("O'Kronley said …")
    if (trimmed.person)
      for (let k = trimmed.person.from; k < trimmed.person.to; k++)
        if (tokens[k].kind === Kind.Word && tokens[k].cap && tokens[k].text.length > 1)
          registry.exclude(tokens[k].text);
    const { from } = trimmed.name;
    let { to } = trimmed.name;
    // "The founder and director of ElevenEs Nemanja Mikać said …", later "said Mikać": the
    // company, then the person the article lets speak by the surname
    const given = registry.firstNameOf(tokens[to - 1]);
    if (
      to - from > 2 &&
      given !== undefined &&
      tokens[to - 2].norm === given &&
      tokens[to - 2].text.length > 1 &&
      !COMPANY_HEADS.has(tokens[to - 1].norm) &&
      !LEGAL_FORMS.has(tokens[to - 1].norm)
    ) {
      registry.exclude(tokens[to - 2].text);
      registry.exclude(tokens[to - 1].text);
      registry.exclude(textOf(tokens, to - 2, to));
      to -= 2;
    }
    if (numbered.some((m) => m.from < to && m.to > from)) continue;
    const name = textOf(tokens, from, to);
    const verdict = judge(tokens, from, to, trimmed.legal, finder, sentence);
    if (verdict === "company") {
      add(from, to, name);
      defineAcronym(tokens, run.to, found[found.length - 1].entity, finder);
    } else if (verdict === "person") {
      // "Bauyrzhan Aitkulov, Director …": later "Aitkulov also said" is the same person
      registry.exclude(name);
      for (let k = from; k < to; k++)
        if (tokens[k].kind === Kind.Word && tokens[k].cap) registry.exclude(tokens[k].text);
    } else if (verdict === "excluded") {
      registry.exclude(name);
      const acronym = acronymAfter(tokens, run.to);
      if (acronym) registry.exclude(acronym);
    } else {
      // 'the Indonesia Morowali Industrial Park ("IMIP")': the short name of a site is no company
      const acronym =
        SITE_HEADS.has(tokens[to - 1]?.norm ?? "") || namedFacilityAfterAcronym(tokens, run.to)
          ? acronymAfter(tokens, run.to)
          : null;
      if (acronym) registry.exclude(acronym);
      // a known name inside a longer run: "Chairman of BTR", "Baoan Group's BTR"
      for (let i = from; i < to; i++) {
        const k = registry.knownAt(tokens, i);
        if (k && k.to <= to && !registry.isExcluded(k.name)) {
          add(i, k.to, k.name);
          i = k.to - 1;
        }
      }
    }
  }
  found.sort((a, b) => a.from - b.from);
  // "Lotte Energy Materials Corp, formerly Iljin Materials, said": the old name is the same company
  for (let i = found.length - 1; i > 0; i--) {
    const m = found[i];
    let k = m.from - 1;
    if (tokens[k]?.norm === "as" && tokens[k - 1]?.norm === "known") k -= 2;
    if (!/^(formerly|previously)$/.test(tokens[k]?.norm ?? "")) continue;
    if (!/^(,|\()$/.test(tokens[k - 1]?.text ?? "") || found[i - 1].to > k - 1) continue;
    registry.formerName(textOf(tokens, m.from, m.to), found[i - 1].entity);
    found.splice(i, 1);
  }
  // "Our Next Energy Inc., known as ONE", "…, better known as REETec": its short name
  for (const m of found) {
    let k = m.to;
    while (k < m.to + 4 && (tokens[k]?.text === "." || LEGAL_FORMS.has(tokens[k]?.norm ?? ""))) k++;
    if (tokens[k]?.text === ",") k++;
    if (/^(better|also|commonly|locally)$/.test(tokens[k]?.norm ?? "")) k++;
    if (tokens[k]?.norm !== "known" || tokens[k + 1]?.norm !== "as") continue;
    const short = tokens[k + 2];
    if (!short || short.kind !== Kind.Word || !short.cap || short.text.length < 3) continue;
    if (registry.isCommonWord(short) && !isAcronym(short)) continue;
    if (tokens[k + 3]?.kind === Kind.Word && tokens[k + 3].cap) continue;
    registry.knownAs(short.text, m.entity);
  }
  // "Wesfarmers and SQM": the second plays the first one's part
  for (let i = 1; i < found.length; i++) {
    const gap = tokens.slice(found[i - 1].to, found[i].from);
    if (gap.length > 0 && gap.length <= 2 && gap.every((t) => /^(and|&|,)$/.test(t.norm)))
      found[i].role = found[i - 1].role;
  }
  // "Glencore, its largest backer and a major customer, has extended financing": not the builder
  for (const m of found) {
    if (m.role !== "subject" || tokens[m.to]?.text !== ",") continue;
    let k = m.to + 1;
    if (!/^(its|a|the|their)$/.test(tokens[k]?.norm ?? "")) continue;
    k++;
    while (
      /^(largest|biggest|main|key|major|top|anchor|cornerstone|strategic)$/.test(
        tokens[k]?.norm ?? ""
      )
    )
      k++;
    if (
      /^(backer|investor|shareholder|lender|financier|customer|buyer|creditor)$/.test(
        tokens[k]?.norm ?? ""
      )
    )
      m.role = "object";
  }
  // "COBCO, a joint venture between Al Mada and China's CNGR": the venture acts, wherever it
  // stands ("an agreement with COBCO, the joint venture formed by …"); its partners own it
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!isVentureName(tokens, m.to)) continue;
    if (m.role === "object" && /^(for|with)$/.test(tokens[m.from - 1]?.norm ?? ""))
      m.role = "subject";
    let end = m.to + 2;
    while (end < tokens.length && end - m.to < 20 && !/^(,|;)$/.test(tokens[end].text)) end++;
    // (the partners: "between A and B", "formed by A and B", "of A, B and C")
    for (const p of found.slice(i + 1))
      if (p.from < end && p.entity !== m.entity) {
        p.role = "parent";
        const partners = (m.entity.partners ??= []);
        if (!partners.includes(p.entity)) partners.push(p.entity);
      }
  }
  // "Tennessee Lithium, a 30,000-tonne lithium hydroxide plant": the name of a plant, not its owner
  for (const m of found) if (m.role === "subject" && namesPlant(tokens, m.to)) m.role = "object";
  // "Baotou Golden Dragon, a subsidiary of Xiamen Tungsten": the unit's parent
  for (let i = 0; i < found.length; i++) {
    if (found[i].role !== "parent") continue;
    const child = found[i - 1] ?? found[i + 1];
    if (child && child.role !== "parent" && child.entity !== found[i].entity)
      child.entity.parent = found[i].entity;
  }
  // "Chengxin Lithium Group … its wholly-owned subsidiary PT Chengxin Lithium Indonesia": a
  // unit of the company named before it
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (m.entity.parent || !/^(subsidiary|unit|arm)$/.test(tokens[m.from - 1]?.norm ?? ""))
      continue;
    let k = m.from - 2;
    while (
      k > m.from - 6 &&
      tokens[k] &&
      !tokens[k].cap &&
      /^[a-z-]+$/.test(tokens[k].text) &&
      tokens[k].norm !== "its"
    )
      k--;
    if (tokens[k]?.norm === "its" && found[i - 1].entity !== m.entity)
      m.entity.parent = found[i - 1].entity;
  }
  return found;
}

/** `("BTR")`, `(BTR)`, `(“BTR”)` right after a name. */
function acronymAfter(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.text !== "(") return null;
  const ticker = tickerAfter(tokens, k);
  if (ticker) return ticker;
  let j = k + 1;
  // '(上海璞泰来新能源科技股份有限公司, "PTL")': the name in Chinese, then the short one
  while (tokens[j]?.kind === Kind.Cjk) j++;
  if (j > k + 1 && tokens[j]?.text === ",") j++;
  else if (j > k + 1) return null;
  const quoted = /^["“‘']$/.test(tokens[j]?.text ?? "");
  if (quoted) j++;
  const t = tokens[j];
  if (!t || t.kind !== Kind.Word) return null;
  let end = j + 1;
  if (/^["”’']$/.test(tokens[end]?.text ?? "")) end++;
  // ('Evion Group NL ("Evion" or "the Company")': a quoted short name, then the filing's term)
  const more = quoted && end === j + 2 && /^(or|,)$/.test(tokens[end]?.norm ?? "");
  if (tokens[end]?.text !== ")" && !more) return null;
  return t.text;
}

/**
 * "LITHIUM UNIVERSE" as a name is written: "Lithium Universe" (short words in capitals stay, and
 * a name of one word, "CATL", is an acronym).
 */
function titled(name: string): string {
  if (name !== name.toUpperCase() || !/\s/.test(name.trim()) || !/\p{L}{4,}/u.test(name))
    return name;
  return name.replace(/\p{L}{4,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * "CNNC Hua Yuan Titanium Dioxide (中核钛白, 002145)", "(300505)", "(1772.HK)": the stock code a
 * listed company's name carries.
 */
function stockCode(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== "(") return false;
  let j = k + 1;
  while (tokens[j]?.kind === Kind.Cjk) j++;
  if (j > k + 1 && /^[,，]$/.test(tokens[j]?.text ?? "")) j++;
  const code = tokens[j];
  if (!code || code.kind !== Kind.Number || !/^\d{4,6}$/.test(code.text)) return false;
  j++;
  // ("603799.SH", "1772.HK")
  if (tokens[j]?.text === "." && /^(sh|sz|hk|ss|ks|kq|t)$/.test(tokens[j + 1]?.norm ?? "")) j += 2;
  // ("the Kemerton plant (2019)": a year, not a code)
  else if (/^(19|20)\d\d$/.test(code.text)) return false;
  return tokens[j]?.text === ")";
}

/** Stock exchanges whose tickers follow a listed company's name. */
const EXCHANGES =
  /^(asx|tsx|tsxv|tsx-v|nyse|nasdaq|lse|aim|otc|otcqx|otcqb|jse|hkex|sgx|kosdaq|krx|kospi|szse|sse|nse|bse|fra|fse|xetra|cse|idx|set|bmv|b3|bvl|bcs|psx)$/;

/**
 * "Latrobe Magnesium (ASX: LMG)", "(TSX-V: FL; OTCQX: FLMMF)", "(NYSE:ALB)": the ticker the
 * story goes on to call the company by.
 */
function tickerAfter(tokens: readonly Token[], k: number): string | null {
  let j = k + 1;
  if (tokens[j]?.kind !== Kind.Word || !EXCHANGES.test(tokens[j].norm)) return null;
  j++;
  // ("TSX-V", "NYSE American")
  if (tokens[j]?.text === "-" && tokens[j + 1]?.kind === Kind.Word) j += 2;
  else if (tokens[j]?.norm === "american") j++;
  if (tokens[j]?.text !== ":") return null;
  const t = tokens[j + 1];
  if (!t || t.kind !== Kind.Word || t.text.toUpperCase() !== t.text) return null;
  return /^[),;|]$/.test(tokens[j + 2]?.text ?? "") ? t.text : null;
}

/**
 * 'Shenzhen Senior Technology Material Co., Ltd. ("Senior Technology" or "the Company")': a
 * short name of several words, quoted, that the article goes on to use.
 */
function quotedShortName(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.text !== "(" || !/^["“]$/.test(tokens[k + 1]?.text ?? "")) return null;
  let j = k + 2;
  while (j < k + 7 && tokens[j]?.kind === Kind.Word && tokens[j].cap) j++;
  if (j < k + 4 || !/^["”]$/.test(tokens[j]?.text ?? "")) return null;
  if (!/^(\)|,|;|or)$/.test(tokens[j + 1]?.norm ?? "")) return null;
  return textOf(tokens, k + 2, j);
}

function namedFacilityAfterAcronym(tokens: readonly Token[], k: number): boolean {
  if (acronymAfter(tokens, k) === null) return false;
  let j = k + 1;
  while (j < tokens.length && j < k + 5 && tokens[j].text !== ")") j++;
  const next = tokens[j + 1];
  if (next !== undefined && next.kind === Kind.Word && FACILITY_NAME_ENDS.has(next.norm))
    return true;
  // "its Kisanfu (KFM) copper-cobalt mine": a plant's name, its kind told after in lower case
  for (let m = j + 1; m < Math.min(tokens.length, j + 6); m++) {
    const t = tokens[m];
    if (
      t.kind === Kind.Word &&
      !t.cap &&
      /^(mine|plant|project|refinery|smelter|operation)$/.test(t.norm)
    )
      return true;
    if (t.text !== "-" && (t.kind !== Kind.Word || t.cap)) return false;
  }
  return false;
}

function defineAcronym(
  tokens: readonly Token[],
  k: number,
  e: CompanyEntity,
  finder: CompanyFinder
): void {
  // ('Humber Lithium plc (AIM: HUMB)', 'Elemental Strategic Metals S.A. ("ESM")': past the
  // legal form's words, letters and stops)
  for (let n = 0; n < 6 && tokens[k] && tokens[k].text !== "("; n++, k++)
    if (
      !/^[.,]$/.test(tokens[k].text) &&
      !(
        tokens[k].kind === Kind.Word &&
        (LEGAL_FORMS.has(tokens[k].norm) || /^[A-Z]{1,2}$/.test(tokens[k].text))
      )
    )
      return;
  // 'ioneer Ltd ("ioneer" or "the Company")', 'Idemitsu Kosan Co., Ltd. (the "Company")': a
  // filing's defined term for itself
  // ('(the "Company", together with its subsidiaries, the "Group")': the group is the filer's)
  for (let j = k + 1; j < Math.min(tokens.length, k + 20) && tokens[j - 1]?.text !== ")"; j++) {
    const quoted = /^["“”']$/.test(tokens[j - 1].text);
    if (tokens[k].text !== "(" || tokens[quoted ? j - 2 : j - 1]?.norm !== "the") continue;
    if (tokens[j].text === "Company" && j < k + 10) finder.registry.calledTheCompany = e;
    if (tokens[j].text === "Group" && quoted) finder.registry.calledTheGroup = e;
  }
  const acronym = acronymAfter(tokens, k) ?? quotedShortName(tokens, k);
  if (!acronym || (acronym.length > 8 && !acronym.includes(" "))) return;
  // "Tianqi Lithium (Suining) Co., Ltd.": the unit's town, not a short name
  const at = tokens.findIndex((t, j) => j > k && t.text === acronym);
  if (at >= 0 && finder.isPlace(tokens, at, at + 1)) return;
  finder.registry.alias(acronym, e);
}

type Verdict = "company" | "excluded" | "person" | "none";

/**
 * Names that look like a producer's and are not: a market, a publication told, a numeral, a
 * formula, a status word, a brand, a project's name. Kept apart from judge, which is long.
 */
function notAProducer(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: readonly Token[],
  registry: CompanyRegistry
): Verdict | null {
  const last = words[words.length - 1];
  // "will expand the CNT production line", "its PVDF capacity": a product's initials
  if (
    words.length === 1 &&
    words[0].upper &&
    /^(the|its|their|our)$/.test(tokens[from - 1]?.norm ?? "") &&
    /^(production|manufacturing|business|capacity|capacities|demand|market|output)$/.test(
      tokens[to]?.norm ?? ""
    ) &&
    !registry.inDirectory(words[0].text)
  )
    return "none";
  // "Mt Ida", "Mount Holland": a mountain a mine is named after (but "Mount Gibson Iron")
  if (
    /^(mt|mount)$/.test(words[0].norm) &&
    words.length <= 3 &&
    !words.some((w) => COMPANY_HEADS.has(w.norm) || LEGAL_FORMS.has(w.norm)) &&
    !registry.inDirectory(textOf(tokens, from, to))
  )
    return "none";
  // "ERCOT is one of the fastest-growing storage markets in the world": a market, not a maker
  if (/^(is|was)$/.test(tokens[to]?.norm ?? "")) {
    for (let k = to + 1; k < Math.min(tokens.length, to + 10); k++) {
      if (tokens[k].kind === Kind.Punct && tokens[k].text !== "-") break;
      if (
        /^(market|markets|region|regions|destination|destinations|jurisdiction)$/.test(
          tokens[k].norm
        )
      )
        return "excluded";
    }
  }
  // "chief executive Sam Riggall told Australian Mining": the one told is a publication
  if (tokens[from - 1]?.norm === "told" && tokens[from - 1].kind === Kind.Word) return "excluded";
  // "Phase I", "V2O5", "LOM", a table's "Commissioning": a numeral, a formula, a term, a status
  if (words.length === 1 && tokens[from].kind === Kind.Word) {
    const w = tokens[from];
    if (w.text === "I" || /^(?=.*\d)(?:[A-Z][a-z]?\d*){2,}$/.test(w.text)) return "none";
    if (/^(lom|commissioning|trial|construction|operation|production|pilot|planning)$/.test(w.norm))
      return "none";
  }
  // "Sila's Titan Silicon powder": a company's brand, named for what it sells
  if (
    tokens[from - 1]?.norm === "s" &&
    /^['’]$/.test(tokens[from - 2]?.text ?? "") &&
    capitalised(tokens[from - 3]) &&
    /^(powder|powders|product|products|brand|process|technology|chemistry|additive)$/.test(
      tokens[to]?.norm ?? ""
    )
  )
    return "none";
  // "the Songwe Hill project", later "Songwe Hill received its mining licence": a project's name
  if (
    words.length >= 2 &&
    registry.namesProject(last) &&
    words.every((w) => !COMPANY_HEADS.has(w.norm) && !LEGAL_FORMS.has(w.norm)) &&
    !registry.knows(textOf(tokens, from, to))
  )
    return "none";
  return null;
}

/** Words that open a sentence and never a name. */
const GRAMMAR_WORDS =
  /^(the|a|an|in|on|at|by|for|with|as|to|from|of|and|but|it|its|this|that|these|those|if|when|while)$/;
const LANDMARK_ENDS =
  /^(airport|parkway|highway|freeway|expressway|road|street|avenue|boulevard|interstate|bridge|stadium|centre|island|islands|isle|peninsula)$/;
const PLACE_ATTRIBUTES =
  /^(location|residents|economy|mayor|governor|population|workforce|downtown|outskirts|council|legislature|countryside|coastline)$/;

function judge(
  tokens: readonly Token[],
  from: number,
  to: number,
  legal: boolean,
  finder: CompanyFinder,
  sentence: Sentence
): Verdict {
  const { registry } = finder;
  const name = textOf(tokens, from, to);
  const words = tokens.slice(from, to).filter((t) => t.kind === Kind.Word);
  if (words.length === 0) return "none";
  const last = words[words.length - 1];
  if (registry.isExcluded(name)) return "excluded";
  const other = notAProducer(tokens, from, to, words, registry);
  if (other) return other;
  // "O'Kronley", "D'Souza": a surname after its particle
  const mark = tokens[from - 1];
  if (
    mark &&
    /^['’]$/.test(mark.text) &&
    !mark.space &&
    !tokens[from].space &&
    /^[A-Z]$/.test(tokens[from - 2]?.text ?? "")
  )
    return "person";
  // "(Suining) Co., Ltd.": a legal form cut off from its name
  if (words.every((w) => LEGAL_FORMS.has(w.norm))) return "none";
  // 'the "Plan for Securing Supply of Storage Batteries"': a policy's title opens with its aim
  if (
    words.length > 1 &&
    /^(securing|promoting|strengthening|developing|advancing|accelerating|supporting|ensuring|building|establishing)$/.test(
      words[0].norm
    )
  )
    return "none";
  // "the Plan of Operations", "its Record of Decision": a document's title
  if (
    words.length > 1 &&
    /^(plan|record|statement|notice|report|programme|program|memorandum)$/.test(words[0].norm) &&
    tokens[from + 1]?.norm === "of"
  )
    return "none";
  // "That project, called Carolina Lithium, …", "a plant dubbed Project Falcon": a project's name
  if (/^(called|dubbed|named|nicknamed|christened)$/.test(tokens[from - 1]?.norm ?? ""))
    return "none";
  // "its planned Tennessee Lithium plant", "Piedmont's Carolina Lithium project": a plant's name
  {
    let k = from - 1;
    while (k > 0 && /^(planned|proposed|flagship|new|existing|former)$/.test(tokens[k].norm)) k--;
    const owned = /^(its|their)$/.test(tokens[k]?.norm ?? "") || isPossessiveMark(tokens, k - 1);
    const next = tokens[to];
    if (
      owned &&
      next &&
      !next.cap &&
      /^(plant|project|refinery|mine|facility|site)$/.test(next.norm)
    )
      return "none";
  }
  // "Project ATLiS", "Project Falcon": a project's code name
  if (words.length > 1 && words[0].norm === "project" && !legal) return "none";
  // "Phase I", "Stage 2": a part of a plant
  if (
    /^(phase|stage|train|module|block|unit)$/.test(words[0].norm) &&
    // ("Phase 1A", "Stage 2B": a numbered part with its letter)
    words
      .slice(1)
      .every((w) => /^(i|ii|iii|iv|v|vi|one|two|three|four|a|b|c|d|ia|ib|iia|iib)$/.test(w.norm))
  )
    return "none";
  // "St. Thomas, Ontario", "Mt. Holland": a town's or a mountain's name
  if (tokens[from - 1]?.text === "." && /^(st|ste|mt|ft)$/.test(tokens[from - 2]?.norm ?? ""))
    return "none";
  // "south-west of Port Lincoln", "Port Hedland": a port town
  if (words.length === 2 && words[0].norm === "port" && !legal) return "none";
  // "Saint-Basile-le-Grand", "St-Félicien": a town's name
  if (/^(saint|sainte|st|ste)$/.test(words[0].norm) && tokens[from + 1]?.text === "-")
    return "none";
  // "Energy Minister Bahlil Lahadalia", "President Prabowo Subianto": an office, then its holder
  // ("PREMIER African Minerals": a title's word opening a company's name)
  const titled =
    words.length >= 3 && PERSON_TITLES.has(words[0].norm) && COMPANY_HEADS.has(last.norm);
  const title = words.findIndex((w) => OFFICES.test(w.norm));
  if (
    !titled &&
    title >= 0 &&
    title < words.length - 1 &&
    words.slice(title + 1).every((w) => !NON_PRODUCERS.has(w.norm) && !PERSON_TITLES.has(w.norm))
  )
    return "person";
  // "SMM learned that …": the news service telling the story
  if (/^(learned|learnt)$/.test(tokens[to]?.norm ?? "") && tokens[to + 1]?.norm === "that")
    return "excluded";
  // "Subscribe to Electrek on YouTube", "Follow Daryo": the publisher's own name
  const prev = tokens[from - 1]?.norm ?? "";
  if (
    /^(follow|subscribe)$/.test(prev) ||
    (prev === "to" && /^(subscribe|subscribed)$/.test(tokens[from - 2]?.norm ?? ""))
  )
    return "excluded";
  // ("Tibet Summit Resources": a known company, whatever word it holds; but "chief executive
  // Christian Rapp" is a person, whatever a headline made of him)
  if (registry.knows(name) && (registry.inDirectory(name) || !isPerson(tokens, from, to, titled)))
    return "company";
  if (words.some((w, i) => NON_PRODUCERS.has(w.norm) && !(i === 0 && titled))) return "excluded";
  // "Maharashtra Industrial Development Corporation (MIDC)", "Industrial Development Corporation
  // of South Africa": a state's developer of estates, or its financier, no producer
  if (
    tokens
      .slice(from, to)
      .some(
        (w, i) =>
          w.norm === "development" &&
          /^(corporation|corp|authority)$/.test(tokens[from + i + 1]?.norm ?? "")
      )
  )
    return "excluded";
  if (isPerson(tokens, from, to, titled)) return "person";
  // "Alparslan Bayraktar said …", and later "Bayraktar said": a person called by the surname
  const first = registry.firstNameOf(last);
  if (
    first !== undefined &&
    (words.length === 1 || words[words.length - 2].norm === first) &&
    !finder.isPlace(tokens, from, to - 1) &&
    !LEGAL_FORMS.has(last.norm) &&
    !COMPANY_HEADS.has(last.norm) &&
    // ("Northvolt Ett": a known company's plant, though "Northvolt said" alone)
    !(words.length > 1 && registry.inDirectory(words[words.length - 2].text))
  )
    return "person";
  // "Europe's supply", "the Central Lithium Plant", "the Project": a region or a plant
  // ("American Battery Factory Inc.": a plant's word in a name with its legal form is a name;
  // "south of Tucson International Airport": a landmark)
  // ("Sumitomo Metal Mine (5713)": a listed company, whatever its name ends with)
  const onExchange = stockCode(tokens, to) || tickerAfter(tokens, to) !== null;
  // ("Almalyk Mining and Metallurgical Complex", "Norilsk Mining and Metallurgical Combine": a
  // company named in the Soviet way)
  const combine =
    /^(complex|combine|combinat|kombinat)$/.test(last.norm) &&
    words.some((w) => /^(mining|metallurgical|chemical|metallurgy)$/.test(w.norm));
  if (
    words.some((w) => CONTINENTS.has(w.norm)) ||
    (FACILITY_NAME_ENDS.has(last.norm) && !legal && !onExchange && !combine) ||
    LANDMARK_ENDS.test(last.norm)
  )
    return "none";
  // "Jackson's location on Interstate 40", "Georgia's governor": a place's, not a company's
  if (
    isPossessiveMark(tokens, to) &&
    PLACE_ATTRIBUTES.test(tokens[pastMark(tokens, to)]?.norm ?? "")
  )
    return "none";
  // "for Honda and Acura EVs": a brand's vehicles
  if (words.length > 1 && VEHICLE_NOUNS.has(last.norm)) return "none";

  // "the Battery Anode Material (BAM) Project": a project's name with its acronym
  if (namedFacilityAfterAcronym(tokens, to)) return "none";
  if ((SITE_HEADS.has(last.norm) && !combine) || (last.norm === "city" && words.length > 1))
    return "none";
  // "the Sines Industrial and Logistics Zone": the first half of a site's name
  if (tokens[to]?.norm === "and") {
    let k = to + 1;
    while (k < tokens.length && k < to + 5 && tokens[k].cap) k++;
    if (k > to + 1 && SITE_HEADS.has(tokens[k - 1].norm)) return "none";
  }
  if (finder.isPlace(tokens, from, to) || finder.isMaterial(tokens, from, to)) return "none";
  // "in Exeter, New Hampshire": the place the trimmed word opened
  if (
    from > 0 &&
    /^(new|north|south|east|west)$/.test(tokens[from - 1].norm) &&
    tokens[from - 1].cap &&
    finder.isPlace(tokens, from - 1, to)
  )
    return "none";
  if (
    words.length === 1 &&
    (DEMONYMS.has(last.norm) || MONTHS.has(last.norm) || DAY_NAMES.has(last.norm))
  )
    return "none";
  // "a pilot line in Lincolnshire", "the East Midlands": an English county or region
  if (words.length <= 2 && (/.shire$/.test(last.norm) || last.norm === "midlands")) return "none";
  // ("SX-EW", "RKEF": a process's initials)
  if (words.every((w) => COMMON_ACRONYMS.has(w.norm))) return "none";
  // "P1000 will add a further ~320ktpa", "the P680 expansion", "the PNP1000": a project's code
  if (words.length === 1 && /^([A-Z]{1,2}-?\d{2,}|[A-Z]{3,4}-?\d{3,})$/.test(last.text))
    return "none";
  // "Correct, the second plant …", "Right." in a transcript: an answer, no name
  if (
    words.length === 1 &&
    /^(correct|right|exactly|absolutely|yes|sure|indeed|okay|ok|well|great|fair)$/.test(
      last.norm
    ) &&
    /^[,.!]$/.test(tokens[to]?.text ?? "")
  )
    return "none";
  // "THE COUNTRY'S two largest producers": a shouted opening, no name
  if (
    words.length === 2 &&
    words[0].norm === "the" &&
    /^(country|company|group|government|state|province|region|nation|ministry|city)$/.test(
      last.norm
    )
  )
    return "none";
  // "I. Industry in which the Company operated": a section's numeral and its heading
  if (
    words.length === 2 &&
    /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(words[0].norm) &&
    tokens[from + 1]?.text === "."
  )
    return "none";
  // "(Shanxi Phase IV)": a project's phase, not its owner
  if (!legal && words.length > 1 && words.some((w) => w.norm === "phase")) return "none";
  // "on the border of Kaustinen and Kronoby", "mines in Kaustinen, Kokkola and Kronoby": a place
  // listed with places
  if (
    words.length === 1 &&
    !legal &&
    (tokens[from - 1]?.norm === "and" ||
      (tokens[from - 1]?.text === "," && /^(and|,)$/.test(tokens[to]?.norm ?? ""))) &&
    from >= 2 &&
    capitalised(tokens[from - 2]) &&
    finder.isPlace(tokens, from - 2, from - 1) &&
    !registry.inDirectory(last.text)
  )
    return "none";
  // "Surigao del Norte": the end of a place's name after its particle
  if (/^(del|do|da|dos|das)$/.test(tokens[from - 1]?.text ?? "") && capitalised(tokens[from - 2]))
    return "none";
  // "to spend RM500mil on …", "Rp2tn": a sum of money in its currency's letters
  if (
    words.length === 1 &&
    /^(RM|Rp|Rs|US|HK|NZ|[ACRS])\d+(mil|mln|bil|bln|mn|bn|tn|trn|[mbk])?$/.test(last.text)
  )
    return "none";
  if (legal || combine) return "company";
  // "witnessed … at the New Administrative Capital": a place after "at the", not a company
  let lead = from - 1;
  while (lead > 0 && tokens[lead].cap) lead--;
  const atThe = tokens[lead]?.norm === "the" && tokens[lead - 1]?.norm === "at";
  if (atThe && !isPossessiveMark(tokens, to) && !branchOf(tokens, from, to)) return "none";
  if (words[0].text === "PT" && words.length > 1) return "company";
  if (registry.isCommonPhrase(words)) return "none";
  // "External sales volume of PVDF was …": a product measured, named by its letters
  if (
    words.length === 1 &&
    tokens[from - 1]?.norm === "of" &&
    MEASURED.test(tokens[from - 2]?.norm ?? "") &&
    isAcronym(words[0])
  )
    return "excluded";
  // "Exports of MHP", "Sales of cathode": a measure of something, not a name
  if (
    tokens[from + 1]?.norm === "of" &&
    NOT_CAPACITY_PREFIXES.some((p) => words[0].norm.startsWith(p))
  )
    return "none";
  const atStart = from === 0 || afterOpening(tokens, from);
  if (COMPANY_HEADS.has(last.norm) && words.length > 1) return "company";
  // "1. Suvarna Electrochem: electrolyte, Dahej (Gujarat)": a list's item, headed by its maker
  if (
    (listItemHead(tokens, from, to) || bulletHead(tokens, from, to)) &&
    !registry.isCommonWord(words[0])
  )
    return "company";
  // "Prospect Lithium Zimbabwe", "Gotion Power Morocco": a company named with its country
  let lastAt = to - 1;
  while (lastAt > from && tokens[lastAt] !== last) lastAt--;
  const head = words[words.length - 2];
  if (words.length > 2 && COMPANY_HEADS.has(head.norm) && finder.isPlace(tokens, lastAt, to))
    return "company";
  // a single word or a name without a telling ending: the words around it must say company,
  // and a name after "in", "at" or "near" is a place's
  const prior = tokens[from - 1]?.norm === "the" ? from - 2 : from - 1;
  if (/^(in|near|outside|into)$/.test(tokens[prior]?.norm ?? "")) return "none";
  // "At Longnan, a county in the far south of Ganzhou": a place the text explains
  if (
    tokens[to]?.text === "," &&
    /^(a|an)$/.test(tokens[to + 1]?.norm ?? "") &&
    PLACE_NOUNS.test(tokens[to + 2]?.norm ?? "")
  )
    return "none";
  // "the lithium refinery at Teesport have been approved": where the plant is
  if (tokens[prior]?.norm === "at" && FACILITY_NOUNS.has(tokens[prior - 1]?.norm ?? ""))
    return "none";
  // "- Caremag (France) – Carester: plant at Lacq …": a list's project, then its company
  const listed =
    /^[-–—]$/.test(tokens[from - 1]?.text ?? "") &&
    tokens[to]?.text === ":" &&
    tokens.slice(0, from - 1).some((t) => t.text === ")");
  if (
    !listed &&
    !stockCode(tokens, to) &&
    !companyContext(tokens, from, to) &&
    !namesVenture(tokens, to)
  )
    return "none";
  if (words.length === 1) {
    const w = words[0];
    // "Novonix said …" opening a sentence: a name that speaks (people and sources are plurals)
    // … or owns what follows: "Verkor's plant, built on …"
    // ("Residents' groups" opening a sentence: a plural's mark, no owner's)
    const speaks =
      (SPEECH_VERBS.test(tokens[to]?.norm ?? "") && !/s$/.test(w.norm)) ||
      (isPossessiveMark(tokens, to) && (tokens[to + 1]?.norm === "s" || !atStart));
    // "ExxonMobil is developing …": a capital inside a word is a brand's, never a sentence's opening
    // … and "Tinci will build a plant" opens with the builder (people and plans are plurals)
    const after = tokens.slice(to, to + 4).map((t) => t.norm);
    const builds =
      /^(will|plans|intends|is|has|aims)$/.test(after[0] ?? "") &&
      after.slice(1).some((v) => /^(build|construct|establish|invest|built|building)$/.test(v)) &&
      !/s$/.test(w.norm);
    // … or takes a company's decision: "Galp shelved the Aurora refinery" (not "Construction
    // halted", "Mining resumed": work that stops or starts)
    const verb = /^(has|have|had)$/.test(tokens[to]?.norm ?? "") ? to + 1 : to;
    const decides =
      DECISION_VERBS.test(tokens[verb]?.norm ?? "") &&
      !/s$/.test(w.norm) &&
      !/^(construction|production|operation|work|mining|output|expansion|development|commissioning|investment|financing|project)$/.test(
        w.norm
      ) &&
      !FACILITY_NOUNS.has(w.norm);
    const brand =
      decides ||
      /[a-z][A-Z]/.test(w.text) ||
      builds ||
      describedAsCompany(tokens, to) ||
      actsInList(tokens, from, to) ||
      // ("Prayon, which is jointly owned by …")
      actsAsCompany(tokens, from);
    if (atStart && !registry.seenCapitalised(w) && !isAcronym(w) && !speaks && !brand)
      return "none";
    if (registry.isCommonWord(w) || registry.namesProject(w)) return "none";
    if (SENTENCE_STARTERS.has(w.norm) || PERSON_TITLES.has(w.norm) || COMPANY_HEADS.has(w.norm))
      return "none";
  }
  if (sentence.headline) return "none";
  return "company";
}

/** "* LevertonHELM (Basingstoke, UK) - The specialty lithium salts producer …": a bullet's maker. */
function bulletHead(tokens: readonly Token[], from: number, to: number): boolean {
  if (from === 0 || !tokens.slice(0, from).every((t) => /^[*•·-]$/.test(t.text))) return false;
  let k = to;
  if (tokens[k]?.text === "(") {
    while (k < to + 10 && k < tokens.length && tokens[k].text !== ")") k++;
    k++;
  }
  // (a dash set apart, not the hyphen of "Two-phase development")
  return /^(-|–|—)$/.test(tokens[k]?.text ?? "") && tokens[k].space;
}

function listItemHead(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== ":" || to - from > 5) return false;
  // (the item's number may stand as a line of its own: "1."; a label of one word, "Note:",
  // "Sources:", is no maker)
  const numbered =
    (from === 0 && to - from >= 2) ||
    (from === 2 && tokens[0].kind === Kind.Number && /^[.)]$/.test(tokens[1].text));
  const product = tokens[to + 1];
  return numbered && product?.kind === Kind.Word && !product.cap;
}

function afterOpening(tokens: readonly Token[], from: number): boolean {
  // "TOKYO -- High on the Andean plateau …": the first word after a dateline opens the sentence
  let d = from;
  while (d > 0 && /^(-|--|—|–)$/.test(tokens[d - 1].text)) d--;
  if (d < from && d >= 1) {
    const before = tokens.slice(0, d);
    if (
      before.some((t) => t.upper) &&
      before.every((t) => t.upper || t.kind !== Kind.Word || /^(reuters|afp|ap)$/.test(t.norm))
    )
      return true;
  }
  // "Zhou: Volume was fine", "Q: Let's talk about LMFP": a speaker's label opens what is said
  // ("PHOTO: Workers on the line", "CAPTION: …": a caption's label too)
  if (
    from >= 2 &&
    from <= 4 &&
    tokens[from - 1].text === ":" &&
    tokens
      .slice(0, from - 1)
      .every(
        (t) =>
          t.kind === Kind.Word &&
          t.cap &&
          (!t.upper || /^(photo|photos|caption|image|picture|file|pictured|video)$/.test(t.norm))
      )
  )
    return true;
  // "Note 1) Capacity is stated …", "(a) The plant …", "2) Sales": a note's or an item's label
  if (
    from >= 2 &&
    from <= 4 &&
    tokens[from - 1].text === ")" &&
    tokens
      .slice(0, from - 1)
      .every(
        (t) =>
          t.text === "(" ||
          t.kind === Kind.Number ||
          /^(note|notes|remark|[a-z]|[ivx]+)$/.test(t.norm)
      )
  )
    return true;
  // ("- Revenue was $7,428": a list's bullet opens its item)
  for (let k = from - 1; k >= 0; k--) {
    if (tokens[k].kind !== Kind.Punct) return false;
    if (!/^["“‘'([•*·-]$/.test(tokens[k].text)) return false;
  }
  return true;
}

/** A person: a title before ("CEO Ken Brinsden", "Mr. He"), or ", chairman of" after. */
function isPerson(tokens: readonly Token[], from: number, to: number, titled = false): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const t = tokens[k];
    if (t.kind === Kind.Word && PERSON_TITLES.has(t.norm)) return true;
    if (t.kind === Kind.Word && !t.cap && t.norm !== "and") break;
  }
  // "the akim of the region Yermek Kosherbayev", "the mayor of the city Li Wei": an office's holder
  if (
    PERSON_TITLES.has(tokens[from - 4]?.norm ?? "") &&
    tokens[from - 3]?.norm === "of" &&
    tokens[from - 2]?.norm === "the" &&
    /^(region|province|city|district|oblast|county|state|regency|prefecture)$/.test(
      tokens[from - 1]?.norm ?? ""
    )
  )
    return true;
  // (a title opening a company's name is the name's: "PREMIER African Minerals")
  for (let k = titled ? from + 1 : from; k < to; k++)
    if (PERSON_TITLES.has(tokens[k].norm) && tokens[k].norm !== "general") return true;
  // "Rakesh Iyer, an automotive analyst at …", "Jane Doe, the company's chief executive"
  if (tokens[to]?.text === ",") {
    for (let k = to + 1; k <= Math.min(tokens.length - 1, to + 5); k++) {
      const t = tokens[k];
      if (PERSON_TITLES.has(t.norm)) return true;
      if (t.kind !== Kind.Word || t.cap || t.norm === "and" || t.norm === "which") break;
    }
  }
  return false;
}

/** ", a 30,000-tonne lithium hydroxide plant …" after a name: the name is the plant's. */
function namesPlant(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== "," || !/^(a|an)$/.test(tokens[to + 1]?.norm ?? "")) return false;
  for (let k = to + 2; k < Math.min(tokens.length, to + 16); k++) {
    const w = tokens[k];
    if (w.text === "," || (w.kind === Kind.Word && w.cap)) return false;
    if (COMPANY_NOUNS.has(w.norm) || /^(venture|company|maker)$/.test(w.norm)) return false;
    if (FACILITY_NAME_ENDS.has(w.norm)) return true;
  }
  return false;
}

/** Offices whose holder's name follows them ("General" and "Chief" also open company names). */
const OFFICES =
  /^(minister|president|governor|mayor|ceo|cfo|chairman|chairwoman|chairperson|secretary|premier|senator|ambassador|spokesperson|spokesman|spokeswoman|mr|mrs|ms|dr)$/;

/** "COBCO, a joint venture …", "Sales de Jujuy, the JV of …": a venture's own name. */
function isVentureName(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== ",") return false;
  const next = tokens.slice(to + 1, to + 5).map((t) => t.norm);
  if (!/^(a|an|the|its|their)$/.test(next[0] ?? "")) return false;
  const at = next.findIndex((w) => w === "venture" || w === "jv");
  return at > 0 && next.slice(1, at).every((w) => /^(joint|50-50|new|battery|equal)$/.test(w));
}

/** "the Ultium CAM cathode plant in Bécancour, a joint venture of GM and POSCO": the plant's venture. */
function namesVenture(tokens: readonly Token[], to: number): boolean {
  let k = to;
  while (k < tokens.length && k - to < 6 && tokens[k].kind === Kind.Word && !tokens[k].cap) k++;
  if (
    k === to ||
    !/^(plant|factory|refinery|facility|project|gigafactory)$/.test(tokens[k - 1].norm)
  )
    return false;
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    if (tokens[j].text !== ",") continue;
    const next = [tokens[j + 1]?.norm, tokens[j + 2]?.norm, tokens[j + 3]?.norm];
    return /^(a|an|the)$/.test(next[0] ?? "") && next.some((w) => w === "venture" || w === "jv");
  }
  return false;
}

function companyContext(tokens: readonly Token[], from: number, to: number): boolean {
  // "plans by Chinese-owned X", "a unit of Perth-based X": the owner's adjective stands between
  let b = from - 1;
  if (
    /^(owned|based|listed|controlled|backed|headquartered)$/.test(tokens[b]?.norm ?? "") &&
    tokens[b - 1]?.text === "-"
  )
    b -= 3;
  const before = tokens[b];
  const before2 = tokens[b - 1];
  if (before && COMPANY_NOUNS.has(before.norm) && !before.cap) return true;
  // "start-up Verkor"
  if (before?.norm === "up" && tokens[b - 1]?.text === "-" && tokens[b - 2]?.norm === "start")
    return true;
  if (before?.norm === "by" && before2 && AGENT_VERBS.test(before2.norm)) return true;
  if (before?.norm === "by") return true;
  // "the new plant of Honda and GS Yuasa": a plant's owners
  if (before?.norm === "of" && FACILITY_NOUNS.has(before2?.norm ?? "") && !before2?.cap)
    return true;
  // "the head of Iranian Mines … (IMIDRO) announced": an organisation with its initials, led by
  // the speaker
  if (
    before?.norm === "of" &&
    /^(head|chief|chairman|president|ceo)$/.test(before2?.norm ?? "") &&
    acronymAfter(tokens, to) !== null
  )
    return true;
  const after = tokens[to];
  if (after && COMPANY_VERBS.has(after.norm) && !after.cap) return true;
  if (branchOf(tokens, from, to)) return true;
  if (isPossessiveMark(tokens, to)) {
    const next = tokens[pastMark(tokens, to)];
    // ("Toshiba's SCiB cell": the owner of a brand, which a capital inside a word marks)
    return (
      next !== undefined && next.kind === Kind.Word && (!next.cap || /[a-z][A-Z]/.test(next.text))
    );
  }
  if (actsInList(tokens, from, to)) return true;
  // "X, a unit of Y", "X, the world's largest …"
  if (after?.text === "," && /^(a|an|the|which|whose|one)$/.test(tokens[to + 1]?.norm ?? ""))
    return true;
  // "X (ASX: ABC)": a listed company
  if (after?.text === "(" && TICKER_MARKETS.has(tokens[to + 1]?.norm ?? "")) return true;
  // "Kalinga Copper Foils, promoted by a wire-and-cable family, is building": past the aside
  if (
    after?.text === "," &&
    tokens[to + 2]?.norm === "by" &&
    /ed$/.test(tokens[to + 1]?.norm ?? "")
  ) {
    let k = to + 3;
    while (k < Math.min(tokens.length, to + 18) && tokens[k].text !== ",") k++;
    const verb = tokens[k + 1];
    return (
      tokens[k]?.text === "," && verb !== undefined && !verb.cap && COMPANY_VERBS.has(verb.norm)
    );
  }
  return false;
}

/** "the CITIC Dameng Mining Industries Daxin branch": a company's branch, named with its town. */
function branchOf(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from > 1 && /^(branch|subsidiary|division)$/.test(tokens[to]?.norm ?? "");
}

/**
 * "Toshiba, Sojitz and CBMM signed …": names listed together before a company's verb are all
 * companies, though one of them alone would not say so.
 */
function actsInList(tokens: readonly Token[], from: number, to: number): boolean {
  const joiner = (k: number): boolean => tokens[k]?.text === "," || tokens[k]?.norm === "and";
  const listed = joiner(to) || joiner(from - 1);
  if (!listed) return false;
  let k = to;
  let joined = false;
  for (let n = 0; n < 8 && k < tokens.length; n++) {
    if (!joiner(k)) break;
    if (tokens[k].norm === "and") joined = true;
    k++;
    if (tokens[k]?.norm === "and") ((joined = true), k++);
    if (!tokens[k]?.cap) return false;
    while (tokens[k]?.cap && tokens[k].kind === Kind.Word) k++;
  }
  // (the name may close the list: "Toshiba, Sojitz and CBMM")
  if (!joined && tokens[from - 1]?.norm !== "and") return false;
  const verb = tokens[k];
  return verb !== undefined && !verb.cap && COMPANY_VERBS.has(verb.norm) && verb.norm !== "on";
}

/** "Soulbrain, the country's third-largest electrolyte maker, …": a name its apposition calls a company. */
function describedAsCompany(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== "," || !/^(a|an|the)$/.test(tokens[to + 1]?.norm ?? "")) return false;
  for (let k = to + 2; k < Math.min(tokens.length, to + 10) && tokens[k].text !== ","; k++)
    if (COMPANY_NOUNS.has(tokens[k].norm) && !tokens[k].cap) return true;
  return false;
}

/** After a name: "for a plant", "for its graphite anode facility", "to build", "to expand". */
function recipientFor(tokens: readonly Token[], to: number): boolean {
  let k = to;
  // "Talon Nickel (USA) for …"
  if (tokens[k]?.text === "(") {
    while (k < tokens.length && k < to + 5 && tokens[k].text !== ")") k++;
    k++;
  }
  // "a loan to Lithium Nevada Corp., a subsidiary of Lithium Americas, for the plant": past the
  // legal form and the aside that says whose unit it is
  while (
    k < tokens.length &&
    k < to + 3 &&
    (LEGAL_FORMS.has(tokens[k].norm) || tokens[k].text === ".")
  )
    k++;
  if (tokens[k]?.text === "," && /^(a|an|the)$/.test(tokens[k + 1]?.norm ?? "")) {
    let j = k + 2;
    while (j < tokens.length && j < k + 10 && tokens[j].text !== ",") j++;
    if (tokens[j]?.text === "," && tokens[j + 1]?.norm === "for") k = j + 1;
  }
  // "to Group14 Technologies and Sila Nanotechnologies, both of which …": past the partner
  if (tokens[k]?.norm === "and") {
    const start = ++k;
    while (k < tokens.length && k < start + 6 && tokens[k].cap) k++;
  }
  const w = tokens[k]?.norm ?? "";
  if (w === "to")
    return /^(build|expand|construct|develop|set|establish)$/.test(tokens[k + 1]?.norm ?? "");
  if (w === "," && /^(both|which|each)$/.test(tokens[k + 1]?.norm ?? "")) return true;
  if (w !== "for") return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++)
    if (FACILITY_NOUNS.has(tokens[j].norm) && !tokens[j].cap) return true;
  return false;
}

/** What a mention is in its sentence: the one who acts, an object, a parent, or "by X". */
function roleOf(tokens: readonly Token[], from: number, to: number): CompanyRole {
  let k = from - 1;
  while (k >= 0 && /^(the|its|their|a|an)$/.test(tokens[k].norm)) k--;
  // "owned by China's Hainan Mining", "a unit of Japan's X": the owner's country stands between
  if (k >= 2 && tokens[k].norm === "s" && isPossessiveMark(tokens, k - 1) && tokens[k - 2].cap)
    k -= 3;
  // "plants which supply Ford and Volkswagen", "to supply BMW's factory": a customer
  if (CUSTOMER_WORDS.has(tokens[k]?.norm ?? "")) return "customer";
  // "the Panasonic cells used in Tesla vehicles": the carmaker whose cars the product goes into
  if (tokens[to]?.kind === Kind.Word && VEHICLE_NOUNS.has(tokens[to].norm)) return "customer";
  // "whose unit counts CATL as a shareholder": an investor, not the builder
  if (
    tokens[to]?.norm === "as" &&
    /^(a|an|its|their|the)$/.test(tokens[to + 1]?.norm ?? "") &&
    /^(shareholder|investor|backer|stakeholder|owner)$/.test(tokens[to + 2]?.norm ?? "")
  )
    return "parent";
  // ("licensed from US-based 24M Technologies": past the descriptor of where it is based)
  if (tokens[k]?.norm === "based" && tokens[k - 1]?.text === "-" && k >= 2) k -= 3;
  // "at a former Stellantis engine plant": a site named by what it was, its owner then
  if (tokens[k]?.norm === "former") return "seller";
  // "acquired with the takeover of Oz Minerals", "bought from Glencore": the owner before
  if (
    (tokens[k]?.norm === "of" &&
      /^(takeover|acquisition|purchase)$/.test(tokens[k - 1]?.norm ?? "")) ||
    (tokens[k]?.norm === "from" &&
      /^(acquired|bought|purchased|took|taken|inherited|licensed|licenced)$/.test(
        tokens[k - 1]?.norm ?? ""
      ))
  )
    return "seller";
  // "to supply Jaguar Land Rover and the Tata Motors group": a second customer
  // ("which supply Hyundai Motor Co., Ford Motor Co. and Volkswagen AG": each in the list)
  if (tokens[k]?.norm === "and" || tokens[k]?.norm === "&" || tokens[k]?.text === ",") {
    let j = k - 1;
    while (
      j > 0 &&
      j > k - 20 &&
      (tokens[j].cap || /^(-|\.|,|and|&)$/.test(tokens[j].text) || isAcronym(tokens[j]))
    )
      j--;
    while (j > 0 && /^(the|its|their)$/.test(tokens[j].norm)) j--;
    if (j < k - 1 && CUSTOMER_WORDS.has(tokens[j]?.norm ?? "")) return "customer";
  }
  // "run by their joint venture Sales de Jujuy": the venture is the one who runs it
  let j = k;
  while (
    j >= 0 &&
    /^(joint|venture|jv|company|subsidiary|unit|partner|operator|the|its|their)$/.test(
      tokens[j].norm
    )
  )
    j--;
  if (j < k && tokens[j]?.norm === "by") return "agent";
  const before = k >= 0 ? tokens[k].norm : "";
  // "at Tesla's Gigafactory": a place named after its owner
  if (before === "at" && isPossessiveMark(tokens, to)) return "object";
  if (before === "of" && PARENT_NOUNS.has(tokens[k - 1]?.norm ?? "")) return "parent";
  // "the 10万吨 lithium iron phosphate project of Hubei Rongtong", "the workshop of Guizhou
  // Jinrui": the plant's owner
  if (
    before === "of" &&
    /^(project|plant|factory|base|facility|refinery|workshop|workshops)$/.test(
      tokens[k - 1]?.norm ?? ""
    ) &&
    !tokens[k - 1].cap
  )
    return "agent";
  if (
    (before === "by" && /^(owned|controlled|backed|led)$/.test(tokens[k - 1]?.norm ?? "")) ||
    before === "parent"
  )
    return "parent";
  // "the joint venture owned 80% by Mitsubishi Chemical Group and 20% by UBE": its owners' stakes
  if (before === "by" && /^(%|percent|cent)$/.test(tokens[k - 1]?.norm ?? ""))
    for (let j = k - 2; j >= Math.max(0, k - 14); j--) {
      const t = tokens[j];
      if (/^(owned|held|controlled)$/.test(t.norm)) return "parent";
      if (!(t.kind === Kind.Number || t.cap || /^(%|percent|per|cent|by|and|,)$/.test(t.norm)))
        break;
    }
  if (isPossessiveMark(tokens, to)) {
    // "Volkswagen's battery company PowerCo", "Elkem's battery materials unit Vianode"
    for (let j = pastMark(tokens, to); j < Math.min(tokens.length, to + 6); j++) {
      const t = tokens[j];
      if (t.kind !== Kind.Word || t.cap) break;
      if (PARENT_NOUNS.has(t.norm) || /^(company|business|maker|venture)$/.test(t.norm)) {
        return capitalised(tokens[j + 1]) ? "parent" : "subject";
      }
    }
  }
  // "one of the largest cobalt operations outside those run by CMOC": others' operations
  if (
    before === "by" &&
    /^(run|operated|owned|controlled|held)$/.test(tokens[k - 1]?.norm ?? "") &&
    /^(those|ones|others)$/.test(tokens[k - 2]?.norm ?? "")
  )
    return "object";
  if (before === "by") return "agent";
  // "a joint venture with the Swedish battery maker Northvolt": the preposition before the
  // noun phrase that describes the company
  if (COMPANY_NOUNS.has(before) && !tokens[k].cap) {
    let j = k - 1;
    while (
      j > 0 &&
      j > k - 6 &&
      (!tokens[j].cap || DEMONYMS.has(tokens[j].norm) || tokens[j].text === "-") &&
      !OBJECT_WORDS.has(tokens[j].norm) &&
      !/^(by|and|,)$/.test(tokens[j].norm)
    )
      j--;
    const w = tokens[j]?.norm ?? "";
    if (w === "by") return "agent";
    if (/^(with|to|from|for)$/.test(w)) return "object";
  }
  // "representatives from Zhicun" act for Zhicun
  if (
    before === "from" &&
    /^(representatives|officials|executives|delegation|delegates|team|managers|engineers|staff|people)$/.test(
      tokens[k - 1]?.norm ?? ""
    )
  )
    return "subject";
  // "$141.7 million to Piedmont Lithium for a plant in Etowah", "a loan to X to build …": the
  // one who receives money or a permit for a plant builds it
  if (before === "to" && recipientFor(tokens, to)) return "subject";
  if (OBJECT_WORDS.has(before)) return "object";
  if (before === "and" || before === "&") {
    // "Tianqi and IGO": a second subject unless the first was an object
    return "subject";
  }
  return "subject";
}
