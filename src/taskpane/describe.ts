import { currentLedger } from "../functions/source";

/** Which dataset the formulas answer from, in words. */
export function describeDataset(): string {
  const ledger = currentLedger();
  const totals = ledger.aggregates.length;
  return `Dataset ${ledger.version}: ${ledger.lines.length} lines, ${totals} regional total${totals === 1 ? "" : "s"}.`;
}
