import { Ledger } from "../src/core/ledger";

let current: Ledger | undefined;

/** Sets the ledger the formulas answer from. */
export function useLedger(ledger: Ledger): void {
  current = ledger;
}

/** Stands in for src/functions/source.ts: the formulas answer from the generated ledger. */
export function currentLedger(): Ledger {
  if (!current) throw new Error("the bench has not set a ledger");
  return current;
}
