/**
 * Stage 3: which quantities are capacities. The nearest telling word decides, looking outward
 * from the quantity on both sides within its clause: "capacity", "plant", "annual" say yes;
 * market share, sales, shipments, consumption, reserves, prices, supply contracts, demand
 * forecasts and last year's output say no. A rate (t/yr, GWh) with no telling word is a
 * capacity; a bare tonnage is one only when a word says so.
 */
import {
  CAPACITY_WORDS,
  DEMONYMS,
  CONTINENTS,
  COUNT_WORDS,
  FACILITY_NOUNS,
  PLANT_PLURALS,
  SUM_WORDS,
  TARGET_WORDS,
  NOT_CAPACITY_PREFIXES,
  NOT_CAPACITY_WORDS,
  NOT_CELL_ENERGY,
  WEAK_CAPACITY_WORDS,
} from "./lexicon";
import { Quantity } from "./quantities";
import { isApostropheS, Kind, Token } from "./tokens";

/** How far a telling word may stand from the quantity, in tokens. */
const LEFT = 10;
const RIGHT = 8;

type Cue = "yes" | "weak" | "no" | "past" | null;

const QUALIFIED_OUTPUT = new Set([
  "annual",
  "average",
  "initial",
  "nominal",
  "expected",
  "targeted",
  "steady-state",
  "yearly",
  "designed",
  "design",
  "planned",
  "full",
  "nameplate",
  "peak",
  "capacity",
  "rated",
]);
const PAST_WORDS = new Set([
  "last",
  "previous",
  "quarter",
  "half",
  "h1",
  "h2",
  "q1",
  "q2",
  "q3",
  "q4",
  "yoy",
  "ytd",
  "so-far",
]);
const RAISE_VERBS =
  /^(take|takes|taking|lift|lifts|lifting|raise|raises|raising|boost|boosts|boosting|double|doubles|doubling|bring|brings|bringing|triple|triples)$/;
const CLAUSE_ENDS = new Set([";", "•", "|"]);

/** ", while …", ", whereas …": a clause of contrast opens here. */
function contrastAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k].text === "," && /^(while|whereas|but|although)$/.test(tokens[k + 1]?.norm ?? "");
}

function isNegative(word: string): boolean {
  if (NOT_CAPACITY_WORDS.has(word)) return true;
  for (const p of NOT_CAPACITY_PREFIXES) if (word.startsWith(p)) return true;
  return false;
}

function capitalised(t: Token): boolean {
  return t.kind === Kind.Word && t.cap;
}

/** The first cell of a table's row, when the quantity stands in a later one. */
function rowLabel(tokens: readonly Token[], q: Quantity): readonly Token[] {
  const from = tokens[0]?.text === "|" ? 1 : 0;
  let bar = -1;
  for (let k = from; k < q.from; k++)
    if (tokens[k].text === "|") {
      bar = k;
      break;
    }
  if (bar <= from || bar >= q.from) return [];
  // (a label, not a name: "Mineral Resources" in a company column is no resource)
  const label = tokens.slice(from, bar);
  return label.slice(1).some((t) => t.kind === Kind.Word && t.cap) ? [] : label;
}

/** Countries by name, folded ("china", "south korea" is "korea" alone). */
const COUNTRY_NAMES = new Set(
  [...DEMONYMS.values()].map((c) => c.toLowerCase().split(" ").pop() ?? "")
);

/** What the token at k says about a nearby quantity. */
function cueAt(tokens: readonly Token[], k: number): Cue {
  const t = tokens[k];
  if (t.kind === Kind.Number) {
    // "in 2023", "during 2022": a year past
    const before = tokens[k - 1]?.norm;
    if (
      /^(19|20)\d\d$/.test(t.text) &&
      (before === "in" || before === "during" || before === "for")
    )
      return "past";
    return null;
  }
  // "年产10万吨" (a year's output of 100,000 t), "产能" (capacity), "项目" (project), "投产" (put
  // into production): a plant's size, told in Chinese
  if (t.kind === Kind.Cjk) {
    const pair = t.text + (tokens[k + 1]?.text ?? "");
    return /^(年产|年处|年加|产能|项目|投产|建成)$/.test(pair) ? "yes" : null;
  }
  // ("a non-binding MoU covering up to 15,000 tpa": an intention to buy, however written)
  if (t.kind === Kind.Word && /^(mou|mous|loi|lois)$/.test(t.norm)) return "no";
  // ("a non-binding term sheet with a cathode maker covering up to 40,000 tpa": a sale agreed)
  if (t.norm === "sheet" && tokens[k - 1]?.norm === "term") return "no";
  // ("a letter of intent with a scooter maker for 200 megawatt-hours")
  if (
    t.norm === "intent" &&
    tokens[k - 1]?.norm === "of" &&
    /^letters?$/.test(tokens[k - 2]?.norm ?? "")
  )
    return "no";
  // "Proven and Probable Mineral Reserves of 38.6 million tonnes", "Ore Reserve": the terms of
  // a resource statement, capitalised but no company ("Mineral Resources' Wodgina")
  if (
    t.kind === Kind.Word &&
    /^(reserve|reserves|resource|resources)$/.test(t.norm) &&
    (/^(of|at|estimate|estimates|statement|totalling|totaling|comprising)$/.test(
      tokens[k + 1]?.norm ?? ""
    ) ||
      /^(ore|proven|probable|measured|indicated|inferred|jorc|total)$/.test(
        tokens[k - 1]?.norm ?? ""
      ))
  )
    return "no";
  // capitalised words are names; words in capitals (a shouted brief) are words
  if (t.kind !== Kind.Word || (t.cap && !t.upper && k > 0)) return null;
  const w = t.norm;
  if (PAST_WORDS.has(w)) return "past";
  // "the site turned out cells adding up to roughly 20 megawatt-hours": what it made
  if (w === "turned" && tokens[k + 1]?.norm === "out") return "no";
  // "10,000 tons of rare earth oxide will be produced": what the plant is to make
  if (w === "produced" && /^(be)$/.test(tokens[k - 1]?.norm ?? "")) return "weak";
  if (w === "output" || w === "production" || w === "produced") {
    // "would take output to 100,000 tpa", "double production to 1 Mt": a plant's new size
    // ("would lift refinery output from 50,000 tpa to 100,000 tpa")
    if (
      w !== "produced" &&
      (RAISE_VERBS.test(tokens[k - 1]?.norm ?? "") ||
        (RAISE_VERBS.test(tokens[k - 2]?.norm ?? "") && tokens[k - 1]?.kind === Kind.Word))
    )
      return "yes";
    // "record quarterly production of 213.4kt": a period's output
    for (let j = k - 1; j >= Math.max(0, k - 4); j--)
      if (/^(quarterly|monthly|record|half-year|half-yearly|cumulative)$/.test(tokens[j].norm))
        return "past";
    return QUALIFIED_OUTPUT.has(tokens[k - 1]?.norm ?? "")
      ? "yes"
      : w === "production"
        ? "yes"
        : "no";
  }
  // "in line with the growth of …": a measure kept, not a production line
  if (w === "line" && tokens[k - 1]?.norm === "in" && tokens[k + 1]?.norm === "with") return null;
  // "the resource base is quoted at 190 Mt", "its customer base": no plant's base
  if (w === "base" && isNegative(tokens[k - 1]?.norm ?? "")) return "no";
  // "cells adding up to roughly 20 megawatt-hours": a sum, not capacity added
  if (/^(add|adds|adding|added)$/.test(w) && tokens[k + 1]?.norm === "up") return null;
  // "…, he added.", "…, Smith added": a speaker, not capacity added
  if (w === "added" || w === "adds") {
    const prev = tokens[k - 1];
    const end = k + 1 >= tokens.length || /^[.,;:"”]$/.test(tokens[k + 1].text);
    if (
      /^(he|she|they|spokesman|spokeswoman|spokesperson|official|officials|executive|analyst|analysts|source|sources)$/.test(
        prev?.norm ?? ""
      ) ||
      (end && prev !== undefined && capitalised(prev))
    )
      return null;
  }
  if (WEAK_CAPACITY_WORDS.has(w)) return "weak";
  // "to make 115,000 t/yr of concentrate" (but "makes up 12% of supply" is a share)
  if (/^(make|makes|making)$/.test(w)) return tokens[k + 1]?.norm === "up" ? null : "yes";
  // "… to as much as 50 GWh if orders allow": a condition, not an order book
  if (/^order/.test(w) && /^(if|as|when|once|should)$/.test(tokens[k - 1]?.norm ?? "")) return null;
  if (CAPACITY_WORDS.has(w)) return "yes";
  // "It will recycle 2,000 tonnes per year of magnets": what a recycling plant can take
  if (
    /^(recycle|recycles)$/.test(w) &&
    /^(will|can|to|would|could)$/.test(tokens[k - 1]?.norm ?? "")
  )
    return "weak";
  // "… 5,000 tonnes per year of mining concentrates imported": the feed, described
  if (w === "imported") {
    const prev = tokens[k - 1];
    if (
      prev?.kind === Kind.Word &&
      !prev.cap &&
      !/^(was|were|is|are|be|been|had|have|has|tonnes|tons|t|mt|kt)$/.test(prev.norm)
    )
      return null;
  }
  // "will be started according to market demand", "depending on demand": a condition
  if (/^(demand|market)/.test(w))
    for (let j = k - 1; j >= Math.max(0, k - 3); j--)
      if (/^(according|depending|subject|pending|dependent)$/.test(tokens[j].norm)) return null;
  // "350 tonnes per annum of recycled NdFeB alloy powder": a product made of scrap
  if (w === "recycled" && tokens[k - 1]?.norm === "of") return null;
  // "at its battery recycling site … from 8,000 to 16,000 tonnes a year": the plant's kind
  // ("the recycling unit is sized to process 30,000 tonnes of black mass a year")
  if (
    w === "recycling" &&
    (FACILITY_NOUNS.has(tokens[k + 1]?.norm ?? "") ||
      /^(unit|units|circuit|circuits|hub|centre|center)$/.test(tokens[k + 1]?.norm ?? ""))
  )
    return null;
  // "is on course to deliver 15.8GWh of capacity": capacity delivered is a plant's size
  // ("the line is expected to deliver between 6 000 t/y and 8 000 t/y": what a line delivers)
  if (
    /^deliver/.test(w) &&
    (tokens.slice(k + 1, k + 5).some((t) => t.norm === "capacity") ||
      (tokens
        .slice(Math.max(0, k - 5), k)
        .some((t) => /^(plant|line|factory|refinery|facility|smelter)$/.test(t.norm)) &&
        !tokens.some((t) => /^(contract|contracts|customer|customers|offtake)$/.test(t.norm))))
  )
    return "yes";
  if (isNegative(w)) return "no";
  return null;
}

/** "… of iron phosphate to make one tonne of LFP", "… per tonne of cathode": so much per unit. */
function perUnitMade(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length - 2, at + 8); k++) {
    const w = tokens[k].norm;
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    const unit = (j: number) => /^(tonne|ton|t|kg|kilogram|kwh)$/.test(tokens[j]?.norm ?? "");
    if (w === "per" && unit(k + 1) && tokens[k + 2]?.norm === "of") return true;
    if (
      /^(make|makes|making|produce|produces|producing)$/.test(w) &&
      /^(one|a|1|each|every)$/.test(tokens[k + 1].norm) &&
      unit(k + 2)
    )
      return true;
  }
  return false;
}

