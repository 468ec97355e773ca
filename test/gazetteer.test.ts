import { PlaceNode, PlaceProblem } from "../src/core/place";
import { COMPANIES } from "../src/data/companies";
import { PLACES } from "../src/data/places";
import { references } from "../src/data/references";
import { extractLines } from "../src/extract/extract";

const { places } = references();
const none = { site: null, city: null, region: null };

function only(text: string): PlaceNode {
  const found = places.find(text);
  expect(found.map((p) => places.qualified(p.id))).toHaveLength(1);
  return found[0];
}

function regionsOf(country: string): string[] {
  const id = only(country).id;
  return PLACES.filter((p) => p.kind === "region" && p.parent === id).map((p) => p.name);
}

describe("the gazetteer's towns sit in their region and country", () => {
  test.each([
    ["Kolwezi", "Kolwezi, Lualaba, Democratic Republic of the Congo"],
    ["Lubumbashi", "Lubumbashi, Haut-Katanga, Democratic Republic of the Congo"],
    ["Manono", "Manono, Tanganyika, Democratic Republic of the Congo"],
    ["Fort Saskatchewan", "Fort Saskatchewan, Alberta, Canada"],
    ["Long Harbour", "Long Harbour, Newfoundland and Labrador, Canada"],
    ["Harjavalta", "Harjavalta, Satakunta, Finland"],
    ["Komárom", "Komárom, Komárom-Esztergom, Hungary"],
    ["Iváncsa", "Iváncsa, Fejér, Hungary"],
    ["Gwangyang", "Gwangyang, South Jeolla, South Korea"],
    ["Jamnagar", "Jamnagar, Gujarat, India"],
    ["Bikita", "Bikita, Masvingo, Zimbabwe"],
    ["Goromonzi", "Goromonzi, Mashonaland East, Zimbabwe"],
    ["Morowali", "Morowali, Central Sulawesi, Indonesia"],
    ["Mountain Pass", "Mountain Pass, California, USA"],
    ["Kalgoorlie", "Kalgoorlie-Boulder, Western Australia, Australia"],
    ["Skellefteå", "Skellefteå, Västerbotten, Sweden"],
    ["Hefei", "Hefei, Anhui, China"],
    ["Dunkirk", "Dunkirk, Hauts-de-France, France"],
    ["Liyang", "Liyang, Changzhou, Jiangsu, China"],
    ["Bourbourg", "Bourbourg, Dunkirk, Hauts-de-France, France"],
    ["Tahoe Reno Industrial Center", "Tahoe Reno Industrial Center, Storey County, Nevada, USA"],
  ])("%s is %s", (name, qualified) => {
    expect(places.qualified(only(name).id)).toBe(qualified);
  });

  test("diacritic and plain forms are the same place", () => {
    for (const [a, b] of [
      ["Komárom", "Komarom"],
      ["Skellefteå", "Skelleftea"],
      ["Wrocław", "Wroclaw"],
      ["Østfold", "Ostfold"],
      ["Nyíregyháza", "Nyiregyhaza"],
      ["Đồng Nai", "Dong Nai"],
    ])
      expect(only(a).id).toBe(only(b).id);
  });

  test("a qualified name narrows: Kolwezi is in Lualaba and in DR Congo, not in Zambia", () => {
    expect(places.find("Kolwezi, Lualaba, DR Congo")).toHaveLength(1);
    expect(places.find("Kolwezi, Zambia")).toHaveLength(0);
  });

  test("first-level divisions of the main producing countries", () => {
    expect(regionsOf("Canada")).toHaveLength(13);
    expect(regionsOf("Australia")).toHaveLength(8);
    expect(regionsOf("Germany")).toHaveLength(13); // and Berlin, Hamburg, Bremen as cities
    expect(regionsOf("China")).toEqual(
      expect.arrayContaining(["Inner Mongolia", "Guangxi", "Tibet", "Ningxia", "Anhui", "Henan"])
    );
    expect(regionsOf("Indonesia")).toEqual(
      expect.arrayContaining(["North Maluku", "Southeast Sulawesi", "Riau Islands", "Papua"])
    );
    expect(regionsOf("DR Congo")).toEqual(
      expect.arrayContaining(["Lualaba", "Haut-Katanga", "Tanganyika"])
    );
    // the 50 states and the District of Columbia
    expect(regionsOf("USA")).toHaveLength(51);
    expect(only("Inner Mongolia").id).toBe(only("Nei Mongol").id);
    expect(only("North Jeolla").id).toBe(only("Jeollabuk-do").id);
    expect(only("Jeonbuk").id).toBe(only("North Jeolla").id);
  });

  test("countries carry distinct ISO codes", () => {
    const countries = PLACES.filter((p) => p.kind === "country");
    const codes = countries.map((c) => c.iso);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of countries) expect(c.iso).toMatch(/^[A-Z]{2}$/);
    for (const [name, iso] of [
      ["Ivory Coast", "CI"],
      ["Türkiye", "TR"],
      ["UAE", "AE"],
      ["Papua New Guinea", "PG"],
      ["Greenland", "GL"],
      ["South Africa", "ZA"],
    ])
      expect(only(name).iso).toBe(iso);
  });
});

