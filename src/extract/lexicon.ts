/**
 * Extraction vocabulary: the words that tell how a news article announces a production line.
 * Names of places, materials and companies come from the core's reference tables; what is here
 * is only what reading text needs besides them. Every entry is lower case, as tokens' `norm`.
 */
import type { Status } from "../core/status";

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Titles before a name: a stop after them never ends a sentence ("Mr. He Xueqin"). */
export const NAME_TITLES = words(`mr mrs ms dr prof messrs`);

/** Words followed by a stop that do not end a sentence (unless a plain opener follows). */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof st mt ft no nos vs etc approx est inc ltd co corp plc llc bhd pty jr sr
  gen gov sen rep dept fig jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that start sentences; capitalised at the start, they are no name. */
export const SENTENCE_STARTERS = words(`
  the a an it its this that these those in on at by for with as after before under over let
  according among also and but meanwhile however today overall so once when while he she they we
  our their there his her if since although though currently last next earlier later separately
  further furthermore moreover additionally besides then thus yet still now until both each every
  all some many most several such what which who where why how here following despite during
  to from into of within without about against between through upon amid amidst like unlike
  outside inside beyond across near around buy sell hold review overweight underweight
  outperform underperform neutral accumulate quarter quarterly highlights
  other another one two three four five six seven eight nine ten first second third new
  construction production operations work plans the company group analysts officials
  no not nor or either neither only just even instead rather indeed please share follow
  recently previously initially finally ultimately subsequently shortly already again more
  in addition however tuesday monday wednesday thursday friday saturday sunday
`);

/** Legal forms that end a company's name. */
export const LEGAL_FORMS = words(`
  co ltd limited inc incorporated corp corporation plc llc lp ag se sa gmbh pty nv bv ab asa oyj
  tbk jsc pjsc spa sas kk bhd berhad sarl srl kg ohg as oy
`);

/** Last words of a company's name: "… Rare Earth New Materials", "… Lithium Group". */
export const COMPANY_HEADS = words(`
  group holdings holding materials material mining mines minerals metals metal resources lithium
  energy energies technology technologies tech chemical chemicals battery batteries power
  industries industrial industry nickel cobalt graphite earths magnetics magnet magnets motors
  motor electric solutions systems company partners ventures steel manganese amperex electronics
  cells exploration refining tungsten sciences mobility automotive vanadium copper silicon
  enterprises international semiconductor semiconductors capital minerales mineracao
  cathode anode innovation innovations electrochem elements
`);

/** Words that make a capitalised name an authority, a publisher or a body, not a producer. */
export const NON_PRODUCERS = words(`
  ministry ministries government committee commission department agency bureau authority
  division directorate secretariat secretary-general undersecretariat
  council office parliament senate congress court university institute association exchange
  embassy administration invest chamber federation bank fund reuters bloomberg xinhua
  prnewswire newswire businesswire globenewswire wire news times post journal herald magazine
  daily tribune gazette intelligence tracker research analytics consulting consultancy index
  society foundation club league forum summit conference programme program initiative act law
  policy strategy report province county state district republic kingdom union nasdaq nyse asx
  prefecture prefectural municipality municipal regency oblast township proposal resolution notice
  tsx lse sse szse hkex bse nse kosdaq kospi agency police army navy court wikipedia linkedin
  twitter facebook instagram youtube telegram whatsapp president minister ambassador premier
  secretary governor mayor office tracker subscribe newsletter markets market prices price
  fastmarkets benchmark argus sp platts agreement agreements treaty treaties accord editor editors
  hkexnews scheme schemes grants media communication communications presentation presentations
  hatch worley ausenco lycopodium bechtel fluor sedgman mysteel bloombergnef bnef woodmac rystad
  roskill adamas period newsfile accesswire einpresswire board parish supervisors commissioners
  diputacion ayuntamiento generalitat junta xunta gobierno prefeitura governo translator
  regulator regulators inspectorate ombudsman directors
  meti miit ndrc mofcom sasac motie securities brokerage announcement announcements implementation
`);

