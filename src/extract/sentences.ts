/**
 * Stage 1: sentences. A sentence ends at . ! ? 。 before a capital, a digit or a quote, unless
 * the word before the stop is an abbreviation or an initial (Co., Ltd., Feb., U.S.) and the next
 * word does not plainly start a sentence. A line break ends a sentence too (headlines, datelines
 * and paragraphs have no stop), except inside a hard-wrapped paragraph: a line that ends without
 * a stop and a next line that starts in lower case, or, in a text wrapped at a fixed width (a
 * newsletter, a plain-text release), a line that runs to that width. Over-long runs are cut so
 * that no later stage ever works on more than a bounded number of tokens at once.
 */
import { ABBREVIATIONS, NAME_TITLES, SENTENCE_STARTERS } from "./lexicon";
import { isAcronym, Kind, Token } from "./tokens";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** a headline: most of its words capitalised, no final stop */
  headline: boolean;
  /** a headline, or the article's first line without a final stop: a title */
  title: boolean;
  /** a link to other stories ("Related: …", "Read also", the list under them): not the article */
  aside?: boolean;
}

/** No sentence is longer than this many tokens: a cut keeps every stage's work bounded. */
export const MAX_SENTENCE_TOKENS = 160;

const STOPS = new Set([".", "!", "?", "。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "$", "€", "£", "¥", "•"]);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === Kind.Word) return t.cap;
  if (t.kind === Kind.Number || t.kind === Kind.Cjk) return true;
  return OPENERS.has(t.text);
}

function isAbbreviation(t: Token | undefined): boolean {
  if (!t || t.kind !== Kind.Word) return false;
  if (t.text.length === 1) return true; // an initial: J. P. Morgan, U.S.
  return ABBREVIATIONS.has(t.norm);
}

function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== Kind.Word) continue;
    words++;
    if (t.cap || isAcronym(t)) capitals++;
  }
  const last = tokens[tokens.length - 1];
  return words >= 3 && capitals / words >= 0.6 && !STOPS.has(last.text);
}

export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  const rows = rowsOf(tokens);
  const wraps = wrapsOf(tokens);
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const slice = tokens.slice(from, to);
    sentences.push({
      index: sentences.length,
      start: slice[0].start,
      end: slice[slice.length - 1].end,
      tokens: slice,
      headline: isHeadline(slice),
      title:
        isHeadline(slice) || (sentences.length === 0 && !STOPS.has(slice[slice.length - 1].text)),
    });
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > from && t.newline && !wraps.has(i) && breaksLine(tokens, i, rows)) close(i);
    if (i - from >= MAX_SENTENCE_TOKENS) close(i);
    if (t.kind !== Kind.Punct || !STOPS.has(t.text)) continue;
    // "| ~1 GWh (ph. 1) | Fit-out": a stop inside a table's row ends no sentence
    if (rows !== NO_ROWS && rows.firstBar[i] >= 0 && rows.firstBar[i] < i && rows.lastBar[i] > i)
      continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end].kind === Kind.Punct && !tokens[end].space) {
      if (!CLOSERS.has(tokens[end].text) && !STOPS.has(tokens[end].text)) break;
      end++;
    }
    const next = tokens[end];
    if (next && (!next.space || !startsSentence(next))) continue;
    if (t.text === "." && NAME_TITLES.has(tokens[i - 1]?.norm ?? "")) continue;
    // "Jiangsu Lopal Tech. Co., Ltd.": a name shortened before its legal form goes on
    if (
      t.text === "." &&
      tokens[i - 1]?.cap &&
      /^(co|ltd|inc|corp)$/.test(next?.norm ?? "") &&
      /^[.,]$/.test(tokens[end + 1]?.text ?? "")
    )
      continue;
    if (t.text === "." && isAbbreviation(tokens[i - 1]) && next) {
      // "Co. Ltd", "Feb. 14", "U.S. lithium": a stop only before a plain sentence opener
      if (!(next.kind === Kind.Word && SENTENCE_STARTERS.has(next.norm))) continue;
    }
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  markAsides(sentences);
  return sentences;
}

/** A sentence that ends with a stop (a quote or bracket may close after it): body text, no headline. */
export function endsWithStop(s: Sentence): boolean {
  for (let k = s.tokens.length - 1; k >= 0; k--) {
    const t = s.tokens[k].text;
    if (STOPS.has(t)) return true;
    if (!CLOSERS.has(t)) return false;
  }
  return false;
}

