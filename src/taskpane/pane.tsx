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
const TABS: Array<[TabId, string]> = [
  ["generate", "Generate"],
  ["import", "Import"],
  ["tracker", "Tracker"],
];

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
  const panels: Record<TabId, React.ReactNode> = {
    generate: <GeneratePanel ledger={currentLedger} deps={deps} />,
    import: <ImportPanel refs={refs} ledger={currentLedger} deps={importDeps} />,
    tracker: <TrackerPanel control={tracker} />,
  };
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}
        aria-label="Captrack"
      >
        {TABS.map(([id, label]) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`${id}-panel`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {/* every panel stays mounted, so a half-reviewed article survives a look at another tab */}
      {TABS.map(([id]) => (
        <div
          key={id}
          id={`${id}-panel`}
          role="tabpanel"
          aria-labelledby={`tab-${id}`}
          hidden={tab !== id}
          className={styles.panel}
        >
          {panels[id]}
        </div>
      ))}
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
