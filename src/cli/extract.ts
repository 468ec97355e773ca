/* captrack extract: the production lines an article announces, read from a file or stdin. */
import * as fs from "fs";
import { CaptrackError } from "../core/errors";
import { checkArticle, MAX_ARTICLE_CHARS } from "../extract/input";
import { extractLines, extractTable } from "../extract/extract";
import { toCsv, toText } from "./format";

export interface ExtractIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** the bytes of a file, or of standard input for "-" */
  read?: (path: string) => Buffer;
}

export interface ExtractOptions {
  json?: boolean;
  csv?: boolean;
}

/** Bytes are read up to this many: a longer file is refused without reading it all. */
const MAX_BYTES = MAX_ARTICLE_CHARS * 4;

function readSource(path: string): Buffer {
  if (path === "-") return fs.readFileSync(0);
  const stat = fs.statSync(path);
  if (stat.isDirectory()) throw new CaptrackError("value", `${path} is a folder, not a text file.`);
  if (stat.size > MAX_BYTES) {
    throw new CaptrackError(
      "value",
      `${path} is too long: ${stat.size.toLocaleString("en-US")} bytes, at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters are read. Give one article at a time.`
    );
  }
  return fs.readFileSync(path);
}

/**
 * The text of a file: UTF-8, or UTF-16 when a byte-order mark says so (Notepad's "Unicode");
 * binary content is refused.
 */
export function decodeArticle(bytes: Buffer, name: string): string {
  const utf16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  if (utf16) return checkArticle(new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, ""), name);
  if (bytes.includes(0)) {
    throw new CaptrackError(
      "value",
      `${name} looks binary (it holds NUL bytes), not text. Give plain text, such as a .txt file.`
    );
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return checkArticle(text.replace(/^\uFEFF/, ""), name);
}

/** Runs `captrack extract <file|-> [--json | --csv]`; returns the exit status. */
export function extractCommand(args: string[], options: ExtractOptions, io: ExtractIo): number {
  if (args.length !== 1) {
    const why =
      args.length === 0
        ? "no file given (use - for standard input)"
        : `one file expected, got ${args.length}`;
    io.err(`${why}.\nusage: captrack extract <file|-> [--json | --csv]\n`);
    return 1;
  }
  const [path] = args;
  const name = path === "-" ? "standard input" : path;
  try {
    if (options.json && options.csv)
      throw new CaptrackError("value", "choose one of --json and --csv.");
    let bytes: Buffer;
    try {
      bytes = (io.read ?? readSource)(path);
    } catch (e) {
      if (e instanceof CaptrackError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EACCES"
            ? "permission denied"
            : (e as Error).message;
      throw new CaptrackError("value", `cannot read ${name}: ${why}.`);
    }
    const lines = extractLines(decodeArticle(bytes, name));
    if (options.json) io.out(JSON.stringify(lines, null, 2) + "\n");
    else if (lines.length === 0) io.out(`No production lines found in ${name}.\n`);
    else if (options.csv) io.out(toCsv(extractTable(lines)));
    else io.out(toText(extractTable(lines)));
    return 0;
  } catch (e) {
    if (e instanceof CaptrackError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
