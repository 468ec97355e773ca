/*
 * The Import tab: an article (pasted or opened from a .txt file), Extract, then the proposed
 * lines to review, each with the sentence it came from highlighted in the article, its fields
 * editable, a tick to accept it, and Add. The article is shown as text, never as HTML.
 */
import {
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { Ledger } from "../core/ledger";
import { References } from "../core/line";
import { STATUSES } from "../core/status";
import {
  ArticleSource,
  checkLine,
  checkSource,
  inDataset,
  Proposal,
  ProposalField,
} from "../workbook/proposals";
import { addAccepted, AddDeps, Notice, readArticle, readFile } from "./import";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  article: {
    position: "relative",
    maxHeight: "180px",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  evidence: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit" },
  focused: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: "inherit",
    outline: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  lines: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  line: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  lineFocused: { border: `1px solid ${tokens.colorBrandStroke1}` },
  quote: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
  },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  input: { minWidth: 0, width: "100%" },
  wide: { gridColumn: "1 / span 2" },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  mark: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The fields of a line as the review shows them, two to a row. */
const FIELDS: Array<[ProposalField, string]> = [
  ["company", "Company"],
  ["material", "Material"],
  ["capacity", "Capacity"],
  ["unit", "Unit"],
  ["phase", "Phase"],
  ["site", "Site"],
  ["city", "City"],
  ["region", "Region"],
  ["country", "Country"],
];

/** "20000" as 20,000; what is no number stays as typed (its problem is shown under the card). */
function amount(text: string): string {
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n.toLocaleString("en-US") : text;
}

export interface ImportPanelProps {
  refs: () => References;
  /** the formulas' ledger: a proposal its dataset already holds is said so */
  ledger: () => Ledger;
  deps: Omit<AddDeps, "refs">;
}

/** The article with every line's sentence marked, the focused one more strongly; text nodes only. */
function ArticleText({
  text,
  proposals,
  focus,
}: {
  text: string;
  proposals: readonly Proposal[];
  focus: number | null;
}): React.JSX.Element {
  const styles = useStyles();
  const spans = React.useMemo(() => {
    const seen = new Map<number, { start: number; end: number; lines: number[] }>();
    proposals.forEach((p, i) => {
      const s = seen.get(p.evidence.start);
      if (s) s.lines.push(i);
      else seen.set(p.evidence.start, { start: p.evidence.start, end: p.evidence.end, lines: [i] });
    });
    return [...seen.values()].sort((a, b) => a.start - b.start);
  }, [proposals]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    const strong = focus !== null && span.lines.includes(focus);
    parts.push(
      <mark
        key={span.start}
        id={strong ? "import-focused-sentence" : undefined}
        data-lines={span.lines.map((l) => l + 1).join(" ")}
        className={strong ? styles.focused : styles.evidence}
      >
        {text.slice(span.start, span.end)}
      </mark>
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return (
    <div
      className={styles.article}
      role="document"
      aria-label="The article, sentences with lines marked"
      id="import-article"
    >
      {parts}
    </div>
  );
}

/** The taxonomy's names that contain what is typed (all of them for a name already right). */
function materialOptions(names: readonly string[], typed: string): string[] {
  const t = typed.trim().toLowerCase();
  if (t === "" || names.some((n) => n.toLowerCase() === t)) return [...names];
  return names.filter((n) => n.toLowerCase().includes(t));
}

function LineReview({
  index,
  proposal,
  materials,
  problems,
  known,
  mark,
  focused,
  onChange,
  onFocus,
}: {
  index: number;
  proposal: Proposal;
  /** the taxonomy's material names, offered in the material field */
  materials: readonly string[];
  problems: string[];
  /** what Captrack's dataset already says of this line, if it holds it */
  known: string | undefined;
  mark: string | undefined;
  focused: boolean;
  onChange: (next: Proposal) => void;
  onFocus: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const set = (field: ProposalField, value: string) => onChange({ ...proposal, [field]: value });
  const n = index + 1;
  const summary = [
    proposal.company || "no company",
    proposal.material,
    proposal.capacity ? `${amount(proposal.capacity)} ${proposal.unit}` : "capacity undisclosed",
  ].join(" · ");
  return (
    <section
      className={`${styles.line} ${focused ? styles.lineFocused : ""}`}
      aria-label={`Line ${n}`}
      data-line={n}
      onFocus={onFocus}
    >
      <Checkbox
        checked={proposal.accepted}
        onChange={(_, data) => onChange({ ...proposal, accepted: data.checked === true })}
        label={`${n}. ${summary}${proposal.kind === "aggregate" ? " (a total over many lines)" : ""}`}
      />
      <p className={styles.quote} onClick={onFocus} title="Show in the article">
        {`“${proposal.evidence.sentence}”`}
      </p>
      <div className={styles.fields}>
        {FIELDS.map(([field, label]) =>
          field === "material" ? (
            <Field key={field} label={label} size="small">
              <Combobox
                size="small"
                freeform
                className={styles.input}
                value={proposal.material}
                aria-label={`Line ${n} material`}
                onChange={(e) => set("material", (e.target as HTMLInputElement).value)}
                onOptionSelect={(_, data) => set("material", data.optionText ?? proposal.material)}
              >
                {materialOptions(materials, proposal.material).map((m) => (
                  <Option key={m} value={m}>
                    {m}
                  </Option>
                ))}
              </Combobox>
            </Field>
          ) : (
            <Field key={field} label={label} size="small">
              <Input
                size="small"
                className={styles.input}
                value={proposal[field]}
                aria-label={`Line ${n} ${label.toLowerCase()}`}
                onChange={(_, data) => set(field, data.value)}
              />
            </Field>
          )
        )}
        <Field label="Status" size="small">
          <Dropdown
            size="small"
            className={styles.input}
            aria-label={`Line ${n} status`}
            value={proposal.status}
            selectedOptions={[proposal.status]}
            onOptionSelect={(_, data) => set("status", data.optionValue ?? proposal.status)}
          >
            {STATUSES.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {problems.length > 0 && (
        <div className={styles.problem} role="alert">
          {problems.join("; ")}
        </div>
      )}
      {known && <div className={styles.mark}>{known}</div>}
      {mark && (
        <div className={styles.mark} data-mark>
          {mark}
        </div>
      )}
    </section>
  );
}

export function ImportPanel({ refs, ledger, deps }: ImportPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [article, setArticle] = React.useState("");
  const [proposals, setProposals] = React.useState<Proposal[]>([]);
  const [source, setSource] = React.useState<ArticleSource>({
    url: "",
    title: "",
    publisher: "",
    date: "",
  });
  const [focus, setFocus] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [marks, setMarks] = React.useState<Map<number, string>>(new Map());
  const [busy, setBusy] = React.useState(false);
  const [tried, setTried] = React.useState(false);
  const file = React.useRef<HTMLInputElement>(null);

  const extract = (body = text) => {
    const reading = readArticle(body, refs());
    setArticle(body);
    setProposals(reading.proposals);
    setSource(reading.source);
    setNotice(reading.notice);
    setMarks(new Map());
    setFocus(reading.proposals.length > 0 ? 0 : null);
    setTried(false);
  };

  const open = async (picked: File | undefined) => {
    if (!picked) return;
    try {
      const body = await readFile(picked);
      setText(body);
      extract(body);
    } catch (e) {
      setNotice({
        intent: "warning",
        title: "That file cannot be read",
        message: (e as Error).message,
      });
    } finally {
      if (file.current) file.current.value = "";
    }
  };

  const add = async () => {
    setBusy(true);
    setTried(true);
    try {
      const result = await addAccepted(proposals, source, { ...deps, refs });
      setMarks(result.marks);
      setNotice(result.notice);
      // added lines are unticked, so pressing Add again adds nothing twice
      setProposals((ps) =>
        ps.map((p, i) => (result.marks.get(i)?.startsWith("added") ? { ...p, accepted: false } : p))
      );
    } finally {
      setBusy(false);
    }
  };

  // the focused line's sentence is scrolled into the article's box; the pane itself stays still
  React.useEffect(() => {
    const box = document.getElementById("import-article");
    const mark = document.getElementById("import-focused-sentence");
    if (box && mark) box.scrollTop = mark.offsetTop - 8;
  }, [focus]);

  // each proposal read as a line once a render: what is wrong with it, or what the dataset has
  const checks = React.useMemo(
    () => proposals.map((p) => checkLine(p, source, refs())),
    [proposals, source, refs]
  );
  const problems = checks.map((c) => ("problems" in c ? c.problems : []));
  const known = React.useMemo(() => {
    const lines = ledger().lines;
    return checks.map((c) => {
      const same = "line" in c ? inDataset(c.line, lines) : undefined;
      return same
        ? `Captrack's dataset has this line already (${same.source.publisher ?? same.source.title}, ${same.reported}).`
        : undefined;
    });
  }, [checks, ledger]);
  const materials = React.useMemo(
    () => [...refs().materials.all()].filter((m) => m.parent !== null).map((m) => m.name),
    [refs]
  );
  // the article's fields are flagged once Add was pressed without them, not while being typed
  const sourceProblems = tried ? checkSource(source) : [];
  const ticked = proposals.filter((p) => p.accepted).length;

  return (
    <div className={styles.form}>
      {/* the form is the article alone: Enter in a line's field must not read the article again */}
      <form
        className={styles.form}
        aria-label="Import from an article"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          extract();
        }}
      >
        <Field label="Article" hint="Paste the text of a news article, or open a .txt file.">
          <Textarea
            id="import-text"
            value={text}
            rows={6}
            resize="vertical"
            onChange={(_, data) => setText(data.value)}
          />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" type="submit">
            Extract
          </Button>
          <Button onClick={() => file.current?.click()}>Open a .txt file</Button>
          <input
            ref={file}
            className={styles.hidden}
            type="file"
            accept=".txt,text/plain"
            aria-label="Article file"
            onChange={(e) => void open(e.target.files?.[0])}
          />
        </div>
      </form>

      {proposals.length > 0 && (
        <>
          <ArticleText text={article} proposals={proposals} focus={focus} />
          <fieldset className={styles.fields} aria-label="The article">
            <Field
              className={styles.wide}
              label="Article address"
              required
              size="small"
              validationMessage={sourceProblems.find((p) => p.includes("address"))}
            >
              <Input
                size="small"
                className={styles.input}
                type="url"
                placeholder="https://"
                value={source.url}
                onChange={(_, data) => setSource({ ...source, url: data.value })}
              />
            </Field>
            <Field className={styles.wide} label="Title" size="small">
              <Input
                size="small"
                className={styles.input}
                value={source.title}
                onChange={(_, data) => setSource({ ...source, title: data.value })}
              />
            </Field>
            <Field label="Publisher" size="small">
              <Input
                size="small"
                className={styles.input}
                value={source.publisher}
                onChange={(_, data) => setSource({ ...source, publisher: data.value })}
              />
            </Field>
            <Field
              label="Date"
              required
              size="small"
              validationMessage={sourceProblems.find((p) => p.includes("date"))}
            >
              <Input
                size="small"
                className={styles.input}
                placeholder="YYYY-MM-DD"
                value={source.date}
                onChange={(_, data) => setSource({ ...source, date: data.value })}
              />
            </Field>
          </fieldset>
          <div className={styles.lines} aria-label="Proposed lines" role="group">
            {proposals.map((p, i) => (
              <LineReview
                key={i}
                index={i}
                proposal={p}
                materials={materials}
                problems={problems[i]}
                known={known[i]}
                mark={marks.get(i)}
                focused={focus === i}
                onFocus={() => setFocus(i)}
                onChange={(next) => setProposals((ps) => ps.map((q, k) => (k === i ? next : q)))}
              />
            ))}
          </div>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy || ticked === 0} onClick={() => void add()}>
              {`Add ${ticked} line${ticked === 1 ? "" : "s"} to the Tracker`}
            </Button>
            {busy && <Spinner size="tiny" label="Adding…" />}
          </div>
        </>
      )}

      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
