/*
 * The add-in's CT.CAPACITY as Excel calls it (src/functions/functions.ts, unchanged: streaming,
 * with an invocation last), answering from the generated ledger.
 */
import { Ledger } from "../src/core/ledger";
import "../test/support/custom-functions";
import * as functions from "../src/functions/functions";
import { setLedger } from "../src/functions/source";

export interface AddinFunctions {
  /** one evaluation: the value pushed first; a failed formula throws its CustomFunctions.Error */
  capacity(
    query: unknown,
    material: unknown,
    status: unknown,
    asOf: unknown,
    unit: unknown
  ): number;
}

/** The formulas, answering from `ledger` (the one seam between the formulas and the data). */
export async function addinFunctions(ledger: Ledger): Promise<AddinFunctions> {
  setLedger(ledger);
  return {
    capacity(query, material, status, asOf, unit) {
      const pushed: Array<number | CustomFunctions.Error> = [];
      const invocation = {
        setResult: (r: number | CustomFunctions.Error) => pushed.push(r),
        onCanceled: () => undefined,
      } as unknown as CustomFunctions.StreamingInvocation<number> & { onCanceled: () => void };
      functions.capacity(query, material, status, asOf, unit, invocation);
      invocation.onCanceled(); // Excel cancels a formula that is recalculated with new arguments
      const result = pushed[0];
      if (typeof result !== "number") throw result;
      return result;
    },
  };
}

/** The error code and message of a formula that failed, or the value it returned. */
export function cellValue(compute: () => number): number | string {
  try {
    return compute();
  } catch (e) {
    const error = e as { code?: string; message?: string };
    return `${error.code ?? "error"} ${error.message ?? String(e)}`;
  }
}