/** True when the quantity states a production capacity. */
export function isCapacity(
  tokens: readonly Token[],
  q: Quantity,
  all: readonly Quantity[]
): boolean {
  return capacityVerdict(tokens, q, all) === true;
}

/**
 * Whether the quantity states a capacity: true or false when a word around it or its own form
 * (a rate, "a 50,000-tonne plant", GWh) says so; null when nothing does.
 */
export function capacityVerdict(
  tokens: readonly Token[],
  q: Quantity,
  all: readonly Quantity[]
): boolean | null {
  const index = all.indexOf(q);
  // "use 0.96-0.97 t of iron phosphate to make one tonne of LFP": a ratio of inputs
  if (perUnitMade(tokens, q.to)) return false;
  // what an expansion adds is a capacity when its "from … to …" is
  const pairedWith = all[index - 1];
  if (q.role === "expansion" && pairedWith && pairedWith.to === q.to)
    return capacityVerdict(tokens, pairedWith, all);
  // names do not count toward the reach: "offtake agreements with Tesla, Ford and LG Energy
  // Solution for up to 150,000 t" is as near its "offtake" as "offtake deals for 150,000 t"
  let reach = q.from;
  for (let words = 0; reach > 0 && words < LEFT && q.from - reach < LEFT * 3; reach--) {
    const t = tokens[reach - 1];
    // (nor the stops of "U.S.")
    const initial = t.text === "." && /^[A-Z]$/.test(tokens[reach - 2]?.text ?? "");
    // (nor the hyphen of "a 10-year sales agreement")
    const hyphen = t.text === "-" && !t.space;
    if (!(t.kind === Kind.Word && t.cap) && t.text !== "," && !initial && !hyphen) words++;
  }
  const leftLimit = Math.max(0, reach, index > 0 ? all[index - 1].to : 0);
  // (an expansion's pair shares its span: "from 640,000 tonnes to 1.2 million tonnes of ore"
  // reads on past both figures)
  const next = all.slice(index + 1).find((o) => o.from >= q.to);
  const rightLimit = Math.min(tokens.length, q.to + RIGHT, next ? next.from : tokens.length);
  // "access to about 42,000 tons of nickel and 5,000 tons of cobalt a year": the second figure
  // of a pair is what the first is
  if (pairedWith && q.role === "line" && pairedWith.role === "line") {
    const gap = tokens.slice(pairedWith.to, q.from);
    if (
      gap.length >= 3 &&
      gap.length <= 5 &&
      gap[0].norm === "of" &&
      gap[gap.length - 1].norm === "and" &&
      gap.every((t) => t.kind === Kind.Word)
    )
      return capacityVerdict(tokens, pairedWith, all);
  }
  // "the UK will need around 100GWh … by 2030 …, and more than 200GWh by 2040": the second of a
  // pair told with "and" is what the first is, when that one is no capacity
  if (pairedWith && pairedWith.measure === q.measure) {
    let k = q.from - 1;
    while (
      k > pairedWith.to &&
      /^(more|than|about|around|some|nearly|up|to|over)$/.test(tokens[k].norm)
    )
      k--;
    const gap = tokens.slice(pairedWith.to, k + 1);
    // (the first one a need or a forecast: "will need", "demand of", "is forecast at")
    const need = tokens
      .slice(Math.max(0, pairedWith.from - 6), pairedWith.from)
      .some((t) =>
        /^(need|needs|demand|require|requires|forecast|estimated|expected|consum)/.test(t.norm)
      );
    if (
      need &&
      tokens[k]?.norm === "and" &&
      gap.length <= 16 &&
      !gap.some((t) => FACILITY_NOUNS.has(t.norm)) &&
      capacityVerdict(tokens, pairedWith, all) === false
    )
      return false;
  }
  // "annual consumption at roughly 150 GWh …, compared with just over 90 GWh today": the figure
  // set against another is what that one is
  if (pairedWith && pairedWith.measure === q.measure && q.from - pairedWith.to <= 14) {
    let k = q.from - 1;
    while (
      k > pairedWith.to &&
      /^(just|over|about|around|some|nearly|roughly|under)$/.test(tokens[k].norm)
    )
      k--;
    const against =
      (/^(with|to)$/.test(tokens[k]?.norm ?? "") && tokens[k - 1]?.norm === "compared") ||
      /^(versus|vs|against)$/.test(tokens[k]?.norm ?? "");
    if (against && capacityVerdict(tokens, pairedWith, all) === false) return false;
  }
  // "an export quota of 18,125 tonnes for the rest of 2025 and of 96,600 tonnes per year for
  // 2026", "limited cobalt exports to 18,125 tonnes for 2025 and to 96,600 tonnes a year in
  // 2026": the second figure told like the first is what the first is
  // "with capacities of 7.5 gigawatt-hours and 10 gigawatt-hours": a pair told as one
  if (
    pairedWith &&
    pairedWith.measure === q.measure &&
    q.from === pairedWith.to + 1 &&
    /^(and|&)$/.test(tokens[pairedWith.to].norm)
  )
    return capacityVerdict(tokens, pairedWith, all);
  // ("an export cap of 18,125 tons for the rest of 2025 and 96,600 tons a year for 2026")
  const bare =
    tokens[q.from - 1]?.norm === "and" &&
    /^(of|to)$/.test(tokens[pairedWith?.from - 1]?.norm ?? "") &&
    tokens.slice(pairedWith?.to ?? 0, q.from).some((t) => t.norm === "for");
  if (
    pairedWith &&
    pairedWith.measure === q.measure &&
    (bare ||
      (/^(of|to)$/.test(tokens[q.from - 1]?.norm ?? "") &&
        tokens[q.from - 2]?.norm === "and" &&
        tokens[pairedWith.from - 1]?.norm === tokens[q.from - 1].norm)) &&
    q.from - pairedWith.to <= 10 &&
    !tokens.slice(pairedWith.to, q.from).some((t) => FACILITY_NOUNS.has(t.norm))
  )
    return capacityVerdict(tokens, pairedWith, all);
  // "offtake agreements with Ford (7,000 tpa), Toyota Tsusho (4,000 tpa) and …": each figure in
  // the list is what the first one is
  if (pairedWith && tokens[q.from - 1]?.text === "(") {
    const gap = tokens.slice(pairedWith.to, q.from - 1);
    const closes = gap.findIndex((t) => t.text === ")");
    if (
      closes >= 0 &&
      gap.length <= 10 &&
      gap
        .slice(closes + 1)
        .every((t) => t.text === "," || t.text === "&" || t.norm === "and" || capitalised(t))
    )
      return capacityVerdict(tokens, pairedWith, all);
  }
  const firm = q.rate || q.adjective || q.measure === "energy";
  if (q.measure === "energy" && (otherEnergy(tokens, q) || packAssembly(tokens, q))) return false;
  // "the 175 MW/700 MWh Wushi project": a storage system's power and energy, not a cell plant
  if (
    q.measure === "energy" &&
    tokens[q.from - 1]?.text === "/" &&
    /^(mw|gw|kw)$/.test(tokens[q.from - 2]?.norm ?? "")
  )
    return false;
  // "Hithium's ∞Power 6.25MWh energy storage container": the size of a product, not of a plant
  if (
    q.measure === "energy" &&
    tokens
      .slice(q.to, q.to + 4)
      .some((t) => /^(container|containers|cabinet|cabinets|unit|units)$/.test(t.norm))
  )
    return false;
  // "grow to 3,500 GWh by 2030 from about 1,000 GWh in 2024": the starting point of a forecast
  if (pairedWith && fromBefore(tokens, q) && q.from - pairedWith.to <= 8) {
    if (capacityVerdict(tokens, pairedWith, all) === false) return false;
  }
  if (!firm && pastYearAfter(tokens, q)) return false;
  if (policyGoal(tokens, q) || targetedProduction(tokens, q)) return false;
  // "has handed out 40 GWh of its 50 GWh target": the aim the part is measured against (but "the
  // 8 GWh target" may be a plant's own)
  if (
    /^(target|targets|goal|goals|ambition)$/.test(tokens[q.to]?.norm ?? "") &&
    /^(its|their)$/.test(tokens[q.from - 1]?.norm ?? "") &&
    tokens[q.from - 2]?.norm === "of"
  )
    return false;
  if (!firm && (periodOutput(tokens, q) || productionGoal(tokens, q))) return false;
  // "about 500 tpa of NdPr oxide, part of the 2,000 tpa TREO total": a share of another figure
  for (let k = q.to; k < Math.min(tokens.length, q.to + 6); k++)
    if (tokens[k].norm === "part" && tokens[k + 1]?.norm === "of" && tokens[k - 1]?.text === ",")
      return false;
  // "its installed base in China was 40.77 GWh": batteries fitted to cars, a sales figure
  for (let k = Math.max(0, q.from - 6); k < q.from; k++)
    if (tokens[k].norm === "installed" && /^(base|volume|volumes)$/.test(tokens[k + 1]?.norm ?? ""))
      return false;
  // "expects Rincon to produce around 53,000 t/y on average over a 40-year mine life"
  if (lifeOfMine(tokens, q)) return false;
  if (reagentPlant(tokens, q)) return false;
  if (resourceStated(tokens, q)) return false;
  // "would treat a nominal 3.0 Mtpa of autoclave feed": what a plant takes in (but "would feed
  // a 20,000 tonne-a-year converter" is the converter's size, and "lift the site's capacity …
  // to 10,000 metric tons of feedstock a year" a recycler's, whose size is what it takes in)
  const toldAsCapacity = tokens
    .slice(Math.max(0, q.from - 10), q.from)
    .some((t) => /^(capacity|capacities|nameplate)$/.test(t.norm));
  if (tokens[q.to]?.norm === "of" && !toldAsCapacity)
    for (let k = q.to + 1; k < Math.min(tokens.length, q.to + 4); k++)
      if (tokens[k].norm === "feed" || tokens[k].norm === "feedstock") return false;
  if (oreThroughput(tokens, q) || feedBeforeProduct(tokens, q, all)) return false;
  if (restatedInBrackets(tokens, q, all)) return false;
  // "- of which NdPr oxide   1,400 tonnes": a part of the figure above
  let first = 0;
  while (first < q.from && /^[-–•*(|]$/.test(tokens[first].text)) first++;
  if (tokens[first]?.norm === "of" && tokens[first + 1]?.norm === "which") return false;
  // "the quarry produces about 30,000 tonnes of kaolin per year": a product no battery needs
  // ("2.8 million tonnes of raw steel", "38,000 tpa of anhydrous sodium sulphate")
  if (tokens[q.to]?.norm === "of") {
    const k = !tokens[q.to + 1]?.cap && tokens[q.to + 2]?.kind === Kind.Word ? 2 : 1;
    for (let j = 1; j <= k; j++) {
      const w = tokens[q.to + j]?.norm ?? "";
      // (after a word: "raw steel", not "lithium salt" or "battery scrap")
      if (j === 1 ? OTHER_PRODUCTS.test(w) : OTHER_BULK.test(w)) return false;
      if (w === "sodium" && /^(sulphate|sulfate)$/.test(tokens[q.to + j + 1]?.norm ?? ""))
        return false;
    }
  }
  // "is currently turning out around 15 t/d as operators adjust": what it makes now, not its size
  // (but "capable of turning out 36,000 tons a year" is its size)
  for (let k = Math.max(2, q.from - 4); k < q.from; k++)
    if (
      tokens[k - 1].norm === "turning" &&
      tokens[k].norm === "out" &&
      /^(is|are|was|currently|now|already)$/.test(tokens[k - 2].norm)
    )
      return false;
  // "approximately 15,300 tpa of monazite concentrate …, equivalent to approximately 8,400 tpa
  // of contained TREO": the same output told on another basis
  if (pairedWith && pairedWith.measure === q.measure && q.from - pairedWith.to <= 24) {
    let k = q.from - 1;
    while (k > 0 && /^(approximately|about|around|roughly|some|nearly)$/.test(tokens[k].norm)) k--;
    if (tokens[k]?.norm === "to" && tokens[k - 1]?.norm === "equivalent") return false;
  }
  // "is guided to produce between 145 000 t and 155 000 t this year": a year's guidance
  for (let k = Math.max(1, q.from - 5); k < q.from; k++)
    if (tokens[k].norm === "to" && /^(guided|guiding)$/.test(tokens[k - 1].norm)) return false;
  // "took in about 20 GWh worth of end-of-life batteries": a value of material handled
  if (tokens[q.to]?.norm === "worth") return false;
  // "40 GWh would be enough to equip around half a million electric cars": a measure of use
  // (but "a capacity of 60 GWh, enough for about one million cars" tells the plant's size)
  for (let k = q.to; k < Math.min(tokens.length - 1, q.to + 5); k++)
    if (
      tokens[k].norm === "enough" &&
      /^(to|for)$/.test(tokens[k + 1].norm) &&
      tokens.slice(q.to, k).some((t) => /^(would|is|are|will|be|could)$/.test(t.norm))
    )
      return false;
  // "would supply enough LFP to support approximately 12.5 GWh of cell manufacturing": a use
  for (let k = q.from - 1; k >= Math.max(1, q.from - 8); k--)
    if (
      tokens[k].norm === "to" &&
      tokens.slice(Math.max(0, k - 4), k).some((t) => t.norm === "enough")
    )
      return false;
  // "has agreed to take up to 150,000 tonnes of concentrate a year from the Nasarawa plant": a
  // purchase from another's plant
  if (takenFrom(tokens, q)) return false;
  if (
    downFrom(tokens, q) ||
    companyTarget(tokens, q) ||
    goalOf(tokens, q) ||
    forecastReach(tokens, q) ||
    marketSize(tokens, q) ||
    sumOfCounted(tokens, q) ||
    companyWide(tokens, q) ||
    scopeTotal(tokens, q) ||
    totalOverPlants(tokens, q)
  )
    return false;
  // "| Ore throughput (steady state) | ~2.5 Mtpa |": a table row's label says what its figure is
  // ("| Total (excl. cancelled) | | 29,000 t/y |": the rows above, added up)
  if (
    rowLabel(tokens, q).some(
      (t) => t.kind === Kind.Word && (isNegative(t.norm) || /^(sub)?totals?$/.test(t.norm))
    )
  )
    return false;
  let weak = false;
  let left = q.from - 1;
  let right = q.to;
  let leftOpen = true;
  let rightOpen = true;
  while ((leftOpen && left >= leftLimit) || (rightOpen && right < rightLimit)) {
    let l: Cue = null;
    let r: Cue = null;
    if (leftOpen && left >= leftLimit) {
      if (CLAUSE_ENDS.has(tokens[left].text)) leftOpen = false;
      else l = cueAt(tokens, left);
      left--;
    }
    if (rightOpen && right < rightLimit) {
      // (", while announced cell capacity …" is another clause's)
      if (CLAUSE_ENDS.has(tokens[right].text) || contrastAt(tokens, right)) rightOpen = false;
      else r = cueAt(tokens, right);
      right++;
    }
    // a weak word ("increase") yields to a "no" before it: "demand is forecast to increase to …"
    if (l === "no" || (r === "no" && !weak)) return false;
    if ((l === "past" || r === "past") && !firm && !weak) return false;
    if (l === "yes" || r === "yes") return true;
    if (l === "weak" || r === "weak") weak = true;
  }
  return firm || weak ? true : null;
}

/**
 * "put the copper resources of the Almalyk complex at around 45 million tonnes": the size of a
 * deposit, however near the plant's word ("complex") stands to the figure.
 */
function resourceStated(tokens: readonly Token[], q: Quantity): boolean {
  const k = beforeApproximation(tokens, q);
  if (!/^(at|of|to)$/.test(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const t = tokens[j];
    if (CLAUSE_ENDS.has(t.text) || /^(capacity|capacities|nameplate)$/.test(t.norm)) return false;
    if (t.kind === Kind.Word && !t.cap && /^(reserve|reserves|resource|resources)$/.test(t.norm))
      return true;
  }
  return false;
}

/**
 * "designed to move about 4,000 tonnes a day", "a mill to crush 2,000 tonnes of ore per day":
 * the rock or tailings a mine's works take in each day, not what the plant makes.
 */
function oreThroughput(tokens: readonly Token[], q: Quantity): boolean {
  // "a feed capacity of 1.5 Mtpa", "would double plant throughput to 3.0 Mtpa": a concentrator's
  // ore, millions of tonnes
  if (q.measure === "mass" && q.perYear >= 500_000)
    for (let k = Math.max(0, q.from - 5); k < q.from; k++)
      if (/^(throughput|feed)$/.test(tokens[k].norm)) return true;
  // "its permitted mining rate of 3.6Mtpa": rock a mine moves
  for (let k = Math.max(0, q.from - 5); k + 1 < q.from; k++)
    if (/^(mining|extraction)$/.test(tokens[k].norm) && /^rates?$/.test(tokens[k + 1].norm))
      return true;
  if (q.unit !== "t/day") return false;
  // ("the permits allow the mill to run at up to 3,000 tonnes a day"; but "the concentrator has
  // a designed capacity of 200 tonnes of spodumene concentrate per day" is what it makes)
  const product = tokens
    .slice(q.to, q.to + 5)
    .some((t) => /^(concentrate|concentrates)$/.test(t.norm));
  for (let k = Math.max(0, q.from - 7); k < Math.min(tokens.length, q.to + 2); k++)
    if (/^(mill|concentrator|crusher)$/.test(tokens[k].norm) && !tokens[k].cap && !product)
      return true;
  for (let k = Math.max(0, q.from - 4); k < q.from; k++)
    if (THROUGHPUT_VERBS.test(tokens[k].norm)) return true;
  return false;
}

/** "… 500 000 t/y of run-of-mine ore", "5,000 tonnes of lithium-bearing ore a day": rock, never a product. */
function ofOre(tokens: readonly Token[], q: Quantity): boolean {
  if (tokens[q.to]?.norm !== "of") return false;
  for (let k = q.to + 1; k < Math.min(tokens.length, q.to + 8); k++) {
    const t = tokens[k];
    if (/^(ore|rock|tailings|slag|overburden|claystone)$/.test(t.norm)) return true;
    // ("300,000 t/yr of steelmaking by-product")
    if (
      t.norm === "by" &&
      tokens[k - 1]?.norm !== "as" &&
      tokens[k + 1]?.text === "-" &&
      /^products?$/.test(tokens[k + 2]?.norm ?? "")
    )
      return true;
    if (
      (t.kind !== Kind.Word && t.text !== "-") ||
      /^(from|at|in|for|to|with|by|and|as)$/.test(t.norm)
    )
      return false;
  }
  return false;
}

/**
 * "a 2.0Mtpa concentrator producing ~260ktpa of SC5.5", "a processing plant rated at 7,500 tpd
 * of claystone, producing 13,000 tonnes a year": what the plant takes in, told before what it
 * makes.
 */
function feedBeforeProduct(
  tokens: readonly Token[],
  q: Quantity,
  all: readonly Quantity[]
): boolean {
  if (q.measure !== "mass") return false;
  if (ofOre(tokens, q)) return true;
  const next = all[all.indexOf(q) + 1];
  if (!next || next.measure !== "mass" || next.perYear * 3 > q.perYear || next.from - q.to > 16)
    return false;
  // (the verb right after the figure: "… 150,000 tons a year, and two plants making anode
  // material, with 50,000 tons" are two plants)
  for (let k = q.to; k < Math.min(next.from, q.to + 5); k++) {
    if (/^(and|or|while|but)$/.test(tokens[k].norm)) return false;
    if (/^(producing|produce|produces|yielding|to|making|for)$/.test(tokens[k].norm)) {
      if (tokens[k].norm === "to" && !/^(produce|make|yield)$/.test(tokens[k + 1]?.norm ?? ""))
        continue;
      if (tokens[k].norm === "for" && tokens[k + 1]?.norm !== "producing") continue;
      return true;
    }
  }
  return false;
}

/**
 * "10,000 metric tons per year of black mass (approximately 27 metric tons per day)", "a 75 kt/yr
 * nickel sulphate plant (about 16.5 kt of nickel)": the figure before, told again in brackets.
 */
function restatedInBrackets(
  tokens: readonly Token[],
  q: Quantity,
  all: readonly Quantity[]
): boolean {
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(approximately|approx|about|around|roughly|some|nearly|or|~|c|ca|i\.e)$/.test(tokens[k].norm)
  )
    k--;
  if (tokens[k]?.text !== "(") return false;
  const before = all[all.indexOf(q) - 1];
  return (
    before !== undefined && before.measure === q.measure && k - before.to <= 6 && k >= before.to
  );
}

const THROUGHPUT_VERBS =
  /^(move|moving|moves|crush|crushing|crushes|mill|milling|haul|hauling|hoist|hoisting|mine|mining|excavate)$/;

/** "275 GWh of renewable power", "generate 560 GWh": electricity or heat, not cells ("HLI Green Power" is a name). */
function otherEnergy(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = Math.max(0, q.from - 3); k < Math.min(tokens.length, q.to + 3); k++) {
    // ("aimed at power tools", "power battery": what cells are for, or cells themselves)
    if (
      tokens[k].norm === "power" &&
      /^(tools?|battery|batteries|cells?|banks?)$/.test(tokens[k + 1]?.norm ?? "")
    )
      continue;
    if (NOT_CELL_ENERGY.has(tokens[k].norm) && !tokens[k].cap) return true;
  }
  return false;
}

