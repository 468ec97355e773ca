/**
 * The article extractor, stage by stage, then whole: quantities as the news writes them, what is
 * not a capacity, companies, places, status cues, datelines, and the seed articles' lines.
 */
import * as fs from "fs";
import * as path from "path";
import { isCapacity } from "../src/extract/capacity";
import { articleDate } from "../src/extract/dates";
import { extractLines, ExtractedLine } from "../src/extract/extract";
import { findQuantities, parseNumber } from "../src/extract/quantities";
import { splitSentences } from "../src/extract/sentences";
import { findStatusCues, statusAt } from "../src/extract/status";
import { tokenize } from "../src/extract/tokens";

const seeds = path.resolve(__dirname, "..", "..", "shared", "seeds");

function quantities(text: string): Array<[number, string, number]> {
  const tokens = tokenize(text);
  return findQuantities(tokens).map((q) => [q.value, q.unit, q.perYear]);
}

function capacities(text: string): number[] {
  const tokens = tokenize(text);
  const qs = findQuantities(tokens);
  return qs.filter((q) => isCapacity(tokens, q, qs)).map((q) => q.perYear);
}

function one(text: string): ExtractedLine {
  const lines = extractLines(text);
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe("tokens and sentences", () => {
  test("offsets point into the text, and tokens keep numbers whole", () => {
    const text = "BTR's 5,000 t/yr line. 1.2 Mtpa next.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain("5,000");
    expect(tokens.map((t) => t.text)).toContain("1.2");
  });

  test("abbreviations, initials and titles do not end sentences; line breaks do", () => {
    const text =
      "BTR New Material Group Co., Ltd. signed with Mr. He Xueqin present. The U.S. plant opened on Feb. 14, 2019.\nHeadline Without Stop\nNext line.";
    const sentences = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "BTR New Material Group Co., Ltd. signed with Mr. He Xueqin present.",
      "The U.S. plant opened on Feb. 14, 2019.",
      "Headline Without Stop",
      "Next line.",
    ]);
  });

  test("a hard-wrapped paragraph stays one sentence", () => {
    const text = "The company will build a plant\nwith a capacity of 5,000 tonnes a year.";
    expect(splitSentences(tokenize(text))).toHaveLength(1);
  });
});

describe("quantities", () => {
  test.each([
    ["5,000 t", [5000, "t/yr", 5000]],
    ["5000 tpa", [5000, "t/yr", 5000]],
    ["5,000 t/a", [5000, "t/yr", 5000]],
    ["5,000 tonnes per annum", [5000, "t/yr", 5000]],
    ["a 5,000 tonne-per-annum line", [5000, "t/yr", 5000]],
    ["20,000 tons a year", [20000, "t/yr", 20000]],
    ["50kt", [50, "kt/yr", 50000]],
    ["50 ktpa", [50, "kt/yr", 50000]],
    ["1.2 Mtpa", [1.2, "Mt/yr", 1.2e6]],
    ["a 50,000-tonne plant", [50000, "t/yr", 50000]],
    ["50 thousand tonnes", [50, "kt/yr", 50000]],
    ["1.2 million tonnes", [1.2, "Mt/yr", 1.2e6]],
    ["11 250 t/y", [11250, "t/yr", 11250]],
    ["5万吨", [50000, "t/yr", 50000]],
    ["20 GWh", [20, "GWh/yr", 20]],
    ["a 20-gigawatt-hour plant", [20, "GWh/yr", 20]],
    ["500 MWh", [500, "MWh/yr", 0.5]],
    ["60 tonnes per day", [60, "t/day", 21900]],
    ["2,000 tonnes a month", [2000, "t/month", 24000]],
    ["30,000-37,000 t", [37000, "t/yr", 37000]],
    ["up to 50,000 tonnes", [50000, "t/yr", 50000]],
    ["1 lakh tonnes", [100000, "t/yr", 100000]],
    ["30,000 MTPA", [30000, "t/yr", 30000]],
    ["40kt/a", [40, "kt/yr", 40000]],
    ["50 000 tonnes/year", [50000, "t/yr", 50000]],
    ["100 tpd", [100, "t/day", 36500]],
    ["20-25 ktpa", [25, "kt/yr", 25000]],
    ["50,000 tonnes of lithium hydroxide a year", [50000, "t/yr", 50000]],
  ])("%s", (text, expected) => {
    expect(quantities(text)).toEqual([expected]);
  });

  test("an expansion from A to B is the existing A and the B - A it adds", () => {
    const tokens = tokenize("expand capacity from 20,000 to 40,000 t/yr");
    const qs = findQuantities(tokens);
    expect(qs.map((q) => [q.role, q.perYear])).toEqual([
      ["existing", 20000],
      ["expansion", 20000],
    ]);
  });

  test("numbers are read with their separators", () => {
    expect(parseNumber("5,000")).toBe(5000);
    expect(parseNumber("1.25")).toBe(1.25);
    expect(parseNumber("1.000.000")).toBe(1e6);
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("1,2,3")).toBeNaN();
  });

  test("prices, percentages, years and vehicles are not quantities", () => {
    expect(quantities("prices of $15,000 per tonne and 15,000 yuan/t")).toEqual([]);
    expect(quantities("a 15% share in 2023 and 500,000 vehicles a year")).toEqual([]);
  });
});

describe("what is a capacity", () => {
  test.each([
    "The plant will have a capacity of 50,000 tonnes.",
    "It will produce 20,000 tonnes of lithium hydroxide a year.",
    "a 50,000-tonne refinery",
    "an annual output of 30,000 tonnes",
    "The company approved a 5,000 tpa line.",
  ])("yes: %s", (text) => {
    expect(capacities(text)).toHaveLength(1);
  });

  test.each([
    "The company sold 20,000 tonnes of cathode last year.",
    "Shipments reached 12,000 t in the first half.",
    "Consumption was 30,000 tonnes in 2023.",
    "The deposit holds reserves of 1.2 million tonnes of ore.",
    "Global demand is forecast to reach 3 million tonnes a year by 2030.",
    "It signed a supply agreement for 20,000 tpa of spodumene.",
    "Output in 2023 was 18,000 tonnes.",
    "The company produced 9,000 tonnes last year.",
    "Exports rose to 40,000 tonnes.",
  ])("no: %s", (text) => {
    expect(capacities(text)).toEqual([]);
  });
});

describe("status cues and dates", () => {
  test.each([
    ["The companies are in talks about a plant.", "talks"],
    ["X signed an agreement to build a plant.", "agreement signed"],
    ["MIIT approved the line.", "approved"],
    ["X started construction of the plant.", "under construction"],
    ["X commissioned the plant.", "commissioning"],
    ["X began production at the plant.", "operating"],
    ["X put the expansion on hold.", "shelved"],
    ["X cancelled the plant.", "cancelled"],
    ["X will start construction next year.", "announced"],
    ["X has not started construction of the plant.", null],
  ])("%s -> %s", (text, status) => {
    const tokens = tokenize(text);
    expect(statusAt(findStatusCues(tokens), tokens.length - 1)).toBe(status);
  });

  test.each([
    ["RABAT, Morocco, March 29, 2024 /PRNewswire/ — BTR signed.", "2024-03-29"],
    ["Feb. 14, 2019\n\nBaotou grows.", "2019-02-14"],
    ["Published 12 June 2024\nText.", "2024-06-12"],
    ["Posted 2023-09-20 08:00\nText.", "2023-09-20"],
    ["2024年3月29日 报道", "2024-03-29"],
    ["On 29.03.2024 the plant opened.", "2024-03-29"],
    ["SYDNEY, Oct 31 (Reuters) - No year here.", null],
  ])("%s -> %s", (text, date) => {
    expect(articleDate(splitSentences(tokenize(text)))).toBe(date);
  });
});

describe("lines", () => {
  test("the company behind a line: 'to be developed by X', the subject, 'it'", () => {
    const lines = extractLines(
      "Regulators approved a 5,000 tpa magnet line to be developed by Alpha Magnetics and a 2,000 tpa line to be developed by Beta Materials in Baotou."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Alpha Magnetics", 5000],
      ["Beta Materials", 2000],
    ]);
    const it = extractLines(
      "Gamma Lithium Corp said on Monday it had received its permits. It will build a 25,000 tonne-a-year lithium hydroxide refinery in Kwinana."
    );
    expect(it.map((l) => [l.company, l.capacity_tpa, l.location.city, l.location.country])).toEqual(
      [["Gamma Lithium", 25000, "Kwinana", "Australia"]]
    );
  });

  test("a unit of a parent is the unit; an unnamed joint venture is its partners", () => {
    expect(
      one(
        "Delta Cathode, a unit of Omega Holdings, will build a 10,000 t/yr cathode plant in Hungary."
      ).company
    ).toBe("Delta Cathode");
    expect(
      one(
        "Sigma Nickel and Tau Mining agreed to form a joint venture to build a 60,000 tpa MHP plant in Morowali, Indonesia."
      ).company
    ).toBe("Sigma Nickel / Tau Mining");
  });

  test("phases: 'two phases of 25,000 t' and '… of 25,000 t each' are two lines", () => {
    for (const text of [
      "Omicron Materials will build the cathode plant in Tangier in two phases of 25,000 tonnes a year.",
      "Omicron Materials will build the cathode plant in Tangier in two phases of 25,000 tonnes each.",
    ]) {
      expect(extractLines(text).map((l) => [l.capacity_tpa, l.location.city])).toEqual([
        [25000, "Tangier"],
        [25000, "Tangier"],
      ]);
    }
  });

  test("a plant announced without a tonnage is a line with capacity null", () => {
    const line = one(
      "Kappa Materials Co., Ltd. signed an investment agreement to erect an LFP cathode factory in Morocco."
    );
    expect(line).toMatchObject({
      company: "Kappa Materials",
      capacity: null,
      unit: null,
      capacity_tpa: null,
      status: "agreement signed",
      location: { country: "Morocco" },
      kind: "line",
    });
  });

  test("a total over many companies is an aggregate", () => {
    const line = one(
      "Companies in Baotou have collectively started to build 20,000 tpa of rare earth metal capacity."
    );
    expect(line).toMatchObject({
      company: "Baotou companies (aggregate)",
      kind: "aggregate",
      capacity_tpa: 20000,
    });
  });

  test("evidence is the sentence and its offsets", () => {
    const text =
      "Intro line.\n\nLambda Graphite Ltd will build a 40,000 tpa anode plant in Vidalia, Louisiana.";
    const [line] = extractLines(text);
    expect(text.slice(line.evidence.start, line.evidence.end)).toBe(line.evidence.sentence);
    expect(line.evidence.sentence).toMatch(/^Lambda Graphite/);
    expect(line.location).toEqual({
      site: null,
      city: "Vidalia",
      region: "Louisiana",
      country: "USA",
    });
  });

  test("the seed articles give their gold lines", () => {
    const gold = JSON.parse(fs.readFileSync(path.join(seeds, "gold.json"), "utf8")) as Array<{
      file: string;
      date: string | null;
      lines: Array<{ capacity_tpa: number | null; location: { country: string }; kind: string }>;
    }>;
    for (const article of gold) {
      const lines = extractLines(fs.readFileSync(path.join(seeds, article.file), "utf8"));
      expect(lines.map((l) => [l.capacity_tpa, l.location.country, l.kind])).toEqual(
        article.lines.map((l) => [l.capacity_tpa, l.location.country, l.kind])
      );
      for (const l of lines) expect(l.date).toBe(article.date);
    }
  });

  test("nothing comes of text without lines, of empty text or of noise", () => {
    expect(extractLines("")).toEqual([]);
    expect(extractLines("Prices rose 5% on Monday.")).toEqual([]);
    expect(extractLines("\u0000\u0001 5,000 t ,,, 1,2,3 t/yr")).toEqual(expect.any(Array));
  });
});

describe("places the larger gazetteer lets the extractor read", () => {
  test("South Africa is a country, and 'its Dutch plant' is in the Netherlands", () => {
    const lines = extractLines(
      "PRETORIA, South Africa, May 2, 2024 - Sibanye-Stillwater said it would build a " +
        "10,000-tonne-a-year nickel sulphate plant in Rustenburg, South Africa. " +
        "Its Dutch plant in Delfzijl runs normally."
    );
    expect(lines.map((l) => [l.capacity, l.location.city, l.location.country])).toEqual([
      [10000, "Rustenburg", "South Africa"],
      [null, "Delfzijl", "Netherlands"],
    ]);
  });

  test("a town the gazetteer lacks is kept under the region the text names", () => {
    const [line] = extractLines(
      "Piedmont Lithium plans a 30,000-metric-ton-per-year lithium hydroxide plant in Etowah, Tennessee."
    );
    expect([line.capacity, line.location.city, line.location.region]).toEqual([
      30000,
      "Etowah",
      "Tennessee",
    ]);
  });
});

describe("plants named in passing", () => {
  const show = (text: string) =>
    extractLines(text).map((l) => [l.company, l.capacity, l.location.city ?? l.location.region]);

  test("a mine is a plant; 'to mine' is not", () => {
    expect(
      show(
        "Sinomine Resource Group runs a spodumene concentrator at Bikita with 300,000 tonnes a year. " +
          "Kuvimba Mining House restarted the Sandawana lithium mine in Mberengwa in 2023."
      )
    ).toEqual([
      ["Sinomine Resource Group", 300000, "Bikita"],
      ["Kuvimba Mining House", null, "Mberengwa"],
    ]);
    expect(show("Graphite One plans to mine graphite at Graphite Creek in Alaska.")).toEqual([]);
  });

  test("'X, where the company's facility is …' locates the facility at X", () => {
    const lines = show(
      "Lynas Rare Earths runs a 10,500 t/yr NdPr oxide plant at Gebeng in Malaysia. " +
        "Feed will come from Kalgoorlie, Western Australia, where Lynas's new cracking and " +
        "leaching facility is in commissioning."
    );
    expect(lines).toContainEqual(["Lynas Rare Earths", null, "Kalgoorlie-Boulder"]);
  });

  test("a plant named after a place is where the text then says it is", () => {
    expect(
      show(
        "Talga Group has begun construction of its Vittangi anode refinery in Luleå, north Sweden, " +
          "where the first stage will make 19,500 tonnes per annum of graphite anode material."
      )
    ).toEqual([["Talga Group", 19500, "Luleå"]]);
  });

  test("a company's plant without a product makes what its other lines make; expanding means it runs", () => {
    const lines = extractLines(
      "Lynas Rare Earths will lift rare earth concentrate output at Mt Weld to 12,000 t a year. " +
        "The company is also expanding the concentration plant at its Mt Weld mine."
    );
    expect(lines.length).toBeGreaterThan(0);
    const produced = lines.filter((l) => l.capacity === null);
    for (const l of produced) {
      expect(l.material).toBe(lines[0].material);
      expect(l.status).toBe("operating");
    }
  });

  test("'X hosts a refinery run by Y' and 'Y has been producing … in X' are Y's plants at X", () => {
    expect(
      show(
        "Kokkola already hosts one of Europe's largest cobalt refineries, now run by Umicore. " +
          "Umicore has been producing cathode precursor materials in Kokkola as well."
      )
    ).toEqual([
      ["Umicore", null, "Kokkola"],
      ["Umicore", null, "Kokkola"],
    ]);
    expect(show("Umicore has been producing cathode precursor materials for years.")).toEqual([]);
  });

  test("'The company said its plant in X would keep running and its venture in Y …'", () => {
    expect(
      show(
        "LG Energy Solution will build a 27 GWh battery cell plant in Queen Creek, Arizona. " +
          "The company, which supplies General Motors and Tesla, said its wholly owned plant in " +
          "Holland, Michigan, would keep running and that its Ultium Cells joint ventures with GM " +
          "in Ohio and Tennessee were operating as planned."
      )
    ).toEqual([
      ["LG Energy Solution (LGES)", 27, "Queen Creek"],
      ["LG Energy Solution (LGES)", null, "Holland"],
      ["Ultium Cells", null, "Ohio"],
      ["Ultium Cells", null, "Tennessee"],
    ]);
    // a possibility is not a plant
    expect(show("Officials said Hungary could host a battery cell plant in Debrecen.")).toEqual([]);
  });

  test("a list of places after a plant is a plant in each", () => {
    expect(
      show(
        "EcoPro BM's plant in Debrecen, Hungary, is designed for 54,000 tons of cathode material " +
          "a year, and its affiliate operates cathode plants in Pohang and Ochang."
      )
    ).toEqual([
      ["EcoPro BM", 54000, "Debrecen"],
      ["EcoPro BM", null, "Pohang"],
      ["EcoPro BM", null, "Ochang"],
    ]);
  });

  test("'the Zhangjiagang base has …', 'Tianqi Lithium (Suining)', 'at Robstown, near Corpus Christi'", () => {
    const lines = extractLines(
      "Tianqi Lithium (Suining) Co., Ltd. will build a 20,000-tonne lithium carbonate plant in " +
        "Suining, Sichuan. Of its existing plants, the Zhangjiagang base has an annual capacity of " +
        "2万吨 of lithium carbonate, and the Tongliang base in Chongqing makes 600 tonnes of lithium " +
        "metal a year. In Texas, Tesla is commissioning its hydroxide refinery at Robstown, near Corpus Christi."
    );
    expect(
      lines.map((l) => [l.company, l.capacity, l.location.site ?? l.location.city, l.material])
    ).toEqual([
      ["Tianqi Lithium", 20000, "Suining", "lithium carbonate"],
      ["Tianqi Lithium", 20000, "Zhangjiagang", "lithium carbonate"],
      ["Tianqi Lithium", 600, "Chongqing", "lithium"],
      ["Tesla", null, "Robstown", "lithium hydroxide"],
    ]);
  });

  test("'said it would also build a plant at X, without giving its size'", () => {
    expect(
      show(
        "Sinomine Resource Group's Bikita Minerals operation in Masvingo Province is producing at " +
          "its design capacity of 300,000 tonnes per year of spodumene concentrate. Sinomine said " +
          "it would also build a lithium sulphate plant at Bikita, without giving its size."
      )
    ).toEqual([
      ["Bikita Minerals", 300000, "Masvingo"],
      ["Sinomine Resource Group", null, "Bikita"],
    ]);
  });

  test("grants for plants: 'to X for a plant in Y that will make …', 'to X and Y, both of which plan plants in Z'", () => {
    expect(
      show(
        "The largest award, $316.2 million, went to Ascend Elements for a plant in Hopkinsville, " +
          "Kentucky, that will make cathode precursor material. $114.8 million went to Talon Nickel " +
          "(USA) for a battery-grade nickel processing facility near Beulah, North Dakota. $100 " +
          "million each went to Group14 Technologies and Sila Nanotechnologies, both of which plan " +
          "plants in Moses Lake, Washington, to make silicon anode materials."
      )
    ).toEqual([
      ["Ascend Elements", null, "Hopkinsville"],
      ["Talon Nickel", null, "Beulah"],
      ["Group14 Technologies", null, "Moses Lake"],
      ["Sila Nanotechnologies", null, "Moses Lake"],
    ]);
  });

  test("'X in Morowali, which began operating in 2022' is X's plant there", () => {
    expect(
      show(
        "Huafei's HPAL plant in Weda Bay makes 120,000 t/y of nickel in MHP. It follows QMB New " +
          "Energy Materials in Morowali, which began operating in 2022."
      ).map((l) => l[0])
    ).toContain("PT QMB New Energy Materials");
    expect(show("Tesla, which began operating in China in 2019, sells cars.")).toEqual([]);
  });

  test("a company's plant named with its place is one, with no cue of its status", () => {
    expect(
      show(
        "Nearby, Albemarle's lithium carbonate plant at La Negra, Chile, draws brine from the " +
          "Salar de Atacama."
      )
    ).toEqual([["Albemarle", null, "Antofagasta"]]);
    // a car plant makes no battery material
    expect(show("BMW's own car plant in Debrecen started series production of the iX3.")).toEqual(
      []
    );
    expect(
      show(
        "BlueOval SK will build a 43 GWh battery plant in Glendale, Kentucky. Ford's assembly " +
          "plant in Louisville builds the Escape SUV."
      )
    ).toEqual([["BlueOval SK", 43, "Glendale"]]);
  });

  test("'started commissioning its Pela Ema ionic clay operation in Minacu'", () => {
    expect(
      show(
        "In Brazil, Serra Verde started commissioning its Pela Ema ionic clay operation in " +
          "Minacu, Goias state, one of the first new sources of heavy rare earths outside Asia."
      )
    ).toEqual([["Serra Verde", null, "Minaçu"]]);
  });

  test("'bases in Xiangtan, Hunan and in Guiyang, Guizhou are operating' beside a tonnage", () => {
    expect(
      show(
        "Hunan Yuneng's existing LFP production bases in Xiangtan, Hunan and in Guiyang, Guizhou " +
          "are operating normally, and its Yuxi base in Yunnan, with a capacity of 110,000 tons " +
          "per year, is in trial production."
      )
    ).toEqual([
      ["Hunan Yuneng New Energy Battery Material", 110000, "Yuxi"],
      ["Hunan Yuneng New Energy Battery Material", null, "Xiangtan"],
      ["Hunan Yuneng New Energy Battery Material", null, "Guiyang"],
    ]);
  });

  test("'… 500 ktpa of spodumene concentrate, and it would defer a planned hydroxide plant'", () => {
    const lines = extractLines(
      "Liontown Resources said production at its Kathleen Valley mine in Western Australia had " +
        "ramped up to an annualised 500 ktpa of spodumene concentrate, and it would defer a " +
        "planned lithium hydroxide plant indefinitely."
    );
    expect(lines.map((l) => [l.capacity, l.material, l.status, l.location.site])).toEqual([
      [500, "spodumene concentrate", "commissioning", "Kathleen Valley"],
      [null, "lithium hydroxide", "shelved", "Kathleen Valley"],
    ]);
  });

  test("where a product is shipped is not where it is made", () => {
    expect(
      show(
        "Coral Bay Nickel sits next to the Rio Tuba mine in Bataraza, Palawan. " +
          "The plant can produce around 2,000 tons of nickel a month, which is shipped to Japan for refining."
      )
    ).toEqual([["Coral Bay Nickel", 2000, "Bataraza"]]);
    expect(
      show(
        "Iluka Resources has been producing rare earth concentrate at Eneabba since 2020 " +
          "through its Phase 2 concentrator, with the product shipped to customers in China."
      ).map((l) => l[2])
    ).toEqual(["Eneabba"]);
  });
});

describe("companies the directory knows", () => {
  const show = (text: string) =>
    extractLines(text).map((l) => [
      l.company,
      l.capacity,
      l.location.site ?? l.location.city,
      l.location.country,
    ]);

  test("a producer's name is a company as a sentence's first word; 'both make' says they run", () => {
    expect(
      show(
        "Vale's Long Harbour processing plant in Newfoundland and Labrador and Sherritt " +
          "International's refinery at Fort Saskatchewan, Alberta both make cobalt in metal form."
      )
    ).toEqual([
      ["Vale", null, "Long Harbour", "Canada"],
      ["Sherritt International", null, "Fort Saskatchewan", "Canada"],
    ]);
  });

  test("'designed to produce' is no status; 'Lygend Resources of China' is the partner's home", () => {
    expect(
      show("The company's HPAL facility was the first in Indonesia to produce MHP in 2021.")
    ).toEqual([]);
    expect(
      show(
        "Harita Nickel's refinery on Obi Island, built together with Lygend Resources of China, " +
          "will raise nickel sulphate capacity by 80,000 tons per year."
      ).map((l) => l[3])
    ).toEqual(["Indonesia"]);
  });
});

