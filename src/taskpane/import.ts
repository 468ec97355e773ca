/*
 * What the Import tab's buttons do, apart from its widgets: read an article into proposed lines,
 * and add the accepted ones to the Tracker, saying what happened in words a user can act on.
 */
import { CaptrackError } from "../core/errors";
import { LineRecord, References } from "../core/line";
import { extractLines } from "../extract/extract";
import { checkArticle } from "../extract/input";
import { TrackerAddition } from "../workbook/create";
import {
  ArticleSource,
  checkProposal,
  checkSource,
  Proposal,
  proposalOf,
  sourceOf,
} from "../workbook/proposals";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  message: string;
}

export interface Reading {
  proposals: Proposal[];
  source: ArticleSource;
  notice: Notice | null;
}

/** The largest text file the pane reads: an article, not a book. */
export const MAX_FILE_BYTES = 2_000_000;

/** An article's text (pasted, or a file's) as proposed lines, or why it cannot be read. */
export function readArticle(text: string, refs?: References): Reading {
  try {
    checkArticle(text, "The article");
  } catch (e) {
    if (!(e instanceof CaptrackError)) throw e;
    return {
      proposals: [],
      source: sourceOf("", []),
      notice: { intent: "warning", title: "Nothing to read", message: e.message },
    };
  }
  const lines = extractLines(text, refs);
  const source = sourceOf(text, lines);
  if (lines.length === 0) {
    return {
      proposals: [],
      source,
      notice: {
        intent: "info",
        title: "No production lines found",
        message:
          "Captrack proposes a line where the text names a plant, mine or refinery with its company, material and capacity (or a plant announced without one). Market shares, sales, prices, reserves and last year's output are not capacities.",
      },
    };
  }
  return { proposals: lines.map(proposalOf), source, notice: null };
}

/** Reads a picked file as text, refusing what is not a text file of article size. */
export async function readFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new CaptrackError(
      "value",
      `${file.name} is ${(file.size / 1e6).toFixed(1)} MB: open a text file of one article (at most 2 MB).`
    );
  }
  const text = await file.text();
  return checkArticle(text, file.name);
}

export interface AddDeps {
  refs: () => References;
  /** adds records to the Tracker (addToTracker in Excel) */
  add: (records: LineRecord[]) => Promise<TrackerAddition>;
  /** null when the workbook can be written; otherwise why not */
  unavailable: () => string | null;
}

export interface Added {
  notice: Notice;
  /** what became of each proposal, by index: "added to row 7", "already in row 3" */
  marks: Map<number, string>;
}

/** Adds the accepted proposals that are right; says which were added, tracked already or wrong. */
export async function addAccepted(
  proposals: readonly Proposal[],
  source: ArticleSource,
  deps: AddDeps
): Promise<Added> {
  const marks = new Map<number, string>();
  const wanted = proposals.map((p, i) => ({ p, i })).filter(({ p }) => p.accepted);
  if (wanted.length === 0) {
    return {
      marks,
      notice: {
        intent: "warning",
        title: "No line ticked",
        message: "Tick the lines to add to the Tracker, then press Add.",
      },
    };
  }
  const sourceProblems = checkSource(source);
  if (sourceProblems.length > 0) {
    return {
      marks,
      notice: { intent: "warning", title: "The article needs", message: sourceProblems.join(" ") },
    };
  }
  const refs = deps.refs();
  const records: LineRecord[] = [];
  const index: number[] = [];
  let wrong = 0;
  for (const { p, i } of wanted) {
    const checked = checkProposal(p, source, refs);
    if ("problems" in checked) {
      wrong++;
      marks.set(i, `not added: ${checked.problems.join("; ")}`);
    } else {
      records.push(checked.record);
      index.push(i);
    }
  }
  if (records.length === 0) {
    return {
      marks,
      notice: {
        intent: "warning",
        title: "Nothing added",
        message: `The ticked line${wrong > 1 ? "s need" : " needs"} correcting first: see the message under ${wrong > 1 ? "each" : "it"}.`,
      },
    };
  }
  const why = deps.unavailable();
  if (why !== null) {
    return {
      marks,
      notice: { intent: "info", title: "Lines can be added only in Excel", message: why },
    };
  }
  let result: TrackerAddition;
  try {
    result = await deps.add(records);
  } catch (e) {
    return {
      marks,
      notice: {
        intent: "error",
        title: "The Tracker was not changed",
        message: (e as Error)?.message ?? String(e),
      },
    };
  }
  let added = 0;
  let tracked = 0;
  index.forEach((i, k) => {
    const row = result.rows[k];
    const same = result.tracked[k];
    if (row !== null) {
      added++;
      marks.set(i, `added to the Tracker, row ${row}`);
    } else if (same !== null) {
      tracked++;
      marks.set(
        i,
        same > 0
          ? `already in the Tracker, row ${same}: not added twice`
          : `the same as line ${index[-same - 1] + 1} above: not added twice`
      );
    }
  });
  const parts = [
    `${added} line${added === 1 ? "" : "s"} added to the Tracker${result.created ? " (the Tracker sheet was made for them)" : ""}.`,
  ];
  if (tracked > 0) parts.push(`${tracked} already there, not added twice.`);
  if (wrong > 0) parts.push(`${wrong} need${wrong === 1 ? "s" : ""} correcting first.`);
  return {
    marks,
    notice: {
      intent: added > 0 ? "success" : "warning",
      title: added > 0 ? "Added" : "Nothing new",
      message: parts.join(" "),
    },
  };
}
