/*
 * The task pane: two tabs, Generate (the sheet generator) and Import (articles, to come).
 */
import {
  FluentProvider,
  makeStyles,
  SelectTabData,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { currentLedger } from "../functions/source";
import { renderToExcel } from "../sheet/office";
import { GeneratePanel } from "./generate-panel";

const useStyles = makeStyles({
  provider: { backgroundColor: "transparent" },
  panel: { padding: `${tokens.spacingVerticalM} 0` },
});

type TabId = "generate" | "import";

export interface PaneOptions {
  /** null when the pane runs in Excel; otherwise why sheets cannot be written here */
  unavailable: () => string | null;
}

export function Pane({ unavailable }: PaneOptions): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("generate");
  const deps = React.useMemo(() => ({ write: renderToExcel, unavailable }), [unavailable]);
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
        <Text>
          Import from an article: paste a news article to review the lines it announces (coming
          next).
        </Text>
      </div>
    </FluentProvider>
  );
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
