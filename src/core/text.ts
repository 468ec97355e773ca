/** Folded names remembered: texts and tables repeat their names; cleared when full, so bounded. */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 10_000;

/** Folds a name for matching: case, accents, punctuation and spacing do not matter. */
export function fold(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = foldNow(name);
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(name, key);
  }
  return key;
}

function foldNow(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Lists names for a message: "a, b or c". */
export function oneOf(names: readonly string[], conjunction = "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

export function quote(text: string): string {
  return `"${text}"`;
}
