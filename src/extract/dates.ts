/**
 * Stage 8: the article's date. Datelines and date lines ("RABAT, Morocco, March 29, 2024
 * /PRNewswire/", "Feb. 14, 2019", "Published 12 June 2024", "2024-03-29", "2024年3月29日") near
 * the top give it; a full date in the opening sentences ("On 29 March 2024, …") does too. Planned
 * dates deeper in the text ("production in March 2026") are not the article's.
 */
import { formatDay, parseDay } from "../core/dates";
import { DAY_NAMES, MONTHS, WEEKDAYS } from "./lexicon";
import { Sentence } from "./sentences";
import { Kind, Token } from "./tokens";

/** How many opening sentences may hold the article's date. */
const OPENING = 8;

function day(year: number, month: number, d: number): string | null {
  if (year < 1990 || year > 2100) return null;
  const text = `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const n = parseDay(text);
  return n === undefined ? null : formatDay(n);
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

function intAt(tokens: readonly Token[], i: number, max: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== Kind.Number || !/^\d{1,4}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= max ? n : null;
}

/** A full date starting at token i, and the index after it. */
export function dateAt(tokens: readonly Token[], i: number): { date: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // March 29, 2024 / Feb. 14, 2019 / Mar 29th 2024
  if (t.kind === Kind.Word && MONTHS.has(t.norm)) {
    let j = i + 1;
    if (tokens[j]?.text === ".") j++;
    const d = intAt(tokens, j, 31);
    if (d === null) return null;
    j++;
    if (ORDINAL_SUFFIX.test(tokens[j]?.norm ?? "") && !tokens[j].space) j++;
    if (tokens[j]?.text === ",") j++;
    const y = intAt(tokens, j, 2100);
    if (y === null || y < 1990) return null;
    const date = day(y, MONTHS.get(t.norm)!, d);
    return date ? { date, next: j + 1 } : null;
  }
  if (t.kind !== Kind.Number) return null;
  // 2024-03-29, 2024/03/29
  if (/^\d{4}$/.test(t.text) && /^[-/]$/.test(tokens[i + 1]?.text ?? "") && !tokens[i + 1].space) {
    const m = intAt(tokens, i + 2, 12);
    const d = intAt(tokens, i + 4, 31);
    if (m !== null && d !== null && tokens[i + 3]?.text === tokens[i + 1].text) {
      const date = day(Number(t.text), m, d);
      return date ? { date, next: i + 5 } : null;
    }
  }
  // 29.03.2024
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.text);
  if (dotted) {
    const date = day(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    return date ? { date, next: i + 1 } : null;
  }
  // 2024.02.22
  const ymd = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(t.text);
  if (ymd) {
    const date = day(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return date ? { date, next: i + 1 } : null;
  }
  // 2024年3月29日
  if (/^\d{4}$/.test(t.text) && tokens[i + 1]?.text === "年") {
    const m = intAt(tokens, i + 2, 12);
    const d = intAt(tokens, i + 4, 31);
    if (m !== null && d !== null && tokens[i + 3]?.text === "月") {
      const date = day(Number(t.text), m, d);
      return date ? { date, next: tokens[i + 5]?.text === "日" ? i + 6 : i + 5 } : null;
    }
  }
  // 29 March 2024 / 14th February, 2019
  const d = intAt(tokens, i, 31);
  if (d === null) return null;
  let j = i + 1;
  if (ORDINAL_SUFFIX.test(tokens[j]?.norm ?? "") && !tokens[j].space) j++;
  const month = tokens[j];
  if (!month || month.kind !== Kind.Word || !MONTHS.has(month.norm)) return null;
  j++;
  if (tokens[j]?.text === ".") j++;
  if (tokens[j]?.text === ",") j++;
  const y = intAt(tokens, j, 2100);
  if (y === null || y < 1990) return null;
  const date = day(y, MONTHS.get(month.norm)!, d);
  return date ? { date, next: j + 1 } : null;
}

/** The date of the article, or null when the text does not give one near its top. */
export function articleDate(sentences: readonly Sentence[]): string | null {
  for (const s of sentences.slice(0, OPENING)) {
    for (let i = 0; i < s.tokens.length; i++) {
      const found = dateAt(s.tokens, i);
      if (found) return found.date;
    }
  }
  return wireDate(sentences);
}

/**
 * "SEOUL, March 24 (Reuters) - … said on Friday": a wire dateline has no year, but its weekday
 * and the years the story mentions leave one. Of the years whose March 24 is a Friday, the one
 * among the mentioned years (a year either side), nearest their median; none when none fits.
 */
function wireDate(sentences: readonly Sentence[]): string | null {
  let month = 0;
  let dayOfMonth = 0;
  let weekday = -1;
  for (const s of sentences.slice(0, 3)) {
    const { tokens } = s;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].norm;
      if (weekday < 0 && DAY_NAMES.has(w)) weekday = WEEKDAYS.indexOf(w);
      if (month > 0 || !MONTHS.has(w) || !tokens[i].cap) continue;
      let j = i + 1;
      if (tokens[j]?.text === ".") j++;
      const d = intAt(tokens, j, 31);
      // the dateline's date stands before the agency or the dash: "March 24 (Reuters) -"
      if (d !== null && /^[(\-—–/]$/.test(tokens[j + 1]?.text ?? "")) {
        month = MONTHS.get(w)!;
        dayOfMonth = d;
      }
    }
  }
  if (month === 0 || weekday < 0) return null;
  const years: number[] = [];
  for (const s of sentences)
    for (const t of s.tokens)
      if (t.kind === Kind.Number && /^(19|20)\d\d$/.test(t.text)) years.push(Number(t.text));
  if (years.length === 0) return null;
  years.sort((a, b) => a - b);
  // the lower median: stories look ahead ("by 2030") more than back
  const middle = years[Math.floor((years.length - 1) / 2)];
  let best: number | null = null;
  for (let y = years[0] - 1; y <= years[years.length - 1] + 1; y++) {
    if (new Date(Date.UTC(y, month - 1, dayOfMonth)).getUTCDay() !== weekday) continue;
    if (best === null || Math.abs(y - middle) < Math.abs(best - middle)) best = y;
  }
  return best === null ? null : day(best, month, dayOfMonth);
}
