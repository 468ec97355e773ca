/**
 * Stage 10: refining the drafts into the lines an article announces. A total that only adds up
 * lines already found goes; a capacity with no company of its own joins the line of the same
 * tonnage or takes the article's main company; the same line told twice (headline and body,
 * summary and detail) is one line; a plant announced without a tonnage gives way to the same
 * plant with one.
 */
import { MaterialNode, MaterialTaxonomy } from "../core/material";
import { CompanyEntity } from "./companies";
import { oneKind } from "./materials";
import { COUNT_WORDS } from "./lexicon";
import { Draft, PlaceChoice } from "./lines";
import { Token } from "./tokens";

function companyKey(d: Draft): string {
  if (d.kind === "aggregate") return "aggregate";
  return d.companies.map((c) => c.forms[0].join(" ")).join("/");
}

/** 2 for "doubled to", 3 for "tripled to" just before token `at`; else 1. */
function multipleTold(tokens: readonly Token[], at: number): number {
  for (let k = Math.max(0, at - 4); k < at; k++) {
    if (/^doubl/.test(tokens[k].norm)) return 2;
    if (/^tripl/.test(tokens[k].norm)) return 3;
  }
  return 1;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

/** The top group of a material: lithium for lithium hydroxide, cathode for LFP. */
function topOf(taxonomy: MaterialTaxonomy, m: MaterialNode): string | undefined {
  return taxonomy
    .ancestors(m.id)
    .filter((n) => n.parent !== null)
    .pop()?.id;
}

/** Materials of one family (lithium carbonate and lithium hydroxide) or unknown: may be one line. */
function related(
  taxonomy: MaterialTaxonomy,
  a: MaterialNode | null,
  b: MaterialNode | null
): boolean {
  if (a === null || b === null) return true;
  return topOf(taxonomy, a) === topOf(taxonomy, b);
}

/** Fills what `into` lacks from `from`. */
/** The places and the gazetteer's nesting, as refining needs them. */
export interface Places {
  country: (d: Draft) => string | null;
  /** true when b lies inside a and says more: "Sanand, Gujarat" inside "Gujarat" */
  narrows: (a: PlaceChoice, b: PlaceChoice) => boolean;
  /** true when two lines' places cannot be one site (other countries or regions) */
  apart: (a: Draft, b: Draft) => boolean;
  /** true when a place names a town or a site, not only a region or a country */
  specific?: (p: PlaceChoice) => boolean;
  /** the town a place lies in, if the place is that precise */
  town?: (p: PlaceChoice) => string | null;
}

/**
 * One line told twice becomes one: what `into` lacks comes from `from`, a place gets more precise,
 * and the evidence is the body's sentence rather than the headline's.
 */
function absorb(into: Draft, from: Draft, places: Places): void {
  if (into.material === null) into.material = from.material;
  if (into.place === null || (from.place !== null && places.narrows(into.place, from.place)))
    into.place = from.place;
  if (into.sentence.title && !from.sentence.title) into.sentence = from.sentence;
}

/** Words that tell a figure as the past of a plan. */
const HISTORY = [
  /^(first|originally|previously|earlier)$/,
  /^(unveiled|announced|proposed|planned|envisaged|designed|touted|mooted|licensed|permitted|registered)$/,
];
const STUDIES = /^(feasibility|scoping|pre-feasibility|prefeasibility|pfs|dfs|bfs)$/;

/** "first unveiled … with 11 GWh", "a 2019 feasibility study … 11,000 t", "had originally planned". */
function historic(d: Draft): boolean {
  const words = d.sentence.tokens.map((t) => t.norm);
  for (let k = 0; k + 1 < words.length; k++) {
    if (HISTORY[0].test(words[k]) && HISTORY[1].test(words[k + 1])) return true;
    if (words[k] === "had" && /^(originally|initially|once)$/.test(words[k + 1])) return true;
    // "nine months ago, the number was about 35 GWh", "the old 35 GWh figure": a plan replaced
    if (
      /^(months|years)$/.test(words[k]) &&
      words[k + 1] === "ago" &&
      words.some((w) => w === "was" || w === "were")
    )
      return true;
    if (
      /^(old|original|earlier|previous)$/.test(words[k]) &&
      words.slice(k + 1, k + 6).some((w) => /^(figure|number|plan|goal|target)$/.test(w))
    )
      return true;
    // "Its 2019 feasibility study", "a 2022 scoping study", "a feasibility study in 2022"
    if (/^(19|20)\d\d$/.test(words[k]) && STUDIES.test(words[k + 1])) return true;
    if (STUDIES.test(words[k]) && words[k + 1] === "study") {
      for (let j = k + 2; j < Math.min(words.length - 1, k + 5); j++)
        if (words[j] === "in" && /^(19|20)\d\d$/.test(words[j + 1])) return true;
    }
  }
  return false;
}

/** Words many companies' names share: "BTR" makes two names kin, "Lithium" does not. */
const COMMON_NAME_WORDS =
  /^(pt|tbk|co|ltd|inc|corp|corporation|company|group|holding|holdings|international|new|energy|materials?|technology|technologies|mining|minerals?|metals?|resources|chemicals?|industrial|industries|lithium|nickel|cobalt|graphite|battery|batteries|rare|earth|indonesia|china|korea|australia|america|usa|the|and|of)$/;

function distinctive(d: Draft): Set<string> {
  const out = new Set<string>();
  for (const c of d.companies)
    for (const form of c.forms)
      for (const w of form) if (w.length > 1 && !COMMON_NAME_WORDS.test(w)) out.add(w);
  return out;
}

/** Two lines whose companies share a distinctive word: a group and its unit ("BTR", "PT BTR …"). */
function namesKin(a: Draft, b: Draft): boolean {
  const words = distinctive(a);
  for (const w of distinctive(b)) if (words.has(w)) return true;
  return false;
}

/** What a "total" before them sums when it is no capacity: "total investment", "total cost". */
const MONEY_SUMS =
  /^(investment|investments|cost|costs|capex|capital|funding|budget|area|value|revenue|land)$/;

/** Which stage of a plant a line is: what runs now, or what an expansion adds. */
function stage(d: Draft): string {
  const role = d.quantity?.role;
  if (role === "existing" || / 1$/.test(d.phase ?? "")) return "first";
  if (role === "expansion" || d.phase === "expansion") return "later";
  // "train 2", "phase 3": the number tells the stage
  if (d.phase !== null && d.phase !== "existing") return `later ${d.phase.split(" ").pop()}`;
  return "one";
}

/** An expansion's addition is whichever later stage the text numbers it as. */
function sameStage(a: string, b: string): boolean {
  if (a === b) return true;
  // (a line told without a stage is the one that runs)
  if ((a === "one" && b === "first") || (a === "first" && b === "one")) return true;
  return a.startsWith("later") && b.startsWith("later") && (a === "later" || b === "later");
}

/** How many lines a total is checked against: 2^12 sums at most. */
const SUM_PARTS = 12;

/** The first two items that pass: enough to tell none, one and many apart. */
function firstTwo<T>(items: readonly T[], test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (test(item)) out.push(item);
    if (out.length === 2) break;
  }
  return out;
}

