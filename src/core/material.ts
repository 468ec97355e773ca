import { badArgument } from "./errors";
import { Hierarchy, Node } from "./hierarchy";
import { closest, isWordPrefix } from "./suggest";
import { oneOf, quote } from "./text";
import { Measure } from "./units";

export interface MaterialNode extends Node {
  /** cells are counted in GWh, everything else in tonnes */
  measure: Measure;
}

/** The material taxonomy: rare earths > REE metals & alloys > hydrogen-storage alloy, and so on. */
export class MaterialTaxonomy extends Hierarchy<MaterialNode> {
  /**
   * A material as written (in a source, a tracker row or a formula) to its node. Exact names
   * and synonyms first, then a stated form with its parenthesis dropped, then a unique word prefix.
   */
  find(text: string): MaterialNode | undefined {
    const exact = this.lookup(text);
    if (exact.length > 0) return exact[0];
    const bare = text.replace(/\([^)]*\)/g, " ").trim();
    if (bare !== text.trim() && bare !== "") {
      const found = this.lookup(bare);
      if (found.length > 0) return found[0];
    }
    const prefixed = new Set<MaterialNode>();
    for (const [name, ids] of this.names()) {
      if (isWordPrefix(text, name)) ids.forEach((id) => prefixed.add(this.get(id)!));
    }
    return prefixed.size === 1 ? [...prefixed][0] : undefined;
  }

  /** As `find`, for a formula argument: unknown is a bad argument with suggestions. */
  resolve(text: string, argument = "material"): MaterialNode {
    const found = this.find(text);
    if (found) return found;
    const near = closest(
      text,
      [...this.all()].flatMap((n) => [n.name, ...(n.aliases ?? [])])
    );
    const hint = near.length > 0 ? ` Did you mean ${oneOf(near.map(quote))}?` : "";
    const groups = (this.childrenOf(ROOT_MATERIAL) ?? []).map((n) => quote(n.name));
    throw badArgument(
      `${argument}: ${quote(text)} is not a known material.${hint} Accepted: a material or group such as ${oneOf(groups)}.`
    );
  }

  childrenOf(id: string): MaterialNode[] {
    return [...this.all()].filter((n) => n.parent === id);
  }

  label(id: string): string {
    return this.get(id)?.name ?? id;
  }
}

export const ROOT_MATERIAL = "all";

export function materialTaxonomy(nodes: readonly MaterialNode[]): MaterialTaxonomy {
  return new MaterialTaxonomy(nodes);
}
