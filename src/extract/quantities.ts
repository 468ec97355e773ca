/**
 * Stage 2: quantities. Tonnages and cell capacities as written in the news, read from tokens
 * with a bounded look-ahead: 5,000 t; 5000 tpa; t/a; tonnes per annum; tonne-per-annum; tons a
 * year; 50kt; 50 ktpa; 1.2 Mtpa; a 50,000-tonne plant; 50 thousand tonnes; 1.2 million tonnes;
 * 11 250 t/y; 5万吨; 20 GWh; 500 MWh; 60 tonnes a day; 30,000-37,000 t; up to 50,000 t;
 * from 20,000 to 40,000 t/yr. Whether a quantity is a capacity is the next stage's question.
 */
import { Kind, Token } from "./tokens";

export type Measure = "mass" | "energy";

export interface Quantity {
  /** the value in `unit` */
  value: number;
  /** t/yr, kt/yr, Mt/yr, t/month, t/day, GWh/yr or MWh/yr */
  unit: string;
  measure: Measure;
  /** tonnes a year, or GWh a year for cells */
  perYear: number;
  /** stated as a rate (a year, a month, a day, tpa, GWh) */
  rate: boolean;
  /** an adjective before a noun: "a 50,000-tonne plant" */
  adjective: boolean;
  /** a range: the value is its top */
  range: boolean;
  upTo: boolean;
  /** token indexes in the sentence: [from, to) */
  from: number;
  to: number;
  basis: string | null;
  /** existing: the "from" of an expansion; expansion: what it adds; line otherwise */
  role: "line" | "existing" | "expansion";
  /** a total stated after an expansion or over phases ("bringing capacity to …") */
  total: boolean;
  /** the total is where an expansion takes a line: "expand the plant to 100,000 t" */
  target: boolean;
}

interface Unit {
  symbol: string;
  measure: Measure;
  /** multiply the stated value by this for tonnes (or GWh) */
  factor: number;
  /** per year unless a rate says otherwise; null when the unit itself states no period */
  period: "yr" | "month" | "day" | null;
}

// (with the words of stories in translation that keep the original unit: "40.000 toneladas";
// not "tonnage", which follows years: "three times the 2022 tonnage")
const TONNE_WORDS = new Set([
  "t",
  "ton",
  "tons",
  "tonne",
  "tonnes",
  "mts",
  // ("27,000 TNi/yr": tonnes of nickel contained, as Indonesian filings write them)
  "tni",
  // ("3,750 mtV a year": tonnes of vanadium contained, as vanadium producers report them)
  "mtv",
  "tv",
  "tonelada",
  "toneladas",
  "tonnellate",
  "tonnen",
]);
const METRIC = "metric";

/** Units written as one token (after folding): tpa, ktpa, mtpa, gwh … */
const ONE_WORD_UNITS: ReadonlyMap<string, Unit> = new Map(
  Object.entries({
    tpa: { symbol: "t", measure: "mass", factor: 1, period: "yr" },
    tpy: { symbol: "t", measure: "mass", factor: 1, period: "yr" },
    tpd: { symbol: "t", measure: "mass", factor: 1, period: "day" },
    tpm: { symbol: "t", measure: "mass", factor: 1, period: "month" },
    kt: { symbol: "kt", measure: "mass", factor: 1e3, period: null },
    kts: { symbol: "kt", measure: "mass", factor: 1e3, period: null },
    ktpa: { symbol: "kt", measure: "mass", factor: 1e3, period: "yr" },
    ktpy: { symbol: "kt", measure: "mass", factor: 1e3, period: "yr" },
    kta: { symbol: "kt", measure: "mass", factor: 1e3, period: "yr" },
    kilotonnes: { symbol: "kt", measure: "mass", factor: 1e3, period: null },
    kilotons: { symbol: "kt", measure: "mass", factor: 1e3, period: null },
    mtpa: { symbol: "Mt", measure: "mass", factor: 1e6, period: "yr" },
    mta: { symbol: "Mt", measure: "mass", factor: 1e6, period: "yr" },
    mtpy: { symbol: "Mt", measure: "mass", factor: 1e6, period: "yr" },
    // ("a pilot plant that produces 500 kilograms of HPMSM per day": kept only with its period)
    kg: { symbol: "kg", measure: "mass", factor: 1e-3, period: null },
    kgs: { symbol: "kg", measure: "mass", factor: 1e-3, period: null },
    kilogram: { symbol: "kg", measure: "mass", factor: 1e-3, period: null },
    kilograms: { symbol: "kg", measure: "mass", factor: 1e-3, period: null },
    gwh: { symbol: "GWh", measure: "energy", factor: 1, period: "yr" },
    mwh: { symbol: "MWh", measure: "energy", factor: 1e-3, period: "yr" },
  })
);

