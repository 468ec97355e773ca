/* What a generated sheet holds, in one sentence, for the task pane and the command line. */
import { SheetPlan } from "./plan";

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** "3 lines and 1 regional total, total 20,000 t/yr" */
export function describePlan(plan: SheetPlan): string {
  const totals = plan.totals
    .map((t) =>
      t.value === null
        ? `capacity not disclosed in ${t.unit}`
        : `${t.value.toLocaleString("en-US", { maximumFractionDigits: 3 })} ${t.unit}`
    )
    .join(", ");
  const aggregates = plan.aggregates > 0 ? ` and ${plural(plan.aggregates, "regional total")}` : "";
  const undisclosed =
    plan.undisclosed > 0 ? ` (${plan.undisclosed.toLocaleString("en-US")} undisclosed)` : "";
  return `${plural(plan.lines, "line")}${undisclosed}${aggregates}, total ${totals}`;
}