/**
 * "battery packs and modules from its assembly plant at Prantij, which has an annual capacity of
 * about 1.5 GWh": packs put together from cells made elsewhere, no cell capacity.
 */
function packAssembly(tokens: readonly Token[], q: Quantity): boolean {
  if (tokens.some((t) => /^(cell|cells|gigafactory)$/.test(t.norm))) return false;
  // (the packs named by the figure: "the first phase of the pack unit, having 1.5 GWh")
  for (let k = Math.max(0, q.from - 12); k < Math.min(tokens.length, q.to + 4); k++)
    if (
      /^(pack|packs)$/.test(tokens[k].norm) &&
      !/^(battery|power)$/.test(tokens[k - 1]?.norm ?? "")
    )
      return true;
  // ("battery packs and modules from its assembly plant … an annual capacity of about 1.5 GWh")
  for (let k = Math.max(0, q.from - 16); k < q.from; k++)
    if (
      tokens[k].norm === "assembly" &&
      /^(plant|unit|line|facility)$/.test(tokens[k + 1]?.norm ?? "")
    )
      return true;
  return false;
}

function fromBefore(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (k >= 0 && /^(about|around|roughly|some|nearly|approximately|almost)$/.test(tokens[k].norm))
    k--;
  return tokens[k]?.norm === "from";
}