const GWH = ONE_WORD_UNITS.get("gwh")!;
const MWH = ONE_WORD_UNITS.get("mwh")!;

const MULTIPLIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    thousand: 1e3,
    // "25 kilo tonnes per annum"
    kilo: 1e3,
    k: 1e3,
    million: 1e6,
    mln: 1e6,
    mn: 1e6,
    m: 1e6,
    billion: 1e9,
    bn: 1e9,
    lakh: 1e5,
    lakhs: 1e5,
    crore: 1e7,
    万: 1e4,
    千: 1e3,
    亿: 1e8,
  })
);

const DASHES = new Set(["-", "‐", "‑", "–", "—"]);

/** A number as written: thousands separated by commas, periods or narrow spaces; one decimal mark. */
export function parseNumber(text: string): number {
  const clean = text.replace(/[\u00a0\u2009\u202f]/g, ",");
  const commas = clean.split(",");
  let normal: string;
  if (commas.length > 1) {
    const thousands = commas.slice(1).every((g) => /^\d{3}(\.\d+)?$/.test(g));
    if (thousands) normal = commas.join("");
    else if (commas.length === 2 && !clean.includes(".")) normal = commas.join(".");
    else return NaN;
  } else {
    const dots = clean.split(".");
    if (dots.length > 2) {
      if (!dots.slice(1).every((g) => /^\d{3}$/.test(g))) return NaN;
      normal = dots.join("");
    } else normal = clean;
  }
  if (normal.length > 15) return NaN;
  return Number(normal);
}

const norm = (tokens: readonly Token[], i: number): string => tokens[i]?.norm ?? "";
const isPunct = (t: Token | undefined, set: Set<string>): boolean =>
  t !== undefined && t.kind === Kind.Punct && set.has(t.text);

/** Numbers a story spells out: "a capacity of seven tonnes per day", "two million tonnes". */
// ("one" is left out: "one gigawatt-hour of cells uses 1,000 t" is a ratio's unit)
/** Numbers spelt out: "six projects", "seven tonnes per day". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
]);

/** The number at i with spaced thousands ("11 250"): its value and the index after it. */
function numberAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  const spelt = t?.kind === Kind.Word && !t.cap ? NUMBER_WORDS.get(t.norm) : undefined;
  // "several hundred tonnes", "a few hundred tonnes": no figure
  if (spelt === 100 && /^(several|few|many|some)$/.test(tokens[i - 1]?.norm ?? "")) return null;
  if (spelt !== undefined) return { value: spelt, next: i + 1 };
  if (!t || t.kind !== Kind.Number) return null;
  let value = parseNumber(t.text);
  if (!Number.isFinite(value)) return null;
  // "40.000 toneladas" in a translated story: a thousands point, for English writes no
  // three-place decimals of tonnes; not before "million" ("1.250 million" stays 1.25 million)
  if (
    /^[1-9]\d{0,2}\.\d{3}$/.test(t.text) &&
    !/^(million|billion|thousand|mn|bn|m)$/.test(tokens[i + 1]?.norm ?? "") &&
    tokens[i + 1]?.kind !== Kind.Cjk
  )
    value = parseNumber(t.text.replace(".", ""));
  let next = i + 1;
  if (/^\d{1,3}$/.test(t.text)) {
    // "11 250 t/y": groups of three digits after plain spaces, at most a few
    while (
      next < tokens.length &&
      next - i < 4 &&
      tokens[next].kind === Kind.Number &&
      tokens[next].space &&
      !tokens[next].newline &&
      /^\d{3}$/.test(tokens[next].text)
    ) {
      value = value * 1000 + Number(tokens[next].text);
      next++;
    }
  }
  return { value, next };
}

