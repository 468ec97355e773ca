import { fold } from "../core/text";

/**
 * The columns of a line in a Tracker table, which are also `captrack lines --csv`'s columns.
 * Headers are matched by name (and a few other names people use), in any order; columns a user
 * adds are kept and ignored.
 */
export const TRACKER_COLUMNS = [
  "company",
  "parent",
  "material",
  "capacity",
  "unit",
  "basis",
  "status",
  "kind",
  "phase",
  "site",
  "city",
  "region",
  "country",
  "announced",
  "reported",
  "source",
  "title",
  "publisher",
  "note",
] as const;

export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** Columns a row cannot be a line without. */
export const REQUIRED_COLUMNS: readonly TrackerColumn[] = [
  "company",
  "material",
  "capacity",
  "status",
  "country",
  "announced",
  "source",
];

const OTHER_NAMES: Record<string, TrackerColumn> = {
  owner: "parent",
  owners: "parent",
  "parent company": "parent",
  product: "material",
  "capacity t yr": "capacity",
  "capacity tpa": "capacity",
  tonnage: "capacity",
  units: "unit",
  stage: "phase",
  train: "phase",
  plant: "site",
  location: "site",
  province: "region",
  state: "region",
  date: "announced",
  "announcement date": "announced",
  "source date": "reported",
  url: "source",
  link: "source",
  "source url": "source",
  "source title": "title",
  notes: "note",
  comment: "note",
  comments: "note",
};

export interface HeaderMatch {
  /** index in the header row of each column found */
  index: Partial<Record<TrackerColumn, number>>;
  /** required columns the header lacks */
  missing: TrackerColumn[];
  /** header cells that are no Tracker column: the user's own, kept as they are */
  extra: string[];
}

/** Finds the Tracker columns in a header row, whatever their order. */
export function matchHeader(header: readonly unknown[]): HeaderMatch {
  const index: Partial<Record<TrackerColumn, number>> = {};
  const extra: string[] = [];
  header.forEach((cell, i) => {
    const name = fold(String(cell ?? ""));
    const column = (TRACKER_COLUMNS as readonly string[]).includes(name)
      ? (name as TrackerColumn)
      : OTHER_NAMES[name];
    if (column && index[column] === undefined) index[column] = i;
    else if (name !== "") extra.push(String(cell));
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  return { index, missing, extra };
}