describe("figures that are no plant's own", () => {
  const amounts = (text: string) => extractLines(text).map((l) => [l.company, l.capacity]);

  test("a goal, a total over the company's bases, a combined figure, an allocation won", () => {
    expect(
      amounts(
        "Once the Anju project is completed, Tianqi Lithium's lithium compound capacity will rise, " +
          "in line with its medium-term goal of exceeding 10万吨 of lithium compound capacity."
      )
    ).toEqual([]);
    expect(
      amounts(
        "Tianqi Lithium's domestic lithium chemical production capacity totals approximately " +
          "44,800 tonnes per year, located at the Shehong base in Sichuan, the Zhangjiagang base " +
          "in Jiangsu and the Tongliang base in Chongqing."
      )
    ).toEqual([]);
    expect(
      amounts(
        "Sumitomo Metal Mining, which aims to raise its annual nickel production to 150,000 tons " +
          "in the long term, runs the Coral Bay plant in Palawan."
      )
    ).not.toContainEqual(["Sumitomo Metal Mining", 150000]);
    expect(
      amounts(
        "CMOC will build two lithium carbonate plants at Uyuni, Bolivia: one plant will have an " +
          "annual capacity of 10,000 tonnes and the other 25,000 tonnes, for a combined 35,000 tonnes a year."
      )
    ).toEqual([
      ["CMOC", 10000],
      ["CMOC", 25000],
    ]);
    expect(
      amounts(
        "Ola Electric received an allocation of 20 GWh, while Reliance New Energy and Rajesh " +
          "Exports won 5 GWh each."
      )
    ).toEqual([]);
  });

  test("a quarter's record output and production guidance are no capacities", () => {
    expect(
      amounts(
        "Pilbara Minerals reported record quarterly spodumene concentrate production of 213.4kt, " +
          "up 47% on the September quarter. FY24 production guidance was maintained at 620-680kt."
      )
    ).toEqual([]);
  });

  test("'lift capacity by ~100ktpa, from ~580ktpa to ~680ktpa' is the plant and its addition", () => {
    expect(
      amounts(
        "Pilbara Minerals' P680 project is designed to lift Pilgangoora's spodumene concentrate " +
          "production capacity by ~100ktpa, from the existing installed nameplate of ~580ktpa to ~680ktpa."
      )
    ).toEqual([
      ["Pilbara Minerals (PLS)", 100],
      ["Pilbara Minerals (PLS)", 580],
    ]);
  });

  test("'the first train 65,000 t, and a second of the same size would double it to 130,000 t'", () => {
    expect(
      amounts(
        "Australia's Element 25 plans a manganese sulphate refinery in Louisiana. The first train " +
          "would have a nominal capacity of 65,000 t/yr, and a second train of the same size would " +
          "double the facility to 130,000 t/yr."
      )
    ).toEqual([
      ["Element 25 (E25)", 65000],
      ["Element 25 (E25)", 65000],
    ]);
  });

  test("'capacity outside China could reach about 330,000 t by 2027' is a forecast", () => {
    expect(
      amounts(
        "Ganfeng Lithium is busy at home. By our estimates, nameplate hydroxide capacity outside " +
          "China could reach about 330,000 t by 2027 if every project under construction is completed."
      )
    ).toEqual([]);
  });

  test("a study's old figure gives way to the plan the article reports, of that product only", () => {
    expect(
      amounts(
        "Sigma Lithium approved Phase 2 of its Grota do Cirilo plant in Brazil, adding 250,000 " +
          "tonnes per year of concentrate. A feasibility study in 2022 assessed 766,000 tonnes per " +
          "year of concentrate over three phases."
      )
    ).toEqual([["Sigma Lithium", 250000]]);
    expect(
      amounts(
        "Rock Tech Lithium will build a 24,000 tpa lithium hydroxide converter in Guben, Germany. " +
          "A pre-feasibility study completed in 2022 envisaged a concentrator at Georgia Lake, " +
          "Ontario, producing 195,000 tonnes per annum of spodumene concentrate."
      )
    ).toEqual([
      ["Rock Tech Lithium", 24000],
      ["Rock Tech Lithium", 195000],
    ]);
  });

  test("'expand the site to as much as 50 GWh if orders allow' is an expansion, not an order", () => {
    expect(
      amounts(
        "Verkor's plant in Dunkirk has an initial capacity of 16 GWh a year. Verkor plans to " +
          "expand the site to as much as 50 GWh later in the decade if orders allow."
      )
    ).toEqual([
      ["Verkor", 16],
      ["Verkor", 34],
    ]);
  });

  test("'down from the 35 GWh it first planned' is the figure replaced", () => {
    expect(
      amounts(
        "Ford scaled its LFP cell plant in Marshall, Michigan, back to 20 GWh a year, down from " +
          "the 35 GWh it originally planned."
      )
    ).toEqual([["Ford", 20]]);
  });

  test("a translated story's thousands point: '40.000 toneladas' is 40,000 t", () => {
    expect(
      amounts(
        "Minera Exar's plant in Jujuy, Argentina, has a nominal capacity of 40.000 tonnes per " +
          "year of lithium carbonate."
      )
    ).toEqual([["Minera Exar", 40000]]);
    expect(parseNumber("1.250")).toBe(1.25);
  });

  test("'Phase I' and 'Saint-Basile-le-Grand' are no companies", () => {
    expect(
      amounts(
        "Westwater Resources will build Phase I of its Kellyton graphite plant in Alabama with " +
          "12,500 tonnes a year. Northvolt will build a 30 GWh cell plant in Saint-Basile-le-Grand, Quebec."
      )
    ).toEqual([
      ["Westwater Resources", 12500],
      ["Northvolt", 30],
    ]);
  });

  test("a backer is not the builder; a plant's place names its company when none is named", () => {
    expect(
      amounts(
        "Li-Cycle is the starkest example. Glencore, its largest backer and a major customer, has " +
          "also extended financing. Its plant in Magdeburg, Germany, runs a first line of 10,000 " +
          "tonnes of black mass a year."
      )
    ).toEqual([["Li-Cycle", 10000]]);
    expect(
      amounts(
        "Liontown Resources shipped the first spodumene concentrate from its Kathleen Valley mine " +
          "in Western Australia, where it runs a 3 Mtpa processing plant. Rival Pilbara Minerals " +
          "runs a 680,000 tpa concentrator at Pilgangoora. Kathleen Valley is designed to yield " +
          "roughly 500,000 tons a year of concentrate."
      )
    ).toContainEqual(["Liontown Resources", 500000]);
  });

  test("an amount told again in brackets is one line", () => {
    expect(
      amounts(
        "Shenzhen Yutuo New Energy Technology Group signed an agreement for a project in Huocheng " +
          "County to make 10万吨 (100,000 tonnes) a year of lithium manganese iron phosphate."
      )
    ).toEqual([["Shenzhen Yutuo New Energy Technology Group", 100000]]);
  });
});

describe("a wire dateline without its year", () => {
  const dateOf = (text: string) => extractLines(text)[0]?.date;

  test("the weekday and the years the story mentions give the year", () => {
    expect(
      dateOf(
        "SEOUL, March 24 (Reuters) - LG Energy Solution said on Friday it would build a 27 GWh " +
          "battery cell plant in Queen Creek, Arizona, reviving a plan it put on hold in 2022. " +
          "Production is due to start in 2025."
      )
    ).toBe("2023-03-24");
    expect(
      dateOf(
        "XINING, Aug. 9 (Xinhua) -- Construction began on Wednesday on a 40,000-tonne lithium " +
          "carbonate plant of Zangge Mining in Golmud, Qinghai. Output was 2022's best; the " +
          "province plans more by 2030 and 2024 will see a second line."
      )
    ).toBe("2023-08-09");
  });

  test("no weekday, or no year that fits, gives no date", () => {
    expect(
      dateOf(
        "SEOUL, March 24 (Reuters) - LG Energy Solution will build a 27 GWh battery cell plant " +
          "in Queen Creek, Arizona, reviving a plan it put on hold in 2022."
      )
    ).toBeNull();
    expect(
      dateOf(
        "SEOUL, March 24 (Reuters) - LG Energy Solution said on Monday it will build a 27 GWh " +
          "battery cell plant in Queen Creek, Arizona, reviving a plan it put on hold in 2022."
      )
    ).toBeNull();
  });
});

describe("a table written as text", () => {
  test("the rows under a header with a capacity column are lines of the report's company", () => {
    const lines = extractLines(
      "Arcadium Lithium operates lithium plants in Argentina, Japan and the United States.\n\n" +
        "Facility | Location | Product | Nameplate capacity | Status\n" +
        "Fénix | Catamarca, Argentina | Lithium carbonate | 20,000 t LCE | Operating\n" +
        "Naraha | Fukushima, Japan | Lithium hydroxide | 10,000 t | Ramp-up\n" +
        "Bessemer City | North Carolina, USA | Lithium hydroxide | 5,000 t | Operating\n\n" +
        "Arcadium Lithium reported revenue of $882 million for the year.\n"
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.country, l.status])).toEqual([
      ["Arcadium Lithium", 20000, "Argentina", "operating"],
      ["Arcadium Lithium", 10000, "Japan", "commissioning"],
      ["Arcadium Lithium", 5000, "USA", "operating"],
    ]);
  });
});

describe("a total over many companies beside another plant", () => {
  test("the other plant of a total's sentence is no line without a company", () => {
    const text = [
      "Chinese titanium dioxide maker LB Group said it would set up a joint venture with the " +
        "government of Nanzhang county in Hubei province to build a lithium iron phosphate project " +
        "with an annual output of 150,000 tons.",
      "- Construction of the Central Lithium Plant (CLP) at Industriepark Höchst, Frankfurt, to " +
        "commence in Q1 2026",
      "Baotou approves heavy rare earth metals line as China tightens grip",
      "Analysts at Macquarie expect global lithium supply to exceed demand by about 100,000 tonnes " +
        "of lithium carbonate equivalent in 2025, which would keep pressure on higher-cost " +
        "producers in Australia and Canada.",
    ].join(" ");
    const lines = extractLines(text);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.company).not.toBe("");
  });
});

describe("what a scraped news page carries besides the article", () => {
  test("links under 'Read also' or 'Related news:' are other stories, not this one's lines", () => {
    const text = [
      "Sigma Lithium began earthworks for its second plant at Grota do Cirilo in Minas Gerais, " +
        "Brazil, which will add 250,000 tonnes a year of lithium concentrate.",
      "",
      "Related news: Vale Indonesia, Huayou start construction of Pomalaa HPAL plant",
      "",
      "Read also",
      "- CATL begins building a 100 GWh cell plant in Debrecen, Hungary",
      "- Lithium: Minas approves licence for new mine in Araçuaí",
    ].join("\n");
    expect(extractLines(text).map((l) => [l.company, l.capacity])).toEqual([
      ["Sigma Lithium", 250000],
    ]);
  });

  test("a headline's figure that the body tells again is read in the body", () => {
    const text = [
      "EcoPro completes Hungary cathode complex, sets sights on 108,000 tons",
      "",
      "EcoPro BM has finished its cathode plant in Debrecen, Hungary. Its lines are built for " +
        "54,000 tons of cathode active material a year. EcoPro said it has room for a second " +
        "stage that would double the cathode capacity to 108,000 tons a year.",
    ].join("\n");
    const lines = extractLines(text);
    expect(lines.map((l) => l.capacity)).toEqual([54000, 54000]);
  });

  test("a subject and its verb before 'a plant' do not make the subject a plant's name", () => {
    const lines = extractLines(
      "The signing comes as Morocco's mining group Managem pushes into battery chemicals. " +
        "Managem is building a plant at its Guemassa complex near Marrakech that will produce " +
        "5,850 tonnes a year of battery-grade cobalt sulphate."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Managem", 5850]]);
  });

  test("'the latest sign that' is no signing; 'X, led by Y' makes Y the parent", () => {
    const [kemerton] = extractLines(
      "Albemarle said it will stop construction of the third train at its Kemerton lithium " +
        "hydroxide plant in Western Australia, the latest sign that prices are forcing a rethink."
    );
    expect(kemerton.status).not.toBe("agreement signed");
    const [qmb] = extractLines(
      "In the Morowali park, PT QMB New Energy Materials, led by GEM Co., Ltd., operates a plant " +
        "designed to produce 50,000 tons of nickel in MHP annually."
    );
    expect(qmb.company).toMatch(/QMB/);
  });
});

describe("where a plant is, and which plant a sentence means", () => {
  test("'trucked from the Greenbushes mine' is the feed's source; 'Trains 1 and 2 each' are two lines", () => {
    const lines = extractLines(
      "Albemarle's Kemerton lithium hydroxide plant in Western Australia was designed as a " +
        "four-train refinery. Trains 1 and 2 each have a nameplate of 25,000 tonnes a year of " +
        "battery-grade lithium hydroxide and are fed with spodumene concentrate trucked from the " +
        "Greenbushes mine further south."
    );
    expect(lines.map((l) => [l.capacity, l.material, l.location.city])).toEqual([
      [25000, "lithium hydroxide", "Kemerton"],
      [25000, "lithium hydroxide", "Kemerton"],
    ]);
  });

  test("a signing ceremony in the capital is no plant's place", () => {
    const lines = extractLines(
      "The government signed an investment agreement with CNGR Advanced Material for a precursor " +
        "complex in the Jorf Lasfar industrial zone, Morocco. The prime minister presided over the " +
        "signing ceremony in Rabat. The first phase of the complex will include a line for 120,000 " +
        "tonnes a year of precursor cathode active material."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.site ?? l.location.city])).toEqual([
      ["CNGR Advanced Material", 120000, "Jorf Lasfar"],
    ]);
  });

  test("'up from the 180,000 t it had previously targeted' is the plan replaced", () => {
    const lines = extractLines(
      "SANTIAGO, Nov 18 (Reuters) - Chilean lithium miner SQM said on Thursday it would build its " +
        "lithium carbonate plant out to 210,000 tonnes a year, up from the 180,000 tonnes it had " +
        "previously targeted. The expanded capacity at the Salar del Carmen facility near " +
        "Antofagasta should be in place during 2023."
    );
    // one line, placed where the text puts the plant rather than where the story was filed
    expect(lines.map((l) => [l.capacity, l.location.country])).toEqual([[210000, "Chile"]]);
    expect(lines[0].location.city).not.toBe("Santiago");
  });

  test("'The refinery is designed to produce …' is the refinery the sentence before placed", () => {
    const lines = extractLines(
      "SQM expects to lift lithium hydroxide capacity in Chile to 40,000 tonnes a year. Outside " +
        "Chile, SQM is building a lithium hydroxide refinery at Kwinana, Western Australia. The " +
        "refinery is designed to produce around 50,000 tonnes of hydroxide a year."
    );
    expect(lines.map((l) => [l.capacity, l.location.country])).toEqual([
      [40000, "Chile"],
      [50000, "Australia"],
    ]);
  });

  test("a venture's tonnage covers a partner's refinery told there without one", () => {
    const lines = extractLines(
      "Eramet and BASF decided to drop their planned refinery in Weda Bay, North Maluku. Eramet " +
        "and BASF said they would no longer pursue the Sonic Bay project, which had been planned " +
        "to produce about 67,000 tons of nickel a year in Weda Bay."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Eramet / BASF", 67000]]);
  });
});

describe("whose line it is, and which figure is the line", () => {
  test("a seller is no owner; a second customer after 'to supply' is no builder", () => {
    const musgrave = extractLines(
      "BHP will suspend its nickel operations in Western Australia. West Musgrave, acquired with " +
        "the takeover of Oz Minerals last year, was expected to yield about 28,000 tons of " +
        "contained nickel a year once running."
    );
    expect(musgrave.map((l) => [l.company, l.capacity])).toEqual([["BHP", 28000]]);
    const somerset = extractLines(
      "At Sanand in Gujarat, Agratas Energy Storage Solutions is building a 20 GWh cell plant. " +
        "The same company is also building a 40 GWh gigafactory in Somerset in the UK, where work " +
        "is under way to supply Jaguar Land Rover and the Tata Motors group."
    );
    expect(somerset.map((l) => [l.company, l.capacity])).toEqual([
      ["Agratas Energy Storage Solutions", 20],
      ["Agratas Energy Storage Solutions", 40],
    ]);
  });

  test("'added 40.000 toneladas to the capacity, which now totals 130.000 t' adds 40,000 t", () => {
    const lines = extractLines(
      "In Nazareno, Minas Gerais, AMG Brasil operates the lithium concentrate plant at the Mibra " +
        "mine. The original unit, with 90.000 tonnes per year of spodumene concentrate, came online " +
        "in 2021. Last year the group finished an expansion that added 40.000 toneladas to the " +
        "annual capacity, which now totals 130.000 tonnes."
    );
    expect(lines.map((l) => l.capacity)).toEqual([90000, 40000]);
  });

  test("'took in 20 GWh worth of batteries' is material handled; two sites of one town are one plant", () => {
    const lines = extractLines(
      "Redwood Materials runs its recycling and refining campus at McCarran, in the Tahoe-Reno " +
        "Industrial Center east of Reno, recovering nickel, cobalt, lithium and copper from spent " +
        "packs and factory scrap, and is now turning part of that stream into cathode components. The company took in about 20 GWh worth of end-of-life batteries in 2023."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.region])).toEqual([
      ["Redwood Materials", null, "Nevada"],
    ]);
  });
});

describe("totals, goals and sites told together", () => {
  test("a policy's aim and a threshold a country's total will pass are no lines", () => {
    expect(
      extractLines(
        "The ₹18,100 crore PLI scheme is meant to seed 50 GWh of domestic cell capacity " +
          "nationwide, a target the government insists is within reach."
      )
    ).toEqual([]);
    expect(
      extractLines(
        "Tianqi Lithium started its 20,000 t/yr lithium carbonate line in Suining, Sichuan. SMM " +
          "estimates that China's total nameplate lithium salt capacity will exceed 1.5 million mt " +
          "LCE by the end of 2024."
      ).map((l) => l.capacity)
    ).toEqual([20000]);
  });

  test("an analyst's count of announced capacity, and projects that together add to a city, are aggregates", () => {
    const [us] = extractLines(
      "Including earlier-stage developers not listed above, Benchmark currently counts around " +
        "160,000 tpa of announced anode capacity at US sites."
    );
    expect([us.kind, us.capacity]).toEqual(["aggregate", 160000]);
    const lines = extractLines(
      "In Yifeng county, Jiangxi Special Electric Motor Co began building a lithium salt project " +
        "with an annual output of 25,000 tons. An official said that, taken together, the lithium " +
        "salt projects in this batch will add roughly 80,000 tons of lithium carbonate production " +
        "capacity a year to the city once they are completed."
    );
    expect(lines.map((l) => [l.kind, l.capacity])).toEqual([
      ["line", 25000],
      ["aggregate", 80000],
    ]);
  });

  test("'the site is ultimately to reach 40 GWh' adds what its running block lacks", () => {
    const lines = extractLines(
      "At Billy-Berclau in the Hauts-de-France region, ACC's first production block with a " +
        "capacity of 13.4 GWh went into operation at the end of 2023. Two further blocks are " +
        "planned there, with which the site is ultimately to reach 40 GWh by 2030."
    );
    expect(lines.map((l) => l.capacity)).toEqual([13.4, 26.6]);
  });

  test("'Both plants …: A, …, and B, at a former X engine plant, were each to reach 40 GWh'", () => {
    const lines = extractLines(
      "Automotive Cells Company (ACC) is suspending work on its cell plants in Kaiserslautern, " +
        "Germany, and Termoli, Italy. Both plants were conceived on a similar scale: " +
        "Kaiserslautern, on the grounds of the Opel works, and Termoli, at a former Stellantis " +
        "engine plant in the Molise region, were each to reach 40 GWh of annual cell capacity."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.city])).toEqual([
      ["Automotive Cells Company (ACC)", 40, "Kaiserslautern"],
      ["Automotive Cells Company (ACC)", 40, "Termoli"],
    ]);
  });
});

describe("openings, owners and sums told another way", () => {
  test("the word after a dateline's dash opens the sentence; two stages' sum is no third line", () => {
    const lines = extractLines(
      "TOKYO -- High on the Andean plateau, ponds across the Olaroz salt flat have started to " +
        "yield lithium, giving Toyota Tsusho a firmer footing. The second stage of Olaroz, which " +
        "Toyota Tsusho owns with Allkem, is designed for 25,000 tonnes a year of lithium carbonate. " +
        "The original plant at the site has been running since 2015 with a nameplate of 17,500 " +
        "tonnes a year. Together the two stages will give the joint venture, Sales de Jujuy, " +
        "42,500 tonnes of annual capacity."
    );
    expect(lines.map((l) => l.capacity)).toEqual([25000, 17500]);
    for (const l of lines) expect(l.company).not.toMatch(/High/);
  });

  test("a shareholder is no builder; a ministry's wish for 2030 is no line", () => {
    const lines = extractLines(
      "Tianhua New Energy, whose Yibin Tianyi Lithium unit counts battery giant CATL as a " +
        "shareholder, started up a second 25,000 mt/year hydroxide line in Yibin in November. " +
        "Japan's industry ministry wants the country to have 150 gigawatt-hours of domestic " +
        "battery manufacturing capacity by 2030."
    );
    // (the venture or its unit, either is the builder; the shareholder is not)
    expect(lines.map((l) => l.capacity)).toEqual([25000]);
    expect(lines[0].company).toMatch(/Tianhua|Tianyi/);
    expect(lines[0].company).not.toMatch(/CATL|Amperex/);
  });

  test("a plan told as history takes the product talked of, not a feed named far from it", () => {
    const lines = extractLines(
      "In Sichuan, Yahua Group is completing the second phase of its lithium hydroxide facility " +
        "in Ya'an, which will add 30,000 mt/year to the 20,000 mt/year first phase already in " +
        "operation. The company had originally planned a 40,000 mt/year second phase when it " +
        "unveiled the project in 2021 but scaled the design back, citing tighter availability of " +
        "spodumene feed."
    );
    expect(lines.map((l) => l.capacity).sort()).toEqual([20000, 30000]);
  });
});

describe("officers and ventures", () => {
  test("'Ascend Elements CEO Mike O'Kronley said' names the company; 'O'Kronley said' names none", () => {
    const lines = extractLines(
      "HOPKINSVILLE, Ky. (WPSD) — Ascend Elements started work on its Apex 1 plant in " +
        "Hopkinsville, Kentucky. Ascend Elements CEO Mike O'Kronley said the building will come " +
        "together in two stages. O'Kronley said that side of the plant is designed to turn out " +
        "about 20,000 metric tons of pCAM a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Ascend Elements", 20000]]);
  });

  test("a venture named with its partners acts for them, and its tonnages cover their plants", () => {
    const lines = extractLines(
      "The agreement paves the way for COBCO, a joint venture between the royal holding Al Mada " +
        "and China's CNGR, to build precursor lines near El Jadida, Morocco. The government signed " +
        "an investment agreement with COBCO, the joint venture formed by Al Mada and CNGR Advanced " +
        "Material, for an industrial complex in the Jorf Lasfar industrial zone. The first phase " +
        "of the complex will include a line for 120,000 tonnes a year of precursor cathode active " +
        "material."
    );
    expect(lines.filter((l) => l.capacity !== null).map((l) => [l.company, l.capacity])).toEqual([
      ["COBCO", 120000],
    ]);
    for (const l of lines) expect(l.company).toBe("COBCO");
  });
});

describe("a company described before its name, and a plant referred back to", () => {
  test("'a joint venture with the Swedish battery maker Northvolt' makes Northvolt a partner, not the subject", () => {
    const lines = extractLines(
      "Energy group Galp has confirmed that its lithium hydroxide plant in Setúbal, Portugal, is " +
        "on hold. The " +
        "project was born in 2021 as a 50/50 joint venture with the Swedish battery maker " +
        "Northvolt. At first the partners spoke of a capacity of 35.000 toneladas of lithium " +
        "hydroxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Galp", 35000]]);
  });

  test("'X's plant near Wrocław. That factory has 86 GWh' is X's", () => {
    const lines = extractLines(
      "SK Nexilis has completed a copper foil factory in Stalowa Wola, Poland, with a capacity " +
        "of 50,000 tonnes a year. Poland has become a centre for battery production, largely " +
        "thanks to LG Energy Solution's plant near Wrocław. That factory has an annual capacity " +
        "of around 86 GWh."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["SK Nexilis", 50000],
      ["LG Energy Solution (LGES)", 86],
    ]);
  });
});

describe("money, counties, lives of mines and what projects add", () => {
  test("'US$2.5bn' is no place; 'on average over a 40-year mine life' is no capacity", () => {
    const lines = extractLines(
      "Also in Salta, Argentina, Rio Tinto already runs a 3,000t/y starter plant at its Rincon " +
        "project. In December the miner's board approved US$2.5bn to build a 57,000t/y expansion " +
        "plant. Rio Tinto has said it expects Rincon to produce around 53,000t/y on average over " +
        "a 40-year mine life."
    );
    expect(lines.map((l) => [l.capacity, l.location.country])).toEqual([
      [3000, "Argentina"],
      [57000, "Argentina"],
    ]);
  });

  test("'Santa Cruz County, Arizona' is in Arizona; a loan to a unit 'for the plant' makes it the builder", () => {
    const [hermosa] = extractLines(
      "South32 Hermosa Inc. is selected for up to $166 million to build a commercial-scale " +
        "facility in Santa Cruz County, Arizona, to produce battery-grade manganese from domestic ore."
    );
    expect([hermosa.location.region, hermosa.location.country]).toEqual(["Arizona", "USA"]);
    const lines = extractLines(
      "South32 Hermosa Inc. is selected for up to $166 million to build a manganese facility in " +
        "Arizona. In March, DOE closed a $2.26 billion loan to Lithium Nevada Corp., a subsidiary " +
        "of Lithium Americas, for the Thacker Pass lithium carbonate processing plant in Humboldt " +
        "County, Nevada. Now under construction, the plant will be able to produce up to 40,000 " +
        "metric tons per year of battery-grade lithium carbonate in its first phase."
    );
    const thacker = lines.find((l) => l.capacity === 40000);
    expect(thacker?.company).toMatch(/Lithium Nevada|Lithium Americas/);
  });

  test("projects that will add new capacity to a province are its aggregate", () => {
    const [salta] = extractLines(
      "According to Salta's mining secretariat, projects currently under construction in the " +
        "province will add some 100,000t/y of new LCE capacity by the end of the decade."
    );
    expect([salta.kind, salta.capacity]).toEqual(["aggregate", 100000]);
  });
});

describe("people and publishers", () => {
  test("an office and its holder ('Energy Minister Bahlil Lahadalia') name no company, later alone either", () => {
    const lines = extractLines(
      "CATL and Indonesia Battery Corporation broke ground on a cell plant in Karawang, West " +
        "Java. It will have initial annual capacity of 6.9 GWh when it starts running at the end " +
        "of 2026, Energy Minister Bahlil Lahadalia told the ceremony attended by President " +
        "Prabowo Subianto. Bahlil said capacity would later be lifted to 15 GWh."
    );
    for (const l of lines) expect(l.company).not.toMatch(/Bahlil|Prabowo/);
    expect(lines.map((l) => l.capacity)).toEqual([6.9, 8.1]);
  });

  test("'General Motors' is still a company; 'Subscribe to Electrek' names a publisher", () => {
    const lines = extractLines(
      "General Motors said its cell plant in Spring Hill, Tennessee, has a capacity of 50 GWh. " +
        "Subscribe to Electrek on YouTube for exclusive videos."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["General Motors", 50]]);
  });
});

describe("what a capacity rises to", () => {
  test("'the refinery's capacity would rise to 100.000 Tonnen' adds to its module; a mine's concentrate grows no refinery", () => {
    const lines = extractLines(
      "AMG Critical Materials has commissioned the first module of its lithium hydroxide " +
        "refinery in Bitterfeld. It is designed for 20.000 Tonnen of battery-grade lithium " +
        "hydroxide a year. If the four remaining modules are built, the refinery's capacity would " +
        "rise to 100.000 Tonnen a year. AMG wants to feed it partly from its own Mibra mine in " +
        "Minas Gerais, Brazil, where it has lifted capacity for spodumene concentrate to 130.000 " +
        "Tonnen a year."
    );
    expect(lines.map((l) => [l.capacity, l.material])).toEqual([
      [20000, "lithium hydroxide"],
      [80000, "lithium hydroxide"],
      [130000, "spodumene concentrate"],
    ]);
  });

  test("'with the new plant, the total will rise to' is the company's sum, not an addition", () => {
    const lines = extractLines(
      "Sumitomo Metal Mining will build a new cathode plant in Niihama, Japan. Production " +
        "capacity to be added: approx. 2,000 tonnes per month. With the new plant, the total will " +
        "rise to about 7,000 tonnes per month."
    );
    expect(lines.map((l) => l.capacity)).toEqual([2000]);
  });
});