/** A period after a unit: "a year", "per annum", "/yr", "annually", "a day", "per month". */
function periodAt(
  tokens: readonly Token[],
  i: number
): { period: Unit["period"]; next: number } | null {
  let j = i;
  while (isPunct(tokens[j], DASHES)) j++;
  const w = norm(tokens, j);
  const slash = tokens[j]?.text === "/";
  if (w === "annually" || w === "yearly" || w === "pa" || w === "py")
    return { period: "yr", next: j + 1 };
  if (w === "daily") return { period: "day", next: j + 1 };
  if (w === "monthly") return { period: "month", next: j + 1 };
  if (w === "p" && tokens[j + 1]?.text === "." && norm(tokens, j + 2) === "a") {
    return { period: "yr", next: tokens[j + 3]?.text === "." ? j + 4 : j + 3 };
  }
  if (slash || w === "per" || w === "a" || w === "an" || w === "each" || w === "every") {
    let k = j + 1;
    while (isPunct(tokens[k], DASHES)) k++;
    const p = norm(tokens, k);
    if (p === "year" || p === "yr" || p === "annum" || p === "y" || (slash && p === "a")) {
      return { period: "yr", next: k + 1 };
    }
    if (p === "month" || p === "mo") return { period: "month", next: k + 1 };
    if (p === "day" || (slash && p === "d")) return { period: "day", next: k + 1 };
    if (p === "年") return { period: "yr", next: k + 1 };
  }
  return null;
}

/** A unit at i (after the number and any multiplier). */
function unitAt(
  tokens: readonly Token[],
  i: number,
  value: number
): { unit: Unit; next: number } | null {
  let j = i;
  const hyphen = isPunct(tokens[j], DASHES);
  if (hyphen) j++;
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === Kind.Cjk && t.text === "吨")
    return { unit: { symbol: "t", measure: "mass", factor: 1, period: null }, next: j + 1 };
  if (t.kind !== Kind.Word) return null;
  const w = t.norm;
  if (w === METRIC) {
    // "metric tons", "a 30,000-metric-ton-per-year facility"
    const k = isPunct(tokens[j + 1], DASHES) ? j + 2 : j + 1;
    if (TONNE_WORDS.has(norm(tokens, k)))
      return { unit: { symbol: "t", measure: "mass", factor: 1, period: null }, next: k + 1 };
  }
  if (w === "mt") {
    // "Mt" is a million tonnes; "MT"/"mt" after a big number are metric tonnes
    // ("a monthly capacity of 80 mt": no plant makes 80 million tonnes a month)
    const million =
      t.text === "Mt" || (value < 1000 && !(t.text === "mt" && shortPeriodNear(tokens, j)));
    return {
      unit: million
        ? { symbol: "Mt", measure: "mass", factor: 1e6, period: null }
        : { symbol: "t", measure: "mass", factor: 1, period: null },
      next: j + 1,
    };
  }
  if (TONNE_WORDS.has(w)) {
    // t/a, t/y, t/d written with a slash are one unit
    return { unit: { symbol: "t", measure: "mass", factor: 1, period: null }, next: j + 1 };
  }
  const one = ONE_WORD_UNITS.get(w);
  // "30,000 MTPA" in Asian usage is metric tonnes a year; "2 Mtpa" is million tonnes
  if (one && one.symbol === "Mt" && value >= 1000) {
    return { unit: { symbol: "t", measure: "mass", factor: 1, period: "yr" }, next: j + 1 };
  }
  if (one) return { unit: one, next: j + 1 };
  if (w === "gigawatt" || w === "megawatt") {
    let k = j + 1;
    while (isPunct(tokens[k], DASHES)) k++;
    if (/^hours?$/.test(norm(tokens, k))) {
      return { unit: w === "gigawatt" ? GWH : MWH, next: k + 1 };
    }
  }
  if (w === "gigawatt-hours" || w === "gwhs") return { unit: GWH, next: j + 1 };
  if (
    w === "gw" &&
    /^(battery|batteries|cell|cells|gigafactory|factory|plant)$/.test(norm(tokens, j + 1))
  ) {
    return { unit: GWH, next: j + 1 };
  }
  return null;
}

