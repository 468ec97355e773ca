import dataset from "../data/dataset.json";
import { Dataset } from "../data/embedded";
import { TrackerWatch } from "../workbook/watch";
import { describeDataset } from "./describe";
import { mountPane, sheetsUnavailable } from "./pane";

/** The workbook's Tracker lines join the formulas' ledger, and follow its edits. */
async function watchTracker(): Promise<void> {
  try {
    await new TrackerWatch(dataset as unknown as Dataset).start();
  } catch (e) {
    // formulas still answer from the embedded dataset
    console.warn(`Captrack could not read the Tracker table: ${(e as Error).message}`);
  }
}

Office.onReady((info) => {
  const target = document.getElementById("dataset");
  if (target) target.textContent = describeDataset();
  const root = document.getElementById("root");
  if (root) mountPane(root, { unavailable: sheetsUnavailable(info.host) });
  if (info.host === Office.HostType.Excel) void watchTracker();
});