describe("a company's totals told beside its plants", () => {
  test("global capacity, capacity across countries or bases, a cumulative quota and a total goal are no lines", () => {
    const text = [
      "JL Mag started production last year at a 20,000-tonne magnet base in Baotou, Inner " +
        "Mongolia, and has said it wants its total capacity to reach 60,000 tonnes by 2025.",
      "Tianqi currently has about 91,600 tons of annual lithium chemicals capacity across China " +
        "and Australia.",
      "Precursor will be sent to SK On, whose global cell production capacity was about 89 GWh " +
        "at the end of last year.",
      "For 2025-2030 the agreement allows SQM to produce an additional 280.000 to 300.000 " +
        "toneladas of LCE, a cumulative figure for the six years.",
      "Wanrun is among China's largest makers of LFP cathode materials, with a combined " +
        "capacity of more than 400,000 tonnes a year at its bases at home.",
    ].join(" ");
    expect(extractLines(text).map((l) => l.capacity)).toEqual([20000]);
  });
});

describe("a filing's project, its phases and its site", () => {
  test("phases told in one sentence split by ';' are the lines, the project's total none; a site's short name is no company", () => {
    const lines = extractLines(
      "Chengxin Lithium Group Co., Ltd. intends to have its subsidiary build a lithium salt " +
        "project with a designed annual output of 60,000 tonnes in the Indonesia Morowali " +
        'Industrial Park ("IMIP"), Central Sulawesi, Indonesia. The Project will be built in two ' +
        "phases. Phase I covers a battery-grade lithium hydroxide monohydrate facility with an " +
        "annual capacity of 40,000 tonnes; Phase II covers a battery-grade lithium carbonate " +
        "facility with an annual capacity of 20,000 tonnes. The Company currently has total " +
        "lithium salt production capacity of approximately 88,000 tonnes per year at its " +
        "production bases in China."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.material])).toEqual([
      ["Chengxin Lithium", 40000, "lithium hydroxide"],
      ["Chengxin Lithium", 20000, "lithium carbonate"],
    ]);
  });

  test("'the Sines Industrial and Logistics Zone' and 'its installed base' name no company and no line", () => {
    const lines = extractLines(
      "CALB has started construction of its lithium-ion battery plant in Sines, Portugal. The " +
        "ceremony was held at the Sines Industrial and Logistics Zone (ZILS), south of Lisbon. " +
        "The factory is designed to have an annual capacity of 15 GWh. In 2024, its installed " +
        "base in China was 40.77 GWh, giving it a market share of 7.5 percent."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["CALB", 15]]);
  });
});

describe("quotas and a mine's short name", () => {
  test("'exports to 18,125 t for 2025 and to 96,600 t a year' are both quotas; 'Kisanfu (KFM) mine' names no company", () => {
    const lines = extractLines(
      "China's CMOC Group has approved a second phase at its Kisanfu (KFM) copper-cobalt mine in " +
        "Lualaba province, DR Congo, that will add around 15,000 tonnes a year of cobalt " +
        "hydroxide capacity. The authority limited cobalt exports to 18,125 tonnes for the rest " +
        "of 2025 and to 96,600 tonnes a year in 2026 and 2027. KFM started production in 2023. " +
        "Its first phase was built to produce about 30,000 tonnes of cobalt contained in " +
        "hydroxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["CMOC", 15000],
      ["CMOC", 30000],
    ]);
  });
});

describe("a group and the unit that runs its plant", () => {
  test("the same stage told of the group and of its unit is one line; two trains of a venture are two", () => {
    const btr = extractLines(
      "Bisnis.com, JAKARTA - BTR New Material Group has started construction of the second phase " +
        "of its anode material plant in Kendal Industrial Park, Central Java, Indonesia, a " +
        "project that will lift the site's capacity from 80,000 tonnes to 160,000 tonnes a year. " +
        "The first phase, operated by PT BTR New Energy Materials Indonesia, began commercial " +
        "operation in 2024 with an annual capacity of 80,000 tonnes of artificial graphite anode. " +
        "The second phase will add another 80,000 tonnes."
    );
    expect(btr.map((l) => l.capacity)).toEqual([80000, 80000]);
    const kwinana = extractLines(
      "The Kwinana lithium hydroxide refinery that Tianqi owns with IGO in Western Australia " +
        "remains a sore point. The first train at the plant, designed to produce 24,000 tons of " +
        "battery-grade lithium hydroxide a year, runs below nameplate. The joint venture, Tianqi " +
        "Lithium Energy Australia, has halted work on the second train, also sized at 24,000 tons " +
        "a year."
    );
    expect(kwinana.map((l) => l.capacity)).toEqual([24000, 24000]);
  });
});

describe("a site's own block", () => {
  test("'Its first block, with 13.4 GWh' is the block of the site just named, not the company's last", () => {
    const lines = extractLines(
      "ACC is pausing its cell plant in Kaiserslautern, Germany, which was to reach 40 GWh. " +
        "ACC's only factory in operation, at Billy-Berclau in northern France, will continue to " +
        "ramp up. Its first block, with 13.4 GWh of capacity, started production late last year."
    );
    expect(lines.map((l) => [l.capacity, l.location.country])).toEqual([
      [40, "Germany"],
      [13.4, "France"],
    ]);
  });
});

describe("a venue after 'at the'", () => {
  test("'witnessed … at the New Administrative Capital' names no company", () => {
    const lines = extractLines(
      "SCZONE signed a contract with Hubei Wanrun New Energy Technology to establish a factory " +
        "for lithium iron phosphate in the Sokhna Industrial Zone, Egypt. The signing was " +
        "witnessed by Prime Minister Mostafa Madbouly at the New Administrative Capital. The " +
        "first stage will have a production capacity of 50,000 tonnes of cathode material per year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Hubei Wanrun New Energy Technology", 50000],
    ]);
  });
});

describe("plants told by what is happening to them", () => {
  const show = (text: string) =>
    extractLines(text).map((l) => [l.company, l.capacity, l.status, l.location.country]);

  test("'whose mine started up last year', 'is putting up', 'is developing', 'has stopped'", () => {
    // a brand written in one word opens a sentence as a company; "southern Arkansas" is Arkansas
    expect(
      show("China's CMOC, whose Kisanfu cobalt mine in Congo started up last year, grew.")
    ).toEqual([["CMOC", null, "operating", "Democratic Republic of the Congo"]]);
    expect(
      show("Reliance Industries is putting up a battery cell factory at Jamnagar in Gujarat.")
    ).toEqual([["Reliance Industries", null, "under construction", "India"]]);
    expect(
      show("ExxonMobil is also developing a lithium carbonate plant in southern Arkansas.")
    ).toEqual([["ExxonMobil", null, "announced", "USA"]]);
    expect(
      show("Tianqi Lithium said its lithium carbonate plant at Shehong in Sichuan has stopped.")
    ).toEqual([["Tianqi Lithium", null, "shelved", "China"]]);
  });
});

describe("a company's footprint told as a list of towns", () => {
  test("'operates production bases in Shenzhen, Hefei, Changzhou, Nantong and Foshan' are no lines", () => {
    const lines = extractLines(
      "Senior Technology broke ground on a separator plant in Penang, Malaysia. The company " +
        "operates production bases in Shenzhen, Hefei, Changzhou, Nantong and Foshan."
    );
    expect(lines.map((l) => l.location.city ?? l.location.country)).toEqual(["Malaysia"]);
  });

  test("'plants in Smyrna, Tennessee, and Bowling Green, Kentucky' are two plants, not a list", () => {
    const lines = extractLines(
      "AESC said its existing U.S. battery plants in Smyrna, Tennessee, and Bowling Green, " +
        "Kentucky, would continue operating."
    );
    expect(lines.map((l) => l.location.region)).toEqual(["Tennessee", "Kentucky"]);
  });
});

describe("ministers, ministries and a country's capacity", () => {
  test("'Minister of Mines Habtamu Tegegne said the plant …' is no company", () => {
    const lines = extractLines(
      "Kenticha Mining inaugurated its lithium plant in Ethiopia. Speaking at the ceremony, " +
        "Minister of Mines Habtamu Tegegne said the plant has a capacity of producing 200 tons " +
        "of lithium concentrate per day."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.unit])).toEqual([
      ["Kenticha Mining", 200, "t/day"],
    ]);
  });

  test("'the Ministry of Economy, Trade and Industry (METI)' and its national figures build nothing", () => {
    const lines = extractLines(
      "The Ministry of Economy, Trade and Industry (METI) certified 12 battery plans. Toyota " +
        "will build a battery plant in Fukuoka Prefecture with a capacity of up to 9 GWh. With " +
        "the certified plans, domestic production capacity of storage batteries will reach " +
        "about 120 GWh per year, METI said. The government wants 600 GWh of global production " +
        "capacity by Japanese companies."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Toyota", 9]]);
  });
});

describe("what a plant makes, and whose it is", () => {
  test("a separator, an electrolyte and a copper foil plant make what they are named for", () => {
    const lines = extractLines(
      "Senior Technology broke ground on a separator plant in Penang, Malaysia. Tinci will " +
        "build an electrolyte plant in Morocco with 100,000 tonnes a year. SK Nexilis runs a " +
        "copper foil plant in Stalowa Wola, Poland."
    );
    expect(lines.map((l) => [l.company, l.material])).toEqual([
      ["Senior Technology", "battery separator"],
      ["Tinci", "electrolyte"],
      ["SK Nexilis", "copper foil"],
    ]);
  });

  test("tonnes are never of cells named as the product's use", () => {
    const lines = extractLines(
      "SK Nexilis runs a copper foil plant at Stalowa Wola, Poland, with 50,000 tonnes a year. The " +
        "foil is used on the anode side of lithium-ion cells. It bought land to eventually " +
        "triple the plant's capacity to 150,000 tonnes a year."
    );
    expect(lines.map((l) => [l.capacity, l.material])).toEqual([
      [50000, "copper foil"],
      [100000, "copper foil"],
    ]);
  });

  test("'largely thanks to LG Energy Solution's plant near Wrocław' is LG's plant", () => {
    const lines = extractLines(
      "SK Nexilis has completed a copper foil factory in Stalowa Wola, Poland, with a capacity " +
        "of 50,000 tonnes a year. Poland has become a centre for battery production, largely " +
        "thanks to LG Energy Solution's battery plant near Wrocław."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.city])).toEqual([
      ["SK Nexilis", 50000, "Stalowa Wola"],
      ["LG Energy Solution (LGES)", null, "Wrocław"],
    ]);
  });
});

describe("a quarterly report's output, headings and portfolio", () => {
  test("'Attributable nickel production of 27,517 tonnes' is a quarter's output", () => {
    expect(capacities("Attributable nickel production of 27,517 tonnes")).toEqual([]);
    expect(capacities("Matte production totalled 4,390 tonnes of contained nickel.")).toEqual([]);
    expect(capacities("The plant has an annual production of 50,000 tonnes.")).toEqual([50000]);
  });

  test("a heading 'Oracle Nickel (ONI)' spells out the body's ONI", () => {
    const lines = extractLines(
      "Oracle Nickel (ONI)\n\nONI's four RKEF lines in the Indonesia Morowali Industrial Park " +
        "have a combined nameplate capacity of 36,000 tonnes per annum of nickel in NPI.\n"
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Oracle Nickel (ONI)", 36000]]);
  });

  test("'Across all four of its projects, the portfolio has a total capacity of …' is no plant", () => {
    expect(
      capacities(
        "Across all four of its IMIP projects, the Company's RKEF portfolio has a total " +
          "attributable nameplate capacity of more than 100,000 tonnes of nickel per annum."
      )
    ).toEqual([]);
  });
});

describe("an addition told again, a raise to a stage's size, and the agency", () => {
  test("'a new 10,000 t line … lifts the base from 45,000 t to 55,000 t' adds one line", () => {
    const lines = extractLines(
      "SHANGHAI, Jun 14 (SMM) - Do-Fluoride New Materials has begun trial production at a new " +
        "10,000 mt/yr LiPF6 line at its Jiaozuo base in Henan. The addition lifts the base's " +
        "nameplate from 45,000 mt/yr to 55,000 mt/yr. SMM said prices fell."
    );
    expect(lines.filter((l) => l.capacity === 10000)).toHaveLength(1);
    expect(lines.map((l) => l.company)).not.toContain("Sumitomo Metal Mining");
  });

  test("'up from 200,000 tpa assumed in the 2022 Pre-Feasibility Study' is the study's figure", () => {
    expect(
      capacities(
        "The DFS is based on a concentrator designed to produce approximately 300,000 tpa of " +
          "spodumene concentrate, up from 200,000 tpa assumed in the 2022 Pre-Feasibility Study."
      )
    ).toEqual([300000]);
  });

  test("'access to 42,000 tons of nickel and 5,000 tons of cobalt a year': both are supply", () => {
    expect(
      capacities(
        "BASF said it expected to gain access to about 42,000 tons of nickel and 5,000 tons " +
          "of cobalt a year from the complex."
      )
    ).toEqual([]);
    expect(
      capacities(
        "It was designed to turn out about 67,000 metric tons of contained nickel and " +
          "roughly 7,500 tons of cobalt a year."
      )
    ).toEqual([67000, 7500]);
  });

  test("'At the second stage, the capacity will be brought to 25 thousand tons' adds 15,000", () => {
    const lines = extractLines(
      "Almalyk MMC and Nuode Investment signed an agreement on a copper foil joint venture in " +
        "Tashkent region, Uzbekistan. At the first stage it is planned to launch capacity for " +
        "production of 10 thousand tons of copper foil per year in 2026. At the second stage, " +
        "the capacity of enterprise will be brought to 25 thousand tons per year. The combine " +
        "plans to increase copper production to 400 thousand tons by 2030."
    );
    expect(lines.map((l) => [l.capacity, l.unit])).toEqual([
      [10, "kt/yr"],
      [15, "kt/yr"],
    ]);
  });
});

describe("the site a raise is told of, and a plant's place after 'at'", () => {
  test("'lift the site's capacity to 31,500 t' grows the plant in its town, not one elsewhere", () => {
    const lines = extractLines(
      "Novonix is building the Riverside facility in Chattanooga, Tennessee, to make 20,000 " +
        "metric tons a year of synthetic graphite anode material. Novonix plans to lift the " +
        "site's capacity to 31,500 tons a year. Novonix is also studying a second U.S. " +
        "synthetic graphite plant of about 45,000 tons a year."
    );
    expect(lines.map((l) => l.capacity)).toEqual([20000, 11500, 45000]);
  });

  test("'the lithium refinery at Teesport have been approved' names no company Teesport", () => {
    const lines = extractLines(
      "PLANS for the UK's first lithium refinery at Teesport have been approved. The council " +
        "backed the application from Green Lithium. Green Lithium said the refinery will " +
        "produce up to 50,000 tonnes of lithium hydroxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Green Lithium", 50000]]);
  });
});

describe("a policy's title and a plant's owners after 'of'", () => {
  test("'the new plant of Honda and GS Yuasa. The two companies will build …' is theirs", () => {
    const lines = extractLines(
      'METI certified plans under the "Plan for Securing Supply of Storage Batteries". The ' +
        "largest project is the new plant of Honda and GS Yuasa. The two companies will build a " +
        "lithium-ion battery plant with an annual production capacity of 20GWh in Shiga Prefecture."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Honda", 20]]);
  });
});

describe("a city's counted projects", () => {
  test("'started 15 copper-based new material projects, of which … totals 8万吨' is the city's", () => {
    const lines = extractLines(
      "Anhui Huachuang New Material runs a 5万吨 copper foil plant in Tongling, Anhui. In the " +
        "first half of this year, Tongling newly started 15 copper-based new material projects, " +
        "of which the newly planned copper foil capacity of projects started totals about 8万吨."
    );
    expect(lines.map((l) => [l.kind, l.capacity_tpa])).toEqual([
      ["line", 50000],
      ["aggregate", 80000],
    ]);
  });

  test("'the battery maker's two Commerce plants have a combined 21.5 GWh' is the maker's", () => {
    const lines = extractLines(
      "SK On runs battery plants in Commerce, Georgia. The South Korean battery maker's two " +
        "Commerce plants have a combined annual capacity of 21.5 GWh."
    );
    expect(lines.map((l) => [l.kind, l.company, l.capacity])).toEqual([["line", "SK On", 21.5]]);
  });
});

describe("a plant 'in the city'", () => {
  test("'… a lithium hydroxide facility on land it acquired in the city' is in the town just named", () => {
    const lines = extractLines(
      "Frontier Lithium will build a 20,000 t/yr lithium hydroxide plant in Thunder Bay, " +
        "Ontario. Avalon Advanced Materials has been planning a lithium hydroxide processing " +
        "facility on industrial land it acquired in the city."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.city])).toEqual([
      ["Frontier Lithium", 20000, "Thunder Bay"],
      ["Avalon Advanced Materials", null, "Thunder Bay"],
    ]);
  });
});

describe("a clause of contrast", () => {
  test("', while announced cell capacity …' does not make a demand forecast a capacity", () => {
    expect(
      capacities(
        "Benchmark Mineral Intelligence forecasts European demand for lithium-ion batteries to " +
          "exceed 1,000 GWh by 2030, while announced cell capacity in the region is at risk."
      )
    ).toEqual([]);
  });
});

describe("an offtake past 'U.S.', what was processed, a part of a total", () => {
  test("'offtake with a U.S. magnet maker for up to 250 tpa' is an offtake", () => {
    expect(
      capacities(
        "Ucore also holds a binding offtake arrangement with a U.S. magnet maker for up to " +
          "250 tpa of NdPr oxide."
      )
    ).toEqual([]);
  });

  test("'has processed more than 15 tonnes', '500 tpa of NdPr oxide, part of the 2,000 tpa total'", () => {
    expect(capacities("The facility has now processed more than 15 tonnes of feed.")).toEqual([]);
    expect(
      capacities(
        "The plant is to produce about 500 tpa of NdPr oxide, part of the 2,000 tpa total."
      )
    ).toEqual([2000]);
  });

  test("'lift SMC capacity to 7,500 tpa TREO' grows the TREO line, not the NdPr within it", () => {
    const lines = extractLines(
      "Ucore Rare Metals said Phase 1 of its separation plant in Alexandria, Louisiana is " +
        "designed for 2,000 tonnes per annum of rare earth oxides and 500 tpa of NdPr oxide. " +
        "The Company plans a subsequent expansion that would lift SMC capacity to 7,500 tpa " +
        "of rare earth oxides."
    );
    expect(lines.map((l) => l.capacity)).toEqual([2000, 500, 5500]);
  });
});

describe("initials of a company already named", () => {
  test("'Controlled Thermal Resources' Hell's Kitchen project … CTR says' is one company", () => {
    const lines = extractLines(
      "Imperial County approved permits for Controlled Thermal Resources' Hell's Kitchen " +
        "project in California. CTR says the lithium plant will be able to produce about 25,000 " +
        "metric tons of lithium hydroxide per year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Controlled Thermal Resources (CTR)", 25000],
    ]);
  });
});

describe("a sentence opening with a preposition", () => {
  test("'Outside China, SEMCORP runs …' names SEMCORP, not 'Outside China'", () => {
    const lines = extractLines(
      "Outside China, SEMCORP runs a separator plant in Debrecen, Hungary, which began operating."
    );
    expect(lines.map((l) => l.company)).toEqual(["SEMCORP"]);
  });
});

describe("officials named in the story", () => {
  test("a person given in full, then called by the surname, is no company", () => {
    const lines = extractLines(
      "State-run miner Eti Maden is building a lithium carbonate plant in Eskişehir, Türkiye, " +
        "with an annual capacity of 600 tons, the energy minister said on Tuesday. Speaking at " +
        "an event, Alparslan Bayraktar said the plant is under construction. Bayraktar said a " +
        "10,000-ton rare earth oxide plant will follow."
    );
    expect(lines.map((l) => l.company)).toEqual(["Eti Maden", "Eti Maden"]);
  });

  test("'the akim of the region Yermek Kosherbayev' is the office's holder", () => {
    const lines = extractLines(
      "As was said at the meeting chaired by the akim of the region Yermek Kosherbayev, the " +
        "project is realized by national mining company Tau-Ken Samruk JSC. A concentrating " +
        "factory with capacity of up to 50 thousand tons of spodumene concentrate per year will " +
        "be constructed."
    );
    expect(lines.map((l) => l.company)).toEqual(["Tau-Ken Samruk"]);
  });
});

describe("figures of a whole market", () => {
  test("the world's production and a country's demand are no plant's", () => {
    expect(
      capacities(
        "Global rare earth oxide production is around 350,000 tons annually, the ministry said."
      )
    ).toEqual([]);
    expect(
      capacities(
        "The demand for lithium in Türkiye is expected to reach 6,000 tons per year by 2030 in " +
          "line with the growth of the electric vehicle industry."
      )
    ).toEqual([]);
  });
});

describe("a filing's own words for its company", () => {
  test("'ioneer Ltd (\"ioneer\" or \"the Company\")' names ioneer, and 'the Company' is it", () => {
    const lines = extractLines(
      'ioneer Ltd ("ioneer" or "the Company") presents its quarterly report. The BLM approved ' +
        "the Plan of Operations for Rhyolite Ridge in Nevada. Rhyolite Ridge is the Company's " +
        "flagship asset. Under the approved Plan of Operations, the processing facility will " +
        "produce about 22,000 tonnes per annum of lithium carbonate."
    );
    expect(lines.map((l) => [l.company.toLowerCase(), l.capacity])).toEqual([["ioneer", 22000]]);
  });

  test("each figure of a list of offtakes is an offtake, as the first one is", () => {
    expect(
      capacities(
        "Binding offtake agreements are in place with Ford Motor Company (7,000 tpa of lithium " +
          "carbonate), Toyota Tsusho (4,000 tpa), EcoPro Innovation (7,000 tpa) and Prime " +
          "Planet Energy & Solutions (4,000 tpa)."
      )
    ).toEqual([]);
  });

  test("a sulphuric acid plant feeds the works: its tonnes a day are no line", () => {
    expect(
      capacities(
        "The facility will produce 22,000 tonnes per annum of lithium carbonate. An on-site " +
          "sulphuric acid plant sized at 3,500 tonnes per day will provide reagent."
      )
    ).toEqual([22000]);
  });
});

describe("the short name a company goes by", () => {
  test("'Contemporary Amperex Technology Co. Ltd.' shows as CATL too", () => {
    const lines = extractLines(
      "Contemporary Amperex Technology Co. Ltd. will build a 50 GWh battery plant in Zaragoza, Spain."
    );
    expect(lines.map((l) => l.company)).toEqual(["Contemporary Amperex Technology (CATL)"]);
  });
});

describe("two makers and their venture", () => {
  test("'Stellantis NV and CATL will build …; the 50-50 joint venture … 50 GWh' is both's", () => {
    const lines = extractLines(
      "Stellantis NV and Contemporary Amperex Technology Co. Ltd. will build a lithium-iron-" +
        "phosphate battery factory in northeastern Spain. The 50-50 joint venture will invest " +
        "as much as €4.1 billion in the plant at Stellantis's Figueruelas car factory near " +
        "Zaragoza. The factory could reach up to 50 gigawatt-hours of annual capacity."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Stellantis / Contemporary Amperex Technology (CATL)", 50],
    ]);
  });

  test("'Stellantis (STLAM.MI) and China's CATL (300750.SZ) will invest in an LFP battery plant'", () => {
    const lines = extractLines(
      "Stellantis (STLAM.MI) and China's CATL (300750.SZ) will invest up to 4.1 billion euros " +
        "in a lithium iron phosphate battery plant in Spain, the companies said."
    );
    expect(lines.map((l) => [l.company, l.material])).toEqual([
      ["Stellantis / Contemporary Amperex Technology (CATL)", "battery cells"],
    ]);
  });

  test("'at Stellantis' car factory' is where the plant stands, and a car plant is no line", () => {
    const lines = extractLines(
      "Stellantis and CATL signed a deal for a 50 GWh battery plant in Spain. The plant will " +
        "be built by a 50-50 joint venture at Stellantis' car factory in Figueruelas. The " +
        "Figueruelas factory makes the Opel Corsa and built around 370,000 vehicles last year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Stellantis / Contemporary Amperex Technology (CATL)", 50],
    ]);
  });
});

describe("others' plants given as examples", () => {
  test("'such as the 20 GWh gigafactory of Gotion', 'including LG's Wrocław plant' are no lines", () => {
    const lines = extractLines(
      "Managem is building a 7,000 t/yr cobalt sulphate unit in Guemassa, Morocco. The country " +
        "has attracted several major projects, such as the 20 GWh gigafactory of Chinese " +
        "battery maker Gotion High-Tech in Kenitra. The site lies near several cell factories, " +
        "including LG Energy Solution's Wrocław plant, with capacity of around 86 GWh."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Managem", 7000]]);
  });
});

describe("names a company went by", () => {
  test("'Lotte Energy Materials Corp, formerly Iljin Materials, said …' is Lotte's line", () => {
    const lines = extractLines(
      "Lotte Energy Materials Corp, formerly Iljin Materials, said its fifth plant at the " +
        "Samajaya Hi-Tech Industrial Park in Kuching, Malaysia, which can make 10,000 tonnes a " +
        "year of copper foil, entered commercial production. A sixth plant of the same size is " +
        "in trial production. With the two new plants, the Kuching complex will go from 40,000 " +
        "tonnes to 60,000 tonnes a year."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.status])).toEqual([
      ["Lotte Energy Materials", 10000, "operating"],
      ["Lotte Energy Materials", 10000, "commissioning"],
    ]);
  });

  test("'SK nexilis', written 'SK Nexilis' in the tags, is one name", () => {
    const lines = extractLines(
      "SK nexilis, the copper foil unit of SKC Co Ltd, has been operating the first phase of " +
        "its plant at Kota Kinabalu, Malaysia, since last year. That phase is rated at 22,000 " +
        "tonnes a year.\n\nTags: Copper Foil, SK Nexilis, Sabah"
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["SK nexilis", 22000]]);
  });
});