const BASIS_LOOKAHEAD = 6;

/** "materials for about 35 GWh of batteries": a material stated in the cells it makes. */
function forBatteries(tokens: readonly Token[], from: number, measure: Measure): boolean {
  if (measure !== "energy") return false;
  let k = from - 1;
  while (
    k >= 0 &&
    /^(about|around|some|roughly|nearly|approximately|up|to|over|more|than)$/.test(norm(tokens, k))
  )
    k--;
  return norm(tokens, k) === "for";
}

/** The basis stated after a quantity: LCE, contained metal, oxide, battery-equivalent. */
function basisAfter(tokens: readonly Token[], from: number, measure: Measure): string | null {
  for (let k = from; k < Math.min(tokens.length, from + BASIS_LOOKAHEAD); k++) {
    const w = norm(tokens, k);
    if (w === "lce" || (w === "carbonate" && norm(tokens, k + 1) === "equivalent")) return "LCE";
    if (w === "contained" || w === "content" || w === "metal") {
      const around = [norm(tokens, k - 1), norm(tokens, k + 1), norm(tokens, k + 2)];
      if (around.includes("cobalt")) return "contained Co";
      return "contained Ni";
    }
    if (w === "reo" || w === "treo") return "REO";
    if (w === "equivalent" && measure === "energy") return "battery-equivalent";
    if (tokens[k].kind === Kind.Number) break;
  }
  return measure === "mass" ? "product" : null;
}

/** A "simple" quantity at i: number, multiplier, unit, period. */
function simpleAt(tokens: readonly Token[], i: number) {
  const num = numberAt(tokens, i);
  if (!num) return null;
  let { value } = num;
  let j = num.next;
  let multiplier = 1;
  const m = norm(tokens, j) || tokens[j]?.text;
  const times = m === undefined ? undefined : MULTIPLIERS.get(m);
  if (times !== undefined) {
    // "m" and "k" alone multiply only before a unit: "1.2m tonnes", "50k t"
    if ((m !== "m" && m !== "k") || unitAt(tokens, j + 1, value * times)) {
      multiplier = times;
      j++;
    }
  }
  const u = unitAt(tokens, j, value * multiplier);
  if (!u) return null;
  let next = u.next;
  let period = u.unit.period;
  const adjective =
    isPunct(tokens[j], DASHES) ||
    (/^(tonne|ton)$/.test(norm(tokens, u.next - 1)) &&
      tokens[next]?.kind === Kind.Word &&
      !periodAt(tokens, next) &&
      norm(tokens, next) !== "of");
  const after = periodAt(tokens, next);
  if (after) {
    period = after.period;
    next = after.next;
  } else if (period === null) {
    period = periodLater(tokens, next);
  }
  return {
    value,
    multiplier,
    unit: u.unit,
    period,
    rateStated: period !== null,
    adjective,
    from: i,
    to: next,
  };
}

/** "50,000 tonnes of lithium hydroxide a year": a period a few words on. */
function periodLater(tokens: readonly Token[], from: number): Unit["period"] {
  // ("140 tons of ultra-thin copper foil for lithium-ion battery anodes a day": past what it is
  // for, only a day's or a month's; "for 50,000 vehicles a year" is the vehicles')
  let past = false;
  for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
    const t = tokens[k];
    if (t.kind === Kind.Number) return null;
    if (t.kind === Kind.Punct && !DASHES.has(t.text) && t.text !== "(" && t.text !== ")")
      return null;
    const w = t.norm;
    if (w === "by" || w === "from" || w === "and" || w === "to") return null;
    if (w === "for" || k >= from + 8) past = true;
    // "in mixed hydroxide precipitate a year" reads on; "in 2023", "in Indonesia" do not
    if (w === "in" && (tokens[k + 1]?.kind !== Kind.Word || tokens[k + 1].cap)) return null;
    const p = periodAt(tokens, k);
    if (p) return past && p.period === "yr" ? null : p.period;
  }
  return null;
}

