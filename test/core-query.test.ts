import { CaptrackError } from "../src/core/errors";
import { capacity, count, linesOf } from "../src/core/query";

import { ledgerOf, record, seedLedger } from "./support/records";

const seeds = seedLedger();

/** The error a call throws, for asserting its kind and message. */
function failure(f: () => unknown): CaptrackError {
  try {
    f();
  } catch (e) {
    if (e instanceof CaptrackError) return e;
    throw e;
  }
  throw new Error("expected a CaptrackError, got an answer");
}

describe("DESIGN.md's table of answers, from the seed lines", () => {
  test("CAPACITY(Baotou) is the 20,000 t/yr regional total, not 20,000 + 8,000", () => {
    expect(capacity(seeds, "Baotou")).toBe(20000);
  });
  test("CAPACITY(Baotou Xinhao) is its one line", () => {
    expect(capacity(seeds, "Baotou Xinhao")).toBe(5000);
  });
  test("CAPACITY(Baotou Jigan) adds its two lines and no regional total", () => {
    expect(capacity(seeds, "Baotou Jigan")).toBe(3000);
  });
  test("CAPACITY(Baotou, hydrogen storage alloy) is the material subtree", () => {
    expect(capacity(seeds, "Baotou", { material: "hydrogen storage alloy" })).toBe(500);
  });
  test("COUNT(Morocco) counts BTR's undisclosed Tangier plant", () => {
    expect(count(seeds, "Morocco")).toBe(1);
  });
  test("CAPACITY(Kazakhstan) is #N/A: capacity not disclosed, naming the line", () => {
    const e = failure(() => capacity(seeds, "Kazakhstan"));
    expect(e.kind).toBe("na");
    expect(e.message).toMatch(/capacity not disclosed/);
    expect(e.message).toMatch(/Zhicun Lithium Group/);
  });
  test("the seed answers hold as of the seed article's date and later", () => {
    for (const asOf of ["2019-02-14", "2019-03-01", "2019-06-30"]) {
      expect(capacity(seeds, "Baotou", { asOf })).toBe(20000);
      expect(capacity(seeds, "Baotou Jigan", { asOf })).toBe(3000);
    }
  });
  test("before the announcement nothing matches", () => {
    expect(failure(() => capacity(seeds, "Baotou", { asOf: "2019-02-13" })).kind).toBe("na");
    expect(count(seeds, "Baotou", { asOf: "2019-02-13" })).toBe(0);
  });
});

describe("query resolution", () => {
  test("places resolve at every level and by alias", () => {
    expect(capacity(seeds, "Inner Mongolia")).toBe(20000);
    expect(capacity(seeds, "Nei Mongol")).toBe(20000);
    expect(capacity(seeds, "China")).toBe(20000);
    expect(capacity(seeds, "CN")).toBe(20000);
    expect(capacity(seeds, "Jiuyuan Industrial Park")).toBe(8000);
    expect(count(seeds, "Tanger")).toBe(1);
    expect(count(seeds, "Tangier Technopark City")).toBe(1);
  });
  test("companies resolve by canonical name, alias, legal form, prefix and parent", () => {
    expect(count(seeds, "BTR")).toBe(2);
    expect(count(seeds, "BTR New Material Group Co., Ltd.")).toBe(2);
    expect(count(seeds, "China Baoan Group")).toBe(2);
    expect(capacity(seeds, "baotou xinhao rare")).toBe(5000);
  });
  test("an ambiguous company prefix names the candidates", () => {
    const ledger = ledgerOf([
      record({ company: "Ganfeng Lithium" }),
      record({ company: "Ganzhou Rare Earth" }),
    ]);
    const e = failure(() => capacity(ledger, "Gan"));
    expect(e.kind).toBe("na");
    expect(e.message).toMatch(/"Ganfeng Lithium".*"Ganzhou Rare Earth"/);
  });
  test("materials resolve by name, synonym and group", () => {
    expect(capacity(seeds, "rare earths")).toBe(20000);
    expect(capacity(seeds, "REE metals & alloys")).toBe(20000);
    expect(capacity(seeds, "AB5")).toBe(500);
    expect(count(seeds, "cathode")).toBe(1);
  });
  test('"*" means every line', () => {
    expect(count(seeds, "*")).toBe(6);
    expect(capacity(seeds, "*")).toBe(20000);
  });
  test("an unknown name is #N/A with a suggestion when one is close", () => {
    const e = failure(() => capacity(seeds, "Baotu"));
    expect(e.kind).toBe("na");
    expect(e.message).toBe(
      'no place, company or material is called "Baotu". Did you mean "Baotou"?'
    );
    expect(failure(() => capacity(seeds, "Moroco")).message).toMatch(/Did you mean "Morocco"/);
    expect(failure(() => capacity(seeds, "Xyzzy")).message).toBe(
      'no place, company or material is called "Xyzzy".'
    );
  });
  test("an empty query is a bad argument", () => {
    const e = failure(() => capacity(seeds, "  "));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/query is empty. Accepted: a place, company or material/);
  });
  test("a known place with no lines is #N/A for CAPACITY and 0 for COUNT", () => {
    expect(failure(() => capacity(seeds, "Chile")).message).toMatch(
      /no announced line matches "Chile"/
    );
    expect(count(seeds, "Chile")).toBe(0);
  });
});