describe("a permit's issuer and a project's own name", () => {
  test("the Division of Energy, Mineral and Land Resources is no company; 'its planned Tennessee Lithium plant' is Piedmont's", () => {
    const lines = extractLines(
      "The N.C. Department of Environmental Quality's Division of Energy, Mineral and Land " +
        "Resources on Friday issued a state mining permit for Piedmont Lithium's project near " +
        "Cherryville. The company wants to convert the concentrate on site into about 30,000 " +
        "metric tons a year of lithium hydroxide. Piedmont has also put its planned Tennessee " +
        "Lithium plant near Etowah, in McMinn County, on the back burner. That project was " +
        "designed to make 30,000 metric tons of lithium hydroxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.city])).toEqual([
      ["Piedmont Lithium", 30000, "Gaston County"],
      ["Piedmont Lithium", 30000, "Etowah"],
    ]);
  });

  test("'That project, called Carolina Lithium, would also make 30,000 tons' is Piedmont's", () => {
    const lines = extractLines(
      "Piedmont Lithium had planned a chemical plant next to a proposed mine in Gaston County, " +
        "North Carolina. That project, called Carolina Lithium, would also make 30,000 tons of " +
        "lithium hydroxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Piedmont Lithium", 30000]]);
  });
});

describe("a producer's whole capacity and what a plant turns out now", () => {
  test("capacity at its plants in two towns, of the group, or a share of the world is no line", () => {
    expect(
      capacities(
        "L&F currently operates about 120,000 tons of annual cathode capacity at its plants in " +
          "Daegu and Gumi."
      )
    ).toEqual([]);
    expect(
      capacities(
        "The total production capacity of the group for manganese products exceeds 700 thousand " +
          "tons per year."
      )
    ).toEqual([]);
    expect(
      capacities(
        "Tianyuan has electrolytic manganese capacity of 800,000 tonnes per year, accounting " +
          "for roughly one third of global output."
      )
    ).toEqual([]);
  });

  test("'is currently turning out 15 t/d' is output; 'capable of turning out 36,000 tons a year' is size", () => {
    expect(
      capacities("The plant is currently turning out around 15 t/d of lithium carbonate.")
    ).toEqual([]);
    expect(capacities("The plant is capable of turning out 36,000 tons of nickel a year.")).toEqual(
      [36000]
    );
  });
});

describe("a refinery's products and its owner's unit", () => {
  test("'17,000 t a year of nickel, 2,500 tons of copper and 1,300 tons of cobalt' are three lines of the unit", () => {
    const lines = extractLines(
      "Lifezone Metals plans to start producing refined nickel at a refinery in Tanzania's " +
        "Kahama district in 2028. The refinery, to be built by Lifezone's local unit Tembo " +
        "Nickel, would initially produce about 17,000 metric tons a year of nickel cathode, " +
        "2,500 tons of copper cathode and 1,300 tons of cobalt, the company said."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Tembo Nickel", 17000],
      ["Tembo Nickel", 2500],
      ["Tembo Nickel", 1300],
    ]);
  });
});

describe("recycling, feed and copper", () => {
  test("'will recycle 2,000 tonnes per year of magnets and refine 5,000 tonnes per year of concentrates imported'", () => {
    expect(
      capacities(
        "The plant will recycle 2,000 tonnes per year of end-of-life magnets, and it will " +
          "refine and separate 5,000 tonnes per year of mining concentrates imported."
      )
    ).toEqual([2000, 5000]);
    expect(capacities("The company recycled 2,000 tonnes of magnets in 2023.")).toEqual([]);
  });

  test("'年产1万吨电积铜 (10,000 mt/year of cathode copper by SX-EW)' is one copper line, and SX-EW no company", () => {
    const lines = extractLines(
      "Phase I, implemented by the subsidiary Tengyuan Mining Congo SARL in Lubumbashi, DRC, " +
        "is designed for 年产1万吨电积铜 (10,000 mt/year of cathode copper by SX-EW) and 3,000 " +
        "mt/year of cobalt hydroxide. The board approved Phase II, which will raise the " +
        "electrowon copper capacity from 1万吨 to 3万吨 per year and the cobalt hydroxide " +
        "capacity from 3,000 mt to 6,500 mt per year."
    );
    expect(lines.map((l) => [l.company, l.material, l.capacity_tpa])).toEqual([
      ["Tengyuan Mining Congo", "copper", 10000],
      ["Tengyuan Mining Congo", "cobalt", 3000],
      ["Tengyuan Mining Congo", "copper", 20000],
      ["Tengyuan Mining Congo", "cobalt", 3500],
    ]);
  });

  test("'- Caremag (France) – Carester: plant at Lacq' names Carester", () => {
    const lines = extractLines(
      "The list includes these projects:\n- Caremag (France) – Carester: plant at Lacq, " +
        "France, to process 5,000 tonnes of rare earth concentrates per year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Carester", 5000]]);
  });
});

describe("a minister's quote of the plant to come", () => {
  test("'When the facility is completed, … 10,000 tons of rare earth oxide will be produced'", () => {
    const lines = extractLines(
      "The project in Beylikova, Türkiye, will be carried out by state-owned miner Eti Maden. " +
        '"When the facility is completed, 570,000 tons of ore will be processed annually and ' +
        '10,000 tons of rare earth oxide will be produced," the minister said.'
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Eti Maden", 10000]]);
  });

  test("an analyst's 'a refinery of 15,000 tonnes is small' is no line", () => {
    expect(
      extractLines(
        '"But a refinery of 15,000 tonnes is small next to what China adds," said an analyst.'
      )
    ).toEqual([]);
  });
});

describe("names and figures spelt out", () => {
  test("'Tibet Summit Resources' is the directory's company; 'seven tonnes per day' is 2,555 t a year", () => {
    const lines = extractLines(
      "The Sal de los Ángeles project in Salta, Argentina, is controlled by the Chinese group " +
        "Tibet Summit Resources. Its pilot plant has a capacity of seven tonnes per day."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Tibet Summit Resources", 2555],
    ]);
  });

  test("'daily capacity of 3 tons' is a day's; a long name with 'and' spelt out before its initials", () => {
    expect(quantities("a lithium carbonate unit with daily capacity of 3 tons")).toEqual([
      [3, "t/day", 1095],
    ]);
    const lines = extractLines(
      "A pilot unit for lithium carbonate in Hamedan province, Iran, with a capacity of up to " +
        "three tons per day, has started trial operation, the head of Iranian Mines and Mining " +
        "Industries Development and Renovation Organization (IMIDRO) announced."
    );
    expect(lines.map((l) => l.company)).toEqual([
      "Iranian Mines and Mining Industries Development and Renovation Organization (IMIDRO)",
    ]);
  });
});

describe("plans cut back and goals given up", () => {
  test("'20 GWh rather than the 40 GWh outlined', 'six plants with a combined 240 GWh by 2030'", () => {
    expect(
      capacities(
        "PowerCo will launch its plant in Salzgitter with 20 gigawatt-hours of annual capacity " +
          "rather than the 40 gigawatt-hours outlined when construction began."
      )
    ).toEqual([20]);
    expect(
      capacities(
        "Volkswagen talked of six European cell plants with a combined 240 gigawatt-hours by 2030."
      )
    ).toEqual([]);
  });

  test("'a first phase of 0.7 GWh a year aimed at power tools' is cells; 'St. Thomas' no company", () => {
    expect(
      capacities("TIAMAT plans a first phase of 0.7 GWh a year aimed at power tools.")
    ).toEqual([0.7]);
    const lines = extractLines(
      "PowerCo is building a factory in St. Thomas, Ontario, with capacity of up to 90 " +
        "gigawatt-hours. The tariff threat had not changed plans for St. Thomas, which is meant " +
        "to supply VW's factories."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["PowerCo", 90]]);
  });
});

describe("a place that ends the text", () => {
  test("'… to commence in Q1 2026 United States' ends on a place and reads without error", () => {
    expect(() =>
      extractLines(
        "- Construction of the Central Lithium Plant (CLP) at Industriepark Höchst, Frankfurt, " +
          "to commence in Q1 2026 United States"
      )
    ).not.toThrow();
  });
});

describe("a city's projects counted", () => {
  test("'… newly started 12 projects. After completion, these projects will add 15万吨' is the city's", () => {
    const lines = extractLines(
      "Tianqi Lithium runs a 20,000-tonne lithium carbonate plant in Suining, Sichuan. Data " +
        "from the Suining Municipal Bureau of Economy and Information Technology shows that the " +
        "city's lithium battery industry newly started 12 projects. After completion, these " +
        "projects will add 15万吨 of cathode material capacity."
    );
    expect(lines.map((l) => [l.company, l.kind, l.capacity_tpa])).toEqual([
      ["Tianqi Lithium", "line", 20000],
      ["Suining companies (aggregate)", "aggregate", 150000],
    ]);
  });

  test("'11 … projects have started construction in the city, with more than 30万吨' is an aggregate", () => {
    const lines = extractLines(
      "In Duodao District of Jingmen, Hubei, the annual output 10万吨 lithium iron phosphate " +
        "project of Hubei Rongtong Hi-Tech Advanced Materials started construction. Since the " +
        "start of this year, 11 new energy battery material projects have started construction " +
        "in the city, with more than 30万吨 of newly planned capacity."
    );
    expect(lines.map((l) => [l.company, l.kind, l.capacity_tpa])).toEqual([
      ["Hubei Rongtong Hi-Tech Advanced Materials", "line", 100000],
      ["(aggregate)", "aggregate", 300000],
    ]);
  });
});

describe("needs and other industries' products", () => {
  test("'will need around 100GWh … by 2030 …, and more than 200GWh by 2040' are both needs", () => {
    expect(
      capacities(
        "The Faraday Institution has estimated the UK will need around 100GWh of battery " +
          "production a year by 2030 to support vehicle manufacturing, and more than 200GWh by 2040."
      )
    ).toEqual([]);
  });

  test("'produces about 30,000 tonnes of kaolin per year' is no battery material's", () => {
    expect(
      capacities("Today, the quarry of Beauvoir produces about 30,000 tonnes of kaolin per year.")
    ).toEqual([]);
    expect(
      capacities(
        "The plant would produce around 58,000 tonnes of lithium carbonate a year and about " +
          "160,000 tonnes of boric acid annually as by-products."
      )
    ).toEqual([58000, 160000]);
  });
});

describe("a project's phase and the project's size", () => {
  test("'phase I of Shangtai Technology's 200,000 mt/yr project … Phase I has 100,000 mt/yr' keeps the phases", () => {
    const lines = extractLines(
      "SMM learned that phase I of Shangtai Technology's (001301.SZ) 200,000 mt/yr anode " +
        "material project in Jinzhong, Shanxi, has entered trial production. Phase I has a " +
        "designed capacity of 100,000 mt/yr of artificial graphite anode. Phase II, also " +
        "100,000 mt/yr, is under construction."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Shangtai Technology", 100000],
      ["Shangtai Technology", 100000],
    ]);
  });

  test("'a 50,000-tonne … project (年产5万吨磷酸盐正极材料项目)' is one line", () => {
    const lines = extractLines(
      "Hunan Yuneng's board approved an \"annual 50,000-tonne phosphate-based cathode material " +
        'project" (年产5万吨磷酸盐正极材料项目) in Spain.'
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([50000]);
  });
});

describe("an earlier study's figure and a maker's worldwide capacity", () => {
  test("'to 73,000tpa …, up from 60,000tpa in the 2017 Bankable Feasibility Study'", () => {
    expect(
      capacities(
        "The updated study increased Stage 1 production to 73,000tpa of flake graphite " +
          "concentrate, up from 60,000tpa in the 2017 Bankable Feasibility Study."
      )
    ).toEqual([73000]);
  });

  test("'more than 100 gigawatt-hours of production capacity worldwide' is the maker's", () => {
    expect(
      capacities(
        "Gotion said it had more than 100 gigawatt-hours of production capacity worldwide."
      )
    ).toEqual([]);
  });
});

describe("a numbered part with its letter", () => {
  test("'has shelved Phase 1A, a 5,400 tonne-a-year plant' names no company 'Phase 1A'", () => {
    const lines = extractLines(
      "Standard Lithium has shelved Phase 1A, a 5,400 tonne-a-year lithium carbonate plant it " +
        "had proposed in El Dorado, Arkansas."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Standard Lithium", 5400]]);
  });
});

describe("a hyphened word inside a name", () => {
  test("'Jiujiang Tinci High-tech Materials Co., Ltd.' is one name; 'State-owned Kuvimba' is Kuvimba", () => {
    const lines = extractLines(
      "Jiujiang Tinci High-tech Materials Co., Ltd. broke ground on a project in Jiujiang, " +
        "Jiangxi, with annual capacity of 15万吨 liquid electrolyte."
    );
    expect(lines.map((l) => [l.company, l.material])).toEqual([
      ["Jiujiang Tinci High-tech Materials", "electrolyte"],
    ]);
    const other = extractLines(
      "State-owned Kuvimba Mining House restarted the 50,000-tonne Sandawana lithium mine in " +
        "Mberengwa, Zimbabwe."
    );
    expect(other.map((l) => l.company)).toEqual(["Kuvimba Mining House"]);
  });

  test("'high-grade electrolytic copper foil' is copper foil", () => {
    const lines = extractLines(
      "The annual output 3万吨 high-grade electrolytic copper foil project of Jiujiang Defu " +
        "Technology in Jiujiang, Jiangxi, entered trial production."
    );
    expect(lines.map((l) => l.material)).toEqual(["copper foil"]);
  });
});

describe("a first phase of the whole and what remains", () => {
  test("'The first 50,000 mt/year phase of its 200,000 mt/year project … The remaining 150,000'", () => {
    const lines = extractLines(
      "Lomon Billions Group: The first 50,000 mt/year phase of its 200,000 mt/year iron " +
        "phosphate project in Jiaozuo, Henan has started production. The remaining 150,000 " +
        "mt/year will be built in two further stages."
    );
    expect(lines.map((l) => l.capacity)).toEqual([50000, 150000]);
  });

  test("'Guizhou Chuanheng Chemical' and later 'Chuanheng' are one company", () => {
    const lines = extractLines(
      "Guizhou Chuanheng Chemical: The second 100,000 mt/year iron phosphate line at its " +
        "Fuquan base in Guizhou entered trial production. Chuanheng sources phosphate rock from " +
        "its own mines and plans a 50,000 mt/year purified phosphoric acid line in Fuquan."
    );
    expect(new Set(lines.map((l) => l.company))).toEqual(new Set(["Guizhou Chuanheng Chemical"]));
  });
});

describe("defined terms, appositions and lists of products", () => {
  test('a filing\'s \'(the "Company")\' is the filer, and "several hundred tonnes" is no figure', () => {
    const lines = extractLines(
      'Idemitsu Kosan Co., Ltd. (the "Company") announces a final investment decision on a ' +
        "solid electrolyte pilot plant. The Company and Toyota Motor Corporation are working " +
        "together. Production capacity: several hundred tonnes per year. Construction of the " +
        "Company's lithium sulfide production facility at the Chiba Complex is already under " +
        "way, with an annual production capacity of 1,000 tonnes."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Idemitsu Kosan", 1000]]);
  });

  test("'Soulbrain, the country's third-largest electrolyte maker, is in talks' names a company", () => {
    const lines = extractLines(
      "Dongwha Electrolyte finished its plant in Clarksville, Tennessee. Soulbrain, the " +
        "country's third-largest electrolyte maker, is in talks with a North American customer " +
        "about building a plant in the US Midwest. A plant with capacity of up to 50,000 tons a " +
        "year is being discussed."
    );
    expect(lines.find((l) => l.capacity === 50000)?.company).toBe("Soulbrain");
  });

  test("a list of products after the first: '8,250 t of lithium carbonate, 48,000 t of nickel sulfate and 6,500 t'", () => {
    const lines = extractLines(
      "Li-Cycle's Rochester Hub in Rochester, New York, is expected to produce approximately " +
        "8,250 metric tons of battery-grade lithium carbonate, 48,000 metric tons of nickel " +
        "sulfate and 6,500 metric tons of cobalt sulfate annually when operating at full capacity."
    );
    expect(lines.map((l) => l.capacity)).toEqual([8250, 48000, 6500]);
    expect(lines.map((l) => l.status)).not.toContain("operating");
  });

  test("'Li-Cycle's Rochester Hub' is a site, not a company", () => {
    const lines = extractLines(
      "Li-Cycle Holdings Corp. is building its Rochester Hub in Rochester, New York. The " +
        "Rochester Hub is designed to process up to 35,000 metric tons of black mass per year " +
        "when operating at full capacity."
    );
    expect(lines.map((l) => [l.company, l.location.city])).toEqual([["Li-Cycle", "Rochester"]]);
  });

  test("'6K Energy' opens with a digit; 'Jackson's location' is a town's", () => {
    const lines = extractLines(
      "The industrial board approved a tax agreement for 6K Energy, the Massachusetts company " +
        "building a cathode plant. Local leaders have pointed to Jackson's location on " +
        "Interstate 40. 6K says the plant will make 13,000 metric tons a year of cathode active " +
        "material."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["6K Energy", 13000]]);
  });
});

describe("totals a region or a company tells", () => {
  test("'total annual production capacity in the U.S. will reach around 180 GWh, including its two plants'", () => {
    expect(
      capacities(
        "With the new plant, SK On's total annual production capacity in the U.S. will reach " +
          "around 180 GWh, including its two plants in Commerce, Georgia, and the BlueOval SK " +
          "joint venture plants in Tennessee and Kentucky."
      )
    ).toEqual([]);
  });

  test("'more than 30 GWh of ESS production capacity in North America' is a continent's", () => {
    expect(
      capacities(
        "Management said it plans to secure more than 30 GWh of ESS production capacity in " +
          "North America by the end of 2026."
      )
    ).toEqual([]);
    expect(capacities("It will build a 30 GWh plant in Europe.")).toEqual([30]);
  });

  test("'mass production for Honda and Acura EVs': the plant stays the venture's", () => {
    const lines = extractLines(
      "The L-H Battery Company, the joint venture with Honda in Fayette County, Ohio, is in " +
        "the final stages of commissioning. The plant has an annual capacity of 40 GWh, and mass " +
        "production for Honda and Acura EVs will start in the second half of this year."
    );
    expect(lines.map((l) => l.company)).toEqual(["L-H Battery Company"]);
  });

  test("an expansion's base is the plant told before it, though a subsidiary was said to run it", () => {
    const lines = extractLines(
      "The battery plant, run by subsidiary Amita Technology (Thailand) Co in Chachoengsao, " +
        "Thailand, started commercial production in 2021 with an annual capacity of 1 GWh. " +
        "Under the phase 2 plan, Energy Absolute had intended to increase the factory's " +
        "capacity from 1GWh to 4GWh by 2025."
    );
    expect(lines.map((l) => l.capacity)).toEqual([1, 3]);
  });

  test("'an investment agreement was signed with X' for a passive plant: X builds it", () => {
    const lines = extractLines(
      "Huayou Cobalt's nickel refinery in Qinzhou, Guangxi, was topped out. In addition, a " +
        "2万吨 annual waste lithium battery recycling project is being planned in the port area, " +
        "and an investment cooperation agreement was signed with Guangxi Zhongwei Circular " +
        "Technology at the end of September."
    );
    expect(lines.find((l) => l.capacity_tpa === 20000)?.company).toBe(
      "Guangxi Zhongwei Circular Technology"
    );
  });
});

describe("provincial news: aims, sums so far, equal phases and sources", () => {
  test("'will strive to reach 150万吨', 'aims to form 100万吨', 'has built a total of 20万吨 … so far' are no plants", () => {
    expect(
      capacities(
        "By 2025 Hunan will strive to reach 150万吨 of cathode material capacity. By 2025, " +
          "Tongren aims to form 100万吨 of manganese-based battery material capacity. The base " +
          "has built a total of 20万吨 of ternary precursor capacity so far."
      )
    ).toEqual([]);
  });

  test("'designed at 10万吨/年, to be built in two equal phases' is two lines of 5万吨", () => {
    const lines = extractLines(
      "Hunan Yuneng's iron phosphate project in Xiangtan, Hunan, was designed at 10万吨/年, " +
        "to be built in two equal phases; the first phase started production last year, but " +
        "the second phase has been put on hold."
    );
    expect(lines.map((l) => [l.capacity_tpa, l.status])).toEqual([
      [50000, "operating"],
      [50000, "shelved"],
    ]);
    expect(lines[0].material).toBe("iron phosphate");
  });

  test("'[Editor's note: …]' names no company", () => {
    const lines = extractLines(
      "[Editor's note: This article is part of a series.] Rows of kilns glow in the new " +
        "workshop of Hunan Changyuan Lico Co., Ltd. in Ningxiang, Changsha. In June, the second " +
        "phase of the company's cathode material project, with a capacity of 6万吨 per year, was " +
        "fully put into production."
    );
    expect(lines.map((l) => l.company)).toEqual(["Hunan Changyuan Lico"]);
  });

  test("'a filing to the Shenzhen Stock Exchange' places no plant in Shenzhen", () => {
    const line = one(
      "Ganfeng Lithium said in a filing to the Shenzhen Stock Exchange on Tuesday that the " +
        "first stage has been built to produce 506,000 tonnes per year of spodumene concentrate."
    );
    expect(line.location.city).toBeNull();
  });

  test("'the workshop of Guizhou Jinrui … the company's 3万吨 project' is Jinrui's", () => {
    const lines = extractLines(
      "Guizhou Dalong Huicheng New Material Co., Ltd. is expanding in Tongren, Guizhou. " +
        "Walking into the workshop of Guizhou Jinrui New Material Co., Ltd., workers are busy. " +
        "The reporter learned that the company's 3万吨/年 battery-grade manganese tetroxide " +
        "project has entered trial production."
    );
    expect(lines.find((l) => l.capacity_tpa === 30000)?.company).toBe(
      "Guizhou Jinrui New Material"
    );
  });

  test("tonnes of a 'lithium battery anode material project' are anode; 'high-nickel ternary' is ternary cathode", () => {
    const lines = extractLines(
      "Hunan Zhongke Xingcheng Graphite started construction of a 3万吨/年 lithium battery " +
        "anode material project in Changsha, Hunan. BASF Shanshan's line in Changsha is " +
        "designed to produce 4万吨 of high-nickel ternary cathode materials a year."
    );
    expect(lines.map((l) => l.material)).toEqual(["anode", "ternary cathode (NCM/NCA)"]);
  });

  test("a mine that supplies the feed and a refinery an offtake goes to are no lines", () => {
    const fed = extractLines(
      "Shengxin Lithium Energy said the first phase of its 30,000 t/yr lithium hydroxide plant " +
        "in Morowali, Indonesia, is in trial production. Its raw material supply comes partly " +
        "from the Sabi Star lithium-tantalum mine in Zimbabwe, which produced about 89,000 " +
        "tonnes of spodumene concentrate last year, and from the Murong lithium mine in Yajiang, " +
        "Sichuan, which is still awaiting mining permits."
    );
    expect(fed.map((l) => l.location.country)).toEqual(["Indonesia"]);
    const bought = extractLines(
      "Ganfeng Lithium said the first stage of Goulamina in Mali has been built to produce " +
        "506,000 tonnes per year of spodumene concentrate. Ganfeng has said it will buy all of " +
        "Goulamina's output for its own refineries in Jiangxi province under an offtake " +
        "agreement with the operating company."
    );
    expect(bought.map((l) => l.location.country)).toEqual(["Mali"]);
  });

  test("'Shengxin's total lithium salt capacity will reach about 137,000 t/yr' grows no plant", () => {
    const lines = extractLines(
      "Shengxin Lithium Energy's first phase in Morowali, Indonesia, makes 30,000 t/yr of " +
        "lithium hydroxide. The second phase, another 30,000 t/yr of lithium salts, will follow. " +
        "Once both are completed, Shengxin's total lithium salt capacity will reach about " +
        "137,000 t/yr."
    );
    expect(lines.map((l) => l.capacity)).toEqual([30000, 30000]);
  });
});

describe("ministers, packs, contracts and sums over years", () => {
  test("'Minister of Foreign Affairs and Trade Péter Szijjártó announced … in Budapest': a person, where the news was told", () => {
    const lines = extractLines(
      "Chinese Sunwoda Electric Vehicle Battery Co. is building a factory producing battery " +
        "cells in Nyíregyháza, Hungary, Minister of Foreign Affairs and Trade Péter Szijjártó " +
        "announced on Thursday in Budapest. In the first stage the factory will be capable to " +
        "produce battery cells of 5 gigawatt hours annually, said Mr. Szijjártó."
    );
    expect(lines.map((l) => [l.company, l.capacity, l.location.city])).toEqual([
      ["Sunwoda Electric Vehicle Battery", 5, "Nyíregyháza"],
    ]);
  });

  test("a country's 'can reach 250 gigawatt hours by the end of the decade' and 'would be enough to equip' are no plants", () => {
    expect(
      capacities(
        "According to the ministry, the battery capacity built in Hungary can reach 250 " +
          "gigawatt hours by the end of the decade. Sources point out that 40 GWh would be " +
          "enough to equip around half a million electric cars per year."
      )
    ).toEqual([]);
    expect(
      capacities(
        "Northvolt will build a factory in Heide with an annual production capacity of 60 " +
          "gigawatt hours, enough for about one million electric cars."
      )
    ).toEqual([60]);
  });

  test("'280,000-300,000 t of LCE of production across 2025-2030' and 'an agreement (10,000 t/yr for five years)' are no capacities", () => {
    expect(
      capacities(
        "The joint venture is targeting an additional 280,000-300,000 t of LCE of production " +
          "across 2025-2030. Only one new binding agreement (10,000 t/yr for five years) was " +
          "signed."
      )
    ).toEqual([]);
  });

  test("a battery-pack assembly plant's GWh is no cell capacity", () => {
    expect(
      capacities(
        "EESL has been supplying battery packs and modules from its assembly plant at Prantij, " +
          "which has an annual capacity of about 1.5 GWh."
      )
    ).toEqual([]);
    expect(
      capacities("The first phase of the pack unit, having 1.5 GWh capacity, will supply packs.")
    ).toEqual([]);
    expect(
      capacities("The first phase of the cell plant, with 2 GWh capacity, is under construction.")
    ).toEqual([2]);
  });

  test("'the PNP1000' is a project's code; 'Sagunt' is Sagunto", () => {
    const lines = extractLines(
      "The British mining company Brazilian Nickel PLC runs the Piauí Nickel Project in Brazil. " +
        "According to the company, the PNP1000 was designed to produce about 1,400 tonnes of " +
        "nickel per year. PowerCo is building its gigafactory in Sagunt with 20 GWh a year."
    );
    expect(lines.map((l) => [l.company, l.location.city])).toEqual([
      ["Brazilian Nickel", null],
      ["PowerCo", "Sagunto"],
    ]);
  });
});

describe("others' operations, a basis told again and a title in a name", () => {
  test("'outside those run by CMOC and Glencore' names no owner", () => {
    const lines = extractLines(
      "Chemaf, the Dubai-headquartered cobalt miner, has stopped construction at its Mutoshi " +
        "project near Kolwezi, Congo. Mutoshi was " +
        "designed to produce 16,000 tonnes a year of cobalt contained in hydroxide, which would " +
        "have made it one of the largest cobalt operations outside those run by CMOC and Glencore."
    );
    expect(lines.map((l) => l.company)).toEqual(["Chemaf"]);
  });

  test("'15,300 tpa of monazite concentrate …, equivalent to approximately 8,400 tpa of contained TREO' is one line", () => {
    expect(
      capacities(
        "Stage 1 will produce approximately 15,300 tonnes per annum (tpa) of premium, " +
          "high-grade monazite concentrate grading 55% TREO, equivalent to approximately 8,400 " +
          "tpa of contained TREO."
      )
    ).toEqual([15300]);
  });

  test("'Its cobalt hydroxide circuit … 20 tonnes … a day' is the plant just placed", () => {
    const file = path.resolve(
      __dirname,
      "fixtures/articles/fresh/b51_05_miningcom_chemaf_mutoshi_halt.txt"
    );
    const lines = extractLines(fs.readFileSync(file, "utf8"));
    expect(lines.map((l) => [l.capacity, l.location.city])).toEqual([
      [16000, null],
      [20, "Lubumbashi"],
    ]);
  });

  test("'PREMIER African Minerals' is a company, not a premier", () => {
    const lines = extractLines(
      "PREMIER African Minerals, the London AIM-listed owner of the Zulu project in Zimbabwe, " +
        "says it is still working to stabilise its plant. The plant near Fort Rixon was designed " +
        "to produce 50 000 tonnes of spodumene concentrate per annum."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["PREMIER African Minerals", 50000],
    ]);
  });
});