/** "Related news:", "Read also", "Most Read from Bloomberg", "See also": a heading of links. */
function linksHeading(tokens: readonly Token[]): boolean {
  const w = tokens.filter((t) => t.kind === Kind.Word).map((t) => t.norm);
  const [a, b, c] = w;
  if (
    a === "related" &&
    (b === undefined ||
      tokens[1]?.text === ":" ||
      /^(news|articles?|stories|links|reading|content|posts?|coverage|topics)$/.test(b))
  )
    return true;
  if ((a === "read" || a === "see") && /^(also|more|next)$/.test(b ?? "")) return true;
  if (a === "also" && b === "read") return true;
  if ((a === "most" && b === "read") || (a === "more" && /^(from|on|news|stories)$/.test(b ?? "")))
    return true;
  return a === "you" && b === "may" && /^(also|like)$/.test(c ?? "");
}

/**
 * A links heading, and the lines under it that are links (no final stop, or a bullet): other
 * stories' headlines, whose plants are not this article's. "Related news: Vale Indonesia, Huayou
 * start construction of …" is a link of its own.
 */
function markAsides(sentences: Sentence[]): void {
  let under = false;
  for (const s of sentences) {
    const first = s.tokens[0];
    const bullet = first.text === "-" || first.text === "•" || first.text === "*";
    const stop = STOPS.has(s.tokens[s.tokens.length - 1].text);
    if (linksHeading(s.tokens.slice(0, 4))) {
      s.aside = true;
      under = true;
    } else if (under && first.newline && (bullet || !stop)) s.aside = true;
    else under = false;
  }
}

/**
 * The line breaks of a text wrapped at a fixed width that only wrap a sentence: "The real story
 * is Stage 2 - the⏎10,000 t/yr … facility". The width is that of the widest line a paragraph
 * goes on after (at most 130; a longer title aside); the text is wrapped so when three lines or
 * more run to within 25 characters of it without a stop and no more than one line is longer.
 * Such a line goes on in the next unless that one opens a list item, and a table's row or rule
 * is always a line of its own.
 */
function wrapsOf(tokens: readonly Token[]): Set<number> {
  const wraps = new Set<number>();
  // each line's first token, its end, and its width
  const starts: number[] = [0];
  for (let k = 1; k < tokens.length; k++) if (tokens[k].newline) starts.push(k);
  if (starts.length < 4) return wraps;
  const end = (n: number) => (n + 1 < starts.length ? starts[n + 1] : tokens.length);
  const widths = starts.map((from, n) => tokens[end(n) - 1].end - tokens[from].start);
  const cells = starts.map((from, n) => {
    const line = tokens.slice(from, end(n));
    return line.some((t) => t.text === "|") || line.every((t) => t.kind === Kind.Punct);
  });
  let widest = 0;
  for (let n = 0; n + 1 < starts.length; n++)
    if (!tokens[starts[n + 1]].paragraph && !cells[n]) widest = Math.max(widest, widths[n]);
  if (widest === 0 || widest > 130) return wraps;
  // (a text of long unwrapped paragraphs, whose headings run on into them, is not wrapped)
  let longer = 0;
  for (let n = 1; n < starts.length; n++) if (!cells[n] && widths[n] > widest + 10) longer++;
  if (longer > 1) return wraps;
  const full = (n: number) => {
    const last = tokens[end(n) - 1];
    // (a closing bracket or quote ends the sentence only after a stop: '… said.")')
    const beforeLast = tokens[end(n) - 2];
    return (
      !cells[n] &&
      widths[n] >= widest - 25 &&
      !STOPS.has(last.text) &&
      !(CLOSERS.has(last.text) && beforeLast !== undefined && STOPS.has(beforeLast.text))
    );
  };
  let fullLines = 0;
  for (let n = 0; n + 1 < starts.length; n++) if (full(n)) fullLines++;
  if (fullLines < 3) return wraps;
  for (let n = 0; n + 1 < starts.length; n++) {
    const next = tokens[starts[n + 1]];
    const after = tokens[starts[n + 1] + 1];
    const item =
      /^[-•*]$/.test(next.text) ||
      (next.kind === Kind.Number && /^[.)]$/.test(after?.text ?? "") && !after?.space);
    if (full(n) && !next.paragraph && !item && !cells[n + 1]) wraps.add(starts[n + 1]);
  }
  return wraps;
}

