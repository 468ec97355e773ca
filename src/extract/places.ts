/**
 * Stage 6: places, found by the gazetteer's names and aliases (and the lexicon's demonyms), each
 * with what the words around it say: "in Indonesia" locates, a "Perth-based" company does not,
 * "Moroccan" points at Morocco. Unknown sites are read from their last word: "Kendal Industrial
 * Park" is a site in Kendal.
 */
import { Gazetteer, PlaceNode } from "../core/place";
import { fold } from "../core/text";
import { DAY_NAMES, DEMONYMS, NOT_PLACES, SITE_HEADS } from "./lexicon";
import { PhraseBook } from "./phrases";
import { isAcronym, Kind, textOf, Token } from "./tokens";

interface PlaceEntry {
  node: PlaceNode;
  /** always null now that every place named is in the gazetteer; kept for PlaceChoice */
  named: string | null;
  demonym: boolean;
}

export interface PlaceMention extends PlaceEntry {
  from: number;
  to: number;
  /** "in X", "at X", "near X" */
  locative: boolean;
  /** where a company is based, not where it builds */
  headquarters: boolean;
  possessive: boolean;
  /** a site the gazetteer does not hold ("Kendal Industrial Park"), inside node */
  site: string | null;
}

/** Short codes that are words too ("IN", "IT", "NO"): only these count as places. */
const SHORT_NAMES = new Set([
  "us",
  "usa",
  "uk",
  "drc",
  "prc",
  "wa",
  "nsw",
  "qld",
  "u s",
  "u s a",
  "u k",
]);

const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "into",
  "across",
  "within",
  "inside",
  "on",
  "to",
  "throughout",
]);
const HEADQUARTERS = new Set(["based", "headquartered", "listed", "headquarters", "hq"]);
const DETERMINERS = new Set(["the", "its", "their", "a", "an", "his", "her", "our"]);
const QUARTERS = /^(northern|southern|eastern|western|central|(north|south)(east|west)ern)$/;

export function placeBook(gazetteer: Gazetteer): PhraseBook<PlaceEntry | null> {
  const book = new PhraseBook<PlaceEntry | null>();
  for (const phrase of NOT_PLACES) book.add(phrase, null);
  for (const node of gazetteer.all()) {
    if (node.kind === "world") continue;
    for (const name of [node.name, ...(node.aliases ?? [])]) {
      const key = fold(name);
      if (key.replace(/ /g, "").length <= 3 && name === name.toUpperCase() && !SHORT_NAMES.has(key))
        continue;
      book.add(name, { node, named: null, demonym: false });
    }
  }
  for (const [demonym, country] of DEMONYMS) {
    const node = gazetteer.lookup(country)[0];
    if (node) book.add(demonym, { node, named: null, demonym: true });
  }
  return book;
}

function capitalised(t: Token): boolean {
  return t.cap || isAcronym(t);
}