/** "about 66 tonnes of the metal in 2023": an amount of one year, not a rate. */
function pastYearAfter(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.to; k < Math.min(tokens.length, q.to + 6); k++) {
    const t = tokens[k];
    if (t.text === "," || /^(capacity|nameplate|plant|per|a|each|every)$/.test(t.norm))
      return false;
    if (
      t.kind === Kind.Number &&
      /^(19|20)\d\d$/.test(t.text) &&
      /^(in|during)$/.test(tokens[k - 1]?.norm ?? "") &&
      // ("the 110,000 tonnes project first announced in 2022": a plan's age, not a past output)
      !/^(announced|unveiled|proposed|planned|launched|approved|signed)$/.test(
        tokens[k - 2]?.norm ?? ""
      )
    )
      return true;
  }
  return false;
}

/** "by 2027", "by the end of the decade": a time a goal is set for, right after the quantity. */
/** "by 2027 Jingxi will strive for … capacity to reach 200,000 tons": the year told first. */
function byYearBefore(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.from - 1; k >= Math.max(0, q.from - 16); k--) {
    if (tokens[k].text === ";" || tokens[k].text === ".") return false;
    // ("aims at 2028 to reach 150-160万吨", "by the end of 2025 Shizuishan will strive …")
    if (/^(by|at)$/.test(tokens[k].norm))
      for (let j = k + 1; j < Math.min(q.from, k + 5); j++)
        if (/^20\d\d$/.test(tokens[j].text)) return true;
  }
  return false;
}

