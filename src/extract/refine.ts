/**
 * Stage 10: refining the drafts into the lines an article announces. A total that only adds up
 * lines already found goes; a capacity with no company of its own joins the line of the same
 * tonnage or takes the article's main company; the same line told twice (headline and body,
 * summary and detail) is one line; a plant announced without a tonnage gives way to the same
 * plant with one.
 */
import { MaterialNode, MaterialTaxonomy } from "../core/material";
import { CompanyEntity } from "./companies";
import { Draft } from "./lines";

function companyKey(d: Draft): string {
  if (d.kind === "aggregate") return "aggregate";
  return d.companies.map((c) => c.forms[0].join(" ")).join("/");
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

/** Materials of one family (lithium carbonate and lithium hydroxide) or unknown: may be one line. */
function related(
  taxonomy: MaterialTaxonomy,
  a: MaterialNode | null,
  b: MaterialNode | null
): boolean {
  if (a === null || b === null) return true;
  const top = (m: MaterialNode) =>
    taxonomy
      .ancestors(m.id)
      .filter((n) => n.parent !== null)
      .pop()?.id;
  return top(a) === top(b);
}

function sameCountry(a: Draft, b: Draft, country: (d: Draft) => string | null): boolean {
  const x = country(a);
  const y = country(b);
  return x === null || y === null || x === y;
}

/** Fills what `into` lacks from `from`. */
function absorb(into: Draft, from: Draft): void {
  if (into.material === null) into.material = from.material;
  if (into.place === null) into.place = from.place;
}

export function refine(
  drafts: readonly Draft[],
  taxonomy: MaterialTaxonomy,
  mainCompany: CompanyEntity | null,
  country: (d: Draft) => string | null
): Draft[] {
  let lines = drafts.slice();

  // totals that add up the lines beside them ("bringing total capacity to …")
  lines = lines.filter((d) => {
    const q = d.quantity;
    if (!q || !q.total) return true;
    const others = lines.filter(
      (o) =>
        o !== d && o.quantity && companyKey(o) === companyKey(d) && o.quantity.measure === q.measure
    );
    if (others.some((o) => o.sentence === d.sentence)) return false;
    const sum = others.reduce((s, o) => s + o.quantity!.perYear, 0);
    return !(others.length > 1 && close(sum, q.perYear));
  });

  // a capacity with no company: the same tonnage told elsewhere, else the article's company
  const owned = new Map<number, Draft>();
  for (const d of lines)
    if (d.quantity && (d.companies.length > 0 || d.kind === "aggregate"))
      owned.set(Math.round(d.quantity.perYear * 1000), d);
  lines = lines.filter((d) => {
    if (!d.quantity || d.companies.length > 0 || d.kind === "aggregate") return true;
    const same = owned.get(Math.round(d.quantity.perYear * 1000));
    if (same) {
      absorb(same, d);
      return false;
    }
    if (!mainCompany) return false;
    d.companies = [mainCompany];
    d.inferredCompany = true;
    return true;
  });

  // the same line told twice
  const seen = new Map<string, Draft>();
  const kept: Draft[] = [];
  for (const d of lines) {
    if (!d.quantity) {
      kept.push(d);
      continue;
    }
    const base = `${companyKey(d)}|${d.quantity.measure}|${Math.round(d.quantity.perYear * 1000)}`;
    const key = `${base}|${d.phase ?? ""}`;
    const twin = seen.get(key) ?? (d.phase === null ? seen.get(`${base}|*`) : seen.get(`${base}|`));
    if (twin && related(taxonomy, twin.material, d.material)) {
      absorb(twin, d);
      continue;
    }
    seen.set(key, d);
    if (d.phase !== null) seen.set(`${base}|*`, d);
    kept.push(d);
  }
  lines = kept;

  // plants without a tonnage: once per company, country and material family, and not beside a tonnage
  const withCapacity = lines.filter((d) => d.quantity);
  const undisclosed: Draft[] = [];
  for (const d of lines) {
    if (d.quantity) continue;
    const known = withCapacity.some(
      (c) =>
        companyKey(c) === companyKey(d) &&
        sameCountry(c, d, country) &&
        related(taxonomy, c.material, d.material)
    );
    if (known) continue;
    const twin = undisclosed.find(
      (u) =>
        companyKey(u) === companyKey(d) &&
        country(u) === country(d) &&
        related(taxonomy, u.material, d.material)
    );
    if (twin) {
      absorb(twin, d);
      continue;
    }
    undisclosed.push(d);
  }
  return lines.filter((d) => d.quantity || undisclosed.includes(d));
}
