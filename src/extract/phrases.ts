/**
 * Names of several words found in tokens: a trie keyed by folded words, walked from each token
 * for the longest name that starts there. The longest name has a bounded number of words, so
 * finding every name in a sentence is linear in its length.
 */
import { fold } from "../core/text";
import { Kind, Token } from "./tokens";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** token indexes: [from, to) */
  from: number;
  to: number;
}

/** Marks inside a name that folding drops: "lithium-ion", "St. Thomas", "NdPr (…) oxide". */
const SKIPPED = new Set(["-", "‐", "–", "'", "’", ".", "(", ")", "/", "·"]);

function wordOf(t: Token): string | null {
  if (t.kind === Kind.Punct) return t.text === "&" ? "and" : null;
  if (t.kind === Kind.Number) return t.text;
  return t.norm;
}

export class PhraseBook<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private longest = 0;

  /** Adds a name; the first value given for a name stays. */
  add(name: string, value: T): void {
    const keys = fold(name)
      .split(" ")
      .filter((w) => w !== "");
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
    this.longest = Math.max(this.longest, keys.length);
  }

  /** The longest name starting at token `from`, if any. */
  at(tokens: readonly Token[], from: number): PhraseMatch<T> | null {
    const first = wordOf(tokens[from]);
    if (first === null) return null;
    let node = this.root.next.get(first);
    if (!node) return null;
    let best: PhraseMatch<T> | null =
      node.value !== undefined ? { value: node.value, from, to: from + 1 } : null;
    let words = 1;
    let i = from + 1;
    while (i < tokens.length && words < this.longest) {
      const t = tokens[i];
      if (t.kind === Kind.Punct && SKIPPED.has(t.text)) {
        i++;
        continue;
      }
      const w = wordOf(t);
      if (w === null) break;
      node = node.next.get(w);
      if (!node) break;
      words++;
      i++;
      if (node.value !== undefined) best = { value: node.value, from, to: i };
    }
    return best;
  }

  /** Every longest name, left to right, none overlapping; `starts` says which tokens may begin one. */
  all(tokens: readonly Token[], starts: (t: Token) => boolean = () => true): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!starts(tokens[i])) continue;
      const m = this.at(tokens, i);
      if (m) {
        found.push(m);
        i = m.to - 1;
      }
    }
    return found;
  }
}