function byYearAfter(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.to; k < Math.min(tokens.length, q.to + 9); k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === ".") return false;
    // ("expects volumes to reach 400,000 tonnes a year only after 2032")
    if (t.norm === "after" && /^20\d\d$/.test(tokens[k + 1]?.text ?? "")) return true;
    if (t.norm !== "by") continue;
    if (/^20\d\d$/.test(tokens[k + 1]?.text ?? "")) return true;
    // "by the end of the decade", "by mid-decade", "by the end of 2030"
    for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++)
      if (/^(decade|mid-decade|decade's)$/.test(tokens[j].norm) || /^20\d\d$/.test(tokens[j].text))
        return true;
  }
  // "in the long term", "over the medium term"
  for (let k = q.to; k < Math.min(tokens.length, q.to + 5); k++)
    if (/^(term|long-term|longer-term|medium-term)$/.test(tokens[k].norm)) return true;
  return false;
}

/**
 * "the firm aims to have about 280 GWh of capacity in North America by 2027", "had targeted
 * cathode capacity of 445,000 tons by 2026": a company's or a country's goal, with no plant named.
 */
function companyTarget(tokens: readonly Token[], q: Quantity): boolean {
  // ("is expected to raise nameplate from 1,000 tonnes to 1,100 tonnes … by the end of 2026": a
  // plant's expansion, dated)
  if (q.role !== "line") return false;
  let target = false;
  for (let k = Math.max(0, q.from - 12); k < q.from; k++)
    if (TARGET_WORDS.has(tokens[k].norm) && !tokens[k].cap) target = true;
  if (!target || !(byYearAfter(tokens, q) || byYearBefore(tokens, q))) return false;
  // "wants its total capacity to reach 60,000 tonnes by 2025": the company's, whatever plant
  // the sentence told of before
  for (let k = Math.max(0, q.from - 6); k < q.from; k++)
    if (tokens[k].norm === "total" && /^(its|their|the)$/.test(tokens[k - 1]?.norm ?? ""))
      return true;
  // a plant told before the goal, or right after it, makes it the plant's
  for (let k = 0; k < Math.min(tokens.length, q.to + 6); k++) {
    const t = tokens[k];
    if (t.cap) continue;
    if (FACILITY_NOUNS.has(t.norm) && !/^(capacity|capacities)$/.test(t.norm)) return false;
    if (/^(mine|mines|phase|stage|expansion|greenfield)$/.test(t.norm)) return false;
  }
  return true;
}

/** Products of other industries that battery-materials news mentions beside its own. */
const OTHER_BULK =
  /^(steel|cement|coal|fertilizer|fertiliser|urea|ammonia|gypsum|potash|alumina|aluminium|aluminum)$/;

const OTHER_PRODUCTS =
  /^(kaolin|porcelain|ceramics|cement|steel|coal|fertilizer|fertiliser|urea|ammonia|gold|silver|zinc|lead|aluminium|aluminum|bauxite|alumina|potash|salt|gypsum|barite|fluorite|thorium|uranium|oil|gas|co2|carbon|water|waste|scrap)$/;

/**
 * "an on-site sulphuric acid plant sized at 3,500 tonnes per day", "a 50 MW power plant": a plant
 * that feeds the works (a reagent, power, water), not one of the product.
 */
function reagentPlant(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = Math.max(1, q.from - 6); k < Math.min(tokens.length - 1, q.to + 4); k++) {
    if (k >= q.from && k < q.to) continue;
    if (!/^(plant|plants|unit|facility)$/.test(tokens[k + 1].norm)) continue;
    const w = tokens[k].norm;
    if (w === "acid" && /^(sulphuric|sulfuric|hydrochloric|nitric)$/.test(tokens[k - 1].norm))
      return true;
    if (/^(desalination|oxygen|nitrogen|hydrogen|lime|steam)$/.test(w)) return true;
  }
  return false;
}

/** An average over the life of a mine: a production profile, not a plant's capacity. */
function lifeOfMine(tokens: readonly Token[], q: Quantity): boolean {
  const after = tokens.slice(q.to, q.to + 10).map((t) => t.norm);
  for (let k = 0; k + 1 < after.length; k++) {
    if (after[k] === "mine" && /^(life|lives)$/.test(after[k + 1])) return true;
    if (after[k] === "life-of-mine" || after[k] === "lom") return true;
    if (after[k] === "life" && after[k + 1] === "of" && after[k + 2] === "mine") return true;
  }
  return false;
}

/**
 * "Attributable nickel production of 27,517 tonnes", "Matte production totalled 4,390 tonnes":
 * tonnes without a rate after "production" are what a period produced, not what a plant can.
 */
function periodOutput(tokens: readonly Token[], q: Quantity): boolean {
  // "Cumulative One-Pot LFP output from the pilot line reached approximately 68 tonnes": a sum so far
  for (let j = q.from - 1; j >= Math.max(0, q.from - 12); j--) {
    if (CLAUSE_ENDS.has(tokens[j].text)) break;
    if (/^(cumulative|cumulatively|cumulated)$/.test(tokens[j].norm)) return true;
  }
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(of|about|around|roughly|some|approximately|nearly|totalled|totaled|totalling|totaling|was|were|reached)$/.test(
      tokens[k].norm
    )
  )
    k--;
  // ("Production in September reached 1,012 tonnes", "output for the quarter was …")
  if (k < q.from - 1 && PERIOD_WORDS.test(tokens[k]?.norm ?? "")) {
    let j = k;
    while (
      j > k - 5 &&
      j > 0 &&
      (PERIOD_WORDS.test(tokens[j].norm) || /^(19|20)\d\d$/.test(tokens[j].text))
    )
      j--;
    if (/^(in|for|during)$/.test(tokens[j]?.norm ?? "")) k = j - 1;
  }
  if (k === q.from - 1 || !/^(production|output)$/.test(tokens[k]?.norm ?? "")) return false;
  for (let j = Math.max(0, k - 4); j < k; j++)
    if (/^(annual|annually|yearly|capacity|design|designed|nameplate)$/.test(tokens[j].norm))
      return false;
  return true;
}

/** A month or a period a figure is told for: "in September", "for the quarter". */
const PERIOD_WORDS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|quarter|month|period|half|year|week|the|first|second|third|fourth|last|q1|q2|q3|q4|h1|h2)$/;

/** "plans to increase copper production to 400 thousand tons by 2030": a goal for output. */
function productionGoal(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (k > 0 && /^(about|around|roughly|some|approximately|nearly)$/.test(tokens[k].norm)) k--;
  if (tokens[k]?.norm !== "to") return false;
  const before = tokens.slice(Math.max(0, k - 4), k).map((t) => t.norm);
  if (!before.some((w) => /^(production|output)$/.test(w))) return false;
  if (!before.some((w) => /^(increase|raise|lift|boost|grow|bring)$/.test(w))) return false;
  return byYearAfter(tokens, q);
}

