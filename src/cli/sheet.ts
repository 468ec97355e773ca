/* captrack sheet: the worksheet the task pane's Generate makes, written to an .xlsx file. */
import { writeFile } from "fs/promises";
import { CaptrackError } from "../core/errors";
import { Ledger } from "../core/ledger";
import { embeddedLedger } from "../data/embedded";
import { describePlan } from "../sheet/describe";
import { planSheet } from "../sheet/plan";
import { planToXlsx } from "../sheet/xlsx";

export interface SheetIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface SheetOptions {
  material?: string;
  status?: string;
  "as-of"?: string;
  xlsx?: string;
  unit?: string;
  json?: boolean;
  csv?: boolean;
}

/** `captrack sheet <query> [filters] --xlsx FILE`; resolves to the exit status. */
export async function sheetCommand(
  args: string[],
  options: SheetOptions,
  io: SheetIo,
  ledger: () => Ledger = embeddedLedger
): Promise<number> {
  try {
    const [query, ...extra] = args;
    if (query === undefined) throw new CaptrackError("value", "no query given.");
    if (extra.length > 0)
      throw new CaptrackError(
        "value",
        `one query expected, got ${extra.length + 1}: quote a name with spaces ("Baotou Jigan").`
      );
    if (!options.xlsx)
      throw new CaptrackError("value", "sheet needs --xlsx FILE: the workbook to write.");
    if (options.unit)
      throw new CaptrackError(
        "value",
        "--unit goes with capacity; the sheet shows every unit its lines have."
      );
    if (options.json || options.csv)
      throw new CaptrackError("value", "--json and --csv go with lines, not sheet.");
    const plan = planSheet(ledger(), {
      query,
      material: options.material,
      status: options.status,
      asOf: options["as-of"],
    });
    const bytes = await planToXlsx(plan);
    try {
      await writeFile(options.xlsx, bytes);
    } catch (e) {
      throw new CaptrackError("value", `cannot write ${options.xlsx}: ${(e as Error).message}`);
    }
    io.out(`Wrote ${options.xlsx}: sheet "${plan.name}": ${describePlan(plan)}.\n`);
    return 0;
  } catch (e) {
    if (e instanceof CaptrackError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