/** Titles of people: a name beside one is a person's. */
export const PERSON_TITLES = words(`
  mr mrs ms dr prof ceo cfo coo cto chairman chairwoman chair president vice director minister
  secretary governor mayor manager head founder cofounder analyst spokesperson spokesman
  spokeswoman officer executive chief ambassador premier deputy senator representative general
  md chairperson chancellor king queen prince akim hokim regent gov sen rep cllr councillor
  councilor alderman
`);

/** Nouns of a production site. */
export const FACILITY_NOUNS = words(`
  plant plants facility facilities factory factories refinery refineries smelter smelters mill
  mills line lines base bases gigafactory gigafactories complex hub project projects works
  concentrator converter hydrometallurgical hpal module modules train trains site operation
  mine mines
  operations capacity capacities
`);

/** Nouns of production without a site: "production and processing of lithium". */
export const PRODUCTION_NOUNS = words(`
  production processing refining manufacturing output conversion beneficiation
`);

/** Words that tell a total over many companies. */
export const AGGREGATE_WORDS = words(`collectively altogether nationwide countrywide`);
/** Words that tell a total, over many companies only when no company is named. */
export const TOTAL_WORDS = words(
  `combined cumulatively jointly total totals totalling totaling totalled totaled together`
);
/** Words that set a goal: "aims for 280 GWh in North America by 2027" is a target, not a plant. */
export const TARGET_WORDS = words(
  `aim aims aimed aiming target targets targeted targeting goal ambition expected expects wants
  want wanted path pathway roadmap strive strives striving plans`
);
/** Counts of the plants a total sums: "the three plants", "both factories". */
export const COUNT_WORDS = words(`two three four five six both`);
/** Words that sum the plants counted beside them: "taken together", "across the three plants". */
export const SUM_WORDS = words(`together combined across between`);

/** Plural producers: "companies in Baotou", "producers in Argentina". */
export const PRODUCER_PLURALS = words(`
  companies producers firms operators manufacturers makers miners enterprises players
`);
/** Materials a company's name can tell: "Atlas Lithium", "Graphite One", "Jervois Cobalt". */
export const NAMED_MATERIALS = words(
  `lithium nickel cobalt graphite manganese vanadium copper tungsten antimony`
);
/** Plural plants: a total over them is the country's when no company is named. */
export const PLANT_PLURALS = words(
  `plants projects smelters refineries mines facilities operations`
);

/**
 * Words near a tonnage that make it something other than a capacity: market share, sales,
 * consumption, reserves, prices, contracts, forecasts of demand, past output. Each is a prefix
 * of the words it stands for ("consum" for consumed, consumption).
 */
export const NOT_CAPACITY_PREFIXES = [
  "consum",
  "demand",
  "sold",
  "sell",
  "sale",
  "shipment",
  "shipped",
  // "rail dispatches of approximately 9,600 tonnes per day": ore moved, not made
  "dispatch",
  "ship",
  "export",
  "import",
  "deliver",
  "purchas",
  "bought",
  "buy",
  "offtake",
  // "a tolling agreement … covering up to 150,000 tonnes": someone else's plant, hired
  "tolling",
  "off-take",
  "supply",
  "supplie",
  "supplying",
  "procure",
  "order",
  "inventor",
  "stockpil",
  "stocks",
  "reserve",
  "resource",
  "deposit",
  "ore",
  "market",
  "share",
  "forecast",
  "projected",
  "predict",
  "estimate",
  "price",
  "cost",
  "revenue",
  "profit",
  "loss",
  "contract",
  "tender",
  // "the government has already awarded bids for 50 GWh of capacity"
  "bid",
  "usage",
  "need",
  "require",
  "recycl",
  "emission",
  "waste",
  "tailings",
  "mined",
  "traded",
  "delivered",
  "install",
  "registration",
  "subsid",
  "allocat",
  "unallocat",
  "auction",
  "re-auction",
  "incentive",
  "quota",
  "guidance",
  // "deployments to absorb 35-40 GWh a year": a demand, "Jan-May cumulative 242 GWh": a
  // period's sum
  "deploy",
  // "a backlog of roughly 2 GWh", "a pipeline of $12.8 billion, or 49.7 GWh", "a memorandum
  // covering up to 4,000 tons a year": orders and intentions, not plants
  "backlog",
  "pipeline",
  "memorand",
  "absorb",
  "cumulative",
];

