/**
 * Tables written as text: "Facility | Location | Capacity (kt/yr) | Status" and the rows below
 * it. A header with a capacity column makes its rows' figures capacities; a unit the header
 * gives ("Capacity (t/yr)", "(unit: tonnes/year)") is the unit of the bare figures in that column.
 */
import { findQuantities, parseNumber, Quantity } from "./quantities";
import { Sentence } from "./sentences";
import { Kind, textOf, Token, tokenize } from "./tokens";

/** A row of a table: which of its cells names the company (or -1) and which tell capacities. */
export interface TableRow {
  companyColumn: number;
  /** "Installed capacity | Capacity addition under way": each column of sizes */
  capacityColumns: number[];
  /** "Plant feed", "H1 2024 output", "Sales": columns whose figures are no plant's size */
  otherColumns: number[];
  /** one of the unit the header gives its capacities, or null */
  unit: Quantity | null;
  /** the header itself: "| Product | Designed capacity (10,000 t/year) |" tells no plant's size */
  header?: boolean;
}

const CAPACITY_HEADS = /^(capacity|capacities|nameplate)$/;
const OTHER_HEADS =
  /^(feed|throughput|output|production|produced|sales|sold|shipments|shipped|reserves?|resources?|price|prices|revenue|capex|cost)$/;

/** "Capacity (t/yr)", "Nameplate", "Annual output (approx.)": a column of plants' sizes. */
function capacityHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (CAPACITY_HEADS.test(tokens[k].norm)) return true;
    if (
      /^(annual|yearly)$/.test(tokens[k].norm) &&
      /^(output|production)$/.test(tokens[k + 1]?.norm ?? "")
    )
      return true;
  }
  return false;
}

/**
 * "Company", "Owner", "Operating entity": the head of a column of companies, at `at` or, when
 * no cell is given, opening any cell of the row.
 */
function companyHead(tokens: readonly Token[], at?: number): boolean {
  const starts =
    at !== undefined
      ? [at]
      : tokens.flatMap((t, k) => (k === 0 || tokens[k - 1].text === "|" ? [k] : []));
  return starts.some((k) => {
    const first = tokens[k]?.norm ?? "";
    const heads =
      /^(company|companies|developer|owner|operator|producer|entity|promoter|sponsor|manufacturer|enterprise|applicant)$/;
    return (
      heads.test(first) ||
      (first === "operating" && tokens[k + 1]?.norm === "entity") ||
      // "Project / promoter": the project named with its company
      (first === "project" && tokens[k + 1]?.text === "/" && heads.test(tokens[k + 2]?.norm ?? ""))
    );
  });
}

/**
 * "| 2 | Large-capacity storage cell project | Trina | 10 GWh |": a row with tonnages is no header,
 * whatever its words (a header's figures are dates and units in brackets: "Status as at 30 June
 * 2024", "Capacity (10,000 t/year)").
 */
function figured(tokens: readonly Token[]): boolean {
  const quantities = findQuantities(tokens);
  if (quantities.length === 0) return false;
  const bracketed = new Set<number>();
  for (let k = 0, depth = 0; k < tokens.length; k++) {
    if (tokens[k].text === "(") depth++;
    else if (tokens[k].text === ")") depth = Math.max(0, depth - 1);
    else if (depth > 0) bracketed.add(k);
  }
  return quantities.some((q) => !bracketed.has(q.from));
}

/**
 * The rows of each table whose header has a capacity column, up to the first line that is no
 * row.
 */
export function capacityRows(sentences: readonly Sentence[]): Map<number, TableRow> {
  const rows = new Map<number, TableRow>();
  // (columns: "| a | b |" and "a | b" are two)
  const cells = (s: Sentence) => {
    const bars = s.tokens.filter((t) => t.text === "|").length;
    if (bars === 0) return 1;
    const { tokens } = s;
    return (
      bars + 1 - (tokens[0].text === "|" ? 1 : 0) - (tokens[tokens.length - 1].text === "|" ? 1 : 0)
    );
  };
  let header: TableRow | null = null;
  let headerAt = -1;
  for (const s of sentences) {
    // (a rule under the header, "-----+-----", is no row and ends no table)
    if (header && s.tokens.every((t) => t.kind === Kind.Punct)) continue;
    // "Capacity" over "(kt/yr)": the header's unit on a line of its own under it
    if (header && s.index === headerAt + 1 && !header.unit && bracketedOnly(s.tokens)) {
      header.unit = unitIn(s.tokens, 0, s.tokens.length);
      rows.set(headerAt, { ...header, header: true });
      continue;
    }
    // (a subtotal's row under the header may have two cells only: "Subtotal | 36,000")
    if (cells(s) < 2) {
      header = null;
      continue;
    }
    if (
      !header &&
      !figured(s.tokens) &&
      (capacityHead(s.tokens, 0, s.tokens.length) || (cells(s) >= 3 && companyHead(s.tokens)))
    ) {
      header = { companyColumn: -1, capacityColumns: [], otherColumns: [], unit: null };
      for (let c = 0; ; c++) {
        const cell = cellAt(s.tokens, c, true);
        if (!cell) break;
        if (header.companyColumn < 0 && companyHead(s.tokens, cell.from)) header.companyColumn = c;
        // ("Capacity, 2024.1-9", "Capacity H1 2024": a period's share of the year's, no size;
        // "Installed capacity (30.09.2025)" is the size at a date)
        const words = s.tokens.slice(cell.from, cell.to);
        const dated = words.some(
          (t, k) =>
            /^(h1|h2|q1|q2|q3|q4|9m|ytd)$/.test(t.norm) ||
            (t.kind === Kind.Number &&
              words[k + 1]?.text === "-" &&
              words[k + 2]?.kind === Kind.Number)
        );
        if (capacityHead(s.tokens, cell.from, cell.to) && dated) header.otherColumns.push(c);
        else if (capacityHead(s.tokens, cell.from, cell.to)) {
          header.capacityColumns.push(c);
          header.unit ??= unitIn(s.tokens, cell.from, cell.to);
        } else if (s.tokens.slice(cell.from, cell.to).some((t) => OTHER_HEADS.test(t.norm)))
          header.otherColumns.push(c);
      }
      // "Production capacity (unit: tonnes/year, input basis)" on a line above the header
      for (let k = s.index - 1; k >= Math.max(0, s.index - 3) && !header.unit; k--)
        header.unit = unitIn(sentences[k].tokens, 0, sentences[k].tokens.length);
      rows.set(s.index, { ...header, header: true });
      headerAt = s.index;
      continue;
    }
    if (header) rows.set(s.index, header);
  }
  return rows;
}