/** "with the developer targeting full-scale production of about 340,000 tonnes a year by 2028" */
function targetedProduction(tokens: readonly Token[], q: Quantity): boolean {
  const k = beforeApproximation(tokens, q);
  if (tokens[k]?.norm !== "of") return false;
  const before = tokens.slice(Math.max(0, k - 6), k).map((t) => t.norm);
  return (
    before.some((w) => /^(production|output)$/.test(w)) &&
    before.some((w) => /^(targeting|targetting|targets|aiming|aims)$/.test(w)) &&
    byYearAfter(tokens, q)
  );
}

/** "The PLI scheme is meant to seed 50 GWh of cell capacity": what a policy aims at, no plant. */
function policyGoal(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = 0; k < q.from; k++) {
    if (
      !/^(scheme|schemes|programme|program|policy|initiative|mission|subsidy|incentive)$/.test(
        tokens[k].norm
      )
    )
      continue;
    const next = tokens.slice(k + 1, k + 5).map((t) => t.norm);
    if (
      next.some((w) =>
        /^(meant|aims|aimed|seeks|intended|targets|envisages|envisions|handed|awarded|allotted|allocated)$/.test(
          w
        )
      )
    )
      return true;
  }
  return false;
}

/** "scaled back to 20 GWh, down from the 35 GWh it first planned": the figure it replaced (or raised). */
function downFrom(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(the|about|around|roughly|some|nearly|approximately|its|an|a)$/.test(tokens[k].norm)
  )
    k--;
  // "with 20 GWh rather than the 40 GWh outlined when construction began": the plan replaced
  if (
    (tokens[k]?.norm === "than" && tokens[k - 1]?.norm === "rather") ||
    (tokens[k]?.norm === "of" && tokens[k - 1]?.norm === "instead")
  )
    return true;
  if (tokens[k]?.norm !== "from") return false;
  if (tokens[k - 1]?.norm === "down") return true;
  // "out to 210,000 t, up from the 180,000 t it had previously targeted": a plan replaced
  if (tokens[k - 1]?.norm !== "up") return false;
  const after = tokens.slice(q.to, q.to + 6).map((t) => t.norm);
  // ("up from 200,000 tpa assumed in the 2022 Pre-Feasibility Study": the study's figure)
  if (
    after.some((w) => /^(assumed|envisaged|outlined)$/.test(w)) &&
    tokens.slice(q.to, q.to + 10).some((t) => /^(study|pfs|dfs|plan)$/.test(t.norm))
  )
    return true;
  // ("up from 60,000tpa in the 2017 Bankable Feasibility Study": an earlier study's figure)
  if (
    after[0] === "in" &&
    tokens.slice(q.to, q.to + 8).some((t) => /^(study|pfs|dfs|bfs)$/.test(t.norm))
  )
    return true;
  return (
    after.some((w) => /^(previously|earlier|originally|first|initially|once)$/.test(w)) &&
    after.some((w) =>
      /^(targeted|planned|announced|envisaged|proposed|forecast|projected|flagged|guided|set)$/.test(
        w
      )
    )
  );
}

/** Where the word before a quantity stands, past "about", "nearly", "~". */
function beforeApproximation(tokens: readonly Token[], q: Quantity): number {
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(about|around|roughly|some|nearly|approximately|almost|over|~)$/.test(tokens[k].norm)
  )
    k--;
  return k;
}

/** "capacity outside China could reach about 330,000 t by 2027": a forecast. */
function forecastReach(tokens: readonly Token[], q: Quantity): boolean {
  const k = beforeApproximation(tokens, q);
  // "By 2025, Tongren aims to form 100万吨 of manganese-based battery material capacity"
  const aimed = /^(reach|hit|top|exceed|surpass|form|achieve)$/.test(tokens[k]?.norm ?? "");
  if (!aimed) return false;
  // "by 2025 Hunan will strive to reach 150万吨 of cathode material capacity": an aim
  if (
    tokens[k - 1]?.norm === "to" &&
    /^(strive|strives|striving|aim|aims|aiming|seek|seeks|seeking|hope|hopes|endeavour|endeavor)$/.test(
      tokens[k - 2]?.norm ?? ""
    )
  )
    return true;
  if (/^(form|achieve)$/.test(tokens[k].norm)) return false;
  // "the ambition set out in 2021, when the company talked of investing £1.8 billion to reach
  // 35GWh": what an ambition meant to reach
  if (tokens[k - 1]?.norm === "to")
    for (let j = k - 2; j >= Math.max(0, k - 24); j--) {
      if (CLAUSE_ENDS.has(tokens[j].text) || FACILITY_NOUNS.has(tokens[j].norm)) break;
      if (/^(ambition|ambitions|goal|goals)$/.test(tokens[j].norm)) return true;
    }
  // "China's total nameplate capacity will exceed 1.5 Mt by the end of 2024": a threshold passed
  const passes = /^(exceed|surpass)$/.test(tokens[k].norm) && tokens[k - 1]?.norm === "will";
  if (!passes && !/^(could|may|might|should|would|can)$/.test(tokens[k - 1]?.norm ?? ""))
    return false;
  return byYearAfter(tokens, q);
}

/**
 * "estimates the 2035 LFP market in North America … at approximately 3 million tonnes per year":
 * a market's size, told of the market however many places stand between.
 */
function marketSize(tokens: readonly Token[], q: Quantity): boolean {
  const k = beforeApproximation(tokens, q);
  if (!/^(at|of|to)$/.test(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 24); j--) {
    const w = tokens[j].norm;
    if (CLAUSE_ENDS.has(tokens[j].text) || FACILITY_NOUNS.has(w) || CAPACITY_WORDS.has(w))
      return false;
    if (/^(market|markets)$/.test(w) && !tokens[j].cap) return true;
  }
  return false;
}

/** "its medium-term goal of exceeding 100,000 t", "a target of 1 Mt": a goal, not a plant. */
function goalOf(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(about|around|exceeding|over|more|than|reaching|achieving|at|least|some|nearly|approximately|roughly|beyond)$/.test(
      tokens[k].norm
    )
  )
    k--;
  if (
    tokens[k]?.norm === "of" &&
    /^(goal|goals|target|targets|ambition|aim|objective)$/.test(tokens[k - 1]?.norm ?? "")
  )
    return true;
  // "The Ministry … has set the target to establish domestic manufacturing base of storage
  // battery 150 GWh per year by 2030": a state's target, whatever it goes on to name (a
  // company's "target to build a 50,000 t plant" is its plan)
  const state = tokens.some((t) =>
    /^(ministry|government|domestic|national|nationwide|country)$/.test(t.norm)
  );
  for (let j = q.from - 2; state && j >= Math.max(1, q.from - 16); j--) {
    if (CLAUSE_ENDS.has(tokens[j].text)) return false;
    if (
      /^(target|goal|objective)$/.test(tokens[j].norm) &&
      /^(to|of)$/.test(tokens[j + 1]?.norm ?? "") &&
      /^(the|a)$/.test(tokens[j - 1].norm) &&
      /^(set|sets|setting|established|adopted)$/.test(tokens[j - 2]?.norm ?? "")
    )
      return true;
  }
  return false;
}

/**
 * "capacity totals approximately 44,800 t a year, located at the Shehong base, the Zhangjiagang
 * base and the Tongliang base": a company's total over its plants.
 */
function totalOverPlants(tokens: readonly Token[], q: Quantity): boolean {
  // "The base has built a total of 20万吨 of ternary precursor capacity so far": what is built
  // up to now, told as one sum
  let k = q.from - 1;
  while (
    k > 0 &&
    /^(about|around|roughly|nearly|approximately|over|more|than)$/.test(tokens[k].norm)
  )
    k--;
  if (tokens[k]?.norm === "of" && tokens[k - 1]?.norm === "total" && tokens[k - 2]?.norm === "a")
    for (let j = q.to; j < Math.min(tokens.length - 1, q.to + 10); j++)
      if (
        (tokens[j].norm === "so" && tokens[j + 1].norm === "far") ||
        (tokens[j].norm === "to" && tokens[j + 1].norm === "date")
      )
        return true;
  let total = false;
  // ("a combined capacity of more than 400,000 tonnes a year at its bases at home", "SK On's
  // total annual production capacity in the U.S. will reach around 180 GWh, including …")
  for (let k = Math.max(0, q.from - 14); k < q.from; k++)
    if (/^(totals|totalled|totaled|totalling|totaling|total|combined)$/.test(tokens[k].norm))
      total = true;
  if (!total) return false;
  let plants = 0;
  for (let k = q.to; k < tokens.length && tokens[k].text !== ";"; k++)
    if (
      /^(base|bases|plant|plants|site|sites|facility|facilities|refinery|refineries)$/.test(
        tokens[k].norm
      )
    )
      plants +=
        /s$/.test(tokens[k].norm) &&
        (tokens[k].norm !== "bases" ||
          /^(its|their)$/.test(tokens[k - 1]?.norm ?? "") ||
          /^(its|their)$/.test(tokens[k - 2]?.norm ?? ""))
          ? 2
          : 1;
  // ("marketed its three planned US plants in Kentucky and Tennessee as a combined 129 GWh": plants
  // in several places; but "its two Commerce plants have a combined 21.5 GWh" is one site's)
  for (let k = Math.max(0, q.from - 16); k < q.from; k++)
    if (/^(plants|factories|sites|facilities|refineries|gigafactories)$/.test(tokens[k].norm)) {
      const counted = tokens
        .slice(Math.max(0, k - 4), k)
        .some((t) => /^(two|three|four|five|six|seven|eight|nine|ten)$/.test(t.norm));
      const places =
        tokens[k + 1]?.norm === "in" && tokens.slice(k + 2, q.from).some((t) => t.norm === "and");
      if (counted && places) plants += 2;
    }
  return plants >= 2;
}