describe("names with common words, short names and landmarks", () => {
  test("'Our Next Energy Inc., known as ONE' is one company with its short name", () => {
    const lines = extractLines(
      "Our Next Energy Inc., known as ONE, will convert a building in Van Buren Township, " +
        "Michigan, into a cell factory. ONE said the plant is designed to turn out 20 " +
        "gigawatt-hours of LFP cells a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Our Next Energy (ONE)", 20]]);
  });

  test("'Rare Earths Elements Technology, better known as REETec' is the REETec told before", () => {
    const lines = extractLines(
      "REETec has started construction of its plant at Herøya Industrial Park in Porsgrunn, " +
        "Norway, which will separate 720 tonnes of rare earth oxides every year. Here Rare " +
        "Earths Elements Technology, better known as REETec, is now building the first " +
        "commercial plant in Europe, with 720 tonnes of NdPr oxide a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Rare Earths Elements Technology (REETec)", 720],
    ]);
  });

  test("'American Battery Factory Inc.' names a company; 'Tucson International Airport' and 'Port Lincoln' do not", () => {
    const lines = extractLines(
      "Officials turned shovels at the site south of Tucson International Airport, where " +
        "American Battery Factory Inc. plans to build a cell factory in Arizona. The first phase " +
        "will make up to 3 GWh of LFP cells a year. Quantum Graphite intends to build a plant " +
        "near Port Lincoln, South Australia. A graphite mine once made Port Lincoln a name in " +
        "the pencil industry."
    );
    expect(lines.map((l) => l.company)).toEqual(["American Battery Factory", "Quantum Graphite"]);
  });

  test("'from about 680,000 tonnes to about 1 million tonnes' adds 320,000 t", () => {
    expect(
      quantities(
        "P1000 lifts Pilgangoora's nameplate capacity from about 680,000 tonnes to about 1 " +
          "million tonnes a year."
      )
    ).toEqual([
      [680000, "t/yr", 680000],
      [0.32, "Mt/yr", 320000],
    ]);
  });

  test("'is guided to produce between 145 000 t and 155 000 t this year' and 'QoQ' are no line", () => {
    expect(
      capacities(
        "Mt Cattlin produced about 165 000 dry metric tonnes of spodumene concentrate in 2023 " +
          "and is guided to produce between 145 000 t and 155 000 t this year."
      )
    ).toEqual([]);
    const lines = extractLines(
      "SK On's Iváncsa plant in Hungary runs at 30 GWh a year. Utilisation rose QoQ, SK On said."
    );
    expect(lines.map((l) => l.company)).toEqual(["SK On"]);
  });
});

describe("a common term's initials, awarded bids and a minister called by his first name", () => {
  test("'advanced chemistry cell (ACC)' is no Automotive Cells Company, and 'awarded bids for 50 GWh' no plant", () => {
    const lines = extractLines(
      "Suzuki Motor Gujarat will build a battery plant at Hansalpur, Gujarat, India. Battery " +
        "manufacturing would get a push under the incentive scheme for advanced chemistry cell " +
        "(ACC) battery storage, under which the government has already awarded bids for 50 GWh " +
        "of capacity. ACC makers have been slow to build."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Suzuki Motor Gujarat", null]]);
  });

  test("'(BKPM) Bahlil Lahadalia said …' and later 'Bahlil said' is a person", () => {
    const lines = extractLines(
      "PT LBM Energi Baru Indonesia opened its LFP cathode plant in Kendal, Indonesia, with " +
        "30,000 tons a year. Investment Minister/Head of the Investment Coordinating Board (BKPM) " +
        'Bahlil Lahadalia said the investment reached Rp4.7 trillion. "The second phase will add ' +
        'another 90,000 tons per year," Bahlil said.'
    );
    expect(lines.map((l) => l.company)).not.toContain("Bahlil Lahadalia");
    expect(lines.map((l) => l.company)).not.toContain("Bahlil");
  });
});

describe("a table's company column, a second quota and a cabinet's meeting place", () => {
  test("a row's 'Company' cell names its company, before any bracket", () => {
    const lines = extractLines(
      "| Company | Site / country | Product | Capacity | Status |\n" +
        "|---|---|---|---|---|\n" +
        "| South Star Battery Metals | Santa Cruz, Bahia, Brazil | Flake graphite | 5,000 t/yr | Commissioning |\n" +
        "| SENAI CIT (LabFabITR) | Lagoa Santa, Minas Gerais, Brazil | NdFeB magnets | 100 t/yr | Operating |\n" +
        "| Y-TEC (YPF / CONICET) | La Plata, Argentina | Li-ion cells | 15 MWh/yr | Operating |\n"
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["South Star Battery Metals", 5000],
      ["SENAI CIT", 100],
      ["Y-TEC", 15],
    ]);
  });

  test("'an export quota of 18,125 tonnes for the rest of 2025 and of 96,600 tonnes per year for 2026' is no plant", () => {
    expect(
      capacities(
        "After a suspension of exports of four months, the authority has fixed an export quota " +
          "of 18,125 tonnes for the rest of 2025 and of 96,600 tonnes per year for 2026 and 2027."
      )
    ).toEqual([]);
  });

  test("'The Council of Ministers, meeting last Friday in Kinshasa' places no plant; 'Minister of Communication and Media' names none", () => {
    const lines = extractLines(
      "The Council of Ministers, meeting last Friday in Kinshasa, has approved the convention " +
        "with the company Buenassa SA for a refinery in Kolwezi, Lualaba. According to the " +
        "report read by the Minister of Communication and Media, the first phase is a plant of " +
        "20,000 tonnes per year of cobalt sulphate."
    );
    expect(lines.map((l) => [l.company, l.location.city])).toEqual([["Buenassa", "Kolwezi"]]);
  });
});

describe("a brief's numbered heading", () => {
  test("'1. PT Ceria Nugraha Indotama (Kolaka, Southeast Sulawesi)' names the company of the lines below it", () => {
    const lines = extractLines(
      "SHANGHAI, Jun 18 (SMM) - Several Indonesian nickel projects reported progress.\n\n" +
        "1. PT Ceria Nugraha Indotama (Kolaka, Southeast Sulawesi)\n" +
        "The first HPAL line at Ceria Group's Kolaka project began hot commissioning in early " +
        "June. The line has a designed capacity of 30,000 mt of nickel in MHP per year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["PT Ceria Nugraha Indotama", 30000],
    ]);
  });
});

describe("a phase's condition, a total told in Chinese too, and a founder after his company", () => {
  test("'Phase II covers a further 10万吨/年 and will be started according to market demand' is a phase", () => {
    const lines = extractLines(
      "Guangzhou Tinci Materials Technology Co., Ltd. will build an annual 200,000 tonne " +
        "electrolyte project in Texas, United " +
        "States (年产20万吨锂电池电解液项目). The project has a planned total capacity of 20万吨/年 " +
        "and will be built in two phases. Phase I covers 10万吨/年 of electrolyte; Phase II covers " +
        "a further 10万吨/年 and will be started according to market demand."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([100000, 100000]);
  });

  test("'The founder and director of ElevenEs Nemanja Mikać said', later 'said Mikać': the company's, and 'doubled to 16 GWh' adds 8", () => {
    const lines = extractLines(
      "ElevenEs started serial production at its 300 MWh factory in Subotica, Serbia. The " +
        "gigafactory's first phase will have 8 GWh a year. In the second phase, the capacity of " +
        "the gigafactory would be doubled to 16 GWh. The founder and director of ElevenEs " +
        "Nemanja Mikać said that the company started ten years ago. – This is only the beginning " +
        "– said Mikać."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["ElevenEs", 300],
      ["ElevenEs", 8],
      ["ElevenEs", 8],
    ]);
  });
});

describe("a table row's own product", () => {
  test("a row whose product the taxonomy lacks is 'unspecified', not the row above's; ferronickel is nickel", () => {
    const lines = extractLines(
      "| Company | Site / country | Product | Capacity | Status |\n" +
        "|---|---|---|---|---|\n" +
        "| SENAI CIT | Lagoa Santa, Brazil | Sintered NdFeB magnets | 100 t/yr | Operating |\n" +
        "| CBMM | Araxá, Minas Gerais, Brazil | Niobium oxide for anodes | 3,000 t/yr | Under construction |\n" +
        "| Horizonte Minerals | Araguaia, Pará, Brazil | Ferronickel | 14,500 t/yr | Shelved |\n"
    );
    expect(lines.map((l) => [l.company, l.material])).toEqual([
      ["SENAI CIT", "NdFeB magnets"],
      ["CBMM", "unspecified"],
      ["Horizonte Minerals", "nickel"],
    ]);
  });
});

describe("an authority's initials, a governor, a consultant and a Spoke", () => {
  test("'the N.C. Department of Environmental Quality … DEQ said' and 'Gov. Roy Cooper' own no plant", () => {
    const lines = extractLines(
      "India-based Epsilon Advanced Materials has received its air permit from the N.C. " +
        "Department of Environmental Quality for its graphite plant in Brunswick County. DEQ said " +
        "it received about 240 comments. In a news release, the company said the plant will " +
        "produce synthetic graphite anode material with annual production capacity of 30,000 tons " +
        "by 2027. That is a smaller first step than in October 2023, when Gov. Roy Cooper " +
        "announced the project. An Epsilon spokesperson said the remaining 20,000 tons a year is " +
        "still planned for the site as a second phase."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Epsilon Advanced Materials", 30000],
      ["Epsilon Advanced Materials", 20000],
    ]);
  });

  test("'a pre-feasibility study with Hatch Ltd.' names no owner; 'the Germany Spoke' is a site", () => {
    const hatch = extractLines(
      "Nano One Materials Corp. owns the LFP plant in Candiac, Québec. It completed a study with " +
        "Hatch Ltd. The study found the optimal line size to be 12,500 tpa of LFP cathode."
    );
    expect(hatch.map((l) => [l.company, l.capacity])).toEqual([["Nano One Materials", 12500]]);
    const spoke = extractLines(
      "Li-Cycle runs black mass plants. The Germany Spoke's first main processing line started " +
        "operating in August and can take up to 10,000 tonnes a year of battery material."
    );
    expect(spoke.map((l) => l.company)).toEqual(["Li-Cycle"]);
  });
});

describe("a line's second and further parts, and sizes told of the line before its stages", () => {
  test("'A second, parallel 10,000-tonne line' and 'A further 10,000 tonnes a year' are lines of their own", () => {
    const lines = extractLines(
      "Li-Cycle runs a Spoke in Sülzetal, Germany. Its first main processing line started " +
        "operating in August and can take up to 10,000 tonnes a year of battery material. A " +
        "second, parallel 10,000-tonne line is being commissioned. A further 10,000 tonnes a " +
        "year of ancillary capacity is planned at the same site."
    );
    expect(lines.map((l) => [l.capacity, l.status])).toEqual([
      [10000, "operating"],
      [10000, "commissioning"],
      [10000, "announced"],
    ]);
  });

  test("'the optimal line size to be 12,500 tpa and … two stages of 12,500 tpa each' is two lines", () => {
    const lines = extractLines(
      "Nano One Materials Corp. owns the LFP plant in Candiac, Québec. The study found the " +
        "optimal One-Pot line size to be 12,500 tpa and proposes adding capacity in two stages " +
        "of 12,500 tpa each, synchronized with customer demand."
    );
    expect(lines.map((l) => l.capacity)).toEqual([12500, 12500]);
  });
});

describe("figures that are a market, a sum so far, a use, a sum of plants or an ambition", () => {
  const tonnages = (text: string) => extractLines(text).map((l) => l.capacity);
  test("a market's size, a cumulative output and 'enough … to support 12.5 GWh' are no lines", () => {
    expect(
      tonnages(
        "Nano One Materials Corp. owns the 2,400 tpa LFP plant in Candiac, Québec. Cumulative " +
          "One-Pot LFP output from the pilot line reached approximately 68 tonnes at September " +
          "30, 2024. The expanded Candiac operation would supply enough LFP to support " +
          "approximately 12.5 GWh of LFP cell manufacturing. Management estimates the 2035 LFP " +
          "market in North America, the European Union and the Indo-Pacific region at " +
          "approximately 3 million tonnes per year."
      )
    ).toEqual([2400]);
  });

  test("'If all three are built, AESC would have almost 30GWh' and an ambition 'to reach 35GWh' are no plants; 'deliver 15.8GWh of capacity' is one", () => {
    expect(
      tonnages(
        "AESC's Plant 3 in Sunderland would have capacity to produce 12GWh of batteries per " +
          "year. The second gigafactory is on course to deliver 15.8GWh of capacity when " +
          "complete. If all three are built, AESC would have almost 30GWh of capacity on " +
          "Wearside. That is still short of the ambition set out in 2021, when the company " +
          "talked of investing £1.8 billion to reach 35GWh and 4,500 jobs by 2030."
      )
    ).toEqual([12, 15.8]);
  });
});

describe("ranges and expansions told with their units or products between", () => {
  test("'the line is expected to deliver between 6 000 t/y and 8 000 t/y' is a line of the top", () => {
    const lines = extractLines(
      "Manganese Metal Company is converting one of its cell houses in Mbombela to produce " +
        "high-purity electrolytic manganese metal, and the line is expected to deliver between " +
        "6 000 t/y and 8 000 t/y from mid-2026."
    );
    expect(lines.map((l) => l.capacity)).toEqual([8000]);
  });

  test("'raise capacity from about 14,000 metric tons of contained cobalt a year to 24,000 tons' adds 10,000", () => {
    const lines = extractLines(
      "ERG approved the second phase of Metalkol's cobalt project in Kolwezi, which will raise " +
        "capacity from about 14,000 metric tons of contained cobalt a year to 24,000 tons."
    );
    expect(lines.map((l) => l.capacity_tpa)).toContain(10000);
  });
});

describe("a filing's table of bases, its defined terms and its group's total", () => {
  test("each base of the table is a line of cells, though the text tells one again; 'the Reporting Period' and 'the Group's aggregate' are none", () => {
    const lines = extractLines(
      "CALB Group Co., Ltd.\n\nDuring the Reporting Period, the Group's installation volume " +
        "reached 15.6 GWh.\n\nBase | Location | Designed capacity | Status\n" +
        "Changzhou Base | Changzhou, Jiangsu | 35 GWh | In operation\n" +
        "Xiamen Base (Phase I) | Xiamen, Fujian | 25 GWh | In operation\n" +
        "Xiamen Base (Phase II) | Xiamen, Fujian | 25 GWh | Trial production commenced\n\n" +
        "Among them, Phase II of the Xiamen Base, with a designed capacity of 25 GWh, commenced " +
        "trial production in May 2024. As at 30 June 2024, the Group's aggregate designed " +
        "capacity in operation amounted to approximately 150 GWh."
    );
    expect(lines.map((l) => [l.company, l.material, l.capacity])).toEqual([
      ["CALB Group", "battery cells", 35],
      ["CALB Group", "battery cells", 25],
      ["CALB Group", "battery cells", 25],
    ]);
  });

  test("'| Ore throughput (steady state) | ~2.5 Mtpa |' is no line", () => {
    const lines = extractLines(
      "ioneer Ltd reported the project's key figures.\n\n| Item | Value |\n|---|---|\n" +
        "| Lithium carbonate production (steady state) | ~22,000 tpa |\n" +
        "| Ore throughput (steady state) | ~2.5 Mtpa |\n"
    );
    expect(lines.map((l) => l.capacity)).toEqual([22000]);
  });
});

describe("names with a town in brackets, and a project's name", () => {
  test("'BTR (Jixi) New Material Co., Ltd.' is one name", () => {
    const lines = extractLines(
      "Among the signed projects, BTR (Jixi) New Material Co., Ltd., a subsidiary of BTR New " +
        "Material Group, signed a 4万吨/年 graphite anode project in Jixi."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["BTR (Jixi) New Material", 40000],
    ]);
  });

  test("'the Songwe Hill project', later 'Songwe Hill received its mining licence', is the company's project", () => {
    const lines = extractLines(
      "Mkango Resources Ltd. is building a rare earths business through the Songwe Hill " +
        "project in Malawi. Songwe Hill received its mining licence in 2021 and is designed to " +
        "produce 2,850 tonnes a year of rare earth oxides in concentrate."
    );
    expect(lines.filter((l) => l.capacity !== null).map((l) => [l.company, l.capacity])).toEqual([
      ["Mkango Resources", 2850],
    ]);
  });
});

describe("what a plant makes, and what only looks like it", () => {
  const capacities = (text: string) => extractLines(text).map((l) => l.capacity_tpa);
  test("'a monthly capacity of 80 mt' is 80 tonnes a month; '350 tonnes per annum of recycled NdFeB' a product", () => {
    expect(
      extractLines(
        "Jiangsu Ruitai New Energy Materials started trial production at a lithium " +
          "difluorophosphate unit in Zhangjiagang with a monthly capacity of 80 mt."
      ).map((l) => [l.capacity, l.unit])
    ).toEqual([[80, "t/month"]]);
    expect(
      capacities(
        "HyProMag's facility at Tyseley Energy Park in Birmingham is designed to turn out up to " +
          "350 tonnes per annum of recycled NdFeB alloy powder and sintered magnets."
      )
    ).toEqual([350]);
  });

  test("an export cap told for two periods, a country's nameplate, CO2 captured and ore throughput are no lines", () => {
    expect(
      capacities(
        "ERG runs the Metalkol plant in Kolwezi with 24,000 t a year of cobalt capacity. " +
          "Regulator ARECOMS set an export cap of 18,125 tons for the rest of 2025 and 96,600 " +
          "tons a year for 2026. Data show China's nameplate capacity of cobalt sulphate topped " +
          "1.1 million tonnes at the end of 2023. The tailings process is expected to capture " +
          "approximately 1.5 million tonnes of CO2 annually. This expansion would increase " +
          "plant throughput from 640,000 tonnes to 1.2 million tonnes of ore per annum."
      )
    ).toEqual([24000]);
  });

  test("'offtake agreements with precursor producers' gives a phase no material of theirs", () => {
    const lines = extractLines(
      "The first phase of the proposed plant in Mbombela would produce 30 000 t/y of " +
        "battery-grade manganese sulphate. Manganese Metal Company has pencilled in a second " +
        "phase that would double output to 60 000 t/y, subject to offtake agreements with " +
        "precursor producers in Europe."
    );
    expect(lines.map((l) => [l.material, l.capacity])).toEqual([
      ["high-purity manganese sulphate", 30000],
      ["high-purity manganese sulphate", 30000],
    ]);
  });
});

describe("totals of a place's plants, counted in words or told by where they are", () => {
  test("'six antimony new-material projects, which together will add 3.8万吨' and 'plants already operating in Serenje … have a combined capacity' are aggregates", () => {
    const kinds = (text: string) => extractLines(text).map((l) => [l.kind, l.capacity_tpa]);
    expect(
      kinds(
        "Lengshuijiang Jinxin Antimony began producing 3,000 t of antimony a year. Since the " +
          "beginning of this year the Lengshuijiang Economic Development Zone has started " +
          "construction on six antimony new-material projects, which together will add 3.8万吨 " +
          "of new annual capacity."
      )
    ).toEqual([
      ["line", 3000],
      ["aggregate", 38000],
    ]);
    expect(
      kinds(
        "Kabundi Resources broke ground on a 20,000 t/yr manganese sulphate plant in Serenje. " +
          "The Minister said manganese processing plants already operating in Serenje and Mkushi " +
          "districts have a combined capacity of about 120,000 tonnes a year."
      )
    ).toEqual([
      ["line", 20000],
      ["aggregate", 120000],
    ]);
  });

  test("a company's capacity 'across its three production bases' is its total; 'several … makers are building plants' names no plant", () => {
    const lines = extractLines(
      "Shanghai Putailai New Energy Technology Co., Ltd. (上海璞泰来新能源科技股份有限公司, " +
        '"PTL") terminated its Swedish project. PTL currently has about 15万吨 per year of anode ' +
        "capacity across its three production bases in China. Construction of its integrated " +
        "anode base in Qionglai, Sichuan, planned at 20万吨 per year, is continuing. Several " +
        "Chinese anode and cathode makers are building or planning plants in Morocco, Indonesia " +
        "and the Middle East."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Shanghai Putailai New Energy Technology (PTL)", 200000],
    ]);
  });
});

describe("a short name told first, a brand and a plant's feed", () => {
  test("a title's 'smelter GNI halts output' is the company the body defines as '(GNI)'", () => {
    const lines = extractLines(
      "Nickel smelter GNI halts output in Indonesia\n\nJAKARTA, Jan 21 (Reuters) - PT Gunbuster " +
        "Nickel Industry (GNI), one of the largest producers of nickel pig iron, has halted " +
        "production at its smelter.\n\nGNI operates a smelter in North Morowali regency with " +
        "capacity to produce about 1.8 million metric tons of nickel pig iron a year.\n"
    );
    expect(lines.map((l) => l.company)).toEqual(["PT Gunbuster Nickel Industry (GNI)"]);
  });

  test("'Sila's Titan Silicon powder' is Sila's; 'a nominal 3.0 Mtpa of autoclave feed' is no line", () => {
    expect(
      extractLines(
        "Sila Nanotechnologies Inc. began commissioning its factory in Moses Lake, Washington. " +
          "The plant is designed to make enough of Sila's Titan Silicon powder for about 10 " +
          "gigawatt-hours of battery cells a year."
      ).map((l) => l.company)
    ).toEqual(["Sila Nanotechnologies"]);
    expect(
      extractLines(
        "Ardea Resources is studying the Goongarrie Hub near Kalgoorlie. Stage 1 would treat a " +
          "nominal 3.0 Mtpa of autoclave feed to produce approximately 30,000 tonnes per annum " +
          "of contained nickel in MHP."
      ).map((l) => l.capacity_tpa)
    ).toEqual([30000]);
  });
});

describe("a plant whose product only its company's name tells", () => {
  test("'Atlas Lithium is commissioning a modular DMS plant' is a lithium plant without a tonnage", () => {
    const lines = extractLines(
      "Atlas Lithium is commissioning a modular DMS plant at its Neves project in Araçuaí, Brazil."
    );
    expect(lines.map((l) => [l.company, l.material, l.capacity, l.status])).toEqual([
      ["Atlas Lithium", "lithium", null, "commissioning"],
    ]);
  });

  test("… but not when the next sentence tells the plant there with its tonnage and product", () => {
    const lines = extractLines(
      "Huayou Cobalt said its subsidiary has signed an agreement with EVE Energy to build a " +
        "high-pressure acid leaching project at the Weda Bay industrial park in Indonesia. The " +
        "project company, PT Huayue Nickel Cobalt, will produce 120,000 tonnes of nickel in " +
        "mixed hydroxide precipitate a year."
    );
    expect(lines.map((l) => [l.material, l.capacity])).toEqual([["nickel in MHP", 120000]]);
  });
});

