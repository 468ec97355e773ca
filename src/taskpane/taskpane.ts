import { currentLedger } from "../functions/source";

/** Shows which dataset the formulas answer from. */
export function describeDataset(): string {
  const ledger = currentLedger();
  return `Dataset ${ledger.version}: ${ledger.lines.length} lines, ${ledger.aggregates.length} regional totals.`;
}

Office.onReady(() => {
  const target = document.getElementById("dataset");
  if (target) target.textContent = describeDataset();
});