/**
 * "domestic production capacity of storage batteries will reach about 120 GWh", "600 GWh of
 * global production capacity by Japanese companies": a country's or the world's capacity.
 */
function scopeTotal(tokens: readonly Token[], q: Quantity): boolean {
  // "With both units in place, the complex can make 43,000 tons", "Counting Gwangyang and
  // Guemes, its capacity stands at 68,000 tons": the plants told one by one, added up
  // (but "both plants were each to reach 40 GWh" is each one's size, and "once all lines are
  // running, the factory will have 10 GWh" the one plant's)
  const each = tokens.some((t) => /^(each|apiece)$/.test(t.norm));
  if (!each && tokens[0]?.norm === "counting" && q.from > 3) return true;
  for (let j = Math.max(0, q.from - 14); j + 1 < q.from && !each; j++)
    if (tokens[j].norm === "both") {
      const k = tokens[j + 1].norm === "the" ? j + 2 : j + 1;
      if (
        /^(units|plants|lines|phases|trains|stages|factories|refineries|sites|projects)$/.test(
          tokens[k]?.norm ?? ""
        )
      )
        return true;
    }
  // "Effective capacity at the end of the period, excluding the suspended Phase II, was
  // 185,000 tonnes": the whole, less a part, as a report sums it
  for (let j = Math.max(0, q.from - 14); j < q.from - 1; j++)
    if (
      /^(excluding|excl)$/.test(tokens[j].norm) &&
      tokens.slice(0, j).some((t) => /^(effective|total|overall|aggregate|combined)$/.test(t.norm))
    )
      return true;
  for (let j = Math.max(0, q.from - 10); j < Math.min(tokens.length, q.to + 3); j++) {
    if (j >= q.from && j < q.to) continue;
    if (!/^(global|worldwide|domestic|national|nationwide|nationally)$/.test(tokens[j].norm))
      continue;
    // "global production capacity", "Global rare earth oxide production is around 350,000 t"
    const next = tokens.slice(j + 1, j + 6).map((t) => t.norm);
    const at = next.findIndex((w) => /^(capacity|capacities|production|output)$/.test(w));
    if (at < 0) continue;
    // "the domestic capacity of its Kwinana plant": a plant's all the same
    const span = j < q.from ? tokens.slice(j, q.from) : tokens.slice(q.to, j);
    if (span.some((t) => FACILITY_NOUNS.has(t.norm) && !/^(capacity|capacities)$/.test(t.norm)))
      continue;
    return true;
  }
  // "planned projects would give the country more than 250 gigawatt-hours of capacity by 2030"
  for (let j = Math.max(1, q.from - 5); j < q.from; j++)
    if (
      /^(country|nation|region|province|state|continent)$/.test(tokens[j].norm) &&
      tokens[j - 1].norm === "the" &&
      /^(give|gives|giving|bring|brings|lift|lifts|take|takes)$/.test(tokens[j - 2]?.norm ?? "")
    )
      return true;
  // "China's nameplate capacity of lithium-battery copper foil topped 1.1 million tonnes"
  for (let j = Math.max(0, q.from - 12); j < q.from - 3; j++) {
    if (!tokens[j].cap || !(COUNTRY_NAMES.has(tokens[j].norm) || CONTINENTS.has(tokens[j].norm)))
      continue;
    if (!isApostropheS(tokens, j + 1)) continue;
    const span = tokens.slice(j + 3, q.from);
    if (
      span.slice(0, 8).some((t) => /^(capacity|capacities|production|output)$/.test(t.norm)) &&
      !span.some((t) => FACILITY_NOUNS.has(t.norm) && !/^(capacity|capacities)$/.test(t.norm))
    )
      return true;
  }
  // "Effective DMC capacity in China now stands at roughly 3.1 Mtpa": a country's (but
  // "Foosung's LiPF6 capacity in Korea will rise …" is the company's)
  for (let j = Math.max(0, q.from - 8); j < q.from - 2; j++) {
    if (!/^(capacity|capacities)$/.test(tokens[j].norm) || tokens[j + 1].norm !== "in") continue;
    // (nor "SQM expects to lift lithium hydroxide capacity in Chile to 40,000 tonnes")
    let owned = false;
    for (let k = Math.max(1, j - 5); k < j; k++)
      if (isApostropheS(tokens, k) || OWNERS_OR_RAISES.test(tokens[k].norm)) owned = true;
    if (owned) continue;
    const where = tokens[j + 2];
    const span = tokens.slice(j + 3, q.from);
    if (
      where.cap &&
      (COUNTRY_NAMES.has(where.norm) || CONTINENTS.has(where.norm)) &&
      !span.some((t) => FACILITY_NOUNS.has(t.norm) || t.text === ",")
    )
      return true;
  }
  // "more than 30 GWh of ESS production capacity in North America": a continent's, not a plant's
  for (let j = q.to; j < Math.min(tokens.length - 2, q.to + 6); j++) {
    if (FACILITY_NOUNS.has(tokens[j].norm) && !/^(capacity|capacities)$/.test(tokens[j].norm))
      break;
    if (
      !/^(capacity|capacities)$/.test(tokens[j].norm) ||
      !/^(in|across)$/.test(tokens[j + 1].norm)
    )
      continue;
    const where = tokens[j + 2].norm;
    if (
      CONTINENTS.has(where) ||
      (/^(north|south|latin)$/.test(where) && tokens[j + 3]?.norm === "america")
    )
      return true;
  }
  return false;
}

const OWNERS_OR_RAISES =
  /^(its|their|our|lift|lifts|raise|raises|expand|expands|increase|increases|boost|boosts|take|takes|bring|brings|double|doubles|grow|grows)$/;

/** "across" at j, with plants or sites before token `to`: a sum over many sites. */
function acrossSites(tokens: readonly Token[], j: number, to: number): boolean {
  if (tokens[j].norm !== "across") return false;
  for (let m = j + 1; m < to; m++)
    if (
      /^(projects|plants|operations|sites|bases|facilities|assets|verticals|segments|businesses|divisions)$/.test(
        tokens[m].norm
      )
    )
      return true;
  return false;
}

/**
 * "about 5,000 tonnes per month across the Group's existing plants", "a further increase toward
 * 10,000 tonnes": a whole company's capacity, or a direction it heads in, not a plant's.
 */