describe("filters", () => {
  test("an unknown material is #VALUE! naming what is accepted", () => {
    const e = failure(() => capacity(seeds, "Baotou", { material: "unobtainium" }));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(
      /^material: "unobtainium" is not a known material. Accepted: .*"lithium"/
    );
  });
  test("a misspelt material suggests the right one", () => {
    expect(failure(() => capacity(seeds, "*", { material: "lithium hydroxyde" })).message).toMatch(
      /Did you mean "lithium hydroxide"/
    );
  });
  test("an unknown status is #VALUE! listing the statuses", () => {
    const e = failure(() => capacity(seeds, "Baotou", { status: "built" }));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(
      /status: "built" is not a status. Accepted: "talks", "agreement signed",/
    );
  });
  test("status narrows, lists and aliases work", () => {
    expect(capacity(seeds, "Baotou", { status: "approved" })).toBe(8000);
    expect(capacity(seeds, "Baotou", { status: "approved, under construction" })).toBe(20000);
    expect(count(seeds, "*", { status: "MoU" })).toBe(1);
    expect(count(seeds, "*", { status: "all" })).toBe(6);
  });
  test("shelved and cancelled lines are left out unless asked for", () => {
    const ledger = ledgerOf([
      record({ capacity: 100, status: "operating" }),
      record({ capacity: 200, status: "shelved", company: "B" }),
      record({ capacity: 400, status: "cancelled", company: "C" }),
    ]);
    expect(capacity(ledger, "China")).toBe(100);
    expect(capacity(ledger, "China", { status: "all" })).toBe(700);
    expect(capacity(ledger, "China", { status: "shelved" })).toBe(200);
  });
  test("as-of takes an Excel date serial or ISO text, and refuses what is not a date", () => {
    // 43646 is 2019-06-30 in Excel's calendar
    expect(capacity(seeds, "Baotou", { asOf: 43646 })).toBe(20000);
    expect(capacity(seeds, "Baotou", { asOf: 43510 })).toBe(20000); // 2019-02-14
    expect(failure(() => capacity(seeds, "Baotou", { asOf: 43509 })).kind).toBe("na");
    for (const asOf of ["2019-02-30", "June 2019", "yesterday"]) {
      const e = failure(() => capacity(seeds, "Baotou", { asOf }));
      expect(e.kind).toBe("value");
      expect(e.message).toMatch(
        /^asOf: .* is not a date. Accepted: a date cell or text such as "2019-06-30"/
      );
    }
    expect(failure(() => capacity(seeds, "Baotou", { asOf: -5 })).message).toMatch(
      /asOf: -5 is not a date/
    );
  });
  test("units: kt and Mt divide, GWh is for cells, a bad unit is refused", () => {
    expect(capacity(seeds, "Baotou", { unit: "kt" })).toBe(20);
    expect(capacity(seeds, "Baotou", { unit: "Mt" })).toBe(0.02);
    expect(capacity(seeds, "Baotou", { unit: "t/yr" })).toBe(20000);
    expect(failure(() => capacity(seeds, "Baotou", { unit: "GWh" })).message).toMatch(
      /measured in t, not GWh. Use unit "t"/
    );
    expect(failure(() => capacity(seeds, "Baotou", { unit: "lb" })).kind).toBe("value");
  });
  test("cells count in GWh; tonnes and GWh are never added together", () => {
    const ledger = ledgerOf([
      record({
        company: "CATL",
        material: "lithium-ion battery cells",
        capacity: 100,
        unit: "GWh",
        country: "Hungary",
        city: "Debrecen",
        region: "Hajdú-Bihar",
      }),
      record({ company: "Cathode Co", material: "LFP", capacity: 5000, country: "Hungary" }),
    ]);
    expect(capacity(ledger, "Hungary", { unit: "GWh" })).toBe(100);
    expect(capacity(ledger, "Hungary")).toBe(5000);
    expect(failure(() => capacity(ledger, "CATL")).message).toMatch(
      /measured in GWh, not t. Use unit "GWh"/
    );
    expect(count(ledger, "Hungary")).toBe(2);
  });
  test("a material filter outside the query's material is #N/A", () => {
    expect(failure(() => capacity(seeds, "lithium", { material: "cathode" })).message).toMatch(
      /no line can be both "lithium" and "cathode"/
    );
  });
  test("stated units are normalised: t/month is 12 a year, kt/yr a thousand", () => {
    const ledger = ledgerOf([
      record({ capacity: 500, unit: "t/month" }),
      record({ company: "K", capacity: 2, unit: "kt/yr" }),
    ]);
    expect(capacity(ledger, "China")).toBe(8000);
  });
});