/** Whether two or more of the values add up to the total (a few values only: 2^12 sums at most). */
function sumOfSome(values: readonly number[], total: number): boolean {
  const few = values.slice(0, SUM_PARTS);
  for (let mask = 0; mask < 1 << few.length; mask++) {
    let sum = 0;
    let n = 0;
    for (let k = 0; k < few.length; k++)
      if (mask & (1 << k)) {
        sum += few[k];
        n++;
      }
    if (n >= 2 && close(sum, total)) return true;
  }
  return false;
}

/**
 * "a new 10,000 t line … The addition lifts the base from 45,000 t to 55,000 t": the line told
 * again as what an expansion from a stated base adds, in the next sentences; unless the line is
 * that base ("a 20,000 t plant … to expand from 20,000 t to 40,000 t").
 */
function toldAgain(a: Draft, b: Draft, lines: readonly Draft[]): boolean {
  const [line, grown] = a.quantity!.role === "expansion" ? [b, a] : [a, b];
  if (line.quantity!.role !== "line") return false;
  if (Math.abs(grown.sentence.index - line.sentence.index) > 2) return false;
  // (what "a second phase will double the plant to 40,000 t" adds is worked out from the line)
  const base = lines.find((o) => o.sentence === grown.sentence && o.quantity?.role === "existing");
  return base !== undefined && !close(base.quantity!.perYear, line.quantity!.perYear);
}

