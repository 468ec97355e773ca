import { CaptrackError } from "../core/errors";

/**
 * Runs a formula's computation and turns a failure into the Excel error a user can read:
 * a bad argument is #VALUE!, a question with no answer is #N/A, each with its message.
 */
export function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CaptrackError) {
      const code =
        e.kind === "value"
          ? CustomFunctions.ErrorCode.invalidValue
          : CustomFunctions.ErrorCode.notAvailable;
      throw new CustomFunctions.Error(code, e.message);
    }
    // a fault of ours still reaches the cell as a message, not as a stuck #BUSY!
    const message = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `Captrack failed: ${message}`
    );
  }
}
