/*
 * The Generate tab: a query with suggestions, the filters, Generate, and what came of it.
 * Fluent UI React v9 components: labelled fields, keyboard navigation and screen-reader
 * announcements come with them.
 */
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { Ledger } from "../core/ledger";
import { STATUSES } from "../core/status";
import { generate, GenerateDeps, Outcome } from "./generate";
import { materialChoices, suggestQueries } from "./suggest";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  option: { display: "flex", flexDirection: "column" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  outcome: { marginTop: tokens.spacingVerticalM },
});

const INTENT: Record<Outcome["kind"], "success" | "warning" | "error" | "info"> = {
  done: "success",
  nothing: "warning",
  invalid: "warning",
  refused: "error",
  unavailable: "info",
};

export interface GeneratePanelProps {
  ledger: () => Ledger;
  deps: Omit<GenerateDeps, "ledger">;
}

export function GeneratePanel({ ledger, deps }: GeneratePanelProps): React.JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [material, setMaterial] = React.useState("");
  const [materialText, setMaterialText] = React.useState("");
  const [statuses, setStatuses] = React.useState<string[]>([]);
  const [asOf, setAsOf] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Outcome | null>(null);

  const suggestions = React.useMemo(() => suggestQueries(ledger(), query), [ledger, query]);
  const materials = React.useMemo(() => materialChoices(ledger()), [ledger]);
  const shownMaterials = React.useMemo(() => {
    const typed = materialText.trim().toLowerCase();
    const chosen = materials.find((m) => m.id === material);
    if (typed === "" || (chosen && chosen.name === materialText)) return materials;
    return materials.filter((m) => m.name.toLowerCase().includes(typed));
  }, [materials, material, materialText]);

  const materialName = (id: string) => materials.find((m) => m.id === id)?.name ?? null;

  const run = async (wanted = query, widen = false) => {
    setBusy(true);
    setResult(null);
    try {
      const request = widen
        ? { query: wanted }
        : {
            query: wanted,
            // the core reads a material by name; text typed but not picked is read the same way
            material: materialName(material) ?? (materialText.trim() || null),
            status: statuses.join(", ") || null,
            asOf: asOf || null,
          };
      if (widen) {
        setMaterial("");
        setMaterialText("");
        setStatuses([]);
        setAsOf("");
      }
      setResult(await generate(request, { ...deps, ledger }));
    } catch (e) {
      setResult({
        kind: "refused",
        title: "Captrack failed",
        message: e instanceof Error ? e.message : String(e),
        suggestions: [],
        widen: false,
      });
    } finally {
      setBusy(false);
    }
  };

  const useSuggestion = (name: string) => {
    setQuery(name);
    void run(name);
  };

  return (
    <form
      className={styles.form}
      aria-label="Generate a sheet"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void run();
      }}
    >
      <Field
        label="Place, company or material"
        hint='For example Baotou, BTR or lithium hydroxide; "*" for every line.'
      >
        <Combobox
          freeform
          value={query}
          placeholder="Type to search"
          onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, data) => setQuery(data.optionText ?? data.optionValue ?? "")}
        >
          {suggestions.map((s) => (
            <Option key={`${s.kind}|${s.text}`} value={s.text} text={s.text}>
              <span className={styles.option}>
                <span>{s.text}</span>
                <span className={styles.detail}>{s.detail}</span>
              </span>
            </Option>
          ))}
        </Combobox>
      </Field>

      <Field label="Material" hint="Only this material and its kinds.">
        <Combobox
          value={materialText}
          selectedOptions={material ? [material] : []}
          placeholder="All materials"
          clearable
          onChange={(e) => {
            setMaterialText((e.target as HTMLInputElement).value);
            if ((e.target as HTMLInputElement).value === "") setMaterial("");
          }}
          onOptionSelect={(_, data) => {
            setMaterial(data.optionValue ?? "");
            setMaterialText(data.optionText ?? "");
          }}
        >
          {shownMaterials.map((m) => (
            <Option key={m.id} value={m.id} text={m.name}>
              {`${"\u2003".repeat(m.depth)}${m.name}`}
            </Option>
          ))}
        </Combobox>
      </Field>

      <Field label="Status" hint="None chosen: every status but shelved and cancelled.">
        <Dropdown
          multiselect
          placeholder="All but shelved and cancelled"
          selectedOptions={statuses}
          value={statuses.join(", ")}
          onOptionSelect={(_, data) => setStatuses(data.selectedOptions)}
        >
          {STATUSES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label="As of" hint="Only what had been announced by this date; empty for today.">
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
      </Field>

      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          Generate
        </Button>
        {busy && <Spinner size="tiny" label="Generating the sheet…" />}
      </div>

      <div className={styles.outcome} aria-live="polite">
        {result && (
          <MessageBar intent={INTENT[result.kind]} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{result.title}</MessageBarTitle> {result.message}
            </MessageBarBody>
            {(result.suggestions.length > 0 || result.widen) && (
              <MessageBarActions>
                {result.suggestions.map((name) => (
                  <Button key={name} onClick={() => useSuggestion(name)}>
                    {`Use ${name}`}
                  </Button>
                ))}
                {result.widen && (
                  <Button onClick={() => void run(query, true)}>Without filters</Button>
                )}
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>
    </form>
  );
}
