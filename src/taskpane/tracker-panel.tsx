/*
 * The Tracker tab: start a Tracker table, see how many of the workbook's own lines the formulas
 * count, go to each row that cannot be a line, and turn the embedded dataset off for a workbook
 * that should count only its own lines.
 */
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { LineRecord } from "../core/line";
import { TrackerAddition } from "../workbook/create";
import { RowProblem } from "../workbook/rows";
import { TrackerState } from "../workbook/watch";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
});

/** What the tab needs of the workbook: TrackerWatch in Excel, a stand-in in tests. */
export interface TrackerControl {
  state(): TrackerState;
  onState(listener: (state: TrackerState) => void): () => void;
  cellOf(problem: RowProblem): string;
  select(problem: RowProblem): Promise<void>;
  /** makes the Tracker table; false when there is one already */
  start(): Promise<boolean>;
  /** adds imported lines, then watches the Tracker if it was just made */
  add(records: LineRecord[]): Promise<TrackerAddition>;
  setEmbedded(embedded: boolean): Promise<void>;
}

export function TrackerPanel({ control }: { control: TrackerControl | null }): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<TrackerState | null>(() => control?.state() ?? null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!control) return undefined;
    setState(control.state());
    return control.onState(setState);
  }, [control]);

  if (!control || !state) {
    return (
      <Text>
        The Tracker table is read inside Excel: open Captrack from the Home tab in Excel to count
        your own lines.
      </Text>
    );
  }
  const attempt = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
    } catch (e) {
      setError((e as Error)?.message ?? String(e));
    }
  };
  const own = `${state.lines} line${state.lines === 1 ? "" : "s"}`;
  return (
    <div className={styles.panel}>
      {state.found ? (
        <Text role="status">
          {`The formulas count the Tracker's ${own}${state.embedded ? " with Captrack's dataset" : " alone"}.`}
          {state.overridden > 0 &&
            ` ${state.overridden} dataset line${state.overridden === 1 ? " is" : "s are"} replaced by your own.`}
        </Text>
      ) : (
        <>
          <Text role="status">
            This workbook has no Tracker table. Start one to type your own lines (or add them from
            an article): the formulas count them as soon as they are typed.
          </Text>
          <Button appearance="primary" onClick={() => void attempt(() => control.start())}>
            Start a tracker
          </Button>
        </>
      )}
      <Switch
        checked={state.embedded}
        label="Count Captrack's dataset too"
        onChange={(_, data) => void attempt(() => control.setEmbedded(data.checked))}
      />
      {state.problems.length > 0 && (
        <section aria-label="Rows not counted">
          <Text weight="semibold">
            {`${state.problems.length} row${state.problems.length === 1 ? " is" : "s are"} not counted:`}
          </Text>
          <ul className={styles.problems}>
            {state.problems.map((p) => (
              <li key={`${p.row}|${p.column}|${p.message}`} className={styles.problem}>
                <Link
                  as="button"
                  onClick={() => void attempt(() => control.select(p))}
                  aria-label={`Go to ${control.cellOf(p)}`}
                >
                  {`Row ${p.row}`}
                </Link>
                {`: ${p.message}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