describe("a press release's 'About' section, a grid, a publication and words that are no names", () => {
  test("'About Hithium' is a heading, not a person whose surname is Hithium", () => {
    const lines = extractLines(
      "Hithium said a potential second phase could add up to 10 GWh per year of LFP cell " +
        "manufacturing at the site in Mesquite, Texas.\n\nAbout Hithium\nHithium is a global " +
        "leader in LFP energy storage technology.\n"
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Hithium", 10]]);
  });

  test("'ERCOT is one of the fastest-growing storage markets', a 6.25MWh container and bases' combined capacity are no lines", () => {
    const lines = extractLines(
      "Hithium, a provider of LFP batteries, held a groundbreaking for its factory in Mesquite, " +
        "Texas. The first phase will " +
        'have an annual production capacity of 10 GWh. "ERCOT is one of the fastest-growing ' +
        'storage markets in the world," said the chairman of Hithium. The facility will produce ' +
        "Hithium's ∞Power 6.25MWh energy storage container. The company operates manufacturing " +
        "bases in Xiamen, Fujian; Chongqing; and Heze, Shandong, with combined planned capacity " +
        "of more than 135 GWh."
    );
    // (the bases themselves are a plant without a tonnage; their sum is none)
    expect(lines.filter((l) => l.capacity !== null).map((l) => [l.company, l.capacity])).toEqual([
      ["Hithium", 10],
    ]);
  });

  test("'told Australian Mining', 'Phase I', 'V2O5' and 'Australian Vanadium Limited'", () => {
    const sunrise = extractLines(
      "Sunrise Energy Metals will build a 20 t/yr scandium oxide plant at Syerston, New South " +
        "Wales, chief executive Sam Riggall told Australian Mining."
    );
    expect(sunrise.map((l) => l.company)).toEqual(["Sunrise Energy Metals"]);
    const posco = extractLines(
      "POSCO Future M and CNGR Advanced Material will build a precursor plant in Pohang. " +
        "According to CNGR's announcement, phase I is designed at 5万吨/年 of NCM precursor."
    );
    expect(posco.map((l) => l.company)).not.toContain("I");
    const avl = extractLines(
      "Australian Vanadium Limited said the Tenindewa plant has been sized for a nameplate " +
        "capacity of 11,700 tpa V2O5."
    );
    expect(avl.map((l) => [l.company, l.capacity])).toEqual([["Australian Vanadium", 11700]]);
  });
});

describe("expansions told with more words between, and a total split in the next sentence", () => {
  test("'is expanding its copper foil base in Changshu, Jiangsu province, from 30,000 tonnes a year to 50,000' and 'from 3,600 tons currently to 6,600 tons' add 20,000 and 3,000", () => {
    const added = (text: string) =>
      extractLines(text)
        .filter((l) => l.status !== "operating")
        .map((l) => l.capacity);
    expect(
      added(
        "Chang Chun Group is expanding its copper foil base in Changshu, Jiangsu province, " +
          "from 30,000 tonnes a year to 50,000 tonnes a year."
      )
    ).toEqual([20000]);
    expect(
      added(
        "Foosung is building a LiPF6 line in Ulsan. When it is finished, Foosung's LiPF6 " +
          "capacity in Korea will rise from 3,600 tons currently to 6,600 tons."
      )
    ).toEqual([3000]);
  });

  test("'100,000 tons of the two solvents a year. Of that, the EC plant 20,000 tons and the DMC plant 80,000 tons' is two lines", () => {
    const lines = extractLines(
      "Lotte Chemical broke ground on EC and DMC plants in Daesan, South Korea. The company said " +
        "the new plants will be able to turn out 100,000 tons of the two solvents a year. Of " +
        "that, the EC plant will account for 20,000 tons and the DMC plant for 80,000 tons."
    );
    expect(lines.map((l) => l.capacity)).toEqual([20000, 80000]);
  });
});

describe("a table's rows with stops inside, names that open in lower case, and a state's 'New'", () => {
  test("'| ~1 GWh (ph. 1) | Fit-out' ends no row, and the next row opening with 'iM3NY' is a row of its own", () => {
    const lines = extractLines(
      "Company | Location | Product | Capacity | Status\n" +
        "Electrovaya | Jamestown, NY | Li-ion cells | ~1 GWh (ph. 1) | Fit-out\n" +
        "iM3NY | Endicott, NY | Li-ion cells | 1.8 GWh (target) | Chapter 11\n"
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["Electrovaya", 1],
      ["iM3NY", 1.8],
    ]);
  });

  test("'its facility in Exeter, New Hampshire, which currently has capacity of 40 tonnes' is Phoenix Tailings'", () => {
    const lines = extractLines(
      "Phoenix Tailings has opened its rare earth metals facility in Exeter, New Hampshire, which " +
        "currently has capacity of 40 tonnes a year of neodymium and praseodymium metals."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Phoenix Tailings", 40]]);
  });
});

describe("customers listed, twin plants, a pair told as one and a country's sum", () => {
  test("'two plants in Komárom … with capacities of 7.5 gigawatt-hours and 10 gigawatt-hours, which supply Hyundai Motor Co., Ford Motor Co. and Volkswagen AG' are SK On's", () => {
    const lines = extractLines(
      "SK On already operates two plants in Komárom, in northern Hungary, with capacities of 7.5 " +
        "gigawatt-hours and 10 gigawatt-hours, which supply Hyundai Motor Co., Ford Motor Co. and " +
        "Volkswagen AG. The government has said planned projects would give the country more than " +
        "250 gigawatt-hours of capacity by 2030."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([
      ["SK On", 7.5],
      ["SK On", 10],
    ]);
  });

  test("'twin factories of about 43 gigawatt-hours each' are two lines", () => {
    const lines = extractLines(
      "BlueOval SK built a battery complex in Glendale, Kentucky. The Kentucky site was designed " +
        "for twin factories of about 43 gigawatt-hours each."
    );
    expect(lines.map((l) => l.capacity)).toEqual([43, 43]);
  });
});

describe("a day's amount told after the product, and a board", () => {
  test("'around 140 tons of ultra-thin copper foil for lithium-ion battery anodes a day' is 51,100 tonnes a year", () => {
    const lines = extractLines(
      "SK Nexilis halted its plant in Jeongeup, which had been capable of turning out around 140 " +
        "tons of ultra-thin copper foil for lithium-ion battery anodes a day."
    );
    expect(lines.map((l) => [l.capacity, l.unit, l.capacity_tpa])).toEqual([[140, "t/day", 51100]]);
  });

  test("'the Iberville Parish School Board' owns no plant", () => {
    const lines = extractLines(
      "Koura plans a 10,000-ton-per-year LiPF6 plant in St. Gabriel, Louisiana. The Iberville " +
        "Parish School Board postponed its vote on a tax break for a 40,000-ton-per-year unit."
    );
    expect(lines.map((l) => l.company)).not.toContain("Iberville Parish School Board");
  });
});

describe("datelines with towns the gazetteer lacks, quoted short names, units and speakers", () => {
  test("'MCMASTERVILLE, Que. —' places the plant in a town in Quebec; 'St. Thomas, Ont.' is in Ontario", () => {
    const lines = extractLines(
      "MCMASTERVILLE, Que. — Northvolt will build a battery factory southeast of Montreal. The " +
        "factory will produce 30 GWh of battery cells a year. PowerCo plans a plant of up to 90 GWh " +
        "in St. Thomas, Ont."
    );
    expect(lines.map((l) => [l.company, l.location.city, l.location.region])).toEqual([
      ["Northvolt", "Mcmasterville", "Quebec"],
      ["PowerCo", "St. Thomas", "Ontario"],
    ]);
  });

  test('\'("Senior Technology" or "the Company")\' is the short name the article goes on to use', () => {
    const lines = extractLines(
      'Shenzhen Senior Technology Material Co., Ltd. ("Senior Technology" or "the Company") said ' +
        "its separator plant in Eskilstuna, Sweden, started trial production. Senior Technology is " +
        "also building a separator base in Penang, Malaysia."
    );
    expect(lines.map((l) => [l.company, l.location.country])).toEqual([
      ["Shenzhen Senior Technology Material", "Sweden"],
      ["Shenzhen Senior Technology Material", "Malaysia"],
    ]);
  });

  test("a unit's project told whole, then its phases told of the group, is the phases", () => {
    const lines = extractLines(
      'Chengxin Lithium Group Co., Ltd. (the "Company") intends to have its wholly-owned ' +
        'subsidiary PT Chengxin Lithium Indonesia ("Chengxin Indonesia") build a lithium salt ' +
        "project with a designed annual output of 60,000 tonnes in Morowali, Indonesia. Phase I " +
        "covers a lithium hydroxide facility with an annual capacity of 40,000 tonnes; Phase II " +
        "covers a lithium carbonate facility with an annual capacity of 20,000 tonnes."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([40000, 20000]);
  });

  test("'Zhou: Volume was fine' and '- Revenue was …' open what follows; neither is a company", () => {
    const lines = extractLines(
      "Hubei Hanjiang Lithium Materials makes cathode in Xiangyang.\n" +
        "Zhou: Volume was fine. We have 120,000 tonnes of LFP capacity here.\n" +
        "- Revenue was $7,428 and the plant can make 950 tonnes of WO3 a year."
    );
    expect(lines.map((l) => l.company)).not.toContain("Volume");
    expect(lines.map((l) => l.company)).not.toContain("Revenue");
    expect(lines.map((l) => l.company)).toContain("Hubei Hanjiang Lithium Materials");
  });
});

describe("a listicle's items and an aside before the verb", () => {
  test("'1. Suvarna Electrochem: electrolyte, Dahej (Gujarat)' heads the item its lines are told in", () => {
    const lines = extractLines(
      "Six component makers to watch\n\n1. Suvarna Electrochem: electrolyte, Dahej (Gujarat)\n\n" +
        "The Vadodara-headquartered firm commissioned its first electrolyte line at Dahej in " +
        "March, with a nameplate capacity of 10,000 tonnes per annum.\n\nNote: figures are " +
        "company estimates; the plant can make 10,000 tonnes a year."
    );
    expect(lines.map((l) => l.company)).toEqual(["Suvarna Electrochem"]);
  });

  test("'Kalinga Copper Foils, promoted by a wire-and-cable family, is building a plant' is Kalinga's", () => {
    const lines = extractLines(
      "Kalinga Copper Foils, promoted by a Bhubaneswar-based wire-and-cable family, is building a " +
        "copper foil plant near Jharsuguda. The first phase, rated at twelve thousand tonnes a " +
        "year, is under construction."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Kalinga Copper Foils", 12000],
    ]);
  });
});

describe("a person named in full before 'Mr', and a mine's daily throughput", () => {
  test("'Chanda Mulenga said the plant …', later 'Mr Mulenga', is a person, not the plant's owner", () => {
    const lines = extractLines(
      "The managing director of Copperbelt Cobalt Refinery Limited (CCRL) spoke in Kitwe. Chanda " +
        "Mulenga said the phase-one plant, designed to produce 5,000 tonnes a year of cobalt " +
        'sulphate, would start in 2026. "We want the sulphate made here," Mr Mulenga said.'
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Copperbelt Cobalt Refinery (CCRL)", 5000],
    ]);
  });

  test("'designed to move about 4,000 tonnes a day' and '2,000 tonnes of ore per day' are feed; 'to make 115,000 t/yr of concentrate' is the plant", () => {
    expect(
      capacities(
        "The tailings reclaim circuit, he said, is designed to move about 4,000 tonnes a day."
      )
    ).toEqual([]);
    expect(
      capacities(
        "The mill will process 2,000 tonnes of ore per day to make 115,000 t/yr of concentrate."
      )
    ).toEqual([115000]);
    expect(
      capacities("The line is designed to treat 150 tonnes of spent batteries per day.")
    ).toEqual([54750]);
  });
});

describe("ore fed to a mill, products no tracker holds, demand and sums over months", () => {
  test("a concentrator's feed in Mtpa and a mill's tonnes a day are ore; its concentrate is the line", () => {
    expect(
      capacities(
        "The plant has a feed capacity of 1.5 Mtpa and is designed to produce about 190,000 " +
          "tonnes per annum of spodumene concentrate."
      )
    ).toEqual([190000]);
    expect(capacities("The permits allow the mill to run at up to 3,000 tonnes a day.")).toEqual(
      []
    );
    expect(
      capacities(
        "The concentrator has a designed capacity of 200 tonnes of spodumene concentrate per day."
      )
    ).toEqual([73000]);
  });

  test("'2.8 million tonnes of raw steel' and 'anhydrous sodium sulphate' are not tracked; sodium-ion cathode is", () => {
    expect(
      capacities("Algoma Steel can make about 2.8 million tonnes of raw steel a year.")
    ).toEqual([]);
    expect(
      capacities(
        "The refinery will also produce approximately 38,000 tpa of anhydrous sodium sulphate."
      )
    ).toEqual([]);
    expect(capacities("It will produce 20,000 tpa of sodium-ion cathode.")).toEqual([20000]);
  });

  test("'deployments to absorb 35-40 GWh of cells a year' and 'Jan-May cumulative 242 GWh' are no plants", () => {
    expect(
      capacities("We expect storage deployments to absorb 35-40 GWh of cells a year by 2030.")
    ).toEqual([]);
    expect(capacities("Installations were 57.9 GWh in May; Jan-May cumulative 242 GWh.")).toEqual(
      []
    );
  });
});

describe("a council, a county told as such, a table's total and 'Let's'", () => {
  test("'the Diputación Foral de Álava approved the sale of a plot' owns no plant; 'At Longnan, a county' is a place", () => {
    const lines = extractLines(
      "Solidia Energy runs a pilot line in Miñano. Last month the Diputación Foral de Álava " +
        "approved the sale of a plot to the company. The line is designed for 50 megawatt-hours a " +
        "year.\n\nAt Longnan, a county in the far south of Ganzhou, Ganzhou Huaxin Resource " +
        "Recycling Co. runs a magnet recycling line of 8,000 tonnes a year."
    );
    expect(lines.map((l) => l.company)).toEqual([
      "Solidia Energy",
      "Ganzhou Huaxin Resource Recycling",
    ]);
  });

  test("a table's 'Total' row adds up the rows; 'Q: Let's talk' names no company", () => {
    const lines = extractLines(
      "Project | Site | Capacity\nHuaxin | Longnan | 8,000 t/y\nHengci | Ningguo | 5,000 t/y\n" +
        "Total (excl. cancelled) | | 13,000 t/y\n\nQ: Let's talk about LMFP. Hubei Hanjiang " +
        "plans a 40,000-tonne LMFP plant."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([8000, 5000, 40000]);
    expect(lines.map((l) => l.company)).not.toContain("Let");
  });
});

describe("a product named by its letters, a town told as 'in X, in …', a development zone", () => {
  test("'External sales volume of PVDF was' makes PVDF a product, so the Group's lines are Dongyue's", () => {
    const lines = extractLines(
      "Dongyue Group Limited reported interim results. External sales volume of PVDF was about " +
        "9,600 tonnes. The Group's installed PVDF capacity was 25,000 tonnes per annum at 30 June " +
        "2025."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["Dongyue Group", 25000]]);
  });

  test("'in Kirchardt, in the German state of Baden-Württemberg' makes 'Kirchardt is the bigger one' a place", () => {
    const lines = extractLines(
      "Fortum runs pre-treatment plants in Ikaalinen, Finland, and in Kirchardt, in the German " +
        "state of Baden-Württemberg. Kirchardt is the bigger one. It is designed for around 8,000 " +
        "tonnes a year of end-of-life batteries."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["Fortum", 8000]]);
  });

  test("'the Changshou Economic and Technological Development Zone (\"Changshou EDZ\")' is a site", () => {
    const lines = extractLines(
      'The reporter learned from the Chongqing Changshou Economic and Technological Development Zone ("Changshou EDZ") that Chongqing Changhua Lithium Energy Materials started its 100,000-ton lithium iron phosphate project.'
    );
    expect(lines.map((l) => l.company)).toEqual(["Chongqing Changhua Lithium Energy Materials"]);
  });
});

describe("a table laid out with spaces", () => {
  test("rows aligned in columns read as a table's rows, and offsets still point into the text", () => {
    const text =
      "Pre-treatment capacity of Korean recyclers:\n\n" +
      "Company          Site                 Capacity       Status\n" +
      "SungEel HiTech   Gunsan, Korea        24,000 t/yr    Operating\n" +
      "Korea Zinc       Onsan, Korea         12,000 t/yr    Under construction\n";
    const lines = extractLines(text);
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["SungEel HiTech", 24000],
      ["Korea Zinc", 12000],
    ]);
    for (const l of lines)
      expect(text.slice(l.evidence.start, l.evidence.end)).toBe(l.evidence.sentence);
    expect(lines[0].evidence.sentence).toContain("SungEel HiTech   Gunsan");
  });
});

describe("a table's bare figures in the unit its header gives", () => {
  test("'(unit: tonnes/year)' above a table laid out with spaces: each row's figure is a line; the subtotal is none", () => {
    const lines = extractLines(
      "SungEel HiTech Co., Ltd. reports its plants.\n\n" +
        "Production capacity (unit: tonnes/year, input basis)\n\n" +
        "Facility             Location                 Capacity     Status\n" +
        "Recycle Park 1       Gunsan, Korea            24,000       Operating\n" +
        "Recycle Park 2       Kulim, Malaysia          12,000       Operating\n" +
        "Pre-treatment subtotal                        36,000\n" +
        "Hydro Centre 1       Gunsan, Korea            8,000        Operating\n"
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["SungEel HiTech", 24000],
      ["SungEel HiTech", 12000],
      ["SungEel HiTech", 8000],
    ]);
  });

  test("'Capacity (kt/yr)' in a '|' header: 45 in that column is 45,000 t; a cell with its own unit keeps it", () => {
    const lines = extractLines(
      "Korean precursor plants:\n| Company | Site | Capacity (kt/yr) | Status |\n" +
        "| EcoPro Materials | Pohang | 45 | Operating |\n| Hanil Precursor | Saemangeum | 50,000 t | Building |\n"
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["EcoPro Materials", 45000],
      ["Hanil Precursor", 50000],
    ]);
  });
});

describe("a company's units named after it in a table's cells", () => {
  test("'SungEel HiTech Hungary - Plant 1' after 'SungEel HiTech Co., Ltd.' is SungEel HiTech's, not the company named more often", () => {
    const lines = extractLines(
      "Samsung SDI supplies scrap. Samsung SDI's plants are large. SungEel HiTech Co., Ltd. " +
        "reports its recycling plants below.\n\n" +
        "Facility                           Location              Capacity           Status\n" +
        "SungEel HiTech Hungary - Plant 1   Szigetszentmiklós     10,000 t/yr        Operating\n" +
        "SungEel HiTech Malaysia            Kulim, Malaysia       12,000 t/yr        Operating\n"
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["SungEel HiTech", 10000],
      ["SungEel HiTech", 12000],
    ]);
  });
});

describe("a country's capacity, a resource base, backlogs and memoranda", () => {
  test("'capacity in China now stands at 3.1 Mtpa', 'Nationally, … capacity' and 'Europe's installed … capacity' are no plant's", () => {
    expect(capacities("Effective DMC capacity in China now stands at roughly 3.1 Mtpa.")).toEqual(
      []
    );
    expect(
      capacities("Nationally, RKEF capacity is now put at about 2.3 million t/y of nickel.")
    ).toEqual([]);
    expect(
      capacities(
        "Analysts estimate Europe's installed pre-processing capacity at around 300,000 tonnes a year."
      )
    ).toEqual([]);
    expect(
      capacities(
        "Foosung's LiPF6 capacity in Korea will rise from 3,600 tons currently to 6,600 tons."
      )
    ).toEqual([3600, 3000]);
  });

  test("'the resource base is quoted at 190 Mt', a backlog, a pipeline and a memorandum are no plants", () => {
    expect(capacities("The resource base is now quoted at roughly 190 Mt.")).toEqual([]);
    expect(
      // (the plant's own 8 GWh stays)
      capacities("Eos's reported backlog of roughly 2 GWh is well below the 8 GWh target.")
    ).toEqual([8]);
    expect(
      capacities(
        "It signed a non-binding memorandum with a U.S. anode producer covering up to 4,000 tons a year of concentrate."
      )
    ).toEqual([]);
  });
});

describe("a storage system told by its power and energy", () => {
  test("'the 175 MW/700 MWh Wushi project' is a storage station, not a cell plant", () => {
    expect(
      capacities("Rongke delivered systems including the 175 MW/700 MWh Wushi project.")
    ).toEqual([]);
    expect(capacities("The plant will make 2 GWh of cells a year.")).toEqual([2]);
  });
});