/** "with daily capacity of 3 tons", "a monthly output of 2,000 t": the period told before the figure. */
function periodBefore(
  tokens: readonly Token[],
  s: NonNullable<ReturnType<typeof simpleAt>>
): NonNullable<ReturnType<typeof simpleAt>> {
  if (s.period) return s;
  for (let k = s.from - 1; k >= Math.max(0, s.from - 5); k--) {
    const w = norm(tokens, k);
    // ("by monthly 2,000 tons", "a line with daily 300 t": the period just before the figure)
    if (w === "daily" || w === "monthly")
      return k === s.from - 1 ||
        /^(capacity|output|production|throughput)$/.test(norm(tokens, k + 1))
        ? { ...s, period: w === "daily" ? "day" : "month", rateStated: true }
        : s;
    if (!/^(capacity|output|production|of|a|an|the|its|throughput|designed|design)$/.test(w))
      return s;
  }
  return s;
}

function toQuantity(
  s: NonNullable<ReturnType<typeof simpleAt>>,
  tokens: readonly Token[],
  extra: Partial<Quantity> = {}
): Quantity | null {
  const { unit, multiplier } = s;
  // (a cell's or a sample's weight in kilograms is no plant's size)
  if (unit.symbol === "kg" && !s.period) return null;
  let value = s.value;
  let symbol: string;
  let factor: number;
  const period = s.period ?? "yr";
  if (unit.measure === "energy") {
    value *= multiplier;
    symbol = `${unit.symbol}/yr`;
    factor = unit.factor;
  } else if (period === "yr" && unit.symbol === "t" && (multiplier === 1e3 || multiplier === 1e6)) {
    // 50 thousand tonnes is 50 kt; 1.2 million tonnes is 1.2 Mt
    symbol = multiplier === 1e3 ? "kt/yr" : "Mt/yr";
    factor = multiplier;
  } else if (period === "yr") {
    value *= multiplier;
    symbol = `${unit.symbol}/yr`;
    factor = unit.factor;
  } else {
    // per month and per day are kept in tonnes
    value *= multiplier * unit.factor;
    symbol = `t/${period}`;
    factor = period === "month" ? 12 : 365;
  }
  const perYear = value * factor;
  if (!(value > 0) || !Number.isFinite(perYear) || perYear > 1e10) return null;
  return {
    value: round(value),
    unit: symbol,
    measure: unit.measure,
    perYear: round(perYear),
    rate: s.rateStated || unit.measure === "energy",
    adjective: s.adjective,
    range: false,
    upTo: false,
    from: s.from,
    to: s.to,
    basis: forBatteries(tokens, s.from, unit.measure)
      ? "battery-equivalent"
      : basisAfter(tokens, s.to, unit.measure),
    role: "line",
    total: false,
    target: false,
    ...extra,
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

const TARGET_VERBS =
  /^(reach|reaching|rise|rises|rising|bringing|bring|brings|brought|taking|take|takes|raising|raise|raised|lifting|lift|lifted|boosting|boost|boosted|increasing|increase|increased|expanding|expand|expanded|expansion|doubling|double|doubles|doubled|tripling|triple|triples|tripled|quadrupling|quadruple|quadruples|quadrupled|enlarge|enlarged|enlarging|extend|extended|grow|growing|scale|scaling|scaled|ramp|ramping|step)$/;
const TOTAL_VERBS =
  /^(bringing|bring|brings|brought|taking|take|takes|raising|lifting|boosting|increasing|increase|expanding|expand|doubling|double|doubles|tripling|triple|triples|quadrupling|quadruple|quadruples|reach|reaching|reached|rise|rises|rising|rose|climb|climbs|climbing|total|totalling|totaling)$/;

/** Every quantity of a sentence, left to right. */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const spelt = tokens[i].kind === Kind.Word && NUMBER_WORDS.has(tokens[i].norm);
    if (tokens[i].kind !== Kind.Number && !spelt) continue;
    const first = simpleAt(tokens, i);
    // (a spelt number counts only with its unit: "seven tonnes per day", not "two plants")
    if (spelt && !first) continue;
    if (first) {
      // "20,000 t to 40,000 t", "30,000 t - 37,000 t" ("from 3,600 tons currently to 6,600 tons")
      if (
        /^(currently|now|today|at present)$/.test(norm(tokens, first.to)) &&
        fromBefore(tokens, i)
      )
        first.to++;
      const joiner = norm(tokens, first.to) || tokens[first.to]?.text;
      // "~580ktpa to ~680ktpa", "from about 680,000 tonnes to about 1 million tonnes": an
      // approximate second figure
      const next =
        tokens[first.to + 1]?.text === "~" || APPROXIMATE.test(norm(tokens, first.to + 1))
          ? first.to + 2
          : first.to + 1;
      let second = joiner === "to" || DASHES.has(joiner ?? "") ? simpleAt(tokens, next) : null;
      // "between 6 000 t/y and 8 000 t/y": a range with its unit told twice
      if (!second && joiner === "and" && betweenBefore(tokens, i)) second = simpleAt(tokens, next);
      // "raise capacity from about 14,000 metric tons of contained cobalt a year to 24,000 tons"
      if (!second && joiner === "of" && fromBefore(tokens, i)) {
        const to = toAfterProduct(tokens, first.to);
        if (to > 0)
          second = simpleAt(tokens, APPROXIMATE.test(norm(tokens, to + 1)) ? to + 2 : to + 1);
      }
      if (second && second.unit.measure === first.unit.measure) {
        found.push(...pair(tokens, i, first, second));
        i = second.to - 1;
        continue;
      }
      // "lifted its NdPr capacity to 10,500 tonnes per annum from 7,200 tonnes": the expansion
      // told top first
      if (joiner === "from" && wordBefore(tokens, i) === "to" && expansionNear(tokens, i)) {
        const base = simpleAt(tokens, next) ?? baseAt(tokens, next, first);
        if (
          base &&
          base.unit.measure === first.unit.measure &&
          base.value * base.multiplier < first.value * first.multiplier
        ) {
          found.push(...expansionOf(tokens, base, first, i, base.to));
          i = base.to - 1;
          continue;
        }
      }
      const q = toQuantity(periodBefore(tokens, first), tokens, context(tokens, i));
      if (q) found.push(q);
      i = first.to - 1;
      continue;
    }
    // "30,000-37,000 t", "from 20,000 to 40,000 t/yr", "between 5 and 10 GWh"
    const num = numberAt(tokens, i);
    if (!num) continue;
    const joiner = norm(tokens, num.next) || tokens[num.next]?.text;
    // ("… for the rest of 2025 and 96,600 tons": "and" makes a range only after "between")
    if (
      joiner === "to" ||
      (joiner === "and" && betweenBefore(tokens, i)) ||
      DASHES.has(joiner ?? "")
    ) {
      const second = simpleAt(
        tokens,
        tokens[num.next + 1]?.text === "~" ? num.next + 2 : num.next + 1
      );
      if (second) {
        const lowSimple = { ...second, value: num.value, from: i, to: num.next };
        found.push(...pair(tokens, i, lowSimple, second));
        i = second.to - 1;
      }
    }
  }
  // "10万吨 (100,000 tonnes) a year", "年产1万吨电积铜 (10,000 mt/year of cathode copper)", "an
  // annual 50,000-tonne … project (年产5万吨…项目)": the same amount told again in brackets
  // ("一期年产1万吨，二期年产2万吨 (phase one 10,000 tonnes a year, phase two 20,000 …)", "X Co.
  // (安徽锐钠) 年产3万吨…项目 will produce 30,000 tonnes per year": each told again in the other
  // language, in brackets or after)
  // (each figure is told again once at most: "the first phase, 年产10万吨 (100,000 tons) …; the
  // second phase, another 10万吨" is two phases)
  const cjk = (q: Quantity) => {
    for (let j = Math.max(0, q.from - 1); j <= q.to && j < tokens.length; j++)
      if (tokens[j].kind === Kind.Cjk) return true;
    return false;
  };
  const paired = new Set<number>();
  return found.filter((q, k) => {
    for (let b = k - 1; b >= 0 && q.from - found[b].to <= 60; b--) {
      const before = found[b];
      if (paired.has(b)) continue;
      if (before.measure !== q.measure || Math.abs(before.perYear - q.perYear) > 0.01 * q.perYear)
        continue;
      let open = false;
      for (let j = before.to; j < q.from; j++)
        if (tokens[j].text === "(") open = true;
        else if (tokens[j].text === ")") open = false;
      const translated = cjk(before) !== cjk(q);
      if (
        (open && (b === k - 1 ? q.from - before.to <= 16 : translated)) ||
        (translated && b >= k - 3)
      ) {
        paired.add(b).add(k);
        return false;
      }
    }
    return true;
  });
}

