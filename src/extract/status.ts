/**
 * Stage 7: status cues. "signed an agreement", "approved", "started construction",
 * "commissioned", "began production", "put on hold", "cancelled" … each found with whether it is
 * a plan ("will start construction", "construction is slated to commence") or denied ("has not
 * started"). The status of a line is the nearest stated fact; a sentence of plans only announces.
 */
import { Status } from "../core/status";
import { FUTURE_WORDS, NEGATIONS, STATUS_CUES } from "./lexicon";
import { PhraseBook } from "./phrases";
import { Token } from "./tokens";

export interface StatusCue {
  status: Status;
  from: number;
  to: number;
  future: boolean;
}

let book: PhraseBook<Status> | null = null;

function cueBook(): PhraseBook<Status> {
  if (!book) {
    book = new PhraseBook<Status>();
    for (const [phrase, status] of STATUS_CUES) book.add(phrase, status);
  }
  return book;
}

const LATER = new Set([
  "slated",
  "scheduled",
  "expected",
  "set",
  "due",
  "planned",
  "will",
  "would",
  "to",
]);
/** before a pause or a cancellation, words of a decision taken rather than a possibility */
const DECIDED = new Set(["will", "would", "to", "plans", "plan", "planned", "intends", "intend"]);
const SKIP_BACK = new Set([
  "be",
  "been",
  "is",
  "are",
  "the",
  "a",
  "an",
  "its",
  "their",
  "also",
  "soon",
  "then",
  "now",
  "formally",
  "officially",
  "fully",
]);

export function findStatusCues(tokens: readonly Token[]): StatusCue[] {
  const found: StatusCue[] = [];
  for (const m of cueBook().all(tokens)) {
    // "approved construction of": what was approved, not a start
    if (
      m.value === "under construction" &&
      /^(approved|approve|approves|approval|permit|permits|permitted|for)$/.test(
        tokens[m.from - 1]?.norm ?? ""
      )
    )
      continue;
    // "the latest sign that prices …", "a sign of": the noun, no signing
    if (
      m.value === "agreement signed" &&
      tokens[m.from].norm === "sign" &&
      /^(that|of)$/.test(tokens[m.to]?.norm ?? "")
    )
      continue;
    let future = false;
    let negated = false;
    // "said it would delay the second phase": a decision to stop is the news, not a plan
    const stopping = m.value === "shelved" || m.value === "cancelled";
    // plans and denials stand just before the cue ("will be commissioned", "has not started")
    for (let k = m.from - 1, seen = 0; k >= 0 && seen < 3; k--) {
      const w = tokens[k].norm;
      if (SKIP_BACK.has(w)) continue;
      seen++;
      if (FUTURE_WORDS.has(w) && !(stopping && DECIDED.has(w))) future = true;
      if (NEGATIONS.has(w)) negated = true;
    }
    // a noun cue followed by a plan: "construction is slated to commence"
    for (let k = m.to; k < Math.min(tokens.length, m.to + 3); k++) {
      const w = tokens[k].norm;
      // "shelving a planned extension": what was planned is what stops
      // "were operating as planned": what was planned has come about
      if (LATER.has(w) && w !== "to" && !stopping && tokens[k - 1]?.norm !== "as") future = true;
    }
    // "designed to produce", "the first to make MHP": a purpose, no status at all
    // ("a plant that will make cathode precursor" is a plan)
    if (
      future &&
      m.to - m.from === 1 &&
      /^(make|produce)$/.test(tokens[m.from].norm) &&
      !/^(will|would)$/.test(tokens[m.from - 1]?.norm ?? "")
    )
      continue;
    // an announcement is a plan by its nature: a stated fact beside it wins
    if (m.value === "announced") future = true;
    // "when operating at full capacity", "once running": a condition, not a state
    if (m.value === "operating" && /^(when|once|if|while)$/.test(tokens[m.from - 1]?.norm ?? ""))
      future = true;
    if (!negated) found.push({ status: m.value, from: m.from, to: m.to, future });
  }
  return found;
}

/**
 * The status of a line at token `at`: the nearest stated fact; else, when only plans are stated,
 * talks stay talks and anything else is announced; null when the sentence says nothing.
 */
export function statusAt(cues: readonly StatusCue[], at: number): Status | null {
  let best: StatusCue | null = null;
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.future) continue;
    const d = c.to <= at ? at - c.to : c.from >= at ? c.from - at : 0;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best) return best.status;
  if (cues.length === 0) return null;
  return cues.some((c) => c.status === "talks") ? "talks" : "announced";
}
