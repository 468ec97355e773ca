import { Line, Report } from "./line";

/**
 * Columns of a spilled CT.LINES table, in order: DESIGN.md's columns, with the basis of the
 * capacity, the date of the latest report (so a 2021 "under construction" can be told from a
 * 2025 one), the history of reports when there is more than one, and where the line comes
 * from (the embedded dataset or the workbook's Tracker).
 */
export const LINE_COLUMNS = [
  "company",
  "material",
  "capacity",
  "unit",
  "basis",
  "status",
  "site",
  "city",
  "region",
  "country",
  "announced",
  "reported",
  "source",
  "history",
  "from",
] as const;

export type Cell = string | number;

function describeReport(r: Report): string {
  const amount =
    r.capacity === null ? "undisclosed" : `${r.capacity.toLocaleString("en-US")} ${r.unit}`;
  return `${r.reported}: ${amount}, ${r.status} (${r.source.publisher ?? r.source.url})`;
}

/** Every source behind a line, newest first, each once. */
export function sourcesOf(line: Line): string[] {
  return [...new Set(line.reports.map((r) => r.source.url))];
}

/**
 * One row of a lines table. An undisclosed capacity is an empty cell with "undisclosed" as its
 * unit; a line reported more than once lists every report, conflicting ones side by side.
 */
export function lineRow(line: Line, materialLabel: (id: string) => string): Cell[] {
  return [
    line.company,
    materialLabel(line.material),
    line.capacity ?? "",
    line.capacity === null ? "undisclosed" : (line.unit ?? ""),
    line.basis ?? "",
    line.status,
    line.site ?? "",
    line.city ?? "",
    line.region ?? "",
    line.country ?? "",
    line.announced,
    line.reported,
    sourcesOf(line).join(" ; "),
    line.reports.length > 1 ? line.reports.map(describeReport).join(" | ") : "",
    line.origin,
  ];
}

/** A lines table with its header row, as a rectangular 2-D array. */
export function linesTable(
  lines: readonly Line[],
  materialLabel: (id: string) => string
): Cell[][] {
  return [[...LINE_COLUMNS], ...lines.map((l) => lineRow(l, materialLabel))];
}
