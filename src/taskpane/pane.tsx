/*
 * The task pane: Generate (the sheet generator), Import (lines from an article) and Tracker
 * (the workbook's own lines).
 */
import {
  FluentProvider,
  makeStyles,
  SelectTabData,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { References } from "../core/line";
import { references } from "../data/references";
import { currentLedger } from "../functions/source";
import { renderToExcel } from "../sheet/office";
import { addToTracker } from "../workbook/create";
import { GeneratePanel } from "./generate-panel";
import { ImportPanel } from "./import-panel";
import { TrackerControl, TrackerPanel } from "./tracker-panel";

const useStyles = makeStyles({
  provider: { backgroundColor: "transparent" },
  panel: { padding: `${tokens.spacingVerticalM} 0` },
});

type TabId = "generate" | "import" | "tracker";

export interface PaneOptions {
  /** null when the pane runs in Excel; otherwise why sheets cannot be written here */
  unavailable: () => string | null;
  /** null when lines can be added to the Tracker; otherwise why not */
  trackerUnavailable: () => string | null;
  /** the workbook's Tracker, in Excel; null elsewhere */
  tracker: TrackerControl | null;
}

/** Tables to check proposed lines against: checking adds their companies, so not the formulas' own. */
let proposalRefs: References | undefined;
const refs = () => (proposalRefs ??= references());

export function Pane({ unavailable, trackerUnavailable, tracker }: PaneOptions): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("generate");
  const deps = React.useMemo(() => ({ write: renderToExcel, unavailable }), [unavailable]);
  const importDeps = React.useMemo(
    () => ({ add: tracker ? tracker.add : addToTracker, unavailable: trackerUnavailable }),
    [tracker, trackerUnavailable]
  );
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}
        aria-label="Captrack"
      >
        <Tab id="tab-generate" value="generate" aria-controls="generate-panel">
          Generate
        </Tab>
        <Tab id="tab-import" value="import" aria-controls="import-panel">
          Import
        </Tab>
        <Tab id="tab-tracker" value="tracker" aria-controls="tracker-panel">
          Tracker
        </Tab>
      </TabList>
      <div
        id="generate-panel"
        role="tabpanel"
        aria-labelledby="tab-generate"
        hidden={tab !== "generate"}
        className={styles.panel}
      >
        <GeneratePanel ledger={currentLedger} deps={deps} />
      </div>
      <div
        id="import-panel"
        role="tabpanel"
        aria-labelledby="tab-import"
        hidden={tab !== "import"}
        className={styles.panel}
      >
        <ImportPanel refs={refs} ledger={currentLedger} deps={importDeps} />
      </div>
      <div
        id="tracker-panel"
        role="tabpanel"
        aria-labelledby="tab-tracker"
        hidden={tab !== "tracker"}
        className={styles.panel}
      >
        <TrackerPanel control={tracker} />
      </div>
    </FluentProvider>
  );
}

/** Why lines cannot be added to the Tracker here, or null when they can. */
export function trackerUnavailable(host: Office.HostType | null | undefined): () => string | null {
  return () => {
    if (host !== Office.HostType.Excel)
      return "This page is not running inside Excel. Open Captrack from the Home tab in Excel to add lines to the workbook.";
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8"))
      return "This version of Excel cannot make the Tracker table (it needs the Excel JavaScript API 1.8). Type the lines into a table named Tracker instead.";
    return null;
  };
}

/** Why sheets cannot be generated here, or null when they can. */
export function sheetsUnavailable(host: Office.HostType | null | undefined): () => string | null {
  return () => {
    if (host !== Office.HostType.Excel)
      return "This page is not running inside Excel. Open Captrack from the Home tab in Excel to generate sheets.";
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.12"))
      return "This version of Excel cannot keep track of the sheets Captrack makes (it needs the Excel JavaScript API 1.12, in Microsoft 365). The formulas still work.";
    return null;
  };
}

export function mountPane(element: HTMLElement, options: PaneOptions): void {
  createRoot(element).render(<Pane {...options} />);
}
