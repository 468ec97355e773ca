/**
 * Stage 0: the text as tokens. One pass over the characters, no regular expressions over the
 * text, so the time is linear whatever the input. Every later stage works on these tokens.
 */

export const enum Kind {
  /** letters, then letters or digits: "Baotou", "NdFeB", "Li2CO3" */
  Word,
  /** digits with their separators: "5,000", "1.2", "11 250" (narrow spaces) */
  Number,
  /** one punctuation mark or symbol */
  Punct,
  /** one Han or kana character: 万, 吨 */
  Cjk,
}

export interface Token {
  text: string;
  /** lower case, accents removed: what the lexicons are written in */
  norm: string;
  kind: Kind;
  /** offsets in the text (UTF-16 code units, as JavaScript strings count) */
  start: number;
  end: number;
  /** whitespace before the token */
  space: boolean;
  /** a line break before the token */
  newline: boolean;
  /** a blank line (a paragraph break) before the token */
  paragraph: boolean;
  /** starts with a capital letter */
  cap: boolean;
  /** a word in capitals of two letters or more: "BTR", "CATL", "MIIT" */
  upper: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}|\p{M}/u;
const CJK = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function classify(text: string, i: number): "letter" | "digit" | "space" | "cjk" | "other" {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (isAsciiLetter(c)) return "letter";
    if (isDigit(c)) return "digit";
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return "space";
    return "other";
  }
  if (c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))
    return "space";
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return "space";
  const ch = text[i];
  if (CJK.test(ch)) return "cjk";
  if (LETTER.test(ch)) return "letter";
  return "other";
}

/** Thin, narrow and no-break spaces: separators of thousands when between digit groups. */
function isNarrowSpace(c: number): boolean {
  return c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function normalise(word: string): string {
  const lower = word.toLowerCase();
  // accents only matter beyond ASCII; most words never pay for the normalisation
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize("NFKD").replace(/\p{M}/gu, "");
  }
  return lower;
}

/** The text as tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = false;
  let newlines = 0;
  while (i < n) {
    const kind = classify(text, i);
    if (kind === "space") {
      space = true;
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029) newlines++;
      i++;
      continue;
    }
    const start = i;
    let k: Kind;
    if (kind === "letter") {
      i++;
      while (i < n) {
        const next = classify(text, i);
        if (next !== "letter" && next !== "digit") break;
        i++;
      }
      k = Kind.Word;
    } else if (kind === "digit") {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        // a separator continues the number when a digit follows: 5,000 / 1.2 / 11 250 (narrow)
        if (i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          const c = text.charCodeAt(i);
          if (c === 44 || c === 46) {
            i++;
            continue;
          }
          if (isNarrowSpace(c) && groupOfThree(text, i + 1)) {
            i++;
            continue;
          }
        }
        break;
      }
      k = Kind.Number;
    } else if (kind === "cjk") {
      i++;
      k = Kind.Cjk;
    } else {
      // one symbol; a surrogate pair stays whole
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      k = Kind.Punct;
    }
    const raw = text.slice(start, i);
    const first = raw.charCodeAt(0);
    const word = k === Kind.Word;
    tokens.push({
      text: raw,
      norm: k === Kind.Word ? normalise(raw) : raw,
      kind: k,
      start,
      end: i,
      space,
      newline: newlines > 0,
      paragraph: newlines > 1,
      cap: word && (first < 128 ? first >= 65 && first <= 90 : raw[0] !== raw[0].toLowerCase()),
      upper: word && raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
    });
    space = false;
    newlines = 0;
  }
  return tokens;
}

function groupOfThree(text: string, at: number): boolean {
  for (let k = 0; k < 3; k++) if (!isDigit(text.charCodeAt(at + k))) return false;
  return !isDigit(text.charCodeAt(at + 3));
}

/** The text of tokens [from, to), spaced as the article spaces them. */
export function textOf(tokens: readonly Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) s += (k > from && tokens[k].space ? " " : "") + tokens[k].text;
  return s;
}

/** True for a word in capitals of two letters or more: "BTR", "CATL", "MIIT". */
export function isAcronym(t: Token): boolean {
  return t.upper;
}

/** "China's", "the Group's": an apostrophe at k, then the s of the possessive. */
export function isApostropheS(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (t?.text === "'" || t?.text === "’") && tokens[k + 1]?.norm === "s";
}
