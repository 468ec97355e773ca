import { Ledger } from "../core/ledger";
import { embeddedLedger } from "../data/embedded";

/**
 * The ledger the formulas answer from: the embedded dataset until the workbook's Tracker lines
 * are merged in (src/workbook), then the merged ledger. Formulas listen for a new ledger and push
 * their answers again, so no manual recalculation is needed.
 */
let ledger: Ledger | undefined;
const listeners = new Set<() => void>();

export function currentLedger(): Ledger {
  return ledger ?? embeddedLedger();
}

export function setLedger(next: Ledger): void {
  ledger = next;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every new ledger; returns the call that stops it. */
export function onLedgerChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many formulas are listening: what a change of the ledger costs. */
export function listenerCount(): number {
  return listeners.size;
}
