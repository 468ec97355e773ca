/**
 * Stage 1: sentences. A sentence ends at . ! ? 。 before a capital, a digit or a quote, unless
 * the word before the stop is an abbreviation or an initial (Co., Ltd., Feb., U.S.) and the next
 * word does not plainly start a sentence. A line break ends a sentence too (headlines, datelines
 * and paragraphs have no stop), except inside a hard-wrapped paragraph: a line that ends without
 * a stop and a next line that starts in lower case. Over-long runs are cut so that no later
 * stage ever works on more than a bounded number of tokens at once.
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
    if (i > from && t.newline && breaksLine(tokens, i)) close(i);
    if (i - from >= MAX_SENTENCE_TOKENS) close(i);
    if (t.kind !== Kind.Punct || !STOPS.has(t.text)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end].kind === Kind.Punct && !tokens[end].space) {
      if (!CLOSERS.has(tokens[end].text) && !STOPS.has(tokens[end].text)) break;
      end++;
    }
    const next = tokens[end];
    if (next && (!next.space || !startsSentence(next))) continue;
    if (t.text === "." && NAME_TITLES.has(tokens[i - 1]?.norm ?? "")) continue;
    if (t.text === "." && isAbbreviation(tokens[i - 1]) && next) {
      // "Co. Ltd", "Feb. 14", "U.S. lithium": a stop only before a plain sentence opener
      if (!(next.kind === Kind.Word && SENTENCE_STARTERS.has(next.norm))) continue;
    }
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return sentences;
}

/** A line break ends the sentence unless it only wraps a paragraph. */
function breaksLine(tokens: Token[], i: number): boolean {
  if (tokens[i].paragraph) return true;
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
