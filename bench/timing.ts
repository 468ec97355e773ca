/* Wall-clock rates: warm up, then run for a fixed budget, reading the clock once per chunk. */

export interface Rate {
  evaluations: number;
  seconds: number;
  perSecond: number;
}

/** Results go here, so that no evaluation can be optimised away; read by `sinkValue`. */
let sink = 0;

export function sinkValue(): number {
  return sink;
}

function run(step: (i: number) => number, budgetMs: number): Rate {
  const budget = BigInt(Math.round(budgetMs * 1e6));
  const start = process.hrtime.bigint();
  let count = 0;
  let chunk = 1;
  let elapsed = 0n;
  while (elapsed < budget) {
    const chunkStart = process.hrtime.bigint();
    for (let k = 0; k < chunk; k++) sink += step(count++);
    const now = process.hrtime.bigint();
    // grow the chunk while one takes under 2 ms: the clock is then read rarely
    if (now - chunkStart < 2_000_000n) chunk *= 2;
    elapsed = now - start;
  }
  const seconds = Number(elapsed) / 1e9;
  return { evaluations: count, seconds, perSecond: count / seconds };
}

/** Evaluations a second of `step(i)`, i = 0, 1, 2 …, after a warm-up of a quarter of the budget. */
export function measure(step: (i: number) => number, budgetMs: number): Rate {
  run(step, budgetMs / 4);
  return run(step, budgetMs);
}

/** Milliseconds `work` takes, with its result. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** 1234567 → "1,234,567"; 12.345 → "12.3". */
export function rate(n: number): string {
  if (n >= 100) return Math.round(n).toLocaleString("en-US");
  return n.toPrecision(3);
}

export function ratio(n: number): string {
  return n >= 100 ? `${Math.round(n).toLocaleString("en-US")}x` : `${n.toPrecision(3)}x`;
}