/** Flags read from the words just before a quantity. */
function context(tokens: readonly Token[], i: number): Partial<Quantity> {
  // "to about 80,000 t", "to nearly 1 Mt": the approximation is no part of the phrase
  let at = i;
  while (
    at > 0 &&
    /^(about|around|roughly|some|nearly|approximately|almost|circa|over|~)$/.test(
      norm(tokens, at - 1)
    )
  )
    at--;
  // "to as much as 50 GWh"
  if (
    norm(tokens, at - 1) === "as" &&
    norm(tokens, at - 2) === "much" &&
    norm(tokens, at - 3) === "as"
  )
    at -= 3;
  const before = [norm(tokens, at - 1), norm(tokens, at - 2), norm(tokens, at - 3)];
  const upTo = before[1] === "up" && before[0] === "to";
  const to = upTo ? at - 3 : at - 1;
  // "for a combined 35,000 tonnes a year", "a total 120 GWh"
  let total =
    /^(combined|total|overall|totals|totalled|totaled|totalling|totaling)$/.test(before[0]) &&
    !upTo;
  let target = false;
  if (norm(tokens, to) === "to" || norm(tokens, to) === "of") {
    // "expand the refinery to 100,000 t", "ramp it up to a nameplate capacity of 4,800 t"
    let sawTo = norm(tokens, to) === "to";
    for (let k = to - 1; k >= Math.max(0, to - 7); k--) {
      const w = norm(tokens, k);
      if (w === "to") sawTo = true;
      // ("the refinery's capacity would rise to 100,000 t"; "the total will rise to" is a sum)
      const rises = /^(rise|rises|rising)$/.test(w);
      const capacityRises =
        !rises ||
        (tokens.slice(Math.max(0, k - 5), k).some((t) => /^capacit/.test(t.norm)) &&
          !tokens.slice(Math.max(0, k - 5), k).some((t) => t.norm === "total"));
      if (sawTo && TARGET_VERBS.test(w) && capacityRises) target = true;
      if (TOTAL_VERBS.test(w) || w === "total" || w === "combined" || w === "overall") total = true;
    }
  }
  // "the site is ultimately to reach 40 GWh": where the site's line grows to
  if (/^(reach|reaching)$/.test(before[0]) && !upTo) target = true;
  return { upTo, total: total || target, target };
}

