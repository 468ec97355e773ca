import { parseDay, formatDay, excelSerialToDay, dayToExcelSerial } from "../src/core/dates";
import { Hierarchy, Node } from "../src/core/hierarchy";
import { PlaceProblem } from "../src/core/place";
import { parseStatus, parseStatusFilter, DEFAULT_STATUSES } from "../src/core/status";
import { closest, isWordPrefix } from "../src/core/suggest";
import { parseCapacityUnit, parseOutputUnit } from "../src/core/units";
import { references } from "../src/data/references";

describe("hierarchy", () => {
  const tree = new Hierarchy([
    { id: "a", name: "A", parent: null },
    { id: "b", name: "B", parent: "a", aliases: ["Bee"] },
    { id: "c", name: "C", parent: "b" },
    { id: "d", name: "D", parent: "a" },
  ]);
  test("containment follows the tree and includes the node itself", () => {
    expect(tree.contains("a", "c")).toBe(true);
    expect(tree.contains("b", "b")).toBe(true);
    expect(tree.contains("b", "d")).toBe(false);
    expect(tree.contains("c", "b")).toBe(false);
    expect(tree.contains("a", "nope")).toBe(false);
  });
  test("a node added later is placed in the tree", () => {
    const t = new Hierarchy<Node>([{ id: "r", name: "R", parent: null }]);
    t.add({ id: "x", name: "X", parent: "r" });
    expect(t.contains("r", "x")).toBe(true);
    expect(() => t.add({ id: "y", name: "Y", parent: "missing" })).toThrow(/unknown parent/);
    expect(() => t.add({ id: "x", name: "X2", parent: "r" })).toThrow(/duplicate/);
  });
  test("names and aliases fold case and accents", () => {
    expect(tree.lookup("bee").map((n) => n.id)).toEqual(["b"]);
    expect(tree.ancestors("c").map((n) => n.id)).toEqual(["c", "b", "a"]);
  });
});

describe("gazetteer", () => {
  const { places } = references();
  test("countries have ISO codes and aliases", () => {
    expect(places.find("United States")[0].iso).toBe("US");
    expect(places.find("USA")[0].id).toBe(places.find("US")[0].id);
    expect(places.find("Tanger")[0].name).toBe("Tangier");
    expect(places.find("Nei Mongol")[0].name).toBe("Inner Mongolia");
    expect(places.find("Québec")[0].name).toBe(places.find("Quebec")[0].name);
  });
  test("hierarchy: site ⊂ city ⊂ region ⊂ country", () => {
    const [park] = places.find("Jiuyuan Industrial Park");
    expect(places.qualified(park.id)).toBe(
      "Jiuyuan Industrial Park, Baotou, Inner Mongolia, China"
    );
    expect(places.contains(places.find("China")[0].id, park.id)).toBe(true);
  });
  test("a qualified name narrows by an enclosing place", () => {
    expect(places.find("Baotou, China")).toHaveLength(1);
    expect(places.find("Baotou, Morocco")).toHaveLength(0);
  });
  test("locate: unknown or misplaced places are problems, new sites are added under their city", () => {
    const none = { site: null, city: null, region: null };
    expect(places.locate({ ...none, country: "Atlantis" })).toEqual(
      new PlaceProblem('country "Atlantis" is not in the gazetteer')
    );
    expect(places.locate({ ...none, city: "Baotou", country: "Morocco" })).toEqual(
      new PlaceProblem('city "Baotou" is not in the gazetteer in Morocco')
    );
    const site = places.locate({
      site: "New Plant",
      city: "Kendal",
      region: "Central Java",
      country: "Indonesia",
    });
    expect(site).not.toBeInstanceOf(PlaceProblem);
    expect(places.qualified((site as { id: string }).id)).toBe(
      "New Plant, Kendal, Central Java, Indonesia"
    );
    expect(places.locate({ site: null, city: null, region: null, country: null })).toBeInstanceOf(
      PlaceProblem
    );
  });
  test("locate for a user's own lines: towns the gazetteer lacks are added under a known country, near-misses are typos", () => {
    const none = { site: null, city: null, region: null };
    const town = places.locate(
      { ...none, city: "Wolfsburg", region: "Lower Saxony", country: "Germany" },
      true
    );
    expect(town).not.toBeInstanceOf(PlaceProblem);
    expect(places.qualified((town as { id: string }).id)).toBe("Wolfsburg, Lower Saxony, Germany");
    expect(places.find("Wolfsburg")).toHaveLength(1);
    // the country must be known; a name one letter off a known one is taken for a typo
    expect(places.locate({ ...none, city: "Springfield", country: "Atlantis" }, true)).toEqual(
      new PlaceProblem('country "Atlantis" is not in the gazetteer')
    );
    expect(places.locate({ ...none, city: "Baotuo", country: "China" }, true)).toEqual(
      new PlaceProblem('city "Baotuo" is not in the gazetteer in China. Did you mean "Baotou"?')
    );
    // without it (the dataset), every place must be in the gazetteer
    expect(places.locate({ ...none, city: "Goodyear", country: "United States" })).toBeInstanceOf(
      PlaceProblem
    );
  });
});

