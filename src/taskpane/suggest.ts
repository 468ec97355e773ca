/*
 * Suggestions for the query box: places, companies and materials of the ledger whose name (or
 * another name of theirs) starts with what was typed, those with the most lines first.
 */
import { Ledger } from "../core/ledger";
import { ROOT_MATERIAL } from "../core/material";
import { WORLD } from "../core/place";
import { fold } from "../core/text";

export type SuggestionKind = "place" | "company" | "material" | "all";

export interface Suggestion {
  /** what goes into the query box: a name the core resolves to this place, company or material */
  text: string;
  kind: SuggestionKind;
  /** "city in Inner Mongolia, China · 4 lines" */
  detail: string;
  lines: number;
}

interface Entry extends Suggestion {
  /** folded name and other names */
  keys: string[];
}

const entries = new WeakMap<Ledger, Entry[]>();

function plural(n: number, one: string): string {
  return `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;
}

function index(ledger: Ledger): Entry[] {
  const known = entries.get(ledger);
  if (known) return known;
  const { places, companies, materials } = ledger.refs;
  const list: Entry[] = [
    {
      text: "*",
      kind: "all",
      detail: `every line · ${plural(ledger.lines.length, "line")}`,
      lines: ledger.lines.length,
      keys: ["*", "all", "every line"],
    },
  ];
  // a place name shared by two places is qualified by its country: "Kendal, Indonesia"
  const named = new Map<string, number>();
  for (const p of places.all()) named.set(fold(p.name), (named.get(fold(p.name)) ?? 0) + 1);
  for (const p of places.all()) {
    if (p.id === WORLD) continue;
    const lines = ledger.underPlace(p.id).length;
    const outer = places
      .ancestors(p.id)
      .slice(1)
      .filter((a) => a.kind !== "world")
      .map((a) => a.name);
    const country = places.levelOf(p.id, "country");
    const text =
      (named.get(fold(p.name)) ?? 0) > 1 && country && country !== p.name
        ? `${p.name}, ${country}`
        : p.name;
    list.push({
      text,
      kind: "place",
      detail: `${p.kind}${outer.length > 0 ? ` in ${outer.join(", ")}` : ""} · ${plural(lines, "line")}`,
      lines,
      keys: [p.name, ...(p.aliases ?? [])].map(fold),
    });
  }
  for (const c of companies.all()) {
    const lines = ledger.ofCompany(c).length;
    const owners = c.parents.length > 0 ? ` of ${c.parents.join(" / ")}` : "";
    list.push({
      text: c.name,
      kind: "company",
      detail: `company${owners} · ${plural(lines, "line")}`,
      lines,
      keys: [c.name, ...c.aliases].map(fold),
    });
  }
  for (const m of materials.all()) {
    if (m.id === ROOT_MATERIAL) continue;
    const lines = ledger.underMaterial(m.id).length;
    const group = m.parent && m.parent !== ROOT_MATERIAL ? ` in ${materials.label(m.parent)}` : "";
    list.push({
      text: m.name,
      kind: "material",
      detail: `material${group} · ${plural(lines, "line")}`,
      lines,
      keys: [m.name, ...(m.aliases ?? [])].map(fold),
    });
  }
  entries.set(ledger, list);
  return list;
}

/** How well `keys` match what was typed: 0 a name starts with it, 1 a later word does, else none. */
function rank(keys: string[], typed: string): number | null {
  if (keys.some((k) => k.startsWith(typed))) return 0;
  if (keys.some((k) => k.includes(` ${typed}`))) return 1;
  return null;
}

const KIND_ORDER: Record<SuggestionKind, number> = { all: 0, place: 1, company: 2, material: 3 };

/**
 * Up to `limit` suggestions for what was typed, best first: names that start with it before
 * names with a word that does, then those with the most lines. With nothing typed: every line
 * and the places with the most lines.
 */
export function suggestQueries(ledger: Ledger, typed: string, limit = 8): Suggestion[] {
  const list = index(ledger);
  const want = typed.trim() === "*" ? "*" : fold(typed);
  if (want === "") {
    return list
      .filter((e) => e.kind === "all" || (e.kind === "place" && e.lines > 0))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.lines - a.lines)
      .slice(0, limit)
      .map(strip);
  }
  const scored: Array<[number, Entry]> = [];
  for (const e of list) {
    const r = rank(e.keys, want);
    if (r !== null) scored.push([r, e]);
  }
  scored.sort(
    ([ra, a], [rb, b]) =>
      ra - rb ||
      Number(b.lines > 0) - Number(a.lines > 0) ||
      Number(fold(b.text) === want) - Number(fold(a.text) === want) ||
      b.lines - a.lines ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.text.localeCompare(b.text)
  );
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const [, e] of scored) {
    const key = `${e.kind}|${e.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(strip(e));
    if (out.length === limit) break;
  }
  return out;
}

function strip(e: Entry): Suggestion {
  return { text: e.text, kind: e.kind, detail: e.detail, lines: e.lines };
}

/** Materials for the material filter: every node of the taxonomy, groups before their kinds. */
export function materialChoices(
  ledger: Ledger
): Array<{ id: string; name: string; depth: number; lines: number }> {
  const { materials } = ledger.refs;
  const out: Array<{ id: string; name: string; depth: number; lines: number }> = [];
  const walk = (parent: string, depth: number) => {
    for (const m of materials.childrenOf(parent)) {
      out.push({ id: m.id, name: m.name, depth, lines: ledger.underMaterial(m.id).length });
      walk(m.id, depth + 1);
    }
  };
  walk(ROOT_MATERIAL, 0);
  return out;
}