describe("undisclosed lines", () => {
  test("are counted and listed but add nothing", () => {
    const ledger = ledgerOf([
      record({ capacity: 100 }),
      record({ company: "Quiet Co", capacity: null, unit: null }),
    ]);
    expect(capacity(ledger, "China")).toBe(100);
    expect(count(ledger, "China")).toBe(2);
    expect(linesOf(ledger, "China").map((l) => l.capacity)).toEqual([100, null]);
  });
  test("when every line is undisclosed CAPACITY says so rather than 0", () => {
    const e = failure(() => capacity(seeds, "BTR"));
    expect(e.kind).toBe("na");
    expect(e.message).toMatch(/capacity not disclosed: 2 line\(s\) match "BTR New Material Group"/);
  });
});

describe("aggregates: no double counting", () => {
  const region = { city: "Baotou", region: "Inner Mongolia", country: "China" };
  const rare = { material: "rare earth metals and alloys", announced: "2019-02-14" };
  const aggregate = record({
    ...rare,
    ...region,
    company: "(aggregate)",
    kind: "aggregate",
    capacity: 20000,
    status: "under construction",
    period: { from: "2018-12-14", to: "2019-02-14" },
  });

  test("the total is max(aggregate, covered lines) when the lines exceed the claim", () => {
    const ledger = ledgerOf([
      aggregate,
      record({ ...rare, ...region, company: "A", capacity: 15000 }),
      record({ ...rare, ...region, company: "B", capacity: 9000 }),
    ]);
    expect(capacity(ledger, "Baotou")).toBe(24000);
  });
  test("lines the aggregate does not cover add on top: other place, other material, other period", () => {
    const ledger = ledgerOf([
      aggregate,
      record({ ...rare, ...region, company: "A", capacity: 5000 }),
      record({ ...rare, region: "Jiangxi", country: "China", company: "Elsewhere", capacity: 700 }),
      record({
        ...region,
        company: "Lithium Co",
        material: "lithium carbonate",
        announced: "2019-02-01",
        capacity: 300,
      }),
      record({ ...rare, ...region, company: "Later Co", announced: "2023-05-01", capacity: 1000 }),
    ]);
    expect(capacity(ledger, "Baotou")).toBe(20000 + 300 + 1000);
    expect(capacity(ledger, "China")).toBe(20000 + 700 + 300 + 1000);
    expect(capacity(ledger, "Baotou", { asOf: "2019-03-01" })).toBe(20000 + 300);
  });
  test("a company query never picks up a regional total", () => {
    const ledger = ledgerOf([
      aggregate,
      record({ ...rare, ...region, company: "A", capacity: 5000 }),
    ]);
    expect(capacity(ledger, "A")).toBe(5000);
    expect(linesOf(ledger, "A").some((l) => l.kind === "aggregate")).toBe(false);
  });
  test("a query narrower than the aggregate's material or place ignores it", () => {
    const ledger = ledgerOf([
      aggregate,
      record({
        ...rare,
        ...region,
        company: "A",
        capacity: 5000,
        location: {
          site: "Jiuyuan Industrial Park",
          city: "Baotou",
          region: "Inner Mongolia",
          country: "China",
        },
      }),
      record({
        ...region,
        company: "A",
        material: "hydrogen storage alloy",
        announced: "2019-02-14",
        capacity: 500,
      }),
    ]);
    expect(capacity(ledger, "Jiuyuan Industrial Park")).toBe(5000);
    expect(capacity(ledger, "Baotou", { material: "hydrogen storage alloy" })).toBe(500);
    expect(capacity(ledger, "Baotou", { material: "rare earths" })).toBe(20000);
  });
  test("an aggregate whose status is filtered out does not count, its lines do", () => {
    const ledger = ledgerOf([
      aggregate,
      record({ ...rare, ...region, company: "A", capacity: 5000, status: "approved" }),
    ]);
    expect(capacity(ledger, "Baotou", { status: "approved" })).toBe(5000);
  });
  test("nested aggregates: a city total inside a region total is not added twice", () => {
    const regional = record({
      ...rare,
      company: "(aggregate)",
      kind: "aggregate",
      capacity: 30000,
      region: "Inner Mongolia",
      country: "China",
      status: "under construction",
      period: { from: "2018-01-01", to: "2019-03-01" },
    });
    const ledger = ledgerOf([
      aggregate,
      regional,
      record({ ...rare, ...region, company: "A", capacity: 5000 }),
    ]);
    expect(capacity(ledger, "Inner Mongolia")).toBe(30000);
    expect(capacity(ledger, "Baotou")).toBe(20000);
  });
  test("the region total is kept when the city totals inside it exceed it", () => {
    const regional = record({
      ...rare,
      company: "(aggregate)",
      kind: "aggregate",
      capacity: 10000,
      region: "Inner Mongolia",
      country: "China",
      status: "under construction",
      period: { from: "2018-01-01", to: "2019-03-01" },
    });
    const ledger = ledgerOf([aggregate, regional]);
    expect(capacity(ledger, "China")).toBe(20000);
  });
  test("LINES lists the lines behind the number, then the aggregate that counts", () => {
    const found = linesOf(seeds, "Baotou");
    expect(found.map((l) => [l.company, l.capacity])).toEqual([
      ["Baotou Xinhao Rare Earth New Materials", 5000],
      ["Baotou Jigan Rare Earth New Materials", 2500],
      ["Baotou Jigan Rare Earth New Materials", 500],
      ["Baotou companies (aggregate)", 20000],
    ]);
  });
  test("COUNT counts production lines, not totals", () => {
    expect(count(seeds, "Baotou")).toBe(3);
  });
});

describe("answers are remembered per ledger", () => {
  test("the same question twice gives the same answer; errors are remembered too", () => {
    const ledger = ledgerOf([record({ capacity: 100 })]);
    expect(capacity(ledger, "China")).toBe(100);
    const size = ledger.answers.size;
    expect(capacity(ledger, "China")).toBe(100);
    expect(ledger.answers.size).toBe(size);
    expect(failure(() => capacity(ledger, "Nowhere")).kind).toBe("na");
    expect(failure(() => capacity(ledger, "Nowhere")).kind).toBe("na");
  });
});