export function findPlaces(
  tokens: readonly Token[],
  book: PhraseBook<PlaceEntry | null>
): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of book.all(tokens, capitalised)) {
    if (m.value === null) continue;
    // "US$2.5bn", "A$1.2 billion": a currency, not a place
    const next = tokens[m.to];
    if (next && !next.space && /^[$€£¥]$/.test(next.text)) continue;
    // "Santa Cruz County, Arizona": a county the gazetteer lacks, not a namesake it holds
    if (next?.cap && /^(county|parish|borough|township)$/.test(next.norm)) continue;
    // "a filing to the Shenzhen Stock Exchange": an exchange's name
    if (next?.cap && /^(stock|exchange|bourse)$/.test(next.norm)) continue;
    let k = m.from - 1;
    // "in southern Arkansas", "in the country's north-west": a part of the place is in it
    while (k >= 0 && (DETERMINERS.has(tokens[k].norm) || QUARTERS.test(tokens[k].text))) k--;
    const before = k >= 0 ? tokens[k].norm : "";
    const after = tokens[m.to];
    const dashBased = after?.text === "-" && HEADQUARTERS.has(tokens[m.to + 1]?.norm ?? "");
    const possessive =
      (after?.text === "'" || after?.text === "’") &&
      tokens[m.to + 1]?.norm === "s" &&
      !tokens[m.to + 1]?.space;
    // (the fields written out: spreading the entry makes every mention on V8's slow path)
    found.push({
      node: m.value.node,
      named: m.value.named,
      demonym: m.value.demonym,
      from: m.from,
      to: m.to,
      locative: LOCATIVE.has(before) && !m.value.demonym,
      headquarters:
        dashBased || (LOCATIVE.has(before) && HEADQUARTERS.has(tokens[k - 1]?.norm ?? "")),
      possessive,
      site: null,
    });
  }
  // "presided over the signing ceremony in Rabat", "told reporters in Jakarta": where an event
  // was held, not where a plant is
  for (const p of found) {
    if (!p.locative) continue;
    let k = p.from - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].norm)) k--;
    if (EVENT_NOUNS.test(tokens[k - 1]?.norm ?? "")) p.locative = false;
    // "Péter Szijjártó announced on Thursday in Budapest", "The Council of Ministers, meeting
    // last Friday in Kinshasa": where the news was told
    let j = k - 1;
    if (DAY_NAMES.has(tokens[j]?.norm ?? "")) {
      j--;
      if (/^(on|last|this)$/.test(tokens[j]?.norm ?? "")) j--;
    }
    if (SAID_VERBS.test(tokens[j]?.norm ?? "") || EVENT_NOUNS.test(tokens[j]?.norm ?? ""))
      p.locative = false;
  }
  // "its Malaysian processing plant": a demonym before a plant locates it
  for (const p of found) {
    if (!p.demonym) continue;
    for (let k = p.to; k < Math.min(tokens.length, p.to + 3); k++) {
      if (
        /^(plant|plants|facility|refinery|factory|smelter|mine|project|operations|unit|subsidiary|arm|gigafactory)$/.test(
          tokens[k].norm
        )
      )
        p.locative = true;
    }
  }
  // "from Kalgoorlie, Western Australia, where the company's facility is …": the place the
  // relative clause is about, with the places that name it more widely before it
  for (let i = found.length - 1; i >= 0; i--) {
    const p = found[i];
    if (p.demonym) continue;
    const where =
      tokens[p.to]?.norm === "where" ||
      (tokens[p.to]?.text === "," && tokens[p.to + 1]?.norm === "where");
    if (!where) continue;
    p.locative = true;
    for (let j = i - 1; j >= 0 && found[j].to + 1 === found[j + 1].from; j--) {
      if (tokens[found[j].to].text !== "," || found[j].demonym) break;
      found[j].locative = true;
    }
  }
  // "Kokkola already hosts one of Europe's largest cobalt refineries": the host is the location
  for (const p of found) {
    if (p.demonym || p.possessive) continue;
    let k = p.to;
    while (/^(already|also|now|still)$/.test(tokens[k]?.norm ?? "")) k++;
    const w = tokens[k]?.norm ?? "";
    if (w === "hosts" || ((w === "is" || w === "was") && tokens[k + 1]?.norm === "home"))
      p.locative = true;
  }
  // "its refinery at Robstown, near Corpus Christi": the town named after "near" is a landmark
  for (let i = 1; i < found.length; i++) {
    const p = found[i];
    const prev = found[i - 1];
    if (tokens[p.from - 1]?.norm !== "near" || tokens[p.from - 2]?.text !== ",") continue;
    if (prev.to === p.from - 2 && prev.locative && !prev.demonym) p.locative = false;
  }
  // "in Kaiserslautern, Germany, and Termoli, Italy": a list after "in" is all locations
  for (let i = 1; i < found.length; i++) {
    if (found[i].locative || !found[i - 1].locative || found[i].demonym || found[i - 1].demonym)
      continue;
    let k = found[i - 1].to;
    while (k < found[i].from && /^(,|and|or|&|the)$/.test(tokens[k].norm)) k++;
    if (k === found[i].from) found[i].locative = true;
  }
  return withSites(tokens, withTowns(tokens, found));
}

