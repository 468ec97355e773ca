import { Line } from "./line";

/** Columns of a spilled CT.LINES table, in order (DESIGN.md). */
export const LINE_COLUMNS = [
  "company",
  "material",
  "capacity",
  "unit",
  "status",
  "site",
  "city",
  "region",
  "country",
  "announced",
  "source",
] as const;

export type Cell = string | number;

/** One row of a lines table. An undisclosed capacity is an empty cell, with "undisclosed" as its unit. */
export function lineRow(line: Line, materialLabel: (id: string) => string): Cell[] {
  return [
    line.company,
    materialLabel(line.material),
    line.capacity ?? "",
    line.capacity === null ? "undisclosed" : (line.unit ?? ""),
    line.status,
    line.site ?? "",
    line.city ?? "",
    line.region ?? "",
    line.country ?? "",
    line.announced,
    line.source.url,
  ];
}

/** A lines table with its header row, as a rectangular 2-D array. */
export function linesTable(
  lines: readonly Line[],
  materialLabel: (id: string) => string
): Cell[][] {
  return [[...LINE_COLUMNS], ...lines.map((l) => lineRow(l, materialLabel))];
}
