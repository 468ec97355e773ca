/*
 * The add-in's custom functions as Excel calls them (src/functions/functions.ts, unchanged),
 * answering from the generated ledger instead of the dataset shipped in the bundle.
 */
import Module from "module";
import path from "path";
import { Ledger } from "../src/core/ledger";
import "./custom-functions";
import { useLedger } from "./ledger-source";

type Functions = typeof import("../src/functions/functions");

interface Resolver {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}

const SHIPPED = path.resolve(__dirname, "../src/functions/source.ts");
const BENCH = path.resolve(__dirname, "ledger-source.ts");

/**
 * Loads the functions module with its ledger source (the one seam between the formulas and
 * the data) resolved to the bench's, which answers from `ledger`.
 */
export async function addinFunctions(ledger: Ledger): Promise<Functions> {
  const loader = Module as unknown as Resolver;
  const resolve = loader._resolveFilename;
  let redirected = false;
  loader._resolveFilename = function (this: unknown, request, parent, ...rest) {
    const file = resolve.call(this, request, parent, ...rest);
    if (file !== SHIPPED) return file;
    redirected = true;
    return BENCH;
  };
  useLedger(ledger);
  try {
    const functions = await import("../src/functions/functions");
    if (!redirected) {
      throw new Error("the functions no longer read their ledger from src/functions/source.ts");
    }
    return functions;
  } finally {
    loader._resolveFilename = resolve;
  }
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