function companyWide(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (k > 0 && /^(about|around|roughly|some|nearly|approximately|almost)$/.test(tokens[k].norm))
    k--;
  if (/^(toward|towards)$/.test(tokens[k]?.norm ?? "")) return true;
  // "Across all four of its IMIP projects, the RKEF portfolio has a total capacity of …"
  for (let j = Math.max(0, q.from - 24); j < q.from; j++) {
    if (tokens[j].norm === "portfolio" && q.from - j <= 10) return true;
    if (acrossSites(tokens, j, Math.min(q.from, j + 8))) return true;
  }
  // "the Group's aggregate designed capacity in operation amounted to 150 GWh": a filing's group
  for (let j = Math.max(1, q.from - 14); j < q.from - 2; j++)
    if (
      /^(group|company)$/.test(tokens[j].norm) &&
      tokens[j - 1].norm === "the" &&
      isApostropheS(tokens, j + 1) &&
      tokens.slice(j + 2, j + 6).some((t) => /^(aggregate|total|overall|combined)$/.test(t.norm))
    )
      return true;
  // "with this LG Chem's total CNT production capacity becomes 6,100 tons": the company's sum
  for (let j = Math.max(1, q.from - 12); j < q.from - 3; j++)
    if (
      isApostropheS(tokens, j) &&
      tokens[j - 1].cap &&
      /^(total|overall|aggregate|combined)$/.test(tokens[j + 2]?.norm ?? "") &&
      tokens.slice(j + 3, j + 7).some((t) => /^(capacity|capacities)$/.test(t.norm)) &&
      !tokens
        .slice(j + 3, q.from)
        .some((t) => FACILITY_NOUNS.has(t.norm) && !/^(capacity|capacities)$/.test(t.norm))
    )
      return true;
  // "Kureha says group PVDF capacity will then reach about 20,000 t/yr": the group's, all sites
  for (let j = Math.max(0, q.from - 10); j < q.from - 1; j++)
    if (
      /^(group|group-wide|groupwide)$/.test(tokens[j].norm) &&
      !tokens[j].cap &&
      tokens.slice(j + 1, j + 4).some((t) => /^(capacity|capacities)$/.test(t.norm))
    )
      return true;
  // "about 15万吨 per year of anode capacity across its three production bases in China"
  for (let j = q.to; j < Math.min(tokens.length, q.to + 8); j++)
    if (acrossSites(tokens, j, Math.min(tokens.length, j + 5))) return true;
  // "SK On, whose global cell production capacity was about 89 GWh": the company's, worldwide
  // ("… more than 100 gigawatt-hours of production capacity worldwide")
  for (let j = Math.max(0, q.from - 6); j < Math.min(tokens.length, q.to + 5); j++)
    if (
      /^(global|worldwide|group-wide|company-wide|groupwide|globally)$/.test(tokens[j].norm) &&
      (j < q.from || j >= q.to)
    )
      return true;
  // "a figure for the six years", "cumulative output": a sum over years, not a rate
  for (let j = q.to; j < Math.min(tokens.length, q.to + 20); j++)
    if (
      tokens[j].norm === "cumulatively" ||
      (tokens[j].norm === "cumulative" &&
        /^(figure|total|amount|volume|output|production|sales|quota|basis)$/.test(
          tokens[j + 1]?.norm ?? ""
        ))
    )
      return true;
  // "operates about 120,000 tons of annual cathode capacity at its plants in Daegu and Gumi"
  for (let j = q.to; j < Math.min(tokens.length, q.to + 8); j++)
    if (
      /^(at|across|in)$/.test(tokens[j].norm) &&
      /^(its|their)$/.test(tokens[j + 1]?.norm ?? "") &&
      /^(plants|sites|operations|facilities|factories|bases|mills)$/.test(tokens[j + 2]?.norm ?? "")
    )
      return true;
  // "the total production capacity of the group … exceeds 700 thousand tons"
  for (let j = Math.max(0, q.from - 14); j < q.from; j++)
    if (
      /^(group|company|group's|company's)$/.test(tokens[j].norm) &&
      tokens[j - 1]?.norm === "the" &&
      tokens.slice(Math.max(0, j - 6), q.from).some((t) => t.norm === "total")
    )
      return true;
  // "with capacity of 800,000 tonnes per year, accounting for roughly one third of global
  // output": a producer's share of the world
  for (let j = q.to; j < Math.min(tokens.length, q.to + 6); j++)
    if (/^(accounting|representing)$/.test(tokens[j].norm)) {
      for (let m = j + 1; m < Math.min(tokens.length, j + 8); m++)
        if (/^(global|world|world's|national|country's|china's)$/.test(tokens[m].norm)) return true;
    }
  for (let j = q.to; j < Math.min(tokens.length, q.to + 8); j++) {
    // "an additional 280,000-300,000 t of LCE of production across 2025-2030": a sum over years
    if (
      /^(across|over|during|between|from)$/.test(tokens[j].norm) &&
      /^20\d\d$/.test(tokens[j + 1]?.text ?? "") &&
      /^(-|–|—|to|and)$/.test(tokens[j + 2]?.norm ?? "") &&
      /^20\d\d$/.test(tokens[j + 3]?.text ?? "")
    )
      return true;
    // "a binding agreement (10,000 t/yr for five years)": a contract's term
    if (
      tokens[j].norm === "for" &&
      tokens[j + 2]?.norm === "years" &&
      tokens
        .slice(Math.max(0, q.from - 6), q.from)
        .some((t) => /^(agreement|agreements|contract|contracts|deal|deals|offtake)$/.test(t.norm))
    )
      return true;
  }
  for (let j = q.to; j < Math.min(tokens.length, q.to + 6); j++) {
    if (tokens[j].norm !== "across") continue;
    // "about 91,600 tons of annual capacity across China and Australia": many countries
    if (tokens[j + 1]?.cap && /^(and|,)$/.test(tokens[j + 2]?.norm ?? "") && tokens[j + 3]?.cap)
      return true;
    for (let m = j + 1; m < Math.min(tokens.length, j + 6); m++)
      if (
        /^(plants|sites|operations|facilities|factories|mines|businesses|group)$/.test(
          tokens[m].norm
        )
      )
        return true;
  }
  return false;
}

/** "the three plants were supposed to give the partners 129 GWh": the counted plants are the subject. */
function subjectCount(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.from - 1; k >= Math.max(1, q.from - 12); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (
      COUNT_WORDS.has(tokens[k].norm) &&
      (tokens[k - 1].norm === "the" || tokens[k].norm === "both")
    )
      return true;
  }
  return false;
}

/**
 * "Taken together, the two factories give the complex 43 GWh", "across the three plants …
 * some 245,000 t": the sum of plants the article lists one by one.
 */
function sumOfCounted(tokens: readonly Token[], q: Quantity): boolean {
  // "the two sites were each meant to reach 40 GWh", "Each of the two trains can make 21,500
  // tons": a size of each, not their sum
  for (let k = Math.max(0, q.from - 10); k < Math.min(tokens.length, q.to + 3); k++)
    if (/^(each|apiece)$/.test(tokens[k].norm)) return false;
  let counted = false;
  let sum = false;
  for (let k = 0; k < q.from; k++) {
    const w = tokens[k].norm;
    if (SUM_WORDS.has(w) && (!tokens[k].cap || k === 0)) sum = true;
    // "If all three are built, AESC would have almost 30GWh": the plants' sum
    if (w === "all" && COUNT_WORDS.has(tokens[k + 1]?.norm ?? "")) counted = sum = true;
    if (
      COUNT_WORDS.has(w) &&
      (PLANT_PLURALS.has(tokens[k + 1]?.norm ?? "") ||
        /^(factories|sites|gigafactories)$/.test(tokens[k + 1]?.norm ?? "")) &&
      (w === "both" || tokens[k - 1]?.norm === "the")
    )
      counted = true;
  }
  if (counted && (sum || subjectCount(tokens, q))) return true;
  // "operates manufacturing bases in Xiamen, Fujian; Chongqing; and Heze, with combined planned
  // capacity of more than 135 GWh": a sum over the plants listed in several places (the plants
  // of one place have a combined capacity of their own: "Greenbushes' existing processing plants")
  const combined = tokens
    .slice(Math.max(0, q.from - 6), q.from)
    .some((t) => /^(combined|total)$/.test(t.norm));
  if (combined) {
    const plural = tokens.findIndex(
      (t, k) => k < q.from && /^(bases|plants|factories|sites|facilities)$/.test(t.norm)
    );
    if (plural >= 0 && tokens.slice(plural, q.from).some((t) => t.text === ";")) return true;
  }
  // "it talked of six European cell plants with a combined 240 GWh by 2030": a goal's sum
  if (!sum || !byYearAfter(tokens, q)) return false;
  for (let k = 0; k < q.from; k++)
    if (COUNT_WORDS.has(tokens[k].norm) && tokens[k].norm !== "both")
      for (let j = k + 1; j < Math.min(q.from, k + 5); j++)
        if (
          PLANT_PLURALS.has(tokens[j].norm) ||
          /^(factories|sites|gigafactories)$/.test(tokens[j].norm)
        )
          return true;
  return false;
}

/** "agreed to take up to 150,000 tonnes … from the plant": a buyer's share of another's output. */
function takenFrom(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.from - 1;
  while (k > 0 && /^(up|to|about|around|some|approximately|all|of|the)$/.test(tokens[k].norm)) k--;
  if (!/^(take|takes|taking|took|receive|receives|receiving)$/.test(tokens[k]?.norm ?? ""))
    return false;
  for (let j = q.to; j < Math.min(tokens.length, q.to + 8); j++) {
    if (tokens[j].norm === "from") return true;
    if (CLAUSE_ENDS.has(tokens[j].text)) return false;
  }
  return false;
}
