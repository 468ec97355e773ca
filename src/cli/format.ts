import { Ledger } from "../core/ledger";
import { Line } from "../core/line";
import { Cell, linesTable } from "../core/table";
import { TRACKER_COLUMNS, TrackerColumn } from "../workbook/columns";

/** A line as `captrack lines --json` prints it: the dataset's record shape, resolved. */
export function lineJson(ledger: Ledger, l: Line): object {
  return {
    id: l.id,
    kind: l.kind,
    company: l.company,
    parent: l.parent,
    material: ledger.refs.materials.label(l.material),
    material_id: l.material,
    material_stated: l.materialStated,
    capacity: l.capacity,
    unit: l.unit,
    capacity_tpa: l.measure === "mass" ? l.amount : null,
    capacity_gwh: l.measure === "energy" ? l.amount : null,
    basis: l.basis,
    location: { site: l.site, city: l.city, region: l.region, country: l.country },
    status: l.status,
    phase: l.phase,
    announced: l.announced,
    start: l.start,
    source: l.source,
    note: l.note,
  };
}

function csvCell(cell: Cell): string {
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

/** Columns padded to their widest cell, for reading in a terminal. */
export function toText(rows: Cell[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => String(cell).padEnd(widths[c]))
          .join("  ")
          .trimEnd()
      )
      .join("\n") + "\n"
  );
}

/** Lines as rows of a Tracker table: what `lines --csv` prints and a Tracker can take back. */
export function trackerTable(ledger: Ledger, lines: readonly Line[]): Cell[][] {
  const rows = lines.map((l) => {
    const latest = l.reports[0].source;
    const cells: Record<TrackerColumn, Cell> = {
      company: l.company,
      parent: l.parent ?? "",
      material: ledger.refs.materials.label(l.material),
      capacity: l.capacity ?? "",
      unit: l.capacity === null ? "" : (l.unit ?? ""),
      basis: l.basis ?? "",
      status: l.status,
      kind: l.kind,
      phase: l.phase ?? "",
      site: l.site ?? "",
      city: l.city ?? "",
      region: l.region ?? "",
      country: l.country ?? "",
      announced: l.announced,
      reported: l.reported,
      source: latest.url,
      title: latest.title,
      publisher: latest.publisher ?? "",
      note: l.note ?? "",
    };
    return TRACKER_COLUMNS.map((c) => cells[c]);
  });
  return [[...TRACKER_COLUMNS], ...rows];
}

export function table(ledger: Ledger, lines: readonly Line[]): Cell[][] {
  return linesTable(lines, (id) => ledger.refs.materials.label(id));
}
