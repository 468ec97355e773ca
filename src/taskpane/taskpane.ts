import dataset from "../data/dataset.json";
import { Dataset } from "../data/embedded";
import { LineRecord } from "../core/line";
import { addToTracker, startTracker } from "../workbook/create";
import { embeddedSetting, saveEmbeddedSetting } from "../workbook/settings";
import { TrackerWatch } from "../workbook/watch";
import { describeDataset } from "./describe";
import { mountPane, sheetsUnavailable, trackerUnavailable } from "./pane";
import { TrackerControl } from "./tracker-panel";

/** The Tracker tab and the importer over the watch that keeps the formulas' ledger in step. */
function trackerControl(watch: TrackerWatch): TrackerControl {
  return {
    state: () => watch.state(),
    onState: (listener) => watch.onState(listener),
    cellOf: (problem) => watch.cellOf(problem),
    select: (problem) => watch.select(problem),
    start: async () => {
      const made = await startTracker();
      await watch.ensure();
      return made;
    },
    add: async (records: LineRecord[]) => {
      const result = await addToTracker(records);
      // a Tracker made by the import is watched from now on
      await watch.ensure();
      return result;
    },
    setEmbedded: async (embedded) => {
      watch.setEmbedded(embedded);
      await saveEmbeddedSetting(embedded);
    },
  };
}

Office.onReady((info) => {
  const target = document.getElementById("dataset");
  if (target) target.textContent = describeDataset();
  const inExcel = info.host === Office.HostType.Excel;
  const watch = inExcel ? new TrackerWatch(dataset as unknown as Dataset, embeddedSetting()) : null;
  const root = document.getElementById("root");
  if (root)
    mountPane(root, {
      unavailable: sheetsUnavailable(info.host),
      trackerUnavailable: trackerUnavailable(info.host),
      tracker: watch ? trackerControl(watch) : null,
    });
  // the workbook's Tracker lines join the formulas' ledger, and follow its edits
  watch?.start().catch((e: Error) => {
    // formulas still answer from the embedded dataset
    console.warn(`Captrack could not read the Tracker table: ${e.message}`);
  });
});
