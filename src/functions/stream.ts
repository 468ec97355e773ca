import { answer } from "./answer";
import { onLedgerChange } from "./source";

type Result = number | (string | number)[][];

function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Answers a streaming formula now, and again whenever the ledger changes (a Tracker row edited,
 * lines imported), pushing only answers that differ. Excel cancels the invocation when the
 * formula is deleted or changed; then it stops listening.
 */
export function stream<T extends Result>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: () => T
): void {
  let last: unknown = undefined;
  const push = () => {
    let result: T | CustomFunctions.Error;
    try {
      result = answer(compute);
    } catch (e) {
      result = e as CustomFunctions.Error; // answer() turns every failure into one
    }
    const shown =
      Array.isArray(result) || typeof result === "number"
        ? result
        : `${result.code} ${result.message}`;
    if (same(shown, last)) return;
    last = shown;
    invocation.setResult(result);
  };
  push();
  invocation.onCanceled = onLedgerChange(push);
}
