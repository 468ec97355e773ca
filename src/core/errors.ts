/**
 * Errors the core raises for the user. `value` is a bad argument (Excel shows #VALUE!),
 * `na` is a well-formed question with no answer (Excel shows #N/A). The message is the
 * same whether it reaches a formula, the task pane or the command line.
 */
export type ErrorKind = "value" | "na";

export class CaptrackError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = "CaptrackError";
    this.kind = kind;
  }
}

export function badArgument(message: string): CaptrackError {
  return new CaptrackError("value", message);
}

export function notAvailable(message: string): CaptrackError {
  return new CaptrackError("na", message);
}
