import { Ledger } from "../core/ledger";
import { embeddedLedger } from "../data/embedded";

/** The ledger the formulas answer from. */
export function currentLedger(): Ledger {
  return embeddedLedger();
}