/**
 * "in Etowah, Tennessee", "near Beulah, North Dakota": a town the gazetteer lacks, named before
 * the region or country that holds it, after "in", "at" or "near".
 */
function withTowns(tokens: readonly Token[], places: PlaceMention[]): PlaceMention[] {
  const out = places.slice();
  for (const p of places) {
    if (p.demonym || p.possessive || p.node.kind === "city" || p.node.kind === "site") continue;
    if (tokens[p.from - 1]?.text !== ",") continue;
    let from = p.from - 1;
    while (
      from > 0 &&
      p.from - 1 - from < 3 &&
      tokens[from - 1].cap &&
      tokens[from - 1].kind === Kind.Word
    )
      from--;
    if (from === p.from - 1) continue;
    // "MCMASTERVILLE, Que. — Northvolt will build …": a dateline's town opens the sentence
    const dateline =
      from === 0 &&
      (tokens.slice(0, p.from - 1).every((t) => t.upper) ||
        tokens.slice(p.to, p.to + 3).some((t) => DASHES.has(t.text)));
    if (!dateline && !LOCATIVE.has(tokens[from - 1]?.norm ?? "")) continue;
    if (places.some((o) => o.from < p.from - 1 && o.to > from)) continue;
    const text = textOf(tokens, from, p.from - 1);
    const named = dateline && text === text.toUpperCase() ? titleCase(text) : text;
    p.locative = true;
    out.push({ ...p, named, from, to: p.from - 1, locative: true });
  }
  return out.sort((a, b) => a.from - b.from);
}

const DASHES = new Set(["—", "–", "-", "--"]);

/** "MCMASTERVILLE" -> "Mcmasterville": a dateline's capitals are the wire's style, not the name's. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * "Kendal Industrial Park", "Mohammed VI Tanger Tech City": a run of capitalised words ending in
 * a site word becomes a site, inside the place it names or the place named right after it.
 */
function withSites(tokens: readonly Token[], places: PlaceMention[]): PlaceMention[] {
  const out = places.slice();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const isSiteHead =
      t.cap &&
      (SITE_HEADS.has(t.norm) || (t.norm === "city" && /^tech/.test(tokens[i - 1]?.norm ?? "")));
    if (!isSiteHead) continue;
    let from = i;
    while (
      from > 0 &&
      i - from < 6 &&
      (capitalised(tokens[from - 1]) || tokens[from - 1].text === "-") &&
      tokens[from - 1].kind !== Kind.Number
    )
      from--;
    if (from === i) continue;
    if (places.some((p) => p.from <= from && p.to >= i + 1 && p.node.kind === "site")) continue;
    const inside = places.find((p) => p.from >= from && p.to <= i + 1 && !p.demonym);
    const next = places.find((p) => p.from > i && p.from <= i + 4 && !p.demonym);
    const holder = inside ?? next;
    if (!holder) continue;
    const text = textOf(tokens, from, i + 1);
    let k = from - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].norm)) k--;
    out.push({
      node: holder.node,
      named: holder.named ?? null,
      site: text,
      demonym: false,
      from,
      to: i + 1,
      locative: LOCATIVE.has(k >= 0 ? tokens[k].norm : ""),
      headquarters: false,
      possessive: false,
    });
  }
  return out.sort((a, b) => a.from - b.from);
}

const SAID_VERBS = /^(announced|said|told|stated|declared|unveiled)$/;

const EVENT_NOUNS =
  /^(ceremony|ceremonies|meeting|meetings|conference|conferences|summit|forum|event|expo|exhibition|fair|visit|briefing|talks|reporters|journalists|interview|roadshow|gathering|reception|banquet|congress|convention|symposium)$/;
