import { embeddedLedger } from "../src/data/embedded";
import { references } from "../src/data/references";
import { addAccepted, readArticle } from "../src/taskpane/import";
import { TrackerAddition } from "../src/workbook/create";
import {
  alreadyTracked,
  ArticleSource,
  checkProposal,
  checkSource,
  inDataset,
  lineProblems,
  Proposal,
} from "../src/workbook/proposals";
import { LineRecord } from "../src/core/line";

const ARTICLE = `Nova Cathode breaks ground on Hungarian LFP plant

DEBRECEN, Hungary, May 3, 2024 - Nova Cathode said on Friday it has started construction of a cathode plant in Debrecen that will make 20,000 tonnes a year of LFP cathode material from 2026.

The company also signed an agreement with Hajdu Metals to study a second plant of 10,000 tonnes per year of precursor in Debrecen.

Hungary consumed 3,000 tonnes of cathode material last year, the ministry said.
`;
const refs = references();
const url = "https://example.org/nova-debrecen";

function read(): { proposals: Proposal[]; source: ArticleSource } {
  const reading = readArticle(ARTICLE, refs);
  expect(reading.notice).toBeNull();
  return { proposals: reading.proposals, source: { ...reading.source, url } };
}

describe("reading an article", () => {
  test("proposes its lines as editable fields, with the headline and the dateline's date", () => {
    const reading = readArticle(ARTICLE, refs);
    expect(reading.source).toEqual({
      url: "",
      title: "Nova Cathode breaks ground on Hungarian LFP plant",
      publisher: "",
      date: "2024-05-03",
    });
    expect(reading.proposals).toHaveLength(2);
    expect(reading.proposals[0]).toMatchObject({
      company: "Nova Cathode",
      material: "LFP cathode",
      capacity: "20000",
      unit: "t/yr",
      status: "under construction",
      city: "Debrecen",
      country: "Hungary",
      accepted: true,
    });
    const { sentence, start, end } = reading.proposals[0].evidence;
    expect(ARTICLE.slice(start, end)).toBe(sentence);
    expect(sentence).toMatch(/^DEBRECEN.*from 2026\.$/);
    // last year's consumption is not a capacity
    expect(reading.proposals.map((p) => p.capacity)).not.toContain("3000");
  });

  test("empty, binary and capacity-free text each get a message", () => {
    expect(readArticle("   ").notice).toMatchObject({
      intent: "warning",
      message: expect.stringContaining("is empty"),
    });
    expect(readArticle("a\u0000b").notice?.message).toMatch(/binary/);
    const none = readArticle("Lithium prices fell 5% to $10,500 a tonne on Monday, traders said.");
    expect(none.proposals).toEqual([]);
    expect(none.notice).toMatchObject({ intent: "info", title: "No production lines found" });
  });
});

describe("checking a proposal", () => {
  test("a proposal becomes the record a Tracker row would hold", () => {
    const { proposals, source } = read();
    const checked = checkProposal(proposals[0], source, refs);
    if ("problems" in checked) throw new Error(checked.problems.join("; "));
    expect(checked.record).toMatchObject({
      company: "Nova Cathode",
      capacity: 20000,
      unit: "t/yr",
      announced: "2024-05-03",
      source: { url, date: "2024-05-03", title: source.title },
      location: { city: "Debrecen", country: "Hungary" },
    });
    expect([checked.line.city, checked.line.region, checked.line.country]).toEqual([
      "Debrecen",
      "Hajdú-Bihar",
      "Hungary",
    ]);
  });

  test("an edit that cannot be a line says what is wrong and what is accepted", () => {
    const { proposals, source } = read();
    const p = proposals[0];
    expect(lineProblems({ ...p, capacity: "about 20k" }, source, refs)).toEqual([
      'capacity "about 20k" is not a number: give tonnes (or GWh) a year as a number, or leave it empty when undisclosed',
    ]);
    expect(lineProblems({ ...p, material: "unobtainium" }, source, refs).join()).toMatch(
      /material "unobtainium" is not in the taxonomy/
    );
    expect(lineProblems({ ...p, company: " " }, source, refs)).toEqual(["no company"]);
    expect(lineProblems({ ...p, city: "Debrecen", country: "Atlantis" }, source, refs)).toEqual([
      'country "Atlantis" is not in the gazetteer',
    ]);
    // the article's own fields are checked apart, once
    expect(lineProblems(p, { ...source, url: "", date: "" }, refs)).toEqual([]);
    expect(checkSource({ ...source, url: "example.org", date: "3 May" })).toEqual([
      expect.stringMatching(/address/),
      expect.stringMatching(/YYYY-MM-DD/),
    ]);
    expect(checkSource(source)).toEqual([]);
  });
});