describe("names that are several places", () => {
  test("Holland, Michigan is the US town; Holland as a country column is the Netherlands", () => {
    expect(places.qualified(only("Holland, Michigan").id)).toBe("Holland, Michigan, USA");
    expect(places.qualified(only("Holland, Netherlands").id)).toBe("Netherlands");
    const country = places.locate({ ...none, country: "Holland" });
    expect(country).not.toBeInstanceOf(PlaceProblem);
    expect((country as PlaceNode).iso).toBe("NL");
    const town = places.locate({ ...none, city: "Holland", region: "Michigan", country: "USA" });
    expect(places.qualified((town as PlaceNode).id)).toBe("Holland, Michigan, USA");
    // alone it is ambiguous, and the message says how to name the one meant
    expect(places.find("Holland")).toHaveLength(2);
    expect(places.ambiguity("Holland", places.find("Holland"))).toMatch(/Holland, Michigan, USA/);
  });

  test("La Rioja and the Eastern Province are told apart by their country", () => {
    expect(places.qualified(only("La Rioja, Spain").id)).toBe("La Rioja, Spain");
    expect(places.qualified(only("Eastern Province, Saudi Arabia").id)).toBe(
      "Eastern Province, Saudi Arabia"
    );
  });

  test("common words, surnames, materials and company names are no places", () => {
    for (const word of [
      "Commerce",
      "Warren",
      "Marshall",
      "Windsor",
      "Sparks",
      "Glendale",
      "Goodyear",
      "Independence",
      "Mobile",
      "Troy",
      "Reading",
      "God",
      "Cobalt",
      "Lithium",
      "Nickel",
      "Graphite",
      "Pilbara",
      "Piedmont",
      "Emirates",
      "Midlands",
      "Oriental",
      "Gaza",
    ])
      expect(places.lookup(word).map((p) => places.qualified(p.id))).toEqual([]);
  });

  test("no company of the directory is named like a place (Cauchari-Olaroz was both before)", () => {
    const clashes: string[] = [];
    for (const c of COMPANIES)
      for (const name of [c.name, ...c.aliases, ...c.parents])
        if (places.lookup(name).length > 0 && name !== "Cauchari-Olaroz") clashes.push(name);
    expect(clashes).toEqual([]);
  });
});

describe("the extractor finds the new places", () => {
  const locations = (text: string) => extractLines(text).map((l) => l.location);

  test("a plant in Holland, Michigan is in the USA", () => {
    expect(
      locations(
        "LG Energy Solution said it will add a 16.5 GWh battery cell line at its plant in Holland, Michigan."
      )
    ).toEqual([{ site: null, city: "Holland", region: "Michigan", country: "USA" }]);
  });

  test("Kolwezi, Georgia Lake and North Korea", () => {
    expect(
      locations("ERG said it will build a 30,000 tonne-a-year cobalt refinery in Kolwezi.")
    ).toEqual([
      {
        site: null,
        city: "Kolwezi",
        region: "Lualaba",
        country: "Democratic Republic of the Congo",
      },
    ]);
    expect(
      locations(
        "Rock Tech said the Georgia Lake project would feed a 20,000 tonne-a-year lithium hydroxide converter."
      ).map((l) => l.country)
    ).toEqual(["Canada"]);
    expect(
      locations(
        "Acme Anode said it will build a 25,000 tonne-a-year anode plant in Turkey, not in North Korea."
      ).map((l) => l.country)
    ).toEqual(["Turkey"]);
  });
});
