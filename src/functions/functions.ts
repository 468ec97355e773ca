/* Custom functions of the CT namespace. The JSDoc below is the functions.json metadata. */
import { breakdown as breakdownOf } from "../core/breakdown";
import { capacity as capacityOf, count as countOf, Filters, linesOf } from "../core/query";
import { ACCEPTED_STATUSES } from "../core/status";
import { linesTable } from "../core/table";
import { extractCell } from "../extract/extract";
import { answer } from "./answer";
import { optionalDate, optionalText, requiredText } from "./args";
import { currentLedger } from "./source";
import { stream } from "./stream";

const QUERY =
  'a place (Baotou, Indonesia), a company (BTR), a material (lithium hydroxide), or "*" for every line';
const MATERIAL = 'a material or material group, such as "hydrogen storage alloy" or "cathode"';
const UNIT = '"t" (default), "kt", "Mt", or "GWh" for cells';

function filters(material: unknown, status: unknown, asOf: unknown, unit?: unknown): Filters {
  return {
    material: optionalText(material, "material", MATERIAL),
    status: optionalText(status, "status", ACCEPTED_STATUSES),
    asOf: optionalDate(asOf, "asOf"),
    unit: optionalText(unit, "unit", UNIT),
  };
}

/**
 * Announced production capacity a year for a place, company or material: tonnes by default.
 * Regional totals are reconciled with the lines they include, never counted twice.
 * @customfunction CAPACITY
 * @param query A place (Baotou, Indonesia), a company (BTR) or a material (lithium hydroxide); "*" for every line.
 * @param [material] Only this material and its kinds, e.g. "hydrogen storage alloy".
 * @param [status] Only these statuses, comma-separated, e.g. "operating, under construction". Default: all but shelved and cancelled.
 * @param [asOf] Only what had been announced by this date: a date cell or text such as "2019-06-30".
 * @param [unit] "t" (default), "kt", "Mt", "GWh" for battery cells, or "GWh-eq" for materials stated in GWh-equivalent.
 * @param invocation The answer is pushed again when the workbook's lines change.
 * @returns Capacity a year in the unit asked.
 * @streaming
 */
export function capacity(
  query: any,
  material: any,
  status: any,
  asOf: any,
  unit: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream(invocation, () =>
    capacityOf(
      currentLedger(),
      requiredText(query, "query", QUERY),
      filters(material, status, asOf, unit)
    )
  );
}

/**
 * The announced production lines behind CT.CAPACITY, one a row under a header: company, material, capacity, unit, basis, status, site, city, region, country, announced, reported, source, history.
 * @customfunction LINES
 * @param query A place, a company or a material; "*" for every line.
 * @param [material] Only this material and its kinds.
 * @param [status] Only these statuses, comma-separated. Default: all but shelved and cancelled.
 * @param [asOf] Only what had been announced by this date: a date cell or text such as "2019-06-30".
 * @param invocation The table is pushed again when the workbook's lines change.
 * @returns A table of lines with a header row.
 * @streaming
 */
export function lines(
  query: any,
  material: any,
  status: any,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  stream(invocation, () => {
    const ledger = currentLedger();
    const found = linesOf(
      ledger,
      requiredText(query, "query", QUERY),
      filters(material, status, asOf)
    );
    return linesTable(found, (id) => ledger.refs.materials.label(id));
  });
}

/**
 * The number of announced production lines that match, those with undisclosed capacity included.
 * @customfunction COUNT
 * @param query A place, a company or a material; "*" for every line.
 * @param [material] Only this material and its kinds.
 * @param [status] Only these statuses, comma-separated. Default: all but shelved and cancelled.
 * @param [asOf] Only what had been announced by this date: a date cell or text such as "2019-06-30".
 * @param invocation The count is pushed again when the workbook's lines change.
 * @returns The number of lines.
 * @streaming
 */
export function count(
  query: any,
  material: any,
  status: any,
  asOf: any,
  invocation: CustomFunctions.StreamingInvocation<number>
): void {
  stream(invocation, () =>
    countOf(currentLedger(), requiredText(query, "query", QUERY), filters(material, status, asOf))
  );
}

/**
 * Capacity grouped by company, material, status, country or year, with a total row equal to CT.CAPACITY. Regional totals are reconciled as in CT.CAPACITY.
 * @customfunction BREAKDOWN
 * @param query A place, a company or a material; "*" for every line.
 * @param by "company", "material", "status", "country" or "year".
 * @param [material] Only this material and its kinds.
 * @param [status] Only these statuses, comma-separated. Default: all but shelved and cancelled.
 * @param [asOf] Only what had been announced by this date: a date cell or text such as "2019-06-30".
 * @param [unit] "t" (default), "kt", "Mt", "GWh" for battery cells, or "GWh-eq".
 * @param invocation The table is pushed again when the workbook's lines change.
 * @returns A table: group, capacity, lines, undisclosed lines; largest first, then the total.
 * @streaming
 */
export function breakdown(
  query: any,
  by: any,
  material: any,
  status: any,
  asOf: any,
  unit: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>
): void {
  stream(invocation, () =>
    breakdownOf(
      currentLedger(),
      requiredText(query, "query", QUERY),
      requiredText(by, "by", '"company", "material", "status", "country" or "year"'),
      filters(material, status, asOf, unit)
    )
  );
}

/**
 * The production lines a news article announces, proposed one a row under a header: company, material, capacity, unit, basis, status, site, city, region, country, announced, kind, evidence (the sentence each line comes from).
 * @customfunction EXTRACT
 * @param text The text of a news article, in one cell.
 * @returns A table of proposed lines with a header row.
 */
export function extract(text: any): any[][] {
  return answer(() => extractCell(text));
}
