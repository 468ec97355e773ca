import { select } from "../core/query";
import { currentLedger } from "../functions/source";

/** Which dataset the formulas answer from, in words: its version and what it holds today. */
export function describeDataset(): string {
  const ledger = currentLedger();
  const today = select(ledger, "*", { status: "all" });
  const totals = today.aggregates.length;
  return `Dataset ${ledger.version}: ${today.lines.length} lines, ${totals} regional total${totals === 1 ? "" : "s"}.`;
}