/** The table rows of a text: for each token, the first and last "|" of its line, or -1. */
interface Rows {
  firstBar: Int32Array;
  lastBar: Int32Array;
}

const NO_ROWS: Rows = { firstBar: new Int32Array(0), lastBar: new Int32Array(0) };

function rowsOf(tokens: readonly Token[]): Rows {
  // (most texts have no table: nothing to mark)
  if (!tokens.some((t) => t.text === "|")) return NO_ROWS;
  const firstBar = new Int32Array(tokens.length).fill(-1);
  const lastBar = new Int32Array(tokens.length).fill(-1);
  let start = 0;
  const end = (to: number) => {
    let first = -1;
    let last = -1;
    for (let k = start; k < to; k++)
      if (tokens[k].text === "|") {
        if (first < 0) first = k;
        last = k;
      }
    if (first >= 0) for (let k = start; k < to; k++) ((firstBar[k] = first), (lastBar[k] = last));
    start = to;
  };
  for (let k = 1; k < tokens.length; k++) if (tokens[k].newline) end(k);
  end(tokens.length);
  return { firstBar, lastBar };
}

/** A line break ends the sentence unless it only wraps a paragraph. */
function breaksLine(tokens: Token[], i: number, rows: Rows): boolean {
  if (tokens[i].paragraph) return true;
  // each row of a table is a line of its own, whatever it opens with
  if (rows !== NO_ROWS && (rows.firstBar[i - 1] >= 0 || rows.firstBar[i] >= 0)) return true;
  const before = tokens[i - 1];
  const after = tokens[i];
  const wrapped =
    !STOPS.has(before.text) &&
    !CLOSERS.has(before.text) &&
    after.kind === Kind.Word &&
    !after.cap &&
    (before.kind === Kind.Word || before.text === ",");
  return !wrapped;
}

/**
 * A table laid out with spaces ("Recycle Park 1      Gunsan, Korea      24,000      Operating"),
 * as filings and reports print them: each wide gap between columns becomes a "|" in place of
 * a space, so the text keeps its length (every offset still points into the article) and its
 * rows read as a "|" table's. Two lines in a row with two gaps or more, or three with one, make
 * a table: a stray wide space in prose is no column.
 */
export function withAlignedCells(text: string): string {
  if (!/\S {3}/.test(text)) return text;
  const lines = text.split("\n");
  const gaps = (line: string) =>
    line.includes("|") ? 0 : (line.trim().match(/\S {3,}(?=\S)/g)?.length ?? 0);
  // (a rule, "-----", or a unit under its heading, "(kt/yr)", stands between rows of a table)
  const filler = (line: string) => /^\s*(?:[-=_+]{3,}|\([^()]{1,24}\))\s*$/.test(line);
  const at: number[] = [];
  lines.forEach((line, i) => {
    if (!filler(line)) at.push(i);
  });
  const counts = at.map((i) => gaps(lines[i]));
  // (two columns, "Ferro-niobium      1,800 tonnes": three lines in a row with a gap each)
  const two = (k: number) => (counts[k] ?? 0) >= 1;
  let changed = false;
  for (let p = 0; p < at.length; p++) {
    // (a subtotal's row, one label and one figure, may stand between rows of more)
    const wide = (k: number) => (counts[k] ?? 0) >= 2;
    const row =
      counts[p] >= 2
        ? wide(p - 1) || wide(p + 1) || wide(p - 2) || wide(p + 2)
        : counts[p] === 1 &&
          ((wide(p - 1) && wide(p + 1)) ||
            (two(p - 1) && two(p + 1)) ||
            (two(p - 1) && two(p - 2)) ||
            (two(p + 1) && two(p + 2)));
    if (!row) continue;
    const i = at[p];
    const indent = lines[i].length - lines[i].trimStart().length;
    lines[i] =
      lines[i].slice(0, indent) +
      lines[i]
        .slice(indent)
        .replace(/(\S) {3,}(?=\S)/g, (m, c: string) => `${c} |${" ".repeat(m.length - 4)} `);
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}