describe("lines the Tracker holds already", () => {
  const record = (capacity: number | null, status = "under construction"): LineRecord => ({
    company: "Nova Cathode Ltd.",
    material: "LFP",
    capacity,
    unit: capacity === null ? null : "t/yr",
    location: { site: null, city: "Debrecen", region: null, country: "Hungary" },
    status,
    kind: "line",
    announced: "2024-05-03",
    source: { url, title: "t", publisher: null, date: null },
  });
  const tracker = [
    ["Company", "Material", "Capacity", "Status", "City", "Country", "Date", "URL"],
    [
      "Nova Cathode",
      "LFP cathode",
      20000,
      "under construction",
      "Debrecen",
      "Hungary",
      "2024-01-01",
      url,
    ],
    ["", "", "", "", "", "", "", ""],
  ];

  test("are found by company, material, place, phase, capacity and status, names as the ledger reads them", () => {
    expect(alreadyTracked([record(20000)], tracker, refs, 5)).toEqual([5]);
    // a new capacity or status is a new report of the line: it is added
    expect(alreadyTracked([record(25000), record(20000, "operating")], tracker, refs, 5)).toEqual([
      null,
      null,
    ]);
  });

  test("the same line twice in one batch is added once", () => {
    expect(alreadyTracked([record(30000), record(30000)], tracker, refs)).toEqual([null, -1]);
  });
});

describe("adding the ticked lines", () => {
  const ok = () => null;
  function fakeTracker(result: (records: LineRecord[]) => TrackerAddition) {
    const calls: LineRecord[][] = [];
    return {
      calls,
      add: async (records: LineRecord[]) => {
        calls.push(records);
        return result(records);
      },
    };
  }

  test("sends the right ticked lines and marks each: added, tracked already, or wrong", async () => {
    const { proposals, source } = read();
    const lines = [
      proposals[0],
      { ...proposals[1], capacity: "ten thousand" },
      { ...proposals[0], accepted: false },
      proposals[0],
    ];
    const tracker = fakeTracker(() => ({ created: true, rows: [2, null], tracked: [null, -1] }));
    const result = await addAccepted(lines, source, {
      refs: () => refs,
      add: tracker.add,
      unavailable: ok,
    });
    expect(tracker.calls).toHaveLength(1);
    expect(tracker.calls[0].map((r) => r.company)).toEqual(["Nova Cathode", "Nova Cathode"]);
    expect(result.marks.get(0)).toBe("added to the Tracker, row 2");
    expect(result.marks.get(1)).toMatch(/^not added: capacity "ten thousand" is not a number/);
    expect(result.marks.has(2)).toBe(false);
    expect(result.marks.get(3)).toBe("the same as line 1 above: not added twice");
    expect(result.notice).toEqual({
      intent: "success",
      title: "Added",
      message:
        "1 line added to the Tracker (the Tracker sheet was made for them). 1 already there, not added twice. 1 needs correcting first.",
    });
  });

  test("nothing is sent without a tick, an address, right lines, or Excel", async () => {
    const { proposals, source } = read();
    const tracker = fakeTracker(() => ({ created: false, rows: [], tracked: [] }));
    const deps = { refs: () => refs, add: tracker.add, unavailable: ok };
    const none = proposals.map((p) => ({ ...p, accepted: false }));
    expect((await addAccepted(none, source, deps)).notice.title).toBe("No line ticked");
    expect((await addAccepted(proposals, { ...source, url: "" }, deps)).notice.message).toMatch(
      /article's address/
    );
    const wrong = [{ ...proposals[0], material: "" }];
    expect((await addAccepted(wrong, source, deps)).notice.title).toBe("Nothing added");
    const outside = await addAccepted(proposals, source, {
      ...deps,
      unavailable: () => "This page is not running inside Excel.",
    });
    expect(outside.notice).toMatchObject({
      intent: "info",
      message: "This page is not running inside Excel.",
    });
    expect(tracker.calls).toEqual([]);
  });

  test("a refusal from Excel is said, and nothing is marked added", async () => {
    const { proposals, source } = read();
    const result = await addAccepted(proposals, source, {
      refs: () => refs,
      add: async () => {
        throw new Error('The Tracker table lacks the column "source"');
      },
      unavailable: ok,
    });
    expect(result.notice).toMatchObject({ intent: "error", title: "The Tracker was not changed" });
    expect([...result.marks.values()].some((m) => m.startsWith("added"))).toBe(false);
  });
});

describe("lines Captrack's dataset holds already", () => {
  const ledger = embeddedLedger();
  const proposal = (over: Partial<Proposal>): Proposal => ({
    company: "BTR",
    parent: "",
    material: "ternary cathode",
    capacity: "25000",
    unit: "t/yr",
    basis: "",
    status: "under construction",
    kind: "line",
    phase: "",
    site: "",
    city: "Tangier",
    region: "",
    country: "Morocco",
    evidence: { sentence: "", start: 0, end: 0 },
    accepted: true,
    ...over,
  });
  const lineOf = (p: Proposal) => {
    const checked = checkProposal(p, { url, title: "t", publisher: "", date: "2024-06-01" }, refs);
    if ("problems" in checked) throw new Error(checked.problems.join("; "));
    return checked.line;
  };

  test("are found by company (any of its names), material, capacity and place as far as both name it", () => {
    const same = inDataset(lineOf(proposal({})), ledger.lines);
    expect(same).toMatchObject({
      company: "BTR New Material Group",
      city: "Tangier",
      amount: 25000,
      origin: "dataset",
    });
  });

  test("another capacity, material or city is another line", () => {
    expect(inDataset(lineOf(proposal({ capacity: "30000" })), ledger.lines)).toBeUndefined();
    expect(inDataset(lineOf(proposal({ material: "LFP cathode" })), ledger.lines)).toBeUndefined();
    expect(inDataset(lineOf(proposal({ city: "Casablanca" })), ledger.lines)).toBeUndefined();
  });
});