describe("two-column tables, a table restating the prose, and a part of a figure", () => {
  test("'Product   Annual output' over rows of two columns: each product is a line, 'of which' is a part", () => {
    const lines = extractLines(
      "Australian Strategic Materials Ltd (ASM) confirmed its Stage 1 plan. At steady state, " +
        "Stage 1 is expected to produce annually:\n\n" +
        "  Product                                      Annual output (approx.)\n" +
        "  Zirconium materials                          16,100 tonnes\n" +
        "  Separated rare earth oxides (TREO)           6,200 tonnes\n" +
        "    - of which NdPr oxide                      1,400 tonnes\n" +
        "  Ferro-niobium                                1,800 tonnes\n\n" +
        "The Dubbo Ore Reserve remains unchanged at 19.5 million tonnes."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([16100, 6200, 1800]);
  });

  test("a table's row and the sentence it restates are one line, whatever product each names", () => {
    const lines = extractLines(
      "EcoPro Materials runs two lines at Pohang with a combined 50 kt/yr of cobalt-rich feed.\n\n" +
        "Company            Site        Product                 Capacity (kt/yr)   Status\n" +
        "EcoPro Materials   Pohang      NCM precursor           50                 Operating\n" +
        "GEM Korea          Gunsan      NCM precursor           30                 Building\n"
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([50000, 30000]);
  });
});

describe("a concentrator's feed told before its product, restatements in brackets, and offices", () => {
  test("'a 2.0Mtpa concentrator producing ~260ktpa' and 'rated at 7,500 tpd of claystone, producing 13,000 t' are the products", () => {
    expect(
      capacities("The PFS is based on a 2.0Mtpa concentrator producing ~260ktpa of SC5.5.")
    ).toEqual([260000]);
    expect(
      capacities(
        "Phase 1: a plant rated at 7,500 tonnes per day of claystone, producing an average of 13,000 tonnes per year of lithium carbonate."
      )
    ).toEqual([13000]);
    expect(capacities("The plant would treat 500 000 t/y of run-of-mine ore.")).toEqual([]);
    expect(
      capacities(
        "The complex would house two plants making cathode material, with capacity of 150,000 tons a year, and two plants making anode material, with capacity of 50,000 tons a year."
      )
    ).toEqual([150000, 50000]);
  });

  test("a figure told again in brackets, and a 'non-binding MoU … up to 15,000 tpa', are no lines of their own", () => {
    expect(
      capacities(
        "Nameplate throughput: 10,000 metric tons per year of black mass (approximately 27 metric tons per day)."
      )
    ).toEqual([10000]);
    expect(
      capacities("The board approved a 75 kt/yr nickel sulphate plant (about 16.5 kt of nickel).")
    ).toEqual([75000]);
    expect(
      capacities("A non-binding MoU was signed covering up to 15,000 tpa of flake concentrate.")
    ).toEqual([]);
  });

  test("'Cllr Ed Tarrant', a regulator and an analyst's 'Buy' own no plants", () => {
    const lines = extractLines(
      "Coventry City Council extended consent for the gigafactory. Cllr Ed Tarrant said the first " +
        "phase of 20 GWh would be built by an operator still to be found. The Earth Resources " +
        "Regulator of Victoria approved the Phase 1 plan for 230,000 tpa of concentrate."
    );
    expect(lines.map((l) => l.company)).not.toContain("Cllr Ed Tarrant");
    expect(lines.map((l) => l.company)).not.toContain("Earth Resources Regulator of Victoria");
  });
});

describe("a recycler's capacity told as the feedstock it takes", () => {
  test("'lift the site's capacity from 3,000 metric tons to 10,000 metric tons of feedstock a year' adds 7,000; an autoclave's feed is none", () => {
    expect(
      capacities(
        "The expansion would lift the site's capacity from 3,000 metric tons to 10,000 metric tons of feedstock a year."
      )
    ).toEqual([3000, 7000]);
    expect(capacities("The HPAL plant would treat a nominal 3.0 Mtpa of autoclave feed.")).toEqual(
      []
    );
  });
});

describe("a filing's quoted short name before its defined term, and its 'Quarter'", () => {
  test("'Evion Group NL (\"Evion\" or \"the Company\")' makes 'Evion' the same company; '(the \"Quarter\")' is none", () => {
    const lines = extractLines(
      'Evion Group NL ("Evion" or "the Company") provides its report for the three months ended ' +
        '31 March 2025 (the "Quarter"). During the Quarter, Evion approved a 2,000 tpa expandable ' +
        "graphite line in India."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([2000]);
    expect(lines[0].company).toMatch(/^Evion/);
  });
});

describe("resource statements, a mine's rate, purchases and speakers", () => {
  test("'Proven and Probable Mineral Reserves of 38.6 million tonnes' is no plant, though capitalised", () => {
    expect(
      capacities(
        "Laurentide Graphite will build a plant in Valleyfield. Its Lac Rouvray project hosts " +
          "Proven and Probable Mineral Reserves of 38.6 million tonnes grading 4.1% Cg."
      )
    ).toEqual([]);
    expect(capacities("Mineral Resources is building a 50,000 tpa plant.")).toEqual([50000]);
  });

  test("'three times the 2022 tonnage' is a year, not 2,022 t", () => {
    expect(quantities("more than three times the 2022 tonnage")).toEqual([]);
  });

  test("a unit glued to its figure ('0.98Mt') names no company; a mining rate and rail dispatches are rock moved", () => {
    const lines = extractLines(
      "Jupiter Mines said ore mined was 1.05Mt (Q2 FY25: 0.98Mt). The mine continues to operate " +
        "at its permitted mining rate of 3.6Mtpa. Average rail dispatches of approximately 9,600 " +
        "tonnes per day went to the ports. The Stage 1 plant will have a nameplate capacity of " +
        "25,000tpa of HPMSM."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["Jupiter Mines", 25000]]);
  });

  test("'agreed to take up to 150,000 tonnes a year from the plant', a 10-year sales agreement and a letter of intent are no plants", () => {
    expect(
      capacities(
        "Canmax has agreed to take up to 150,000 tonnes of concentrate a year from the Nasarawa plant."
      )
    ).toEqual([]);
    expect(
      capacities(
        "The company has already signed a 10-year sales agreement with a cathode producer in " +
          "Guangxi for 30,000 tonnes of manganese sulphate a year, he added."
      )
    ).toEqual([]);
    expect(
      capacities(
        "We have a letter of intent with a scooter maker for 200 megawatt-hours over three years."
      )
    ).toEqual([]);
    expect(capacities("The expansion will take capacity to 50,000 t.")).toEqual([50000]);
  });
});

describe("newsletters: text wrapped at a fixed width, items headed by a listed company", () => {
  const wrapped =
    "Hi all - the September-quarter reports are in, and once again the miners got the headlines while\n" +
    "the would-be refiners quietly ground through studies and funding rounds. Here is what we saw.\n" +
    "\n" +
    "2) ALPHA HPA (ASX: A4N) - Gladstone, Queensland\n" +
    "The Stage 1 facility at Yarwun is operating and shipped its first commercial precursor orders. The\n" +
    "real story is Stage 2 - the next plant. The company says it has broken ground on Stage 2, the\n" +
    "10,000 t/yr high-purity alumina Full Scale facility next door, now under construction with piling\n" +
    "complete and the first modules on site.\n";

  test("a line that runs to the text's width goes on in the next, whatever that one opens with", () => {
    const sentences = splitSentences(tokenize(wrapped));
    const withFigure = sentences.find((s) => s.tokens.some((t) => t.text === "10,000"));
    expect(withFigure?.tokens.map((t) => t.norm)).toContain("says");
  });

  test("'ALPHA HPA (ASX: A4N)' heading its item is the company the body calls A4N", () => {
    const lines = extractLines(
      wrapped + "A4N expects first production from Stage 2 in 2026, and A4N has funding in place.\n"
    );
    const stage2 = lines.find((l) => l.capacity_tpa === 10000);
    expect(stage2?.company).toMatch(/^Alpha HPA/);
  });

  test("'Latrobe Magnesium (ASX: LMG)' in the body: LMG, no initials of it, is the same company", () => {
    const lines = extractLines(
      "Latrobe Magnesium (ASX: LMG) released its study on Tuesday. LMG said the 10,000 t/yr " +
        "magnesium plant in Victoria would cost A$1 billion."
    );
    expect(lines.map((l) => l.company)).toEqual(["Latrobe Magnesium (LMG)"]);
  });

  test("a table's rows do not split at the rule under the header, and a row told in prose is one line", () => {
    const lines = extractLines(
      "Anson Resources said the Board endorses a Phase 2 debottleneck that would lift the " +
        "Paradox plant in Utah from 10,000 t/yr to 13,000 t/yr. A test campaign ran at a vendor's " +
        "facility in Xi'an, China.\n\n" +
        "  Project / stage          Product                  Design capacity    Stage\n" +
        "  ----------------------   ----------------------   ----------------   --------------------\n" +
        "  Paradox Phase 1          Li2CO3 (battery grade)   10,000 t/yr        DFS update complete\n" +
        "  Paradox Phase 2          Li2CO3 (battery grade)   +3,000 t/yr        Engineering study\n" +
        "  Total Paradox                                     13,000 t/yr\n"
    );
    expect(lines.map((l) => l.capacity_tpa).sort()).toEqual([10000, 3000]);
    expect(lines.every((l) => l.location.country === "USA")).toBe(true);
  });

  test("goods exported from another company's operation are no plant of its; a by-product fed to a plant is its feed", () => {
    expect(
      extractLines(
        "Madagascar exported about 120,000 tonnes of ilmenite in 2024, almost all of it from Rio " +
          "Tinto's QMM operation at Fort-Dauphin."
      )
    ).toEqual([]);
    expect(
      capacities("The plant was meant to treat 300,000 t/yr of steelmaking by-product.")
    ).toEqual([]);
  });
});

describe("filings' tables of installed and added capacity, letterheads and estate developers", () => {
  test("'Installed capacity | Capacity addition under way': each column's figure is a line, '+30,000' an addition", () => {
    const lines = extractLines(
      "GRAVITA INDIA LIMITED\n\nCapacity in MTPA (metric tonnes per annum)\n\n" +
        "| Plant location | Country | Installed capacity | Capacity addition under way |\n" +
        "|---|---|---|---|\n" +
        "| Mundra (Gujarat) | India | 60,000 | +30,000 |\n" +
        "| Tema | Ghana | 30,000 | -- |\n"
    );
    expect(lines.map((l) => [l.company.toLowerCase(), l.capacity_tpa])).toEqual([
      ["gravita india", 60000],
      ["gravita india", 30000],
      ["gravita india", 30000],
    ]);
    expect(lines.map((l) => l.location.country)).toEqual(["India", "India", "Ghana"]);
  });

  test("'Sub: Investor Presentation' and 'capacity … across all verticals' are no company and no plant", () => {
    const lines = extractLines(
      "Gravita India Limited\n\nSub: Investor Presentation for the quarter\n\n" +
        "Lithium-ion battery recycling, Mundra SEZ\n" +
        "  - Phase I: 6,000 MTPA of end-of-life batteries input, approved by the Board\n" +
        "  - Overall recycling capacity of more than 7 lakh MTPA across all verticals\n"
    );
    expect(lines.map((l) => [l.company.toLowerCase(), l.capacity_tpa])).toEqual([
      ["gravita india", 6000],
    ]);
  });

  test("'Maharashtra Industrial Development Corporation (MIDC)' builds estates, not plants; 'the Nyrstar smelter' leaves Nyrstar a company", () => {
    const lines = extractLines(
      "Officials of the Maharashtra Industrial Development Corporation (MIDC) said the refinery " +
        "is coming up. The unit is being set up by Manikaran Lithium. Water will be supplied by " +
        "MIDC. A second phase would raise annual output from 1,500 tonnes to 6,000 tonnes of " +
        "lithium hydroxide."
    );
    expect([...new Set(lines.map((l) => l.company))]).toEqual(["Manikaran Lithium"]);
    expect(lines.map((l) => l.capacity_tpa)).toContain(4500);
    const smelter = extractLines(
      "[Photo] The Nyrstar smelter stacks on the Port Pirie waterfront. Nyrstar's plan to make " +
        "antimony at its Port Pirie smelter has cleared a hurdle. The facility is designed to " +
        "produce up to 4,000 tonnes a year of antimony metal."
    );
    expect(smelter.map((l) => [l.company, l.capacity_tpa])).toEqual([["Nyrstar", 4000]]);
  });
});

describe("a semi-annual report's table and a project it ends", () => {
  const report =
    "Jiangsu Longpan Technology reports through its subsidiary Changzhou Liyuan New Energy " +
    'Technology Co., Ltd. ("Changzhou Liyuan").\n\n' +
    "Table 3-2  Main LFP production bases as at 30 June 2024   (unit: tonnes/year)\n\n" +
    " Base                    | Operating entity  | Designed capacity | H1 2024 output | Status\n" +
    "-------------------------+-------------------+-------------------+----------------+--------------\n" +
    " Jintan, Changzhou       | Changzhou Liyuan  |        60,000     |     24,130     | In operation\n" +
    " Suining, Sichuan        | Sichuan Liyuan    |        50,000     |     16,180     | In operation\n" +
    "-------------------------+-------------------+-------------------+----------------+--------------\n" +
    " Total                   |                   |       110,000     |     40,310     |\n\n" +
    "Note: Effective capacity at the end of the period, excluding the suspended Suining Phase II, " +
    "was 185,000 tonnes/year.\n\n" +
    "In view of changes in the market environment, the Board of Directors approved the " +
    'termination of the "Xiangyang Base Phase II annual output 110,000 tonnes LFP cathode ' +
    'material project" first announced in 2022.\n';

  test("a rule of '-' and '+' under the header keeps the table; 'Operating entity' names each row's company; an output column is no capacity", () => {
    const lines = extractLines(report);
    expect(lines.map((l) => [l.company, l.capacity_tpa, l.status])).toEqual([
      ["Changzhou Liyuan New Energy Technology", 60000, "operating"],
      ["Sichuan Liyuan", 50000, "operating"],
      [expect.stringMatching(/Liyuan/), 110000, "cancelled"],
    ]);
  });

  test("a table's 'Plant feed' column is no capacity, and 'Mt Ida' is a mountain, not a company", () => {
    const lines = extractLines(
      "Project        Owner                     Plant feed   Nameplate concentrate\n" +
        "-------------  ------------------------  -----------  ------------------------\n" +
        "Mt Ida         Delta Lithium (DLI)       1.5Mtpa      ~170ktpa SC5.5\n" +
        "Tabba Tabba    Wildcat Resources (WC8)   2.0Mtpa      ~260ktpa SC5.5\n\n" +
        "Delta's August study for Mt Ida outlines a first production in 2027.\n"
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
      ["Delta Lithium (DLI)", 170000],
      ["Wildcat Resources (WC8)", 260000],
    ]);
  });
});

describe("a brand's lower-case initial, a caption's label and a bankrupt plant's history", () => {
  test("'iM3NY' is a name; 'PHOTO: Workers on the line' names no company", () => {
    const lines = extractLines(
      "PHOTO: Workers on the iM3NY cell line during a tour.\n\n" +
        "iM3NY, a unit of Australia's Magnis Energy Technologies, filed for Chapter 11. The Huron " +
        "Campus plant was fitted out to make 1.8 gigawatt-hours of lithium-ion battery cells a year."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["iM3NY", 1.8]]);
  });

  test("'a path to 38 gigawatt-hours by 2030' is a goal; letters of intent for 1.5 GWh are no plant", () => {
    expect(
      capacities(
        "Executives once described a path to 38 gigawatt-hours of capacity by 2030 spread over " +
          "several New York sites."
      )
    ).toEqual([]);
    expect(
      capacities(
        "Pomega says it already has letters of intent for about 1.5 GWh of storage systems."
      )
    ).toEqual([]);
  });
});

describe("conductive additives and binders, group totals and a venture's owners", () => {
  test("CNT and PVDF are materials of their own, not companies; 'from the current annual 120 tons to 1,320 tons' adds 1,200", () => {
    const lines = extractLines(
      "Kumho Petrochemical is also accelerating the expansion. The company said it will expand " +
        "the CNT production line in Asan from the current annual 120 tons to 1,320 tons by 2026. " +
        "When CNT is used, less binder is needed."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa, l.material])).toContainEqual([
      "Kumho Petrochemical",
      1200,
      "conductive additives",
    ]);
    expect(lines.map((l) => l.company)).not.toContain("CNT");
    expect(one("Kureha's board approved a new 5,000 t/yr PVDF line at Iwaki.").material).toBe(
      "electrode binder"
    );
  });

  test("'X's total CNT production capacity becomes 6,100 tons' and 'group PVDF capacity will reach 20,000 t/yr' are the company's sums", () => {
    expect(
      capacities(
        "The 4th plant is an annual production 3,200 tons scale, and with this LG Chem's total " +
          "CNT production capacity becomes 6,100 tons per year."
      )
    ).toEqual([3200]);
    expect(
      capacities("Kureha says group PVDF capacity will then reach about 20,000 t/yr.")
    ).toEqual([]);
  });

  test("a venture 'owned 80% by A and 20% by B' is the builder, its owners are not; METI is a ministry", () => {
    const line = one(
      "MU Ionic Solutions, the electrolyte joint venture owned 80% by Mitsubishi Chemical Group " +
        "and 20% by UBE Corporation, plans to lift electrolyte capacity at its Yokkaichi plant " +
        "by 10,000 t/yr, aimed at cell makers ramping up under METI's subsidy programme."
    );
    expect(line.company).toBe("MU Ionic Solutions");
  });
});

describe("a second train 'of the same amount'", () => {
  test("'A second train would add the same amount again' is a line as big as the first", () => {
    const lines = extractLines(
      "PT Bumi Mineral Sulawesi said the first HPAL train is designed to turn out MHP containing " +
        "about 30,000 tonnes of nickel a year. A second train would add the same amount again, " +
        "but only after the first one has run for at least a year."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([30000, 30000]);
  });
});

describe("a month's production and a dated debottleneck", () => {
  test("'Production in September reached 1,012 tonnes' is a month's output; 'expected to raise nameplate from 1,000 to 1,100 tonnes a month by 2026' adds 100", () => {
    expect(
      capacities("Production in September reached 1,012 tonnes, the second month above nameplate.")
    ).toEqual([]);
    expect(
      capacities(
        "The Board approved a debottlenecking program that is expected to raise nameplate from " +
          "1,000 tonnes to 1,100 tonnes of V2O5 per month by the end of 2026."
      )
    ).toEqual([12000, 1200]);
  });
});

describe("legal forms in initials, licensors and names told by what they do", () => {
  test("'Elemental Strategic Metals S.A. (\"ESM\")' is the company the body calls ESM", () => {
    const line = one(
      'Elemental Strategic Metals S.A. ("ESM"), the battery-metals arm of Elemental Holding, ' +
        "broke ground. ESM said the plant will process 12,000 tonnes of batteries a year."
    );
    expect(line.company).toBe("Elemental Strategic Metals (ESM)");
  });

  test("a technology's licensor ('licensed from US-based 24M Technologies') is not the plant's owner; 'the Lucas-TVS cell plant' leaves Lucas-TVS a company", () => {
    const lines = extractLines(
      "[Photo: Officials at the ceremony for the Lucas-TVS cell plant on Friday.]\n\n" +
        "Chennai-based maker Lucas-TVS on Friday broke ground on a lithium-ion cell plant, using " +
        "semi-solid electrode technology licensed from US-based 24M Technologies. The first " +
        "phase, with an annual capacity of 2.5 GWh, is expected to begin production in 2026."
    );
    expect(lines.map((l) => [l.company, l.capacity])).toEqual([["Lucas-TVS", 2.5]]);
  });
});

describe("brands in lower case and a hyphen's lower-case word", () => {
  test("'Munich-based tozero has …', later '. tozero's current pilot': tozero is a company; 'Green Li-ion says' names Green Li-ion", () => {
    const lines = extractLines(
      "Munich-based tozero has received an emissions permit for its first industrial plant in " +
        "Bavaria. The hydromet line will recover lithium from about 1,500 tonnes of black mass a " +
        "year. tozero's current pilot in Munich has shipped samples."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["tozero", 1500]]);
    expect(
      one(
        "Green Li-ion says its first commercial unit, rated at 12 tonnes of black mass a day, runs."
      ).company
    ).toBe("Green Li-ion");
  });
});

describe("tonnes of contained nickel", () => {
  test("'27,000 TNi/yr' is 27,000 tonnes a year", () => {
    expect(quantities("a capacity of 27,000 TNi/yr of ferronickel")).toEqual([
      [27000, "t/yr", 27000],
    ]);
  });
});

describe("a town named like a month, and a wrapped line that ends in a bracket", () => {
  test("'the port of Sept-Iles' is a town, not a company '-Iles'", () => {
    const line = one(
      "Torngat Metals published a study. A complex proposed for the port of Sept-Iles would then " +
        "turn out 1,100 tonnes a year of NdPr oxide."
    );
    expect(line.company).toBe("Torngat Metals");
  });

  test("a text wrapped at 100 with a longer title: a line that ends '(hereinafter \"X\")' goes on", () => {
    const text =
      "Huayou Cobalt Zimbabwe lithium sulfate project starts trial production, the company told the exchange today\n\n" +
      "Securities Times news, Zhejiang Huayou Cobalt Co., Ltd. (603799) informed that, the company's\n" +
      'holding subsidiary Prospect Lithium Zimbabwe Limited (hereinafter "Prospect Lithium")\n' +
      "construct of the annual output 50,000 tonnes lithium sulfate project at the Arcadia mine has\n" +
      "completed the equipment installation and single machine debugging, and on 17 March realized\n" +
      "the first feeding and entered the trial production stage, the company said in its filing.\n";
    const sentences = splitSentences(tokenize(text));
    const withFigure = sentences.find((s) => s.tokens.some((t) => t.text === "50,000"));
    expect(withFigure?.tokens.map((t) => t.text)).toContain("Prospect");
  });
});

