/*
 * The spreadsheet baseline: the same lines as a table in a real formula engine (HyperFormula),
 * and the SUMIFS formula a user without the add-in would write for each CT.CAPACITY query.
 */
import { CellValue, HyperFormula } from "hyperformula";
import { Ledger } from "../src/core/ledger";
import { MATERIALS } from "../src/data/materials";
import { BenchCompany } from "./generate";
import { AS_OF_DATES, BenchQuery } from "./queries";
import { today } from "./scan";

/** The table's columns, A to K. */
export const COLUMNS = [
  "Country",
  "Region",
  "City",
  "Company",
  "Group",
  "Material",
  "Material group",
  "Status",
  "Announced",
  "Unit",
  "Capacity",
] as const;

type Column = (typeof COLUMNS)[number];

const EXCEL_EPOCH_OFFSET = 25569;

function letter(column: Column): string {
  return String.fromCharCode(65 + COLUMNS.indexOf(column));
}

const byId = new Map(MATERIALS.map((m) => [m.id, m]));

function groupOf(id: string): string {
  let node = byId.get(id)!;
  while (node.parent !== "all" && node.parent !== null) node = byId.get(node.parent)!;
  return node.name;
}

/** One row a line: where, who (and its group), what, status, date, unit and tonnes (or GWh) a year. */
export function tableRows(ledger: Ledger): Array<Array<string | number | null>> {
  return ledger.lines.map((l) => [
    l.country,
    l.region,
    l.city,
    l.company,
    l.parent ?? l.company,
    byId.get(l.material)!.name,
    groupOf(l.material),
    l.status,
    l.announcedDay + EXCEL_EPOCH_OFFSET,
    l.measure === "energy" ? "GWh" : "t",
    l.amount,
  ]);
}

function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export class SumifsWorkbook {
  private readonly hf: HyperFormula;
  private readonly lines: number;
  private readonly sheets: { lines: number; params: number; formulas: number };
  private readonly subsidiaries: Set<string>;
  private entered = 0;
  private shifted = false;

  /** Builds the workbook: sheet Lines (header and one row a line), Params (as-of dates), Formulas. */
  constructor(ledger: Ledger, companies: readonly BenchCompany[]) {
    const rows = tableRows(ledger);
    this.lines = rows.length;
    this.subsidiaries = new Set(companies.filter((c) => c.parent !== null).map((c) => c.name));
    this.hf = HyperFormula.buildFromSheets(
      {
        Lines: [[...COLUMNS], ...rows],
        // today, then each as-of date the queries use, as date serials
        Params: [
          [today() + EXCEL_EPOCH_OFFSET],
          ...AS_OF_DATES.map((d) => [Date.parse(d) / 86400000 + EXCEL_EPOCH_OFFSET]),
        ],
        Formulas: [],
      },
      // Excel's sheet size; HyperFormula's default stops at 40,000 rows
      { licenseKey: "gpl-v3", maxRows: 1_048_576 }
    );
    const id = (name: string) => this.hf.getSheetId(name)!;
    this.sheets = { lines: id("Lines"), params: id("Params"), formulas: id("Formulas") };
  }

  private range(column: Column): string {
    return `Lines!$${letter(column)}$2:$${letter(column)}$${this.lines + 1}`;
  }

  /**
   * The SUMIFS for a query: equality on the column that holds the place, company or material,
   * the unit, the statuses, and announced on or before the as-of date (a cell in Params).
   */
  formula(q: BenchQuery): string {
    const criteria: Array<[Column, string]> = [];
    if (q.kind === "country") criteria.push(["Country", text(q.query)]);
    if (q.kind === "region") criteria.push(["Region", text(q.query)]);
    if (q.kind === "city") criteria.push(["City", text(q.query)]);
    if (q.kind === "company") {
      criteria.push([this.subsidiaries.has(q.query) ? "Company" : "Group", text(q.query)]);
    }
    for (const name of [q.kind === "material" ? q.query : null, q.material]) {
      if (name === null) continue;
      const top = MATERIALS.find((m) => m.name === name)!.parent === "all";
      criteria.push([top ? "Material group" : "Material", text(name)]);
    }
    const unit = q.unit ?? "t";
    criteria.push(["Unit", text(unit === "GWh" ? "GWh" : "t")]);
    if (q.status === null) {
      criteria.push(["Status", text("<>shelved")], ["Status", text("<>cancelled")]);
    } else if (q.status !== "all") {
      criteria.push(["Status", text(q.status)]);
    }
    const param = q.asOf === null ? 1 : AS_OF_DATES.indexOf(q.asOf) + 2;
    criteria.push(["Announced", `"<="&INT(Params!$A$${param})`]);
    const args = criteria.map(([column, criterion]) => `${this.range(column)}, ${criterion}`);
    const divisor = unit === "kt" ? "/1000" : unit === "Mt" ? "/1000000" : "";
    return `=SUMIFS(${this.range("Capacity")}, ${args.join(", ")})${divisor}`;
  }

  /** Types the query's formula into the next cell of sheet Formulas: the engine evaluates it. */
  enter(q: BenchQuery): CellValue {
    const address = { sheet: this.sheets.formulas, col: 0, row: this.entered++ };
    this.hf.setCellContents(address, this.formula(q));
    return this.hf.getCellValue(address);
  }

  /**
   * Recalculates every formula entered: the as-of cells move by half a day (INT keeps the
   * criteria as they were), which makes every formula depend on a changed cell.
   */
  recalculate(): CellValue[] {
    this.shifted = !this.shifted;
    const shift = this.shifted ? 0.5 : 0;
    const dates = [today(), ...AS_OF_DATES.map((d) => Date.parse(d) / 86400000)];
    this.hf.batch(() => {
      dates.forEach((day, row) => {
        this.hf.setCellContents(
          { sheet: this.sheets.params, col: 0, row },
          day + EXCEL_EPOCH_OFFSET + shift
        );
      });
    });
    return this.values();
  }

  values(): CellValue[] {
    return Array.from({ length: this.entered }, (_, row) =>
      this.hf.getCellValue({ sheet: this.sheets.formulas, col: 0, row })
    );
  }

  get size(): number {
    return this.entered;
  }

  destroy(): void {
    this.hf.destroy();
  }
}
