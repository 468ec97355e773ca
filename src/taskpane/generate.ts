/*
 * What pressing Generate does, apart from the pane's widgets: check the request, make the sheet
 * plan, write it into the workbook, and say what happened in words a user can act on.
 */
import { CaptrackError } from "../core/errors";
import { Ledger } from "../core/ledger";
import { describePlan } from "../sheet/describe";
import { OfficeRenderResult } from "../sheet/office";
import { planSheet, SheetPlan, SheetRequest } from "../sheet/plan";

export type OutcomeKind = "done" | "nothing" | "invalid" | "refused" | "unavailable";

export interface Outcome {
  kind: OutcomeKind;
  title: string;
  message: string;
  /** names to try instead ("Baotou" for "Baotu") */
  suggestions: string[];
  /** true when dropping the filters may find lines */
  widen: boolean;
}

export interface GenerateDeps {
  ledger: () => Ledger;
  /** writes the plan into the workbook (renderToExcel in Excel) */
  write: (plan: SheetPlan) => Promise<OfficeRenderResult>;
  /** null when sheets can be written; otherwise why not */
  unavailable: () => string | null;
  now?: () => Date;
}

function outcome(
  kind: OutcomeKind,
  title: string,
  message: string,
  more: Partial<Outcome> = {}
): Outcome {
  return { kind, title, message, suggestions: [], widen: false, ...more };
}

/** The names in the core's "Did you mean "A" or "B"?" */
export function suggestionsIn(message: string): string[] {
  const m = /Did you mean (.*)\?/.exec(message);
  if (!m) return [];
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

function filtered(request: SheetRequest): boolean {
  return [request.material, request.status, request.asOf].some(
    (v) => v !== null && v !== undefined && v !== ""
  );
}

/** What Excel said, without the noise of its error objects. */
function excelMessage(e: unknown): string {
  const error = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const message = error?.message ?? String(e);
  const code = error?.code && !message.includes(error.code) ? ` (${error.code})` : "";
  const where = error?.debugInfo?.errorLocation ? ` at ${error.debugInfo.errorLocation}` : "";
  return `${message.replace(/\.\s*$/, "")}${code}${where}`;
}

export async function generate(request: SheetRequest, deps: GenerateDeps): Promise<Outcome> {
  const query = request.query.trim();
  if (query === "") {
    return outcome(
      "invalid",
      "Nothing to generate yet",
      'Type a place, company or material in the query box (for example Baotou, BTR or lithium hydroxide), or "*" for every line.'
    );
  }
  const why = deps.unavailable();
  if (why !== null) return outcome("unavailable", "Sheets can be generated only in Excel", why);

  let plan: SheetPlan;
  try {
    plan = planSheet(deps.ledger(), { ...request, query }, { now: deps.now?.() });
  } catch (e) {
    if (!(e instanceof CaptrackError)) throw e;
    if (e.kind === "value") return outcome("invalid", "A filter is not right", e.message);
    const suggestions = suggestionsIn(e.message);
    const widen = suggestions.length === 0 && filtered(request);
    const hint = widen ? " Try again without the filters, or with a later as-of date." : "";
    return outcome("nothing", "Nothing matches", `${e.message}${hint}`, { suggestions, widen });
  }

  try {
    const result = await deps.write(plan);
    const verb = result.refreshed ? "refreshed" : "created";
    return outcome("done", `Sheet "${result.sheet}" ${verb}`, `${describePlan(plan)}.`);
  } catch (e) {
    return outcome(
      "refused",
      "Excel refused to write the sheet",
      `${excelMessage(e)}. What was written before Excel refused stays on the sheet; press Generate to try again.`
    );
  }
}