describe("materials", () => {
  const { materials } = references();
  test("synonyms, parentheses and prefixes find the node", () => {
    expect(materials.find("battery-grade lithium hydroxide")?.id).toBe("lithium-hydroxide");
    expect(materials.find("nickel in mixed hydroxide precipitate (MHP)")?.id).toBe("nickel-mhp");
    expect(materials.find("rough NdFeB magnets")?.id).toBe("magnets");
    expect(materials.find("hydrogen storage alloy (AB5)")?.id).toBe("hydrogen-storage-alloy");
    expect(materials.find("unobtainium")).toBeUndefined();
  });
  test("the tree nests as DESIGN.md describes", () => {
    expect(materials.contains("rare-earths", "hydrogen-storage-alloy")).toBe(true);
    expect(materials.contains("ree-metals", "hydrogen-storage-alloy")).toBe(true);
    expect(materials.contains("anode", "synthetic-graphite-anode")).toBe(true);
    expect(materials.contains("cathode", "lfp-cathode")).toBe(true);
    expect(materials.get("cells")?.measure).toBe("energy");
  });
});

describe("companies", () => {
  const { companies } = references();
  test("aliases, legal forms and parents", () => {
    expect(companies.exact("BTR")?.name).toBe("BTR New Material Group");
    expect(companies.exact("CATL")?.name).toBe("Contemporary Amperex Technology");
    expect(companies.exact("BTR New Material Group Co., Ltd.")?.name).toBe(
      "BTR New Material Group"
    );
    expect(companies.lineage(companies.exact("BTR")!).map((c) => c.name)).toEqual([
      "BTR New Material Group",
      "China Baoan Group",
    ]);
  });
  test("an unknown company becomes its own canonical entry with its parent", () => {
    const c = companies.canonical("Nova Cathode Ltd", "Nova Holdings");
    expect(companies.exact("Nova Cathode")).toBe(c);
    expect(c.parents).toEqual(["Nova Holdings"]);
  });
});

describe("statuses", () => {
  test("names and aliases", () => {
    expect(parseStatus("MoU")).toBe("agreement signed");
    expect(parseStatus("Under Construction")).toBe("under construction");
    expect(parseStatus("canceled")).toBe("cancelled");
    expect(parseStatus("rumour")).toBeUndefined();
  });
  test("filters: default, lists, active, all", () => {
    expect([...parseStatusFilter(null)]).toEqual(DEFAULT_STATUSES);
    expect([...parseStatusFilter("operating; approved")]).toEqual(["operating", "approved"]);
    expect(parseStatusFilter("all").size).toBe(9);
    expect(parseStatusFilter("active").has("shelved")).toBe(false);
    expect(() => parseStatusFilter(",")).toThrow(/no status given/);
  });
});

describe("units and dates", () => {
  test("capacity units normalise to a year", () => {
    expect(parseCapacityUnit("t/month")?.factor).toBe(12);
    expect(parseCapacityUnit("ktpa")?.factor).toBe(1000);
    expect(parseCapacityUnit("GWh")?.measure).toBe("energy");
    expect(parseCapacityUnit("barrels")).toBeUndefined();
  });
  test("output units", () => {
    expect(parseOutputUnit(null).symbol).toBe("t");
    expect(parseOutputUnit("Mt/yr").symbol).toBe("Mt");
    expect(parseOutputUnit("gwh").symbol).toBe("GWh");
    expect(() => parseOutputUnit("t/month")).toThrow(/unit: "t\/month" is not a unit/);
  });
  test("dates: ISO, partial, invalid, and Excel serials", () => {
    expect(formatDay(parseDay("2019-02-14")!)).toBe("2019-02-14");
    expect(formatDay(parseDay("2022")!)).toBe("2022-01-01");
    expect(formatDay(parseDay("2026-09")!)).toBe("2026-09-01");
    expect(parseDay("2019-02-29")).toBeUndefined();
    expect(parseDay("2019-13-01")).toBeUndefined();
    expect(formatDay(excelSerialToDay(43646))).toBe("2019-06-30");
    expect(dayToExcelSerial(parseDay("2019-06-30")!)).toBe(43646);
  });
});

describe("suggestions", () => {
  test("close names, best first; nothing for far ones", () => {
    expect(closest("Baotu", ["Baotou", "Bautista", "China"])).toEqual(["Baotou"]);
    expect(closest("Xyzzy", ["Baotou", "China"])).toEqual([]);
  });
  test("word prefixes", () => {
    expect(isWordPrefix("Baotou Jigan", "Baotou Jigan Rare Earth New Materials")).toBe(true);
    expect(isWordPrefix("Baotou Ji", "Baotou Jigan Rare Earth")).toBe(true);
    expect(isWordPrefix("Jigan", "Baotou Jigan")).toBe(false);
  });
});