/** Whole words that only count as "not a capacity" alone (prefixes would catch too much). */
export const NOT_CAPACITY_WORDS = words(`
  produced processed yielded extracted output exported imported inventories stock won awarded
  uses
  cap caps capped
`);

/** Words that say a capacity only weakly: "demand is forecast to increase to …" is no plant's. */
export const WEAK_CAPACITY_WORDS = words(`increase grow growing expand expanding add adding reach`);

/** Energy that is no battery's: "generate 275 GWh of renewable power a year". */
export const NOT_CELL_ENERGY = words(`
  electricity power heat heating generate generates generating generation renewable solar wind
  hydropower consumption
`);

/** Words near a tonnage that say it is a capacity. */
export const CAPACITY_WORDS = words(`
  capacity capacities nameplate plant plants facility factory refinery smelter line lines
  gigafactory mill project complex hub base train trains module modules phase stage expansion
  annual annually annualized yearly produce producing production manufacture manufacturing existing
  build building built construct construction develop development design designed add adding
  added expand expanding expansion increase capable able targeted target output
`);

/**
 * Demonyms: the country a "Moroccan" or "Chinese" refers to (a name in the gazetteer). These
 * word tables are Maps: a word from the text is no object key ("constructor"), and a Map looks
 * it up without interning it.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    moroccan: "Morocco",
    chinese: "China",
    indonesian: "Indonesia",
    kazakh: "Kazakhstan",
    kazakhstani: "Kazakhstan",
    australian: "Australia",
    canadian: "Canada",
    chilean: "Chile",
    argentine: "Argentina",
    argentinian: "Argentina",
    german: "Germany",
    hungarian: "Hungary",
    finnish: "Finland",
    swedish: "Sweden",
    norwegian: "Norway",
    korean: "South Korea",
    japanese: "Japan",
    american: "USA",
    british: "United Kingdom",
    french: "France",
    italian: "Italy",
    spanish: "Spain",
    polish: "Poland",
    estonian: "Estonia",
    czech: "Czech Republic",
    indian: "India",
    brazilian: "Brazil",
    mexican: "Mexico",
    vietnamese: "Vietnam",
    thai: "Thailand",
    malaysian: "Malaysia",
    philippine: "Philippines",
    filipino: "Philippines",
    congolese: "Democratic Republic of the Congo",
    zimbabwean: "Zimbabwe",
    namibian: "Namibia",
    saudi: "Saudi Arabia",
    russian: "Russia",
    kyrgyz: "Kyrgyzstan",
    mozambican: "Mozambique",
    tanzanian: "Tanzania",
    malian: "Mali",
    bolivian: "Bolivia",
    peruvian: "Peru",
    portuguese: "Portugal",
    serbian: "Serbia",
    malagasy: "Madagascar",
    dutch: "Netherlands",
    belgian: "Belgium",
    austrian: "Austria",
    slovak: "Slovakia",
    romanian: "Romania",
    swiss: "Switzerland",
    irish: "Ireland",
    danish: "Denmark",
    turkish: "Turkey",
    israeli: "Israel",
    emirati: "United Arab Emirates",
    omani: "Oman",
    egyptian: "Egypt",
    zambian: "Zambia",
    ghanaian: "Ghana",
    gabonese: "Gabon",
    ethiopian: "Ethiopia",
    kenyan: "Kenya",
    ugandan: "Uganda",
    nigerian: "Nigeria",
    pakistani: "Pakistan",
    taiwanese: "Taiwan",
    singaporean: "Singapore",
    mongolian: "Mongolia",
    colombian: "Colombia",
    ecuadorian: "Ecuador",
    ukrainian: "Ukraine",
    greek: "Greece",
    uzbek: "Uzbekistan",
    angolan: "Angola",
    malawian: "Malawi",
  })
);

/** Capitalised phrases that look like places and are none: "North America" is not the USA. */
export const NOT_PLACES = [
  "north america",
  "south america",
  "latin america",
  "central america",
  "america first",
  "inflation reduction act",
  "new energy",
  "global",
  "world",
];