describe("a name in lower case before its legal form, and brokers at an investor meeting", () => {
  test("'IBU-tec advanced materials AG' is one company", () => {
    const lines = extractLines(
      "IBU-tec advanced materials AG has started building a new production line. The new line " +
        "will raise the company's annual LFP capacity in Weimar from around 400 tonnes to roughly " +
        "1,000 tonnes."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toContainEqual([
      "IBU-tec advanced materials",
      600,
    ]);
  });

  test("'Guotai Junan Securities, Changjiang Securities' at the meeting are brokers, not producers", () => {
    const lines = extractLines(
      "Anhui Sierte Fertilizer Industry held an investor meeting on its iron phosphate plant.\n\n" +
        "Participating units: Guotai Junan Securities, Changjiang Securities, a total of 11 people.\n\n" +
        "The first phase of 50,000 tonnes a year of iron phosphate is in trial production."
    );
    expect(lines.map((l) => l.company)).toEqual(["Anhui Sierte Fertilizer Industry"]);
  });
});

describe("a listed company's stock code", () => {
  test("'Hua Yuan Titanium (002145): the first phase of 100,000 tonnes …' opens with its company", () => {
    const line = one(
      "Hua Yuan Titanium (002145): the first phase of 100,000 tonnes of its iron phosphate " +
        "project has entered trial production."
    );
    expect([line.company, line.capacity_tpa]).toEqual(["Hua Yuan Titanium", 100000]);
  });
});

describe("a ticker after a legal form", () => {
  test("'Humber Lithium plc (AIM: HUMB)': HUMB is the company's short name", () => {
    const line = one(
      "Humber Lithium plc (AIM: HUMB) gave its interim results. HUMB said the refinery at " +
        "Stallingborough would make 50,000 tonnes a year of lithium hydroxide."
    );
    expect(line.company).toBe("Humber Lithium (HUMB)");
  });
});

describe("names that the words around them call companies", () => {
  test("'Toshiba's SCiB cells': the owner of a brand is a company, even opening a sentence", () => {
    const line = one(
      "Toshiba's SCiB cells are made at Kashiwazaki in Niigata. A second production building " +
        "there adds about 1.2 GWh a year of cells."
    );
    expect([line.company, line.capacity]).toEqual(["Toshiba", 1.2]);
  });

  test("'Nuvola, Sojitz and CBMM signed …': every name of a list that acts is a company", () => {
    const line = one(
      "Nuvola, Sojitz and CBMM signed an agreement to build a 3,000-tonne-a-year niobium oxide " +
        "plant in Araxá."
    );
    expect(line.company).toBe("Nuvola / Sojitz / CBMM");
  });

  test("'Ford, Kia said …' without an 'and' is no list of partners", () => {
    const line = one("Ford, Kia said they would build 30 GWh of cells.");
    expect(line.company).toBe("Kia");
  });
});

describe("listed companies, codes and branches", () => {
  test("'Sumitomo Metal Mine (5713)': a listed company, though its name ends like a mine's", () => {
    const lines = extractLines(
      "Sumitomo Metal Mine (5713) announced on 10th that it will postpone the plan to expand " +
        "nickel sulfate capacity at the Harima Refinery from current annual 49,000 tons to " +
        "73,000 tons."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toContainEqual([
      "Sumitomo Metal Mine",
      24000,
    ]);
  });

  test("'Project ATLiS is designed to produce …': a project's code name is no company", () => {
    const line = one(
      "EnergySource Minerals said the county approved Project ATLiS. Project ATLiS is designed " +
        "to produce approximately 20,000 metric tons per year of lithium hydroxide."
    );
    expect(line.company).toBe("EnergySource Minerals");
  });

  test("'Galp shelved the Aurora refinery': a lone name taking a company's decision", () => {
    const line = one(
      "Not every plan survived. Galp shelved the Aurora refinery in Setubal, Portugal, which had " +
        "been designed for up to 35,000 tonnes a year of lithium hydroxide."
    );
    expect([line.company, line.status]).toEqual(["Galp", "shelved"]);
  });

  test("'Korea Precursor Co., the joint venture LG Chem formed with Korea Zinc': the venture", () => {
    const line = one(
      "Korea Precursor Co., the joint venture LG Chem formed with Korea Zinc in 2022, began " +
        "trial production at its plant in Onsan, which can make 20,000 tonnes a year of precursor."
    );
    expect(line.company).toBe("Korea Precursor");
  });

  test("'at the CITIC Dameng Mining Industries Daxin branch': a company's branch, not a place", () => {
    const line = one(
      "At the CITIC Dameng Mining Industries Daxin branch, the annual 3万吨 battery-grade " +
        "manganese tetroxide project is under construction."
    );
    expect([line.company, line.capacity_tpa]).toEqual([
      "CITIC Dameng Mining Industries Daxin",
      30000,
    ]);
  });

  test("'Note 1) Capacity is stated …': a note's first word is no company", () => {
    const line = one(
      "L&F Co., Ltd. (KOSDAQ: 066970)\nSemi-Annual Report (excerpt)\n\n(Unit: tonnes)\n\n" +
        "| Plant | Location | Annual capacity |\n|---|---|---|\n| Seongseo Plant | Daegu | 15,000 |\n\n" +
        "Note 1) Capacity is stated on an annual basis.\n\nCapacity and schedule will be disclosed later."
    );
    expect(line.company).not.toBe("Capacity");
    expect(line.capacity_tpa).toBe(15000);
  });

  test("'Jingxi Municipal People's Government': a town's name, so 'Jingxi is known as …' is none", () => {
    const lines = extractLines(
      "Source: Jingxi Municipal People's Government Portal\n\n" +
        "Acme Manganese signed a 60,000 tons manganese sulphate project. Jingxi is known as the " +
        "manganese capital of China. At present, the city has formed battery-grade manganese-based " +
        "material capacity of 65,000 tons/year."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["Acme Manganese", 60000]]);
  });
});

describe("periods, goals and totals", () => {
  test("'by monthly 2,000 tons': a month's figure told before the number", () => {
    const line = one(
      "Sumitomo Metal Mining maintains its plan to raise cathode capacity at the Isoura factory " +
        "by monthly 2,000 tons."
    );
    expect([line.capacity, line.unit, line.capacity_tpa]).toEqual([2000, "t/month", 24000]);
  });

  test("'The Ministry … has set the target to establish … 150 GWh per year by 2030': a state's goal", () => {
    expect(
      capacities(
        "The Ministry of Economy, Trade and Industry has set the target to establish domestic " +
          "manufacturing base of storage battery 150 GWh per year by 2030."
      )
    ).toEqual([]);
    // a company's target to build a plant is its plan
    expect(capacities("Acme has set the target to build a 50,000-tonne plant by 2027.")).toEqual([
      50000,
    ]);
  });

  test("'by 2027 Jingxi will strive for … capacity to reach 200,000 tons': a goal, its year first", () => {
    expect(
      capacities(
        "According to the plan, by 2027 Jingxi will strive for battery-grade manganese materials " +
          "capacity to reach 200,000 tons and build a cluster."
      )
    ).toEqual([]);
  });

  test("'with a total investment of 1.6 billion yuan' sums money, not the plants beside it", () => {
    const lines = extractLines(
      "Huana Materials will build production lines with an annual output of 20,000 tonnes of " +
        "sodium-ion cathode material, with a total investment of 1.6 billion yuan.\n\n" +
        "Tanyuan New Materials will make 15,000 tonnes a year of sodium-ion cathode material.\n\n" +
        "Ruina Chemical will produce 5,000 tonnes per year of sodium cathode material."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([20000, 15000, 5000]);
  });
});

describe("phases", () => {
  test("'Phase I of 20,000 tons' is the phase's size; 'Phase II of the annual output 50,000 tons … project' the whole", () => {
    const lines = extractLines(
      "In the workshop of Phase II of the annual output 50,000 tons manganese sulphate project of " +
        "Guangxi Jingxi Mengneng New Material Co., Ltd., the steel structure has been capped.\n\n" +
        '"Phase I of 20,000 tons was put into production in August last year. Phase II of 30,000 ' +
        'tons is expected to be commissioned in the third quarter," said the project leader.'
    );
    expect(lines.map((l) => [l.capacity_tpa, l.status])).toEqual([
      [20000, "operating"],
      [30000, "announced"],
    ]);
  });
});

describe("status cues", () => {
  test("'was put into production', 'is now producing': a plant at work", () => {
    expect(
      one("Acme Manganese's 20,000-ton sulphate plant was put into production in May.").status
    ).toBe("operating");
    expect(one("Tesla said the cathode plant in Austin is now producing.").status).toBe(
      "operating"
    );
  });
});

describe("Chinese figures", () => {
  test("'年产10万吨' in a row under an 'Owner' column: a year's output, told in Chinese", () => {
    const lines = extractLines(
      "No. | Project | Owner | District | Construction content\n" +
        "4 | Electrolyte project | Ruitai New Energy Materials Co., Ltd. | Xinbei | 年产10万吨 electrolyte\n" +
        "5 | Storage cell project | Trina Storage Co., Ltd. | Wujin | 10 GWh LFP energy-storage cells\n"
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa ?? l.capacity, l.material])).toEqual([
      ["Ruitai New Energy Materials", 100000, "electrolyte"],
      ["Trina Storage", 10, "battery cells"],
    ]);
  });

  test("a figure told in Chinese and again in English is one line; a second phase of its size is another", () => {
    const lines = extractLines(
      "Wuhai Hongsheng New Materials will build its anode project in two phases. The first phase, " +
        "年产10万吨 (an annual output of 100,000 tons) of anode materials, is expected to be " +
        "completed by the end of 2026; the second phase, another 10万吨 per year, is planned to start " +
        "in 2027.\n\nAnhui Ruina Chemical Co., Ltd. 年产3万吨钠离子电池电解液项目 will produce 30,000 " +
        "tonnes per year of sodium-ion battery electrolyte."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([100000, 100000, 30000]);
  });
});

describe("tables with units in the header", () => {
  test("'Designed capacity (10,000 t/year)': the rows count in tens of thousands, the subtotal is no line", () => {
    const lines = extractLines(
      "Hubei Haike Xinyuan New Material Technology Co., Ltd. will build the project in two phases.\n\n" +
        "| Product | Designed capacity (10,000 t/year) | Remark |\n" +
        "|---|---|---|\n" +
        "| Ethyl methyl carbonate (EMC) | 8 | |\n" +
        "| Dimethyl carbonate (DMC) | 4 | partly used internally |\n" +
        "| Subtotal Phase I | 12 | |\n"
    );
    expect(lines.map((l) => [l.capacity_tpa, l.material])).toEqual([
      [80000, "electrolyte solvents"],
      [40000, "electrolyte solvents"],
    ]);
  });

  test("'Status as at 30 June 2024': a header's date does not make it a row", () => {
    const lines = extractLines(
      "CALB Group reported its bases.\n\n" +
        "Base | Location | Designed capacity | Status as at 30 June 2024\n" +
        "Changzhou Base | Jintan, Changzhou | 35 GWh | In operation\n" +
        "Xiamen Base | Xiamen, Fujian | 25 GWh | Trial production\n"
    );
    expect(lines.map((l) => l.capacity)).toEqual([35, 25]);
  });
});

describe("reports and interviews", () => {
  test("'nameplate capacity of 3,750 mtV a year … the planned expansion of the plant to 5,000 mtV'", () => {
    const lines = extractLines(
      "Vametco produces vanadium pentoxide for Bushveld Minerals and is operating at close to its " +
        "nameplate capacity of 3,750 mtV a year. The planned expansion of the plant to 5,000 mtV a " +
        "year has been deferred.\n\nAt Vanchem, the three kilns give Bushveld Minerals an installed " +
        "capacity of approximately 4,200 mtV a year."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([3750, 1250, 4200]);
  });

  test("'Europe uses around 20,000 tonnes of magnets a year': what a place uses is no plant", () => {
    expect(capacities("Europe uses around 20,000 tonnes of NdFeB magnets a year.")).toEqual([]);
  });

  test("'chief executive Christian Rapp' is a person, though a headline named him first", () => {
    const lines = extractLines(
      '"One plant that works": Sicona\'s Christian Rapp on silicon anodes\n\n' +
        "Sicona Battery Technologies makes silicon-carbon anode material. We spoke to chief " +
        "executive Christian Rapp.\n\nQ: Where do you make it?\n\nA: Our pilot facility is at " +
        "Port Kembla. It is rated at about 10 tonnes a year of silicon anode material."
    );
    expect(lines.map((l) => l.company)).toEqual(["Sicona Battery Technologies"]);
  });

  test("'At Pulawy we have a lease option …': where the speaker works is no company", () => {
    const lines = extractLines(
      "We spoke to the managing director of Mkango Polska.\n\nQ: And the Polish end?\n\nA: At " +
        "Pulawy we have a lease option on land. We are designing a separation plant for up to " +
        "2,000 tonnes a year of separated rare earth oxides. Pulawy also puts us inside the EU."
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([2000]);
    expect(lines[0].company).toMatch(/^Mkango/);
  });
});

describe("a newsletter's capacity watch", () => {
  test("'Prayon, which is jointly owned by …', 'First Phosphate told investors …': the companies", () => {
    const lines = extractLines(
      "CAPACITY WATCH\n\n> Prayon | Engis, Belgium\nPrayon, which is jointly owned by OCP and a " +
        "regional investor, has approved a battery-grade purified phosphoric acid unit at Engis. " +
        "The unit adds 30,000 t/yr of PPA.\n\n> First Phosphate | Saguenay, Quebec, Canada\nFirst " +
        "Phosphate told investors it has started construction of its LFP cathode pilot plant at " +
        "the Port of Saguenay, designed for 1,000 t/yr.\n\nThe Phosphate Chain is published weekly."
    );
    expect(lines.map((l) => [l.company, l.capacity_tpa, l.material])).toEqual([
      ["Prayon", 30000, "purified phosphoric acid"],
      ["First Phosphate", 1000, "LFP cathode"],
    ]);
  });
});

describe("a brief's bullets and asides", () => {
  test("'* LevertonHELM (Basingstoke, UK) - The specialty lithium salts producer …': the bullet's maker", () => {
    const lines = extractLines(
      "CAPACITY WATCH\n\n* LevertonHELM (Basingstoke, UK) - The specialty lithium salts producer " +
        "has started work on a second reactor train that lifts its plant from 1,500 t/yr to " +
        "3,000 t/yr of lithium compounds. BMW's offtake deal is not capacity."
    );
    expect(new Set(lines.map((l) => l.company))).toEqual(new Set(["LevertonHELM"]));
  });

  test("'Orion has slowed work on its … plant': a decision after 'has', and a name ending in -ion", () => {
    const line = one(
      "Orion has slowed work on its acetylene-based conductive additives plant in La Porte, Texas."
    );
    expect([line.company, line.status, line.capacity]).toEqual(["Orion", "shelved", null]);
  });

  test("'consumption at roughly 150 GWh …, compared with just over 90 GWh today': both power", () => {
    expect(
      capacities(
        "The permit file puts the plant's annual consumption at roughly 150 GWh once the new " +
          "lines are running, compared with just over 90 GWh today."
      )
    ).toEqual([]);
  });

  test("'a tolling agreement … covering up to 150,000 tonnes', 'aims at 2028 to reach 150万吨'", () => {
    expect(
      capacities(
        "Part of the concentrate is processed under a tolling agreement with the Lualaba Copper " +
          "Smelter covering up to 150,000 tonnes a year."
      )
    ).toEqual([]);
    expect(capacities("Zijin Mining aims at 2028 to reach 150-160万吨 of copper.")).toEqual([]);
  });
});

test("'- Two-phase development of …': a hyphenated word after a bullet is no maker", () => {
  const lines = extractLines(
    "Electric Metals announced its study.\n\n- Two-phase development of an integrated mine and " +
      "plant.\n- Phase 1: a processing plant producing an average of 33,500 tonnes per annum of " +
      "manganese sulphate."
  );
  expect(lines.map((l) => l.company)).toEqual(["Electric Metals"]);
});

describe("study outcomes and product brands", () => {
  test("'a Stage 2 expansion that would lift refinery output from 50,000 tpa to 100,000 tpa'", () => {
    const lines = extractLines(
      "Blackstone Minerals reported.\n- Stage 1 refinery designed to produce up to 50,000 tonnes " +
        "per annum of battery-grade nickel sulphate\n- Board endorses a scoping-level assessment " +
        "of a Stage 2 expansion that would lift refinery output from 50,000 tpa to 100,000 tpa " +
        "nickel sulphate\n- Non-binding term sheet signed with a Korean cathode maker covering up " +
        "to 40,000 tpa of nickel sulphate from Stage 1"
    );
    expect(lines.map((l) => l.capacity_tpa)).toEqual([50000, 50000]);
  });

  test("'by the end of 2025 Shizuishan will strive to reach … 30万吨': a goal, its year first", () => {
    expect(
      capacities(
        "According to the plan, by the end of 2025 Shizuishan will strive to reach a negative " +
          "electrode material capacity of 30万吨."
      )
    ).toEqual([]);
  });

  test("'(LiFSI) \"IONEL\"' is a product's brand, not its maker", () => {
    const lines = extractLines(
      'Nippon Shokubai Co., Ltd. has decided to enhance the production capacity of LiFSI "IONEL", ' +
        "an electrolyte for lithium-ion batteries, at the Himeji Plant.\n\nIONEL is a new " +
        "electrolyte.\n\n Production capacity : from current 900 tons/year to 3,000 tons/year"
    );
    expect(new Set(lines.map((l) => l.company))).toEqual(new Set(["Nippon Shokubai"]));
    expect(lines.map((l) => l.capacity_tpa)).toContain(2100);
  });
});

describe("totals told again and forecasts", () => {
  test("'Three later stages would add a further 36 GWh, bringing the site to 48 GWh' after 12 GWh", () => {
    const lines = extractLines(
      "ProLogium Technology won its permit for a cell plant in Loon-Plage near Dunkirk. The first phase of the " +
        "plant is sized at 12 GWh of lithium-ceramic cells a year. Three later stages would add a " +
        "further 36 GWh, bringing the Dunkirk site to 48 GWh when fully built."
    );
    expect(lines.map((l) => l.capacity)).toEqual([12, 36]);
  });

  test("'expects end-of-life volumes to reach 400,000 tonnes a year only after 2032': a forecast", () => {
    expect(
      capacities(
        "Kestrel Metals expects end-of-life volumes in Europe to reach 400,000 tonnes a year only " +
          "after 2032."
      )
    ).toEqual([]);
  });
});

test("'a pilot plant that produces 500 kilograms of HPMSM per day': kilograms, with their period only", () => {
  expect(quantities("a pilot plant that produces 500 kilograms of HPMSM per day")).toEqual([
    [0.5, "t/day", 182.5],
  ]);
  expect(quantities("The cell weighs 2 kg.")).toEqual([]);
});

describe("a filing's tables", () => {
  const filing =
    "[DART] EcoPro Materials Co., Ltd. / Quarterly Report (2024.09)\n\n" +
    "The Company manufactures precursors for nickel-rich cathode materials.\n\n" +
    "(1) Production capacity (Unit: tons)\n" +
    "| Product | Site / Plant | Annual capacity | Capacity, 2024.1-9 | 2023 |\n" +
    "|---|---|---|---|---|\n" +
    "| NCM/NCA precursor | Pohang Plant 1 (P1) | 21,000 | 15,750 | 21,000 |\n" +
    "| NCM/NCA precursor | Pohang Plant 2 (P2) | 30,000 | 22,500 | 15,000 |\n\n" +
    "GEM Korea New Energy Materials is a joint venture of GEM Co., Ltd., SK On and the Company. " +
    "GEM said the timing is under review.\n\n" +
    "The Company plans to reach precursor capacity of 200,000 tons by 2030.";

  test("'Capacity, 2024.1-9' is a period's share of the year's capacity, no plant's size", () => {
    expect(extractLines(filing).map((l) => l.capacity_tpa)).toEqual([21000, 30000]);
  });

  test("'the Company' of a filing is the filer its first line names", () => {
    expect(new Set(extractLines(filing).map((l) => l.company))).toEqual(new Set(["EcoPro"]));
  });
});

test("'Hankook Jeonguchae Co., the … joint venture between LG Chem Ltd. and Korea Zinc Inc., said …': the venture", () => {
  const line = one(
    "Hankook Jeonguchae Co., the battery precursor joint venture between LG Chem Ltd. and Korea " +
      "Zinc Inc., said it has a plant that makes 20,000 tons of NCM precursor a year."
  );
  expect(line.company).toBe("Hankook Jeonguchae");
});

test("'at its battery recycling site … from 8,000 to 16,000 tonnes a year': a recycler's plant grows", () => {
  const lines = extractLines(
    "Recyclus Group will use its funding to double capacity at its battery recycling site in " +
      "Tipton, West Midlands, from 8,000 to 16,000 tonnes a year."
  );
  const added = lines.find((l) => l.status === "announced");
  expect(added?.capacity_tpa).toBe(8000);
  expect(added?.company).toBe("Recyclus Group");
  expect(added?.location.country).toBe("United Kingdom");
});

test("an English county ('in Lincolnshire', 'the East Midlands') is a place, no company", () => {
  const lines = extractLines(
    "Three projects in Teesside, the East Midlands and Lincolnshire will share the funding.\n\n" +
      "  * Altilium to build a commercial plant in Teesside that turns recycled metals into cathode material\n" +
      "  * Nexeon to open a silicon anode pilot line in Lincolnshire\n\n" +
      "The largest award goes to Altilium Clean Technology. The plant will produce up to 30,000 " +
      "tonnes per annum of cathode active material.\n\n" +
      "Nexeon will install a pilot line at its Grantham site in Lincolnshire capable of producing " +
      "200 tonnes a year of silicon-based anode material."
  );
  expect(lines.map((l) => l.capacity_tpa)).toEqual([30000, 200]);
  expect(lines[0].company).toBe("Altilium Clean Technology");
  expect(lines.some((l) => /shire|Midlands/.test(l.company))).toBe(false);
});

test("a header's unit on a line of its own under its column ('Capacity' over '(kt/yr)') sizes the rows", () => {
  const table =
    "Table 1: Selected LFP and iron phosphate capacity changes, Q1 2025\n\n" +
    "-----------------------------------------------------------------------------\n" +
    "Company             Location            Product          Capacity   Status\n" +
    "                                                         (kt/yr)\n" +
    "-----------------------------------------------------------------------------\n" +
    "Hunan Yuneng        Qujing, Yunnan      LFP              75         Commissioned\n" +
    "Guizhou Chuanheng   Fuquan, Guizhou     Iron phosphate   100        Under construction\n" +
    "-----------------------------------------------------------------------------\n";
  const lines = extractLines(table);
  expect(lines.map((l) => l.capacity_tpa)).toEqual([75000, 100000]);
  expect(lines[0].company).toMatch(/^Hunan Yuneng/);
  expect(lines[1].company).toMatch(/^Guizhou Chuanheng/);
});

test("'use 0.96-0.97 t of iron phosphate to make one tonne of LFP': a ratio, no plant", () => {
  expect(
    extractLines(
      "Hubei Xingfa Chemicals Group Co., Ltd started trial production at a new iron phosphate " +
        "line. Producers typically use 0.96-0.97 t of iron phosphate to make one tonne of LFP."
    ).filter((l) => l.capacity_tpa !== null)
  ).toEqual([]);
});

test("'lifted its capacity to 10,500 tonnes from 7,200 tonnes': an expansion told top first adds the difference", () => {
  const lines = extractLines(
    "Lynas Malaysia last year completed an upgrade at Gebeng that lifted its NdPr capacity to " +
      "10,500 tonnes per annum from 7,200 tonnes."
  );
  expect(lines.map((l) => l.capacity_tpa).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
    3300, 7200,
  ]);
  // a year after "from" is no base
  const later = extractLines(
    "Tianqi Lithium Corp. will expand its Kwinana plant to 48,000 t/yr from 2026."
  );
  expect(later.map((l) => l.capacity_tpa)).toEqual([48000]);
});

test("a sum of money in its currency's letters ('RM500mil') and an agency ('DOE', 'EIA') own no plant", () => {
  const lynas = extractLines(
    "Lynas to spend RM500mil on new heavy rare earths plant in Kuantan\n\n" +
      "Lynas Rare Earths Ltd will build a new heavy rare earths separation facility at Gebeng. " +
      "The facility, estimated to cost about RM500mil, will be able to process up to 5,000 tonnes " +
      "per year of heavy rare earth feedstock."
  );
  expect(lynas.map((l) => [l.company, l.capacity_tpa])).toEqual([["Lynas Rare Earths", 5000]]);
  const koura = extractLines(
    "In St. Gabriel, Louisiana, chemical maker Koura, part of Mexico's Orbia, plans a $400 " +
      "million plant. According to DOE, the facility would make up to 10,000 metric tons of " +
      "LiPF6 a year."
  );
  expect(koura.map((l) => l.company)).toEqual(["Koura"]);
});

/** The text of one of the fresh articles, for tests that need a whole real-style page. */
function freshArticle(name: string): string {
  return fs.readFileSync(path.join(__dirname, "fixtures", "articles", "fresh", name), "utf8");
}

test("a company named in the Soviet way ('Mining and Metallurgical Complex') is a company; a deposit's resources are no plant", () => {
  const lines = extractLines(
    "Almalyk Mining and Metallurgical Complex (AMMC) signed a deal on Monday for a new " +
      "300,000 t/yr copper smelter. Estimates prepared under the JORC code put the copper " +
      "resources of the Almalyk complex at around 45 million tonnes."
  );
  expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
    ["Almalyk Mining and Metallurgical Complex (AMMC)", 300000],
  ]);
});

test("'the cells used in Tesla vehicles': the carmaker whose cars are meant buys, it builds no plant", () => {
  const lines = extractLines(
    "Sumitomo Metal Mining (SMM), which supplies cathode for the Panasonic cells used in Tesla " +
      "vehicles, told analysts on Thursday that it is building a new plant in Niihama that will " +
      "add 2,000 tons a month of cathode capacity by March 2026."
  );
  expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([
    ["Sumitomo Metal Mining (SMM)", 24000],
  ]);
});

test("'with both units in place … 43,000 tons': the two units told before, added up", () => {
  const lines = extractLines(
    "POSCO Pilbara Lithium Solution completed its second lithium hydroxide plant in Gwangyang. " +
      "The new unit is designed to turn out 21,500 tons of lithium hydroxide a year. With both " +
      "units in place, the Yulchon complex can make 43,000 tons of the material annually."
  );
  expect(lines.map((l) => l.capacity_tpa)).toEqual([21500]);
  // "each" makes it each one's size
  const each = extractLines(
    "Automotive Cells Company (ACC) paused two plants. Both plants, Kaiserslautern and Termoli, " +
      "were each to reach 40 GWh of annual cell capacity."
  );
  expect(each.filter((l) => l.capacity === 40).length).toBeGreaterThan(0);
});

test("'the recycling unit is sized to process 30,000 tonnes of black mass a year' is the recycler's size", () => {
  const lines = extractLines(
    "COBCO, the joint venture between Al Mada and CNGR Advanced Material, opened its plant in " +
      "Jorf Lasfar. The recycling unit is sized to process 30,000 tonnes of black mass a year."
  );
  expect(lines.map((l) => l.capacity_tpa)).toContain(30000);
});

test("'combined heat and power' is a power plant's kind, no sum of the lines beside it", () => {
  const lines = extractLines(
    "Guizhou Phosphate Chemical Group started construction of its coupled project in April. The " +
      "construction content includes 600,000 mt/year iron phosphate, 600,000 mt/year LFP and " +
      "150,000 mt/year lithium carbonate production lines, as well as combined heat and power " +
      "engineering. Its existing 100,000 t/yr LFP unit and 500,000 t/yr acid plant are running."
  );
  expect(lines.map((l) => l.capacity_tpa)).toEqual(
    expect.arrayContaining([600000, 600000, 150000])
  );
});

test("'targeting full-scale production of about 340,000 tonnes a year by 2028' is a goal", () => {
  const lines = extractLines(
    "Faru Graphite Corp. will build the Mahenge mine in four modules. The first module is designed " +
      "to produce about 89,000 tonnes per annum of graphite concentrate. Subsequent modules are to " +
      "follow, with the developer targeting full-scale production of about 340,000 tonnes a year by 2028."
  );
  expect(lines.map((l) => l.capacity_tpa)).toEqual([89000]);
});

test("'… which avoids the acid used by most producers in China' after a plant's figure makes no aggregate", () => {
  const lines = extractLines(
    "Renascor Resources Limited has received conditional approval for a loan to develop its " +
      "Siviour Battery Anode Material Project. Stage 1 of the project is designed to produce " +
      "approximately 30,000 tonnes of PSG per annum using Renascor's purification process, which " +
      "avoids the hydrofluoric acid used by most producers in China."
  );
  expect(lines.map((l) => [l.company, l.kind, l.capacity_tpa])).toEqual([
    ["Renascor Resources", "line", 30000],
  ]);
});

test("a 'Project / promoter' column names each row's company", () => {
  const table =
    "Project / promoter            | Member State | Stage        | Stated capacity\n" +
    "------------------------------|--------------|--------------|----------------\n" +
    "Umicore — GePETO              | Belgium      | Processing   | not disclosed\n" +
    "Caremag (Carester)            | France       | Processing   | 600 t/y Dy+Tb oxides; 800 t/y NdPr oxides\n";
  const lines = extractLines(table);
  expect(
    lines.filter((l) => l.capacity_tpa !== null).map((l) => [l.company, l.capacity_tpa])
  ).toEqual([
    ["Caremag", 600],
    ["Caremag", 800],
  ]);
});

test("a term's initials spelt out later in the article ('advanced chemistry cell (ACC)') name no company earlier; a scheme's target is no plant", () => {
  const lines = extractLines(
    "India's ACC scheme has handed out 40 GWh of its 50 GWh target, but Ola Electric's " +
      "Krishnagiri plant is the only one making cells.\n\n" +
      "Five years after the Centre launched its production-linked incentive scheme for advanced " +
      "chemistry cell (ACC) battery storage, just 1 GWh is up and running. Tata group's Agratas " +
      "Energy is constructing a 20 GWh cell gigafactory at Sanand in Gujarat."
  );
  expect(lines.some((l) => /Automotive Cells|ACC/.test(l.company))).toBe(false);
  expect(lines.some((l) => l.capacity === 50 || l.capacity === 40)).toBe(false);
  expect(lines.map((l) => l.capacity)).toContain(20);
});

test("a plan replaced ('nine months ago, the number was about 35 GWh') gives way; a combined figure over counted plants is no line", () => {
  const ford = extractLines(
    "Ford now says the Marshall factory will have a planned capacity of roughly 20 GWh " +
      "per year. When Ford executives stood on stage nine months ago, the number was about 35 GWh."
  );
  expect(ford.map((l) => l.capacity)).toEqual([20]);
  const blueoval = extractLines(
    "BlueOval SK, the joint venture of Ford and SK On, had marketed its three planned US plants " +
      "in Kentucky and Tennessee as a combined 129 GWh of cell capacity."
  );
  expect(blueoval.some((l) => l.capacity === 129)).toBe(false);
});

test("no companies: a shouted 'THE COUNTRY', an island, a section's numeral, a project's phase, a listed place", () => {
  const companies = (name: string) => extractLines(freshArticle(name)).map((l) => l.company);
  expect(companies("b145_04_businessworld_ph_hpal_plans.txt")).not.toContain("THE COUNTRY");
  expect(companies("b145_04_businessworld_ph_hpal_plans.txt")).not.toContain("Norte");
  expect(companies("b145_02_jakartaglobe_hpal_plants_at_a_glance.txt")).not.toContain("Obi Island");
  expect(companies("b143_03_shangtai_2024_annual_report_capacity.txt")).not.toContain(
    "I. Industry"
  );
  expect(companies("b143_03_shangtai_2024_annual_report_capacity.txt")).not.toContain(
    "Shanxi Phase IV"
  );
  expect(companies("b144_01_yle_keliber_staged_startup.txt")).not.toContain("Kronoby");
});

test("steps told in one sentence each add to the one before ('a second step to 5,000 tpa, a third to 7,500')", () => {
  const lines = extractLines(
    "Ucore Rare Metals Inc. says fit-out of its Louisiana complex remains on schedule. The plan " +
      "is staged: 2,000 tonnes per annum of total rare earth oxides at start-up, a second step to " +
      "5,000 tpa, and a possible third step to 7,500 tpa."
  );
  expect(lines.map((l) => l.capacity_tpa)).toEqual([2000, 3000, 2500]);
});

test("a company named '… Elements' that the article later calls by its first word is no person", () => {
  expect(
    extractLines(freshArticle("b146_01_ree_weekly_vulcan_maaden_lynas.txt")).find(
      (l) => l.capacity_tpa === 10000
    )?.company
  ).toBe("Vulcan Elements");
});

test("an answer in a transcript ('Correct, the second plant …') is no company", () => {
  const lines = extractLines(
    "[07:15] HOST: And the jump is the second plant, at Sigma Lithium Corp.'s Itinga site?\n\n" +
      "[07:18] CABRAL-GARDNER: Correct, the second plant, same site. It adds about 250,000 tonnes a year of concentrate."
  );
  expect(lines.some((l) => l.company === "Correct")).toBe(false);
});

test("'the Group' of a filing that defines it ('(the \"Company\", together with its subsidiaries, the \"Group\")') is the filer", () => {
  const lines = extractLines(
    'This announcement is made by Jiangsu Lopal Tech. Co., Ltd. (the "Company", together with ' +
      'its subsidiaries, the "Group") on a voluntary basis.\n\n' +
      "LG Energy Solution will take a 20% stake in the Indonesian unit.\n\n" +
      "The Group plans to construct a second phase of the Indonesian Project, with an additional " +
      "designed capacity of 90,000 tonnes of LFP cathode material per annum."
  );
  expect(lines.map((l) => [l.company, l.capacity_tpa])).toEqual([["Jiangsu Lopal Tech", 90000]]);
});

test("buyers in 'has signed offtake agreements with X' build no plant", () => {
  const lines = extractLines(
    "NOVONIX Limited runs its Riverside facility in Chattanooga, Tennessee.\n\n" +
      "Riverside is targeting production of up to 20,000 tpa of synthetic graphite, and the Company " +
      "has signed binding offtake agreements with Panasonic Energy, Stellantis and PowerCo SE."
  );
  expect(lines.map((l) => l.company.toLowerCase())).toEqual(["novonix"]);
});

test("a ticker defined in an item's heading ('ECOGRAF (ASX:EGR)') is the company the body calls by it", () => {
  const lines = extractLines(freshArticle("b138_05_stockhead_downstream_small_caps.txt"));
  expect(lines.find((l) => l.capacity_tpa === 60000)?.company).toMatch(/^EcoGraf/);
  expect(lines.some((l) => l.company === "EGR")).toBe(false);
});
