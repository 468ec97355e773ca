import { distance } from "fastest-levenshtein";
import { fold } from "./text";

/**
 * Names close to what was typed, best first: "Baotu" -> "Baotou". Close means a few
 * edits for the length of the word, or the same name with words left out at the end.
 */
export function closest(typed: string, names: Iterable<string>, most = 3): string[] {
  const want = fold(typed);
  if (want === "") return [];
  const limit = Math.max(1, Math.floor(want.length / 3));
  const scored: Array<[number, string]> = [];
  const seen = new Set<string>();
  for (const name of names) {
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    // compare with the name cut to the typed length too, so "Baotou Xinao" finds the full company name
    const d = Math.min(distance(want, key), distance(want, key.slice(0, want.length)) + 1);
    if (d <= limit) scored.push([d, name]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return scored.slice(0, most).map(([, name]) => name);
}

/** True when every word of `prefix` starts the matching word of `name`: "Baotou Jigan" in "Baotou Jigan Rare Earth". */
export function isWordPrefix(prefix: string, name: string): boolean {
  const p = fold(prefix).split(" ");
  const n = fold(name).split(" ");
  if (p.length > n.length || p[0] === "") return false;
  for (let i = 0; i < p.length - 1; i++) if (p[i] !== n[i]) return false;
  return n[p.length - 1].startsWith(p[p.length - 1]);
}