/** Continents and world regions: never a company ("Europe's supply", "Africa's largest"). */
export const CONTINENTS = words(`
  europe asia africa oceania antarctica americas eurasia scandinavia balkans
`);

/** Last words of a plant's own name: "the Central Lithium Plant", "the Project". */
export const FACILITY_NAME_ENDS = words(`
  plant plants facility refinery factory project mine converter concentrator gigafactory smelter
`);

/** Verbs and nouns of custom after which a company is a customer: "plants which supply Ford". */
export const CUSTOMER_WORDS = words(`
  supply supplies supplying supplied serve serves serving served customers customer clients client
`);

/** The last words of a site's name: "Jiuyuan Industrial Park", "Tangier Tech City". */
export const SITE_HEADS = words(
  `park zone estate complex technopark parks zones area port hub spoke edz etdz sez ftz epz`
);

/**
 * Material phrases sources use that the taxonomy does not list, mapped to a taxonomy name; null
 * marks a phrase too general to be a material ("battery materials").
 */
export const EXTRA_MATERIALS: Record<string, string | null> = {
  "battery materials": null,
  "battery material": null,
  "lithium ion battery materials": null,
  "lithium battery materials": null,
  "battery metals": null,
  "battery raw materials": null,
  "battery chemicals": null,
  "critical minerals": null,
  "raw materials": null,
  "new energy": null,
  "new materials": null,
  "new material": null,
  "energy storage": null,
  "rare earth metal and alloy": "REE metals & alloys",
  "rare earth metals and alloy": "REE metals & alloys",
  "ree metal and alloy": "REE metals & alloys",
  "ree metals and alloy": "REE metals & alloys",
  "rare earth alloys": "REE metals & alloys",
  "ndfeb magnet": "NdFeB magnets",
  "sintered magnets": "NdFeB magnets",
  "permanent magnet": "NdFeB magnets",
  magnet: "NdFeB magnets",
  ndpr: "NdPr oxide",
  "ndpr oxides": "NdPr oxide",
  "rare earth oxides": "rare earth oxides",
  "mixed rare earth carbonate": "rare earth concentrates",
  "cathode active materials": "cathode",
  "cathode precursors": "cathode precursor (pCAM)",
  precursor: "cathode precursor (pCAM)",
  precursors: "cathode precursor (pCAM)",
  pcam: "cathode precursor (pCAM)",
  "ternary precursor": "cathode precursor (pCAM)",
  "ternary precursors": "cathode precursor (pCAM)",
  "ternary cathode materials": "ternary cathode (NCM/NCA)",
  "ternary materials": "ternary cathode (NCM/NCA)",
  "nickel cobalt manganese": "ternary cathode (NCM/NCA)",
  "high nickel cathode": "ternary cathode (NCM/NCA)",
  "high nickel ternary": "ternary cathode (NCM/NCA)",
  "high nickel ternary cathode": "ternary cathode (NCM/NCA)",
  "high nickel ternary cathode material": "ternary cathode (NCM/NCA)",
  "high nickel ternary cathode materials": "ternary cathode (NCM/NCA)",
  "lfp cathode material": "LFP cathode",
  "lfp cathode materials": "LFP cathode",
  "iron phosphate cathode": "LFP cathode",
  ferronickel: "nickel",
  "lithium iron phosphate cathode": "LFP cathode",
  "lmfp cathode": "LMFP cathode",
  "anode materials": "anode",
  "active anode material": "anode",
  "active anode materials": "anode",
  "anode active materials": "anode",
  "graphite anode materials": "graphite anode",
  "natural graphite anode": "natural graphite anode",
  "synthetic graphite anode": "synthetic graphite anode",
  "synthetic graphite anode material": "synthetic graphite anode",
  "artificial graphite anode": "synthetic graphite anode",
  "silicon anode material": "silicon anode",
  "lithium ion batteries": "battery cells",
  "lithium ion battery": "battery cells",
  "lithium batteries": "battery cells",
  "lithium battery": "battery cells",
  "battery cell": "battery cells",
  "ev batteries": "battery cells",
  "ev battery": "battery cells",
  "power batteries": "battery cells",
  "power battery": "battery cells",
  "battery plant": "battery cells",
  // a cathode's chemistry before "battery" names the cells ("an LFP battery plant")
  "lfp battery": "battery cells",
  "lfp batteries": "battery cells",
  "lfp cells": "battery cells",
  "lfp cell": "battery cells",
  "lithium iron phosphate battery": "battery cells",
  "lithium iron phosphate batteries": "battery cells",
  "lithium-iron-phosphate battery": "battery cells",
  "lithium-iron-phosphate batteries": "battery cells",
  "nmc battery": "battery cells",
  "ncm battery": "battery cells",
  "nca battery": "battery cells",
  "battery factory": "battery cells",
  "cell plant": "battery cells",
  "cell factory": "battery cells",
  "cell manufacturing": "battery cells",
  "cell production": "battery cells",
  "cell lines": "battery cells",
  "cell line": "battery cells",
  "cell plants": "battery cells",
  "cell factories": "battery cells",
  "lithium hydroxide monohydrate": "lithium hydroxide",
  "lithium sulphate": "lithium",
  "lithium sulfate": "lithium",
  "lithium chloride": "lithium",
  "lithium salt": "lithium",
  "lithium compounds": "lithium",
  "lithium products": "lithium",
  "spodumene concentrates": "spodumene concentrate",
  "nickel matte": "nickel",
  "nickel pig iron": "nickel",
  "nickel metal": "nickel",
  "nickel products": "nickel",
  "class 1 nickel": "nickel",
  "nickel sulphate hexahydrate": "nickel sulphate",
  "mixed hydroxide": "nickel in MHP",
  "cobalt hydroxide": "cobalt",
  // in battery-materials news a bare "hydroxide" is lithium's ("a 50,000 t/yr hydroxide refinery")
  hydroxide: "lithium hydroxide",
  "nickel hydroxide": "nickel",
  "cobalt metal": "cobalt",
  "cobalt sulphate heptahydrate": "cobalt sulphate",
  "manganese sulphate monohydrate": "high-purity manganese sulphate",
  "high purity manganese": "high-purity manganese sulphate",
  "graphite concentrates": "graphite",
  "graphite products": "graphite",
};