/** "monthly capacity of 80 mt", "80 mt per day": a month's or a day's amount is near. */
function shortPeriodNear(tokens: readonly Token[], j: number): boolean {
  for (let k = Math.max(0, j - 6); k < Math.min(tokens.length, j + 4); k++)
    if (/^(monthly|daily|month|day|months|days)$/.test(tokens[k].norm)) return true;
  return false;
}

/** Where the word before the number at i stands, past approximations ("from about"). */
function indexBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && (APPROXIMATE.test(norm(tokens, k)) || tokens[k].text === "~")) k--;
  return k;
}

const wordBefore = (tokens: readonly Token[], i: number) => norm(tokens, indexBefore(tokens, i));

const betweenBefore = (tokens: readonly Token[], i: number) => wordBefore(tokens, i) === "between";
const fromBefore = (tokens: readonly Token[], i: number) => wordBefore(tokens, i) === "from";

/** "… of contained cobalt a year to": where the "to" stands after a short product, or -1. */
function toAfterProduct(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k < Math.min(tokens.length, at + 8); k++) {
    if (tokens[k].kind !== Kind.Word) return -1;
    if (tokens[k].norm === "to") return k;
  }
  return -1;
}

/** "to 40,000 t/yr from 20,000": a bare base figure, in the unit of the top one. */
function baseAt(
  tokens: readonly Token[],
  at: number,
  top: NonNullable<ReturnType<typeof simpleAt>>
): ReturnType<typeof simpleAt> {
  const num = numberAt(tokens, at);
  // ("to 5,000 t from 2026": a year, no base)
  if (!num || (/^(19|20)\d\d$/.test(tokens[at].text) && num.next === at + 1)) return null;
  return { ...top, value: num.value, from: at, to: num.next };
}

