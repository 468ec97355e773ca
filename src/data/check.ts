import { Ledger } from "../core/ledger";
import { LineRecord } from "../core/line";
import { references } from "./references";

export interface DatasetProblem {
  /** 1-based row in the source file */
  row: number;
  message: string;
}

/**
 * Parses and checks the dataset source: every row a JSON record that resolves to a line,
 * with a source. Rows of the same plant and phase are reports of one line (its history); the
 * same report twice (same line, same source address) is a duplicate.
 */
export function checkDataset(text: string): { records: LineRecord[]; problems: DatasetProblem[] } {
  const records: LineRecord[] = [];
  const rows: number[] = [];
  const problems: DatasetProblem[] = [];
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      records.push(JSON.parse(raw) as LineRecord);
      rows.push(i + 1);
    } catch (e) {
      problems.push({ row: i + 1, message: `not a JSON record (${(e as Error).message})` });
    }
  });
  const { ledger, rejected } = Ledger.fromRecords(records, references(), "check");
  for (const r of rejected) problems.push({ row: rows[r.index], message: r.problems.join("; ") });

  // a line keeps its record's source object, which leads back to the row
  const rowOf = new Map(records.map((r, i) => [r.source, rows[i]]));
  const seen = new Map<string, number>();
  for (const line of [...ledger.lines, ...ledger.aggregates]) {
    const row = rowOf.get(line.source)!;
    const key = `${line.id} ${line.source.url}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        row,
        message: `the same report of the same line as row ${first} (${line.id})`,
      });
    else seen.set(key, row);
  }
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}
