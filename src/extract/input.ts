/**
 * What the extractor accepts: text, not empty, not binary, not huge. The same checks and
 * messages for the command line (exit 1, message on stderr) and CT.EXTRACT (#VALUE!).
 */
import { badArgument } from "../core/errors";

/** The longest text read: 2 million characters, a book rather than an article. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Share of control characters (other than tabs and line breaks) above which text is binary. */
const BINARY_SHARE = 0.02;

function describe(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  if (value === null || value === undefined) return "nothing";
  return `a ${typeof value}`;
}

/** Throws a bad-argument error with a message saying what is wrong and what is accepted. */
export function checkArticle(text: unknown, what = "text"): string {
  if (typeof text !== "string") {
    throw badArgument(`${what}: expected the text of a news article, not ${describe(text)}.`);
  }
  if (text.trim() === "") {
    throw badArgument(`${what} is empty. Give the text of a news article (plain text).`);
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw badArgument(
      `${what} is too long: ${text.length.toLocaleString("en-US")} characters, at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} are read. Give one article at a time.`
    );
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw badArgument(
        `${what} looks binary (it holds NUL characters), not text. Give plain text, such as a .txt file.`
      );
    }
    if (
      (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ||
      c === 0xfffd ||
      (c >= 0x7f && c < 0xa0)
    )
      control++;
  }
  if (control > 8 && control / text.length > BINARY_SHARE) {
    throw badArgument(
      `${what} looks binary (${control.toLocaleString("en-US")} control or undecodable characters), not text. Give plain text, such as a .txt file.`
    );
  }
  return text;
}
