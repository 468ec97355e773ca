import { Ledger } from "../core/ledger";
import { LineRecord } from "../core/line";
import dataset from "./dataset.json";
import { references } from "./references";

/** The compiled dataset (see scripts/compile-dataset.ts): checked records and a version stamp. */
export interface Dataset {
  version: string;
  records: readonly LineRecord[];
}

let cached: Ledger | undefined;

/** The ledger of the dataset shipped inside the add-in; built once, on first use. */
export function embeddedLedger(): Ledger {
  if (!cached) {
    const data = dataset as unknown as Dataset;
    // the build already rejected bad records; none can be dropped here
    cached = Ledger.fromRecords(data.records, references(), data.version).ledger;
  }
  return cached;
}
