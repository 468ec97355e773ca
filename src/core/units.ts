import { badArgument } from "./errors";
import { fold, oneOf, quote } from "./text";

/**
 * How a capacity is measured: tonnes of material a year, GWh of cells a year, or a material
 * stated as the GWh of batteries it would supply ("50 GWh-equivalent of lithium hydroxide").
 * Answers never add two measures together.
 */
export type Measure = "mass" | "energy" | "equivalent";

export interface CapacityUnit {
  /** canonical symbol, as shown in tables */
  symbol: string;
  measure: Measure;
  /** multiply a value in this unit by this to get tonnes a year (mass) or GWh a year (energy) */
  factor: number;
}

/** Units a capacity may be stated in (sources state per month and per day too). */
const CAPACITY_UNITS: CapacityUnit[] = [
  { symbol: "t/yr", measure: "mass", factor: 1 },
  { symbol: "kt/yr", measure: "mass", factor: 1e3 },
  { symbol: "Mt/yr", measure: "mass", factor: 1e6 },
  { symbol: "t/month", measure: "mass", factor: 12 },
  { symbol: "t/day", measure: "mass", factor: 365 },
  { symbol: "GWh/yr", measure: "energy", factor: 1 },
  { symbol: "MWh/yr", measure: "energy", factor: 1e-3 },
  { symbol: "GWh-eq/yr", measure: "equivalent", factor: 1 },
];

const CAPACITY_ALIASES: Record<string, string> = {
  t: "t/yr",
  tpa: "t/yr",
  "t a": "t/yr",
  "t y": "t/yr",
  "t year": "t/yr",
  "tonnes per year": "t/yr",
  "t yr": "t/yr",
  kt: "kt/yr",
  ktpa: "kt/yr",
  "kt yr": "kt/yr",
  "kt a": "kt/yr",
  mt: "Mt/yr",
  mtpa: "Mt/yr",
  "mt yr": "Mt/yr",
  "t month": "t/month",
  "t mo": "t/month",
  "t day": "t/day",
  "t d": "t/day",
  gwh: "GWh/yr",
  "gwh yr": "GWh/yr",
  "gwh equivalent": "GWh-eq/yr",
  "gwh eq": "GWh-eq/yr",
  mwh: "MWh/yr",
  "mwh yr": "MWh/yr",
};

const UNIT_BY_NAME = new Map<string, CapacityUnit>();
for (const u of CAPACITY_UNITS) UNIT_BY_NAME.set(fold(u.symbol), u);
for (const [alias, symbol] of Object.entries(CAPACITY_ALIASES)) {
  UNIT_BY_NAME.set(
    alias,
    CAPACITY_UNITS.find((u) => u.symbol === symbol)!
  );
}

/** A unit as written in a source or a tracker row; undefined when unknown. */
export function parseCapacityUnit(text: string): CapacityUnit | undefined {
  return UNIT_BY_NAME.get(fold(text));
}

/** Units an answer can be asked in. */
export interface OutputUnit {
  symbol: "t" | "kt" | "Mt" | "GWh" | "GWh-eq";
  measure: Measure;
  /** divide tonnes (or GWh) a year by this */
  divisor: number;
}

const OUTPUT_UNITS: OutputUnit[] = [
  { symbol: "t", measure: "mass", divisor: 1 },
  { symbol: "kt", measure: "mass", divisor: 1e3 },
  { symbol: "Mt", measure: "mass", divisor: 1e6 },
  { symbol: "GWh", measure: "energy", divisor: 1 },
  { symbol: "GWh-eq", measure: "equivalent", divisor: 1 },
];

/** The output unit to name when lines are in another measure than the one asked. */
export function unitFor(measure: Measure): OutputUnit {
  return OUTPUT_UNITS.find((u) => u.measure === measure && u.divisor === 1)!;
}

export const DEFAULT_OUTPUT_UNIT = OUTPUT_UNITS[0];

/** The unit argument of a formula: t (default), kt, Mt or GWh, with or without "/yr". */
export function parseOutputUnit(text: string | null | undefined): OutputUnit {
  if (text === null || text === undefined || text.trim() === "") return DEFAULT_OUTPUT_UNIT;
  const stated = parseCapacityUnit(text);
  const found =
    stated && OUTPUT_UNITS.find((u) => u.measure === stated.measure && u.divisor === stated.factor);
  if (!found) {
    const accepted = oneOf(OUTPUT_UNITS.map((u) => quote(u.symbol)));
    throw badArgument(`unit: ${quote(text)} is not a unit. Accepted: ${accepted} (a year each).`);
  }
  return found;
}