/** Two quantities joined by "to" or a dash: a range, or an expansion "from A to B". */
const APPROXIMATE = /^(about|around|roughly|some|nearly|approximately|almost|circa|over|just)$/;

function pair(
  tokens: readonly Token[],
  i: number,
  low: NonNullable<ReturnType<typeof simpleAt>>,
  high: NonNullable<ReturnType<typeof simpleAt>>
): Quantity[] {
  // "from about 7,000 tonnes a year to 10,500 tonnes"
  const k = indexBefore(tokens, i);
  let from = norm(tokens, k) === "from";
  // "from the current annual 120 tons to 1,320 tons"
  if (!from)
    for (let j = k, n = 0; j >= 1 && n < 3; j--, n++) {
      if (!/^(the|current|existing|present|annual|installed|today's)$/.test(norm(tokens, j))) break;
      if (norm(tokens, j - 1) === "from") from = true;
    }
  // "from the existing installed nameplate of ~580ktpa to ~680ktpa"
  if (!from && norm(tokens, k) === "of")
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (tokens[j].kind !== Kind.Word) break;
      if (tokens[j].norm === "from") from = true;
    }
  // (compared in one unit: "from 680,000 tonnes to 1 million tonnes")
  const grows = high.value * high.multiplier > low.value * low.multiplier;
  const expansion = from && grows && expansionNear(tokens, i);
  if (expansion) return expansionOf(tokens, low, high, low.from, high.to);
  const highQ = toQuantity(high, tokens);
  if (!toQuantity(low, tokens) || !highQ) return highQ ? [highQ] : [];
  // a range: its top, as "up to"
  return [{ ...highQ, from: low.from, range: true, upTo: true }];
}

/** An expansion from `low` to `high`, told over tokens [from, to): the line before, and what it adds. */
function expansionOf(
  tokens: readonly Token[],
  low: NonNullable<ReturnType<typeof simpleAt>>,
  high: NonNullable<ReturnType<typeof simpleAt>>,
  from: number,
  to: number
): Quantity[] {
  const lowQ = toQuantity(low, tokens);
  const highQ = toQuantity(high, tokens);
  if (!lowQ || !highQ) return highQ ? [highQ] : [];
  {
    const added = toQuantity(
      {
        ...high,
        value: high.value - low.value * (low.multiplier / high.multiplier),
        from,
        to,
      },
      tokens,
      { role: "expansion" }
    );
    // ("from 1,000 tonnes to 1,100 tonnes of V2O5 per month": the base is told in the top's period)
    const ratio = (low.value * low.multiplier) / (high.value * high.multiplier);
    const inPeriod =
      !lowQ.rate && highQ.rate
        ? {
            unit: `${lowQ.unit.split("/")[0]}/${highQ.unit.split("/")[1] ?? "yr"}`,
            perYear: highQ.perYear * ratio,
          }
        : {};
    const existing: Quantity = {
      ...lowQ,
      ...inPeriod,
      role: "existing",
      from,
      to,
      rate: lowQ.rate || highQ.rate,
      basis: highQ.basis,
    };
    return added ? [existing, added] : [existing];
  }
}

function expansionNear(tokens: readonly Token[], i: number): boolean {
  // ("is expanding its copper foil base in Changshu, Jiangsu province, from 30,000 tonnes")
  for (let k = Math.max(0, i - 16); k < i; k++) {
    const w = norm(tokens, k);
    if (
      /^(expan|increas|rais|lift|boost|doubl|grow|upgrad|scal|ramp|go|goes|going|rise|rises|rising)/.test(
        w
      )
    )
      return true;
    if (w === "capacity" || w === "nameplate" || w === "existing") return true;
  }
  return false;
}
