/* captrack: the core from the command line. Same answers and messages as the formulas. */
import { parseArgs } from "util";
import { CaptrackError } from "../core/errors";
import { capacity, Filters, linesOf } from "../core/query";
import { Ledger } from "../core/ledger";
import { embeddedLedger } from "../data/embedded";
import { extractCommand } from "./extract";
import { lineJson, table, toCsv, toText, trackerTable } from "./format";
import { workbookLedger } from "./workbook";
import { sheetCommand } from "./sheet";

export const USAGE = `usage:
  captrack capacity <query> [--material M] [--status S] [--as-of YYYY-MM-DD] [--unit t|kt|Mt|GWh|GWh-eq]
  captrack lines <query> [--material M] [--status S] [--as-of YYYY-MM-DD] [--json | --csv]
  captrack extract <file|-> [--json | --csv]
  captrack sheet <query> [--material M] [--status S] [--as-of YYYY-MM-DD] --xlsx FILE

<query> is a place, a company or a material; "*" means every line.
capacity, lines and sheet also take --workbook FILE.xlsx (add the lines of its Tracker table)
and --no-embedded (leave the embedded dataset out). lines --csv has the Tracker's columns.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const OPTIONS = {
  material: { type: "string" },
  status: { type: "string" },
  "as-of": { type: "string" },
  unit: { type: "string" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  xlsx: { type: "string" },
  workbook: { type: "string" },
  "no-embedded": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Runs one command; returns the exit status (0 done, 1 no answer or bad input), or a promise
 * of it for the commands that write files (sheet).
 */
export function main(argv: string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [command, query, ...extra] = positionals;
  if (values.help || command === "help") {
    io.out(USAGE + "\n");
    return 0;
  }
  if (command === "extract") return extractCommand(positionals.slice(1), values, io);
  // the workbook's Tracker lines are read from a file: those commands answer with a promise
  const own = values.workbook !== undefined || values["no-embedded"] === true;
  const withLedger = (run: (ledger: () => Ledger) => number | Promise<number>) => {
    if (!own) return run(embeddedLedger);
    return workbookLedger(values.workbook, !values["no-embedded"], io.err).then(
      (ledger) => run(() => ledger),
      (e) => {
        if (!(e instanceof CaptrackError)) throw e;
        io.err(`${e.message}\n`);
        return 1;
      }
    );
  };
  if (command === "sheet")
    return withLedger((ledger) => sheetCommand(positionals.slice(1), values, io, ledger));
  if (command !== "capacity" && command !== "lines") {
    io.err(
      `${command === undefined ? "no command given" : `unknown command "${command}"`}. Commands: capacity, lines, extract, sheet.\n${USAGE}\n`
    );
    return 1;
  }
  if (query === undefined || extra.length > 0) {
    const why =
      query === undefined
        ? "no query given"
        : `one query expected, got ${extra.length + 1}: quote a name with spaces ("Baotou Jigan")`;
    io.err(`${why}.\n${USAGE}\n`);
    return 1;
  }
  return withLedger((ledger) => answer(command, query, values, io, ledger()));
}

/** capacity and lines, from a ledger. */
function answer(
  command: "capacity" | "lines",
  query: string,
  values: { [k: string]: string | boolean | undefined },
  io: Io,
  ledger: Ledger
): number {
  const filters: Filters = {
    material: values.material as string | undefined,
    status: values.status as string | undefined,
    asOf: values["as-of"] as string | undefined,
    unit: values.unit as string | undefined,
  };
  try {
    if (command === "capacity") {
      if (values.json || values.csv)
        throw new CaptrackError("value", "--json and --csv go with lines, not capacity.");
      io.out(`${capacity(ledger, query, filters)}\n`);
      return 0;
    }
    if (values.unit)
      throw new CaptrackError(
        "value",
        "--unit goes with capacity; lines shows each line in its stated unit."
      );
    if (values.json && values.csv)
      throw new CaptrackError("value", "choose one of --json and --csv.");
    const found = linesOf(ledger, query, filters);
    if (values.json)
      io.out(
        JSON.stringify(
          found.map((l) => lineJson(ledger, l)),
          null,
          2
        ) + "\n"
      );
    else if (values.csv) io.out(toCsv(trackerTable(ledger, found)));
    else io.out(toText(table(ledger, found)));
    return 0;
  } catch (e) {
    if (e instanceof CaptrackError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  Promise.resolve(
    main(process.argv.slice(2), {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
    })
  ).then((status) => (process.exitCode = status));
}
