import { Hierarchy, Node } from "./hierarchy";
import { closest } from "./suggest";
import { fold, oneOf, quote } from "./text";

/** Places nest: site ⊂ city ⊂ region ⊂ country ⊂ world. */
export type PlaceKind = "world" | "country" | "region" | "city" | "site";

export interface PlaceNode extends Node {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, for countries */
  iso?: string;
}

/** A location as a source or a tracker row states it. */
export interface Location {
  site: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
}

export const WORLD = "world";

/** A place-resolution failure: what was not found, and where it was looked for. */
export class PlaceProblem {
  constructor(readonly message: string) {}
}

/** The gazetteer: the place hierarchy with aliases (Tangier / Tanger; Inner Mongolia / Nei Mongol). */
export class Gazetteer extends Hierarchy<PlaceNode> {
  /**
   * Places a name may mean. "Kendal, Indonesia" narrows an ambiguous name by an enclosing place.
   */
  find(text: string): PlaceNode[] {
    const parts = text
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (parts.length === 0) return [];
    let found = this.lookup(parts[0]);
    for (const outer of parts.slice(1)) {
      const within = this.lookup(outer);
      found = found.filter((p) => within.some((w) => this.contains(w.id, p.id)));
    }
    return found;
  }

  /** The name of a place with enough of its ancestry to tell it apart: "Baotou, Inner Mongolia, China". */
  qualified(id: string): string {
    return this.ancestors(id)
      .filter((p) => p.kind !== "world")
      .map((p) => p.name)
      .join(", ");
  }

  /** The place name at one level of a place's ancestry (for the site/city/region/country columns). */
  levelOf(id: string, kind: PlaceKind): string | null {
    return this.ancestors(id).find((p) => p.kind === kind)?.name ?? null;
  }

  /**
   * The most specific place of a stated location. Country, region and city must be in the
   * gazetteer and nest; a site that is not yet known is added under the place that holds it.
   * With `newPlaces` (a user's own lines), a region or city not in the gazetteer is added too,
   * under a known country, unless it is close to a name there (then it is taken for a typo).
   */
  locate(location: Location, newPlaces = false): PlaceNode | PlaceProblem {
    let current: PlaceNode = this.get(WORLD)!;
    const levels: Array<[PlaceKind, string | null]> = [
      ["country", location.country],
      ["region", location.region],
      ["city", location.city],
    ];
    for (const [kind, name] of levels) {
      if (name === null || name.trim() === "") continue;
      const candidates = this.lookup(name).filter((p) => this.contains(current.id, p.id));
      const sameKind = candidates.filter((p) => p.kind === kind);
      const pick = sameKind[0] ?? candidates[0];
      if (!pick) {
        const where = current.kind === "world" ? "" : ` in ${this.qualified(current.id)}`;
        const problem = `${kind} ${quote(name)} is not in the gazetteer${where}`;
        if (!newPlaces || current.kind === "world") return new PlaceProblem(problem);
        const parent = current;
        const near = closest(
          name,
          [...this.all()]
            .filter((p) => p.id !== parent.id && this.contains(parent.id, p.id))
            .map((p) => p.name)
        );
        if (near.length > 0)
          return new PlaceProblem(`${problem}. Did you mean ${oneOf(near.map(quote))}?`);
        current = this.add({
          id: `${parent.id}/${fold(name).replace(/ /g, "-")}`,
          name: name.trim(),
          kind,
          parent: parent.id,
        });
        continue;
      }
      current = pick;
    }
    const site = location.site?.trim();
    if (site) {
      const known = this.lookup(site).find((p) => this.contains(current.id, p.id));
      if (known) return known;
      if (current.kind === "world") return new PlaceProblem(`site ${quote(site)} has no country`);
      return this.add({
        id: `${current.id}/${fold(site).replace(/ /g, "-")}`,
        name: site,
        kind: "site",
        parent: current.id,
      });
    }
    if (current.kind === "world") return new PlaceProblem("the location names no country");
    return current;
  }

  /** Message text for names that mean several places. */
  ambiguity(text: string, places: PlaceNode[]): string {
    return `${quote(text)} is several places: ${oneOf(places.map((p) => quote(this.qualified(p.id))))}. Name the one you mean, e.g. ${quote(this.qualified(places[0].id))}`;
  }
}