/** Single words the taxonomy lists that are too vague alone ("cells" of a spreadsheet). */
export const VAGUE_MATERIAL_WORDS = words(`battery batteries cells cell gigafactory magnets`);

/** Status cues: phrases (token norms joined by spaces) and the status they tell. */
export const STATUS_CUES: Array<[string, Status]> = [
  ["talks", "talks"],
  ["discussions", "talks"],
  ["discussion", "talks"],
  ["negotiations", "talks"],
  ["negotiating", "talks"],
  ["negotiate", "talks"],
  ["discussed", "talks"],
  ["discussing", "talks"],
  ["exploring", "talks"],
  ["signed", "agreement signed"],
  ["sign", "agreement signed"],
  ["signs", "agreement signed"],
  ["signing", "agreement signed"],
  ["inked", "agreement signed"],
  ["inks", "agreement signed"],
  ["memorandum of understanding", "agreement signed"],
  ["mou", "agreement signed"],
  ["framework agreement", "agreement signed"],
  ["investment agreement", "agreement signed"],
  ["cooperation agreement", "agreement signed"],
  ["letter of intent", "agreement signed"],
  ["heads of agreement", "agreement signed"],
  ["agreed to", "agreement signed"],
  ["struck a deal", "agreement signed"],
  ["plans", "announced"],
  ["planned", "announced"],
  ["plan", "announced"],
  ["planning", "announced"],
  ["proposed", "announced"],
  ["unveiled", "announced"],
  ["announced", "announced"],
  ["announces", "announced"],
  ["intends", "announced"],
  ["will build", "announced"],
  ["would build", "announced"],
  ["to build", "announced"],
  ["also build", "announced"],
  ["to construct", "announced"],
  ["to erect", "announced"],
  ["to set up", "announced"],
  ["to establish", "announced"],
  ["to develop", "announced"],
  ["is developing", "announced"],
  ["are developing", "announced"],
  ["is also developing", "announced"],
  ["to invest", "announced"],
  ["will invest", "announced"],
  ["considering", "announced"],
  ["feasibility study", "announced"],
  ["approved", "approved"],
  ["approves", "approved"],
  ["approval", "approved"],
  ["approvals", "approved"],
  ["permit", "approved"],
  ["permits", "approved"],
  ["permitted", "approved"],
  ["final investment decision", "approved"],
  ["fid", "approved"],
  ["green light", "approved"],
  ["greenlit", "approved"],
  ["green lit", "approved"],
  ["sanctioned", "approved"],
  ["cleared", "approved"],
  ["under construction", "under construction"],
  ["started construction", "under construction"],
  ["began construction", "under construction"],
  ["begun construction", "under construction"],
  ["commenced construction", "under construction"],
  ["start construction", "under construction"],
  ["construction began", "under construction"],
  ["construction started", "under construction"],
  ["construction commenced", "under construction"],
  ["construction is underway", "under construction"],
  ["construction is under way", "under construction"],
  ["construction underway", "under construction"],
  ["construction of", "under construction"],
  ["construction", "under construction"],
  ["broke ground", "under construction"],
  ["breaks ground", "under construction"],
  ["break ground", "under construction"],
  ["groundbreaking ceremony", "under construction"],
  ["ground breaking ceremony", "under construction"],
  ["groundbreaking ceremonies", "under construction"],
  ["being built", "under construction"],
  ["is building", "under construction"],
  ["are building", "under construction"],
  ["building", "under construction"],
  ["started to build", "under construction"],
  ["began building", "under construction"],
  ["started building", "under construction"],
  ["build out", "under construction"],
  ["foundation stone", "under construction"],
  ["erecting", "under construction"],
  ["constructing", "under construction"],
  ["putting up", "under construction"],
  ["commissioned", "commissioning"],
  ["commissioning", "commissioning"],
  ["trial production", "commissioning"],
  ["trial run", "commissioning"],
  ["trial operation", "commissioning"],
  ["test production", "commissioning"],
  ["pilot production", "commissioning"],
  ["ramp up", "commissioning"],
  ["ramping up", "commissioning"],
  ["ramped up", "commissioning"],
  ["first product", "commissioning"],
  ["first production", "commissioning"],
  ["first batch", "commissioning"],
  ["first shipment", "commissioning"],
  ["first output", "commissioning"],
  ["mechanical completion", "commissioning"],
  ["began production", "operating"],
  ["begun production", "operating"],
  ["started production", "operating"],
  ["start production", "operating"],
  ["commenced production", "operating"],
  ["production began", "operating"],
  ["production started", "operating"],
  ["began operations", "operating"],
  ["started operations", "operating"],
  ["began operating", "operating"],
  ["started operating", "operating"],
  ["in operation", "operating"],
  ["in production", "operating"],
  ["operating", "operating"],
  ["operational", "operating"],
  ["operates", "operating"],
  ["operated", "operating"],
  ["has operated", "operating"],
  ["opened", "operating"],
  ["inaugurated", "operating"],
  ["came online", "operating"],
  ["came on stream", "operating"],
  ["commercial production", "operating"],
  ["existing", "operating"],
  ["currently produces", "operating"],
  ["produces", "operating"],
  ["runs", "operating"],
  ["run by", "operating"],
  ["makes", "operating"],
  ["make", "operating"],
  ["produce", "operating"],
  ["has been producing", "operating"],
  ["put into production", "operating"],
  ["put into operation", "operating"],
  ["went into production", "operating"],
  ["went into operation", "operating"],
  ["entered production", "operating"],
  ["entered operation", "operating"],
  ["is producing", "operating"],
  ["are producing", "operating"],
  ["now producing", "operating"],
  ["restarted", "operating"],
  ["reopened", "operating"],
  ["resumed production", "operating"],
  ["resumed operations", "operating"],
  ["started up", "operating"],
  ["starts up", "operating"],
  ["carries out", "operating"],
  ["began exporting", "operating"],
  ["started exporting", "operating"],
  ["began shipping", "operating"],
  ["started shipping", "operating"],
  ["keep running", "operating"],
  ["keeps running", "operating"],
  ["kept running", "operating"],
  ["running normally", "operating"],
  ["continue operating", "operating"],
  ["continue to operate", "operating"],
  ["continues to operate", "operating"],
  ["put on hold", "shelved"],
  ["on hold", "shelved"],
  ["paused", "shelved"],
  ["slowed work", "shelved"],
  ["slowed construction", "shelved"],
  ["pause", "shelved"],
  ["pausing", "shelved"],
  ["suspended", "shelved"],
  ["suspend", "shelved"],
  ["suspends", "shelved"],
  ["halted", "shelved"],
  ["has stopped", "shelved"],
  ["have stopped", "shelved"],
  ["has also stopped", "shelved"],
  ["halt", "shelved"],
  ["halts", "shelved"],
  ["mothballed", "shelved"],
  ["mothball", "shelved"],
  ["shelved", "shelved"],
  ["shelve", "shelved"],
  ["shelves", "shelved"],
  ["shelving", "shelved"],
  ["delay", "shelved"],
  ["delays", "shelved"],
  ["delayed", "shelved"],
  ["delaying", "shelved"],
  ["pauses", "shelved"],
  ["suspending", "shelved"],
  ["halting", "shelved"],
  ["deferring", "shelved"],
  ["postponing", "shelved"],
  ["mothballing", "shelved"],
  ["deferred", "shelved"],
  ["defer", "shelved"],
  ["postponed", "shelved"],
  ["postpone", "shelved"],
  ["care and maintenance", "shelved"],
  ["idled", "shelved"],
  ["froze", "shelved"],
  ["frozen", "shelved"],
  ["cancelled", "cancelled"],
  ["canceled", "cancelled"],
  ["cancel", "cancelled"],
  ["cancels", "cancelled"],
  ["cancellation", "cancelled"],
  ["scrapped", "cancelled"],
  ["scrap the", "cancelled"],
  ["scrap its", "cancelled"],
  ["scrap plans", "cancelled"],
  ["scrap a", "cancelled"],
  ["scraps", "cancelled"],
  ["scrapping", "cancelled"],
  ["cancelling", "cancelled"],
  ["canceling", "cancelled"],
  ["abandoning", "cancelled"],
  ["abandoned", "cancelled"],
  ["abandon", "cancelled"],
  ["terminated", "cancelled"],
  ["terminate", "cancelled"],
  ["terminates", "cancelled"],
  ["termination", "cancelled"],
  ["withdrew", "cancelled"],
  ["withdrawn", "cancelled"],
  ["dropped plans", "cancelled"],
  ["axed", "cancelled"],
  ["pulled out", "cancelled"],
  ["pulled the plug", "cancelled"],
  ["collapsed", "cancelled"],
  ["went into administration", "cancelled"],
  ["entered administration", "cancelled"],
  ["filed for bankruptcy", "cancelled"],
];

/** Words that make the following status cue a plan, not a fact: "will start construction". */
export const FUTURE_WORDS = words(`
  will would to shall expected expects expect slated scheduled set plans plan planned aims aim
  aiming intends intend could may might should can hopes targets targeting due going
`);

/** Words that deny a cue: "has not started construction". */
export const NEGATIONS = words(`not no never without yet`);

/** Words that make a clause a possibility, not an announcement. */
export const HEDGES = words(
  `potentially potential possible possibly could might may would if whether`
);

/** Phases: "phase 1", "the first phase", "train 2", "stage one". */
export const PHASE_WORDS = words(`phase phases stage stages train trains module modules`);
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    i: 1,
    ii: 2,
    iii: 3,
    iv: 4,
    v: 5,
    initial: 1,
  })
);

/** What carmakers make: "for Honda and Acura EVs", "built 370,000 vehicles". */
export const VEHICLE_NOUNS = words(`evs vehicles cars models suvs trucks pickups buses minivans`);

/** Days of the week, in the order of Date's getUTCDay: "on Thursday" dates a statement; "Friday" is no name. */
export const WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];
export const DAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  })
);