/**
 * The tokens of cell `n` of a row "| a | b | c |" (before any bracket: "Y-TEC (YPF / CONICET)"
 * is Y-TEC; a header's "Capacity (kt/yr)" keeps its unit when `whole`), or null.
 */
export function cellAt(
  tokens: readonly Token[],
  n: number,
  whole = false
): { from: number; to: number } | null {
  let start = tokens[0]?.text === "|" ? 1 : 0;
  for (let c = 0; c < n; c++) {
    const bar = tokens.findIndex((t, k) => k >= start && t.text === "|");
    if (bar < 0) return null;
    start = bar + 1;
  }
  let end = start;
  while (end < tokens.length && tokens[end].text !== "|" && (whole || tokens[end].text !== "("))
    end++;
  return end > start ? { from: start, to: end } : null;
}

/** "(kt/yr)": a line that is one bracket and nothing else. */
function bracketedOnly(tokens: readonly Token[]): boolean {
  return tokens.length >= 3 && tokens[0].text === "(" && tokens[tokens.length - 1].text === ")";
}

/** "(kt/yr)", "(unit: tonnes/year, …)", "(t)" in tokens [from, to): one of that unit. */
function unitIn(tokens: readonly Token[], from: number, to: number): Quantity | null {
  for (let k = from; k < to; k++) {
    if (tokens[k].text !== "(") continue;
    let start = k + 1;
    if (/^(unit|units|in)$/.test(tokens[start]?.norm ?? "")) start++;
    if (tokens[start]?.text === ":") start++;
    let end = start;
    while (end < to && end - start < 6 && !/^[),;]$/.test(tokens[end].text)) end++;
    if (end === start) continue;
    const words = textOf(tokens, start, end);
    // ("(10,000 t/year)", "(万吨/年)" after a number: figures counted in tens of thousands)
    const counted = tokens[start].kind === Kind.Number ? findQuantities(tokenize(words))[0] : null;
    if (counted && counted.from === 0) return counted;
    const [q] = findQuantities(tokenize(`1 ${words}`));
    if (q && q.value === 1 && q.from === 0) return q;
  }
  return null;
}

/**
 * "| Recycle Park 1 | Gunsan | 24,000 | Operating |" under "Capacity (t/yr)": the bare figure in
 * the capacity column, in the header's unit (none when the cell tells its own).
 */
export function bareFigures(
  tokens: readonly Token[],
  row: TableRow,
  told: readonly Quantity[]
): Quantity[] {
  if (!row.unit) return [];
  const out: Quantity[] = [];
  // ("| Subtotal Phase I | 15 |", "| Total | 120,000 |": the sum of the rows above)
  const first = tokens.find((t) => t.kind === Kind.Word);
  const total = /^(total|totals|subtotal|sum|overall)$/.test(first?.norm ?? "");
  for (const column of row.capacityColumns) {
    const cell = cellAt(tokens, column);
    if (!cell || told.some((q) => q.from < cell.to && q.to > cell.from)) continue;
    let k = cell.from;
    // ("+30,000" under "Capacity addition": what the plant gains)
    const added = tokens[k]?.text === "+";
    if (tokens[k]?.text === "~" || added) k++;
    const t = tokens[k];
    if (!t || t.kind !== Kind.Number || /^(19|20)\d\d$/.test(t.text)) continue;
    // ("1.5 million m2": a figure in a unit of its own)
    if (tokens.slice(k + 1, cell.to).some((w) => w.kind === Kind.Word)) continue;
    const value = parseNumber(t.text);
    if (!(value > 0)) continue;
    const unit = row.unit;
    out.push({
      ...unit,
      value: value * unit.value,
      perYear: value * unit.perYear,
      adjective: false,
      from: k,
      to: k + 1,
      basis: null,
      total: total || unit.total,
      role: added ? "expansion" : "line",
    });
  }
  return out;
}
