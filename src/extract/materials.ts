/**
 * Stage 5: materials, found by the taxonomy's names and synonyms (and a few phrasings of the
 * news kept in the lexicon), longest first: "lithium battery ternary cathode material" is one
 * ternary cathode, not lithium. Phrases too general to name a material ("battery materials")
 * match and are then dropped, so that they do not leave "lithium" behind.
 */
import { MaterialNode, MaterialTaxonomy } from "../core/material";
import { EXTRA_MATERIALS, VAGUE_MATERIAL_WORDS } from "./lexicon";
import { PhraseBook } from "./phrases";
import { Token } from "./tokens";

export interface MaterialMention {
  node: MaterialNode;
  /** token indexes in the sentence: [from, to) */
  from: number;
  to: number;
  /** a single vague word ("batteries"): a material only for want of a better one */
  vague: boolean;
}

export function materialBook(taxonomy: MaterialTaxonomy): PhraseBook<MaterialNode | null> {
  const book = new PhraseBook<MaterialNode | null>();
  // the lexicon first: its general phrases must win over the taxonomy's shorter names
  for (const [phrase, name] of Object.entries(EXTRA_MATERIALS)) {
    book.add(phrase, name === null ? null : (taxonomy.find(name) ?? null));
  }
  for (const node of taxonomy.all()) {
    if (node.parent === null) continue; // "all materials"
    for (const name of [node.name, ...(node.aliases ?? [])]) book.add(name, node);
  }
  return book;
}

export function findMaterials(
  tokens: readonly Token[],
  book: PhraseBook<MaterialNode | null>
): MaterialMention[] {
  const found: MaterialMention[] = [];
  for (const m of book.all(tokens)) {
    if (m.value === null) continue;
    const vague = m.to - m.from === 1 && VAGUE_MATERIAL_WORDS.has(tokens[m.from].norm);
    found.push({ node: m.value, from: m.from, to: m.to, vague });
  }
  return found;
}

/** One material, or one the kind of the other (lithium and lithium hydroxide), or unknown. */
export function oneKind(
  taxonomy: MaterialTaxonomy,
  a: MaterialNode | null,
  b: MaterialNode | null
): boolean {
  if (a === null || b === null || a.id === b.id) return true;
  return taxonomy.contains(a.id, b.id) || taxonomy.contains(b.id, a.id);
}
