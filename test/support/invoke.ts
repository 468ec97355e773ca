/**
 * Calls a streaming custom function as Excel does: omitted arguments as null, a streaming
 * invocation last. Errors are shown as a cell shows them: the code, then the message.
 */
type Streaming = (...args: any[]) => void;

export interface Watched {
  /** every result pushed so far, oldest first */
  results: unknown[];
  cancel: () => void;
}

function shown(result: unknown): unknown {
  if (result instanceof Error) return `${(result as { code?: string }).code} ${result.message}`;
  return result;
}

export function watch(fn: Streaming, ...args: unknown[]): Watched {
  const padded = [...args, ...Array(Math.max(0, fn.length - 1 - args.length)).fill(null)];
  const results: unknown[] = [];
  const invocation = {
    setResult: (r: unknown) => results.push(shown(r)),
    onCanceled: () => undefined,
  } as { setResult: (r: unknown) => void; onCanceled: () => void };
  fn(...padded, invocation);
  return { results, cancel: () => invocation.onCanceled() };
}

/** The value a formula shows now (and stops listening). */
export function value(fn: Streaming, ...args: unknown[]): any {
  const w = watch(fn, ...args);
  w.cancel();
  return w.results[w.results.length - 1];
}
