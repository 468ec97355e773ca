/*
 * Names Excel accepts for worksheets and tables, made from what a user typed.
 */

/** Excel's limit on a worksheet name. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel forbids in a worksheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * A valid worksheet name close to `wanted`: the forbidden characters : \ / ? * [ ] become
 * spaces, control characters go, spaces are collapsed, no apostrophe at either end, at most
 * 31 characters (cut with an ellipsis), never empty and never "History" (reserved by Excel).
 */
export function sheetName(wanted: string, fallback = "Captrack"): string {
  let name = wanted
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (name === "") name = fallback;
  if ([...name].length > SHEET_NAME_MAX) {
    name = cut(name, SHEET_NAME_MAX - 1).replace(/[\s,;·-]+$/, "") + "…";
  }
  if (name.toLowerCase() === "history") name = `${name} (sheet)`;
  return name;
}

/** The first `length` characters (code points, so no surrogate pair is split). */
function cut(text: string, length: number): string {
  return [...text].slice(0, length).join("");
}

/**
 * `wanted` if no sheet in `taken` has that name (Excel compares names without case),
 * else the first free "name (2)", "name (3)" …, still within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const room = SHEET_NAME_MAX - suffix.length;
    const base = [...wanted].length > room ? cut(wanted, room - 1).trimEnd() + "…" : wanted;
    const name = base + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** True when Excel would take `name` as a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim() !== "" &&
    [...name].length <= SHEET_NAME_MAX &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint of a text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** A table name unique to a sheet key: a letter first, then letters, digits and underscores. */
export function tableName(key: string): string {
  return `CaptrackLines_${fingerprint(key)}`;
}