/** A line grown to a new size becomes what it adds to the base: "to 7,500 tpa" after 5,000 is 2,500. */
function addsTo(d: Draft, base: number): void {
  const q = d.quantity!;
  const factor = q.perYear / q.value;
  d.quantity = {
    ...q,
    value: q.value - base / factor,
    perYear: q.perYear - base,
    role: "expansion",
    total: false,
  };
  d.phase = "expansion";
}

const sumOf = (lines: readonly Draft[]): number =>
  lines.reduce((sum, o) => sum + o.quantity!.perYear, 0);

const amountKey = (d: Draft): string =>
  `${d.quantity!.measure}|${Math.round(d.quantity!.perYear * 1000)}`;

export function refine(
  drafts: readonly Draft[],
  taxonomy: MaterialTaxonomy,
  mainCompany: CompanyEntity | null,
  places: Places
): Draft[] {
  const { country } = places;
  let lines = drafts.slice();

  // a capacity with no company: the same tonnage told elsewhere, else the article's company
  const owned = new Map<string, Draft>();
  for (const d of lines) {
    if (d.quantity && (d.companies.length > 0 || d.kind === "aggregate"))
      owned.set(amountKey(d), d);
  }
  lines = lines.filter((d) => {
    if (!d.quantity || d.companies.length > 0 || d.kind === "aggregate") return true;
    // (a table's rows tell lines apart by their cells: the same tonnage may be two bases)
    const same = d.row ? undefined : owned.get(amountKey(d));
    if (same) {
      absorb(same, d, places);
      return false;
    }
    if (!mainCompany) return false;
    d.companies = [mainCompany];
    return true;
  });

  // "LGES first unveiled the plan in 2022 with 11 GWh", "its 2019 feasibility study foresaw
  // 11,000 t": a figure the article tells as history gives way to the company's current one
  lines = lines.filter((d) => {
    // (a project first announced years ago and ended now is news of its own)
    if (!d.quantity || d.kind !== "line" || !historic(d) || d.status === "cancelled") return true;
    return !lines.some(
      (o) =>
        o !== d &&
        o.quantity !== null &&
        o.quantity.measure === d.quantity!.measure &&
        !close(o.quantity.perYear, d.quantity!.perYear) &&
        companyKey(o) === companyKey(d) &&
        oneKind(taxonomy, o.material, d.material) &&
        !historic(o) &&
        !places.apart(o, d)
    );
  });

  // totals: "expand the refinery to 100,000 t" beside its 20,000 t is 80,000 t more; "bringing
  // total capacity to …" beside the lines it adds up is no line of its own
  // each company's lines that are no totals, with their sum and sentences, counted once
  const parts = new Map<
    string,
    { lines: Draft[]; sum: number; sentences: Set<unknown>; phased: number; phasedSum: number }
  >();
  for (const d of lines) {
    if (!d.quantity || d.quantity.total) continue;
    const key = `${companyKey(d)}|${d.quantity.measure}`;
    const p = parts.get(key) ?? {
      lines: [],
      sum: 0,
      sentences: new Set(),
      phased: 0,
      phasedSum: 0,
    };
    p.lines.push(d);
    p.sum += d.quantity.perYear;
    p.sentences.add(d.sentence);
    if (d.phase !== null) {
      p.phased++;
      p.phasedSum += d.quantity.perYear;
    }
    parts.set(key, p);
  }
  // "2,000 tpa at start-up, a second step to 5,000 tpa and a third step to 7,500 tpa": each step
  // adds to the one before it
  const steps: Array<{ d: Draft; perYear: number }> = [];
  lines = lines.filter((d) => {
    const q = d.quantity;
    if (!q) return true;
    // "EcoPro has left room to double the factory to 108,000 t": the short name of EcoPro BM
    const own = companyKey(d);
    if (q.target) {
      const before = steps
        .filter(
          (s) =>
            s.d.sentence === d.sentence &&
            companyKey(s.d) === own &&
            s.d.quantity?.measure === q.measure &&
            s.perYear < q.perYear
        )
        .pop();
      steps.push({ d, perYear: q.perYear });
      if (before) {
        addsTo(d, before.perYear);
        return true;
      }
    }
    // ("its wholly-owned subsidiary PT Chengxin Lithium Indonesia … 60,000 tonnes", then the
    // phases told of the group): a unit's project told whole, its phases under the parent
    const parent = d.companies.length === 1 ? d.companies[0].parent : null;
    let p = parts.get(`${own}|${q.measure}`);
    if (parent && (!p || p.lines.every((o) => o === d)))
      p = parts.get(`${parent.forms[0].join(" ")}|${q.measure}`) ?? p;
    // (the unit's group with a line at the same site before one elsewhere: EcoPro BM's Debrecen
    // plant, not its venture in Quebec)
    if (!p && q.total) {
      const groups = [...parts]
        .filter(
          ([key, group]) =>
            key.startsWith(`${own} `) &&
            key.endsWith(`|${q.measure}`) &&
            group.lines.some((o) => related(taxonomy, o.material, d.material))
        )
        .map(([, group]) => group);
      p = groups.find((g) => g.lines.some((o) => !places.apart(o, d))) ?? groups.pop();
    }
    // "a 100,000-tonne project … in two phases of 50,000 t each": the phases are the lines
    if (!q.total) {
      if (!p) return true;
      // "With the two new plants, the complex will go from 40,000 to 60,000 t": what the lines
      // just told add, told again
      if (q.role === "expansion") {
        const told: Draft[] = [];
        for (const o of p.lines) {
          if (told.length >= SUM_PARTS) break;
          if (o === d || !o.quantity || o.sentence === d.sentence || o.quantity.role !== "line")
            continue;
          if (o.sentence.index < d.sentence.index && oneKind(taxonomy, o.material, d.material))
            if (!places.apart(o, d)) told.push(o);
        }
        if (told.length > 1 && close(sumOf(told), q.perYear)) return false;
      }
      // a total told with its phases in one sentence is no phase of its own
      const own = d.phase !== null;
      if (own && !p.lines.some((o) => o !== d && o.sentence === d.sentence && o.phase !== null))
        return true;
      const n = p.phased - (own ? 1 : 0);
      return !(n > 1 && close(p.phasedSum - (own ? q.perYear : 0), q.perYear));
    }
    // "… would take output to 100,000 tpa": the line it grows is one of the same material
    const all = p?.lines ?? [];
    // (only whether one line or more is alike matters: two are looked for, not every one)
    // (of one kind: a mine's concentrate lifted to 130,000 t does not grow its refinery's hydroxide)
    // "… the site is ultimately to reach 40 GWh": the line at that site, not the company's others
    const here = firstTwo(
      all,
      (o) => oneKind(taxonomy, o.material, d.material) && !places.apart(o, d)
    );
    // "Shengxin's total lithium salt capacity will reach about 137,000 t/yr": a company's total
    // (its own word, after the company's name) grows none of its plants
    const words = d.sentence.tokens;
    const totalAt = words.findIndex((t, k) => k >= q.from - 8 && k < q.from && t.norm === "total");
    const companysTotal =
      totalAt > 0 &&
      (words[totalAt - 1].norm === "s" || /^(its|their)$/.test(words[totalAt - 1].norm)) &&
      all.some((o) => o !== d && related(taxonomy, o.material, d.material));
    if (companysTotal) return false;
    // (a single line of the product elsewhere is another plant: "each meant to reach 40 GWh";
    // another product's line is another plant too)
    let others = here;
    // ("lift the site's capacity to 31,500 t" grows the plant at the site's own town, not the
    // second plant the company studies somewhere in the country)
    if (q.target && others.length > 1 && d.place && d.place.node.kind !== "country") {
      const town = d.place.node.id;
      others = firstTwo(
        all,
        (o) => oneKind(taxonomy, o.material, d.material) && o.place?.node.id === town
      );
    }
    // (… and the line of the very product before a part of it: "lift SMC capacity to 7,500 tpa
    // TREO" grows the 2,000 tpa TREO line, not the NdPr oxide within it; unless the lines told
    // add up to it: "with the new plant, capacity at the site will rise to")
    if (q.target && others.length > 1 && !close(sumOf(here), q.perYear))
      others = others.filter((o) => o.material !== null && o.material.id === d.material?.id);
    // "the capacity of the gigafactory would be doubled to 16 GWh": the line of half that
    const times = multipleTold(d.sentence.tokens, q.from);
    if (q.target && others.length > 1 && times > 1) {
      const base = others.filter((o) => close(o.quantity!.perYear * times, q.perYear));
      if (base.length === 1) others = base;
    }
    // ("… is operating at its nameplate of 3,750 mtV a year. The planned expansion of the plant to
    // 5,000 mtV …": the plant the sentence before told, not another the article tells later)
    if (q.target && others.length > 1 && !all.some((o) => o !== d && o.sentence === d.sentence)) {
      const told = all.filter(
        (o) =>
          o !== d &&
          o.quantity!.perYear < q.perYear &&
          o.sentence.index === d.sentence.index - 1 &&
          o.quantity!.role === "line" &&
          oneKind(taxonomy, o.material, d.material) &&
          !places.apart(o, d)
      );
      // (unless the lines told add up to it: "capacity at the site will rise to 142,500 t")
      const alike = all.filter((o) => o !== d && !places.apart(o, d)).slice(0, SUM_PARTS);
      if (
        told.length === 1 &&
        !sumOfSome(
          alike.map((o) => o.quantity!.perYear),
          q.perYear
        )
      )
        others = told;
    }
    if (others.length !== 1) others = [];
    if (q.target && others.length === 1 && others[0].quantity!.perYear < q.perYear) {
      const before = others[0].quantity!;
      // "Three later stages would add a further 36 GWh, bringing the site to 48 GWh" after "the
      // first phase is sized at 12 GWh": the total of what was told, told again
      const rest = q.perYear - before.perYear;
      if (
        others[0].sentence === d.sentence &&
        all.some((o) => o !== d && o !== others[0] && close(o.quantity!.perYear, rest))
      )
        return false;
      addsTo(d, before.perYear);
      return true;
    }
    if (p?.sentences.has(d.sentence)) return false;
    if (all.length > 1 && close(p!.sum, q.perYear)) return false;
    // "With the new plant, the total will rise to about 7,000 tonnes per month": the company's
    // total, beside the plant the article announces
    if (totalAt >= 0 && all.some((o) => o !== d && related(taxonomy, o.material, d.material)))
      return false;
    // "capacity at the site will rise to 142,500 t" beside its 90,000 t and the new 52,500 t
    const near: number[] = [];
    for (const o of all) {
      if (near.length >= SUM_PARTS) break;
      if (!places.apart(o, d)) near.push(o.quantity!.perYear);
    }
    return !sumOfSome(near, q.perYear);
  });

  // "Together the two stages will give the joint venture, Sales de Jujuy, 42,500 t": a sum of
  // lines at the site, whoever the text says owns them
  // ("Once complete, the two trains would give the estate 60,000 t": the trains just told)
  // ("with a total investment of 1.6 billion yuan" sums money, no tonnage)
  const summing = (d: Draft) =>
    d.sentence.tokens.some(
      (t, k, all) =>
        (/^(together|combined|total|totals|totalling|totaling)$/.test(t.norm) &&
          !MONEY_SUMS.test(all[k + 1]?.norm ?? "") &&
          // ("supporting … combined heat and power engineering": a power plant's kind)
          !(t.norm === "combined" && /^(heat|cycle)$/.test(all[k + 1]?.norm ?? ""))) ||
        (COUNT_WORDS.has(t.norm) &&
          (t.norm === "both" || all[k - 1]?.norm === "the") &&
          /^(plants|lines|trains|phases|stages|units|factories|sites|modules)$/.test(
            all[k + 1]?.norm ?? ""
          ))
    );
  // (a sum is told near its parts: the lines a few sentences around it)
  const told = lines;
  lines = lines.filter((d, at) => {
    if (!d.quantity || d.kind !== "line" || !summing(d)) return true;
    const parts: number[] = [];

    for (const o of told.slice(Math.max(0, at - 3 * SUM_PARTS), at + 3 * SUM_PARTS)) {
      if (parts.length >= SUM_PARTS) break;
      if (o === d || !o.quantity || o.sentence === d.sentence) continue;
      if (o.quantity.measure !== d.quantity.measure || places.apart(o, d)) continue;
      if (!related(taxonomy, o.material, d.material)) continue;
      parts.push(o.quantity.perYear);
    }
    return !sumOfSome(parts, d.quantity.perYear);
  });

  // "… will be able to turn out 100,000 tons of the two solvents a year. Of that, the EC plant will
  // account for 20,000 tons and the DMC plant for 80,000 tons": the parts are the lines
  const split = lines;
  lines = lines.filter((d) => {
    if (!d.quantity || d.kind !== "line") return true;
    const next = d.sentence.index + 1;
    const parts = split.filter(
      (o) =>
        o.sentence.index === next &&
        o.quantity !== null &&
        o.quantity.measure === d.quantity!.measure &&
        companyKey(o) === companyKey(d)
    );
    const opensWithOf = parts[0]?.sentence.tokens[0]?.norm === "of";
    return !(opensWithOf && parts.length > 1 && close(sumOf(parts), d.quantity.perYear));
  });

  // the same line told twice: the same company and tonnage, unless phases or an expansion tell them apart
  const byAmount = new Map<string, Draft[]>();
  lines = lines.filter((d) => {
    if (!d.quantity) return true;
    const key = `${companyKey(d)}|${amountKey(d)}`;
    const same = byAmount.get(key) ?? [];
    const role = d.quantity.role;
    const twin = same.find((o) => {
      const other = o.quantity!.role;
      // one sentence never tells the same line twice: "added 40,000 t to the existing 40,000 t";
      // but "lift capacity by ~100ktpa, from ~580ktpa to ~680ktpa" tells the addition twice
      if (o.sentence === d.sentence) {
        const roles = [role, other].sort().join();
        // (an addition read from "double the facility to 130,000 t" is a line of its own)
        const derived = o.quantity!.target || d.quantity!.target;
        if (roles !== "expansion,line" || derived) return false;
      }
      // (a table's row and the prose it sums up are one line, whatever product each names)
      const restated = !!o.row !== !!d.row;
      if ((!restated && !related(taxonomy, o.material, d.material)) || places.apart(o, d))
        return false;
      // (the row "+3,000 t/yr" is the prose's "from 10,000 t/yr to 13,000 t/yr")
      if (restated && (role === "expansion") !== (other === "expansion")) return true;
      if (role === "expansion" || other === "expansion")
        return role === other || o.sentence === d.sentence || toldAgain(o, d, lines);
      if (role === "existing" || other === "existing") return true;
      // a second phase is never the line told without a phase
      const later = (p: string | null) => p !== null && !/ 1$/.test(p);
      if (o.phase === null) return !later(d.phase);
      if (d.phase === null) return !later(o.phase);
      return o.phase === d.phase;
    });
    if (twin) {
      if (twin.phase === null && d.phase !== null && role === "line") twin.phase = d.phase;
      absorb(twin, d, places);
      return false;
    }
    same.push(d);
    byAmount.set(key, same);
    return true;
  });

  // "BTR … will lift the site's capacity from 80,000 t to 160,000 t. The first phase, operated by
  // PT BTR New Energy Materials Indonesia, … 80,000 t": the same line told of the unit that runs it
  // one site told twice, one more closely: "Kendal" and "Kendal Industrial Park"
  const sameSite = (a: PlaceChoice, b: PlaceChoice): boolean =>
    a.node.id === b.node.id || places.narrows(a, b) || places.narrows(b, a);
  const byUnit = new Map<string, Draft[]>();
  lines = lines.filter((d) => {
    if (!d.quantity || d.kind !== "line") return true;
    const key = amountKey(d);
    const same = byUnit.get(key) ?? [];
    const twin = same.find(
      (o) =>
        companyKey(o) !== companyKey(d) &&
        // (an expansion's base is the plant told before it, whoever the text says runs it:
        // "run by subsidiary Amita Technology … 1 GWh"; "EA had intended to increase the
        // factory's capacity from 1GWh to 4GWh")
        (namesKin(o, d) || d.quantity!.role === "existing") &&
        related(taxonomy, o.material, d.material) &&
        // (placed alike: two units' plants elsewhere, or unplaced, may be two plants)
        o.place !== null &&
        d.place !== null &&
        sameSite(o.place, d.place) &&
        sameStage(stage(o), stage(d))
    );
    if (twin) {
      absorb(twin, d, places);
      return false;
    }
    same.push(d);
    byUnit.set(key, same);
    return true;
  });

  // plants without a tonnage: once per company, country and material family, and not beside a tonnage
  // a company's family: EcoPro's lines cover EcoPro BM's plant told without its tonnage
  // (each partner's: "Eramet / BASF" at Weda Bay covers BASF's refinery told there without one)
  // (a venture's partners too: COBCO's lines cover CNGR's plant told without a tonnage)
  const families = (d: Draft): string[] =>
    d.kind === "aggregate"
      ? ["aggregate"]
      : d.companies.flatMap((c) => [
          c.forms[0][0],
          ...(c.partners ?? []).map((p) => p.forms[0][0]),
          // (a unit's parent: "Lifezone's local unit Tembo Nickel" covers Lifezone's refinery)
          ...(c.parent ? [c.parent.forms[0][0]] : []),
        ]);
  const kin = (a: Draft, b: Draft): boolean => families(a).some((f) => families(b).includes(f));
  // what the tonnages cover, by family: the material families in each country ("*" for unknown)
  const top = (m: MaterialNode | null): string => (m === null ? "*" : (topOf(taxonomy, m) ?? "*"));
  const covered = new Map<string, Map<string, Set<string>>>();
  for (const c of lines) {
    if (!c.quantity) continue;
    for (const f of families(c)) {
      const byCountry = covered.get(f) ?? new Map<string, Set<string>>();
      const where = country(c) ?? "*";
      const tops = byCountry.get(where) ?? new Set<string>();
      tops.add(top(c.material));
      byCountry.set(where, tops);
      covered.set(f, byCountry);
    }
  }
  // ("SK On, EcoPro, China's GEM to build a precursor plant": any partner's tonnage there)
  const isCovered = (d: Draft): boolean =>
    families(d).some((f) => {
      const byCountry = covered.get(f);
      if (!byCountry) return false;
      const where = country(d);
      const sets =
        where === null ? [...byCountry.values()] : [byCountry.get(where), byCountry.get("*")];
      const t = d.guessed ? "*" : top(d.material);
      return sets.some((s) => s !== undefined && (t === "*" || s.has("*") || s.has(t)));
    });
  // "its plant in Holland, Michigan, would keep running": a town of its own is a plant of its own
  const ownSite = (d: Draft, others: readonly Draft[]): boolean => {
    const here = d.place;
    if (!here) return false;
    const own = places.specific ? places.specific(here) : false;
    if (!own) return false;
    return others.every((o) => !kin(o, d) || (o.place !== null && own && !sameSite(o.place, here)));
  };
  const tonnages = lines.filter((c) => c.quantity !== null);
  const undisclosed = new Map<string, Draft[]>();
  return lines.filter((d) => {
    if (d.quantity) return true;
    // "Huayou … signed to build an HPAL project at Weda Bay. The project company … will produce
    // 120,000 tonnes of nickel": a plant whose product only a name told, told next with its tonnage
    if (
      d.guessed &&
      tonnages.some(
        (t) =>
          t.sentence.index > d.sentence.index &&
          t.sentence.index <= d.sentence.index + 2 &&
          t.place !== null &&
          d.place !== null &&
          sameSite(t.place, d.place)
      )
    )
      return false;
    const key = companyKey(d);
    // "SANTIAGO (Reuters) - SQM would build its plant out to 210,000 t … the Salar del Carmen
    // facility": the plant the text places is where the tonnage placed only by the dateline is
    const placedByDateline = tonnages.filter(
      (t) =>
        t.weakPlace &&
        kin(t, d) &&
        related(taxonomy, t.material, d.material) &&
        country(t) !== null &&
        country(t) === country(d)
    );
    if (placedByDateline.length > 0 && d.place && !d.distinct) {
      for (const t of placedByDateline) {
        t.place = d.place;
        t.weakPlace = false;
      }
      return false;
    }
    if (isCovered(d) && !d.distinct && !ownSite(d, tonnages)) return false;
    // the company's plant with a tonnage in the same town: that plant, whatever its product
    const here = d.place;
    if (
      here &&
      !d.distinct &&
      places.specific?.(here) &&
      tonnages.some(
        (t) =>
          companyKey(t) === key &&
          t.place !== null &&
          places.specific?.(t.place) &&
          sameSite(t.place, here) &&
          (t.place.named ?? "") === (here.named ?? "")
      )
    )
      return false;
    const same = undisclosed.get(key) ?? [];
    // "its campus at McCarran, in the Tahoe-Reno Industrial Center": two sites of one town,
    // told of one plant in one sentence
    const oneTown = (u: Draft): boolean => {
      const a = u.place && places.town?.(u.place);
      return !!a && u.sentence === d.sentence && a === (d.place && places.town?.(d.place));
    };
    const twin = same.find(
      (u) =>
        (oneTown(u) && related(taxonomy, u.material, d.material)) ||
        (country(u) === country(d) &&
          related(taxonomy, u.material, d.material) &&
          !(u.place && ownSite(d, [u])) &&
          !places.apart(u, d))
    );
    if (twin) {
      absorb(twin, d, places);
      return false;
    }
    same.push(d);
    undisclosed.set(key, same);
    return true;
  });
}
