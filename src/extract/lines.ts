/**
 * Stage 9: joining. The mentions of each sentence become draft lines: a capacity with the company
 * that builds it ("to be developed by X", the sentence's subject, the company the article was
 * talking about), its material, place, status and phase; a plant announced without a tonnage;
 * a total over many companies as an aggregate. What a sentence leaves out (the company behind
 * "it", the place of "the project") comes from the sentences before it.
 */
import { MaterialNode, MaterialTaxonomy } from "../core/material";
import { Gazetteer, PlaceNode } from "../core/place";
import { Status } from "../core/status";
import { CompanyEntity, CompanyMention, pastMark } from "./companies";
import {
  AGGREGATE_WORDS,
  CONTINENTS,
  FACILITY_NOUNS,
  HEDGES,
  LEGAL_FORMS,
  PERSON_TITLES,
  ORDINALS,
  VEHICLE_NOUNS,
  PHASE_WORDS,
  PLANT_PLURALS,
  NAMED_MATERIALS,
  PRODUCER_PLURALS,
  PRODUCTION_NOUNS,
  TOTAL_WORDS,
} from "./lexicon";
import { MaterialMention, oneKind } from "./materials";
import { PlaceMention } from "./places";
import { NUMBER_WORDS, Quantity } from "./quantities";
import { Sentence } from "./sentences";
import { statusAt, StatusCue } from "./status";
import { Kind, Token } from "./tokens";

/** What the stages found in one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  quantities: Quantity[];
  capacities: Quantity[];
  companies: CompanyMention[];
  materials: MaterialMention[];
  places: PlaceMention[];
  cues: StatusCue[];
  /** a row of a table with a capacity column: its company is the report's, when it names none */
  tableRow?: boolean;
}

export interface PlaceChoice {
  node: PlaceNode;
  /** a city the gazetteer does not hold, inside node */
  named: string | null;
  /** a site the gazetteer does not hold, inside node (or inside named) */
  site: string | null;
}

export interface Draft {
  /** the companies behind the line: one, or the partners of a joint venture */
  companies: CompanyEntity[];
  /** set for aggregates: "Baotou companies (aggregate)" */
  label: string | null;
  material: MaterialNode | null;
  quantity: Quantity | null;
  place: PlaceChoice | null;
  status: Status;
  kind: "line" | "aggregate";
  phase: string | null;
  sentence: Sentence;
  /** a plant the sentence tells apart from the tonnage beside it ("and it would defer a planned hydroxide plant") */
  distinct?: boolean;
  /** the material is only what the company's name says ("Atlas Lithium") */
  guessed?: boolean;
  /** the place is only where the article was filed (its dateline): any plant the text places says more */
  weakPlace?: boolean;
  /** a table's row: its material is its own cell's or none, never a neighbour's */
  row?: boolean;
}

const norm = (tokens: readonly Token[], i: number): string => tokens[i]?.norm ?? "";

/** What the sentences before the current one established. */
interface Discourse {
  focus: CompanyEntity | null;
  /** the focus with the companies that acted together with it ("Wesfarmers and SQM confirmed …") */
  focusGroup: CompanyEntity[];
  /** sentences since the focus was last named */
  focusAge: number;
  place: PlaceChoice | null;
  placeAge: number;
  status: Status | null;
  material: MaterialNode | null;
  /** the distinct places the last sentence located things in, for "the two sites … each" */
  sites: PlaceChoice[];
  /** the company whose plant the last sentence named ("LG Energy Solution's plant in …") */
  plantOwner: CompanyEntity | null;
  /** the last sentence counted projects of no company ("the city newly started 12 projects") */
  countedProjects: boolean;
}

export class Assembler {
  private readonly d: Discourse = {
    focusGroup: [],
    focus: null,
    focusAge: 99,
    place: null,
    placeAge: 99,
    status: null,
    material: null,
    sites: [],
    plantOwner: null,
    countedProjects: false,
  };
  readonly drafts: Draft[] = [];
  /** where each company's lines are, for its later lines that name no place */
  private readonly companyPlace = new Map<CompanyEntity, PlaceChoice>();
  /** the ventures the text named with their partners */
  private readonly ventures: CompanyEntity[] = [];
  /** what each company's lines make, for its plants the text names without a product */
  private readonly companyMaterial = new Map<CompanyEntity, MaterialNode>();

  constructor(
    private readonly places: Gazetteer,
    /** the material of a line in GWh that names none */
    private readonly cells: MaterialNode | null,
    private readonly materials: MaterialTaxonomy
  ) {}

  /** "SANTIAGO, Chile, May 31 —": where the article was filed, the place of last resort */
  private dateline: PlaceChoice | null = null;

  read(f: SentenceFacts): void {
    if (f.sentence.index < 6 && this.dateline === null) this.dateline = this.datelineOf(f);
    const before = this.drafts.length;
    // a headline below the article's title is a link to another story ("Related: …")
    const elsewhere = f.sentence.headline && f.sentence.index > 2 && !shouted(f.sentence.tokens);
    if (f.capacities.length > 0 && !elsewhere) {
      this.capacityLines(f);
      this.otherFacilities(f, before);
    }
    if (!f.sentence.title) this.sameSizeLine(f);
    if (this.drafts.length === before && !f.sentence.title) this.undisclosedLine(f);
    if (this.drafts.length === before && !f.sentence.headline) this.locateLastLine(f);
    this.remember(f);
    // what the sentence's lines make, before the feed it names ("… fed with spodumene concentrate")
    const made = this.drafts[this.drafts.length - 1];
    if (this.drafts.length > before && made.material && !f.sentence.title)
      this.d.material = made.material;
    // the plant the sentence told of is what "the partners", "it", "the project" go on about
    const last = this.drafts[this.drafts.length - 1];
    if (
      this.drafts.length > before &&
      last.kind === "line" &&
      last.companies.length > 0 &&
      !f.sentence.title
    ) {
      this.d.focus = last.companies[0];
      this.d.focusGroup = last.companies;
      this.d.focusAge = 0;
    }
  }

  // ---- capacity lines ------------------------------------------------------------------

  private capacityLines(f: SentenceFacts): void {
    const { tokens } = f.sentence;
    // "… newly started 12 projects. After completion, these projects will add 15万吨": their sum
    const theirSum =
      this.d.countedProjects &&
      f.companies.length === 0 &&
      tokens.some(
        (t, k) => /^(these|those)$/.test(t.norm) && PLANT_PLURALS.has(norm(tokens, k + 1))
      ) &&
      tokens.some((t) => /^(add|adds|total|totals|combined)$/.test(t.norm));
    const aggregateSentence = theirSum || isAggregateSentence(tokens, f, this.places);
    for (const q of f.capacities) {
      const place = this.placeFor(f, q.from, q.to);
      const aggregate = aggregateSentence || this.isPlaceTotal(f, q);
      let companies: CompanyEntity[] = [];
      let inferred = false;
      if (!aggregate) {
        companies = companyFor(f, q);
        // "In 2021 the country had one HPAL plant …", "Europe announced 1,000 GWh of projects":
        // a place's own tally, not the last company's plant
        if (companies.length === 0 && f.companies.length === 0 && placeIsSubject(f)) continue;
        // '"A 5 GWh line that runs well is worth more than a 20 GWh announcement."': a quote
        // that names neither company nor place muses; it announces nothing
        if (
          companies.length === 0 &&
          inQuote(tokens, q.from) &&
          !quotedProjectTitle(tokens, q.to) &&
          !f.places.some((p) => p.locative) &&
          !tokens.some((t) => /^(we|our|us)$/.test(t.norm)) &&
          // ('"Phase I of 20,000 tons was put into production …"': a phase of the plant told of)
          phaseNear(tokens, q) === null &&
          // ("When the facility is completed, 10,000 tons will be produced": its plant)
          !(
            tokens.some((t) => /^(will|when|once)$/.test(t.norm)) &&
            tokens.some((t, k) => t.norm !== "line" && isFacilityNoun(tokens, k))
          )
        )
          continue;
        // "Kathleen Valley … is designed to yield 500,000 t": the company whose plant the text
        // placed there, before the company it talked of last
        const owner = companies.length === 0 ? this.ownerOfPlace(f) : null;
        if (owner) companies = [owner];
        // "… thanks to LG Energy Solution's plant near Wrocław. That factory … has 86 GWh"
        if (companies.length === 0 && this.d.plantOwner && refersBack(tokens))
          companies = [this.d.plantOwner];
        if (companies.length === 0 && !f.sentence.headline && !f.tableRow && this.d.focus) {
          // "the group's Changting plant", said of a unit's parent
          const parent = this.d.focus.parent;
          companies =
            parent && /\bthe group\b|\bits parent\b/i.test(sentenceText(f))
              ? [parent]
              : this.d.focusGroup;
          inferred = true;
          // "It is also constructing a 40 GWh plant in Ohio with Honda Motor": it and Honda
          const partner = withPartner(f, q);
          if (partner && !companies.includes(partner)) companies = [...companies, partner];
        }
      }
      // "… has attracted several projects, such as the 20 GWh gigafactory of Gotion in Kenitra",
      // "near several cell factories, including LG Energy Solution's Wrocław plant": others'
      // plants given as examples, not the article's lines
      const example = exampleOwner(f, q.from, q.to);
      if (example && !this.d.focusGroup.includes(example)) continue;
      const material = this.materialFor(f, q);
      // a sentence that names no place and no company of its own continues the one before it
      const continues = inferred && !f.places.some((p) => p.locative) && this.d.focusAge <= 1;
      const status =
        q.role === "existing"
          ? "operating"
          : (statusAt(f.cues, q.from) ??
            (continues && this.d.status ? this.d.status : "announced"));
      // "… a refinery at Kwinana. The refinery is designed to produce …": the plant just placed
      const justPlaced = this.d.placeAge === 0 && refersBack(tokens) ? this.d.place : null;
      const resolvedPlace =
        place ??
        justPlaced ??
        (companies[0] ? this.companyPlace.get(companies[0]) : undefined) ??
        // (a table's row is read apart from the prose before it: a place told there is no cell's)
        (this.d.placeAge <= 4 && !f.tableRow ? this.d.place : null) ??
        this.dateline;
      const phase =
        q.role === "expansion"
          ? "expansion"
          : q.role === "existing"
            ? "existing"
            : phaseNear(tokens, q);
      const draft: Draft = {
        companies,
        label: aggregate ? aggregateLabel(resolvedPlace) : null,
        material,
        quantity: q,
        place: resolvedPlace ?? null,
        status,
        kind: aggregate ? "aggregate" : "line",
        phase,
        sentence: f.sentence,
        weakPlace: this.onlyDateline(f, resolvedPlace),
        row: f.tableRow,
      };
      const copies = eachCount(tokens, q);
      const parts = copies > 1 ? 1 : equalParts(tokens, q);
      // "each meant to reach 40 GWh": the size of each plant, not a total one grows to
      if (copies > 1 && q.target) draft.quantity = { ...q, target: false, total: false };
      // "… plants in Kaiserslautern, Germany, and Termoli, Italy. The two sites were each meant
      // to reach 40 GWh": one line at each site the sentence before named
      // ("Both plants …: Kaiserslautern, …, and Termoli, …, were each to reach 40 GWh": the
      // sites this sentence names)
      const own = copies > 1 ? this.namedSites(f) : [];
      const sites =
        copies > 1 && subjects(f.companies).length === 0
          ? own.length === copies
            ? own
            : this.d.sites.length === copies
              ? this.d.sites
              : null
          : null;
      if (sites) {
        draft.kind = "line";
        draft.label = null;
        draft.companies = this.d.focusGroup;
        draft.status = this.d.status ?? draft.status;
        for (const site of sites) this.drafts.push({ ...draft, place: site });
      } else if (copies > 1 && !aggregate) {
        // "the optimal line size to be 12,500 tpa and … two stages of 12,500 tpa each": the size
        // told once before the stages is theirs
        const told = this.drafts.findIndex(
          (d) =>
            d.sentence === f.sentence &&
            d.quantity?.value === q.value &&
            d.quantity?.unit === q.unit &&
            d.phase === null
        );
        if (told >= 0) this.drafts.splice(told, 1);
        for (let n = 1; n <= copies; n++) this.drafts.push({ ...draft, phase: `phase ${n}` });
      } else if (parts > 1 && !aggregate) {
        // each part at its own stage: "the first phase was completed, … the second put on hold"
        const part = { ...q, value: q.value / parts, perYear: q.perYear / parts };
        for (let n = 1; n <= parts; n++) {
          const at = ordinalPhaseAt(tokens, n, q.to);
          const next = ordinalPhaseAt(tokens, n + 1, q.to);
          const own = f.cues.filter((c) => c.from > at && (next < 0 || c.from < next));
          const stated = at < 0 ? null : statusAt(own, at);
          this.drafts.push({
            ...draft,
            quantity: part,
            phase: `phase ${n}`,
            status: stated ?? status,
          });
        }
      } else this.drafts.push(draft);
      if (companies[0] && resolvedPlace) this.companyPlace.set(companies[0], resolvedPlace);
      if (companies[0] && material) this.companyMaterial.set(companies[0], material);
    }
  }

  /** Whether a line's place is only the dateline's ("SANTIAGO, Nov 18 (Reuters) - SQM said …"). */
  private onlyDateline(f: SentenceFacts, place: PlaceChoice | null): boolean {
    if (!place || !this.dateline || place.node.id !== this.dateline.node.id) return false;
    return !f.places.some((p) => p.locative && p.node.id === place.node.id);
  }

  /** The one company whose plant the text already placed at a site or town this sentence names. */
  private ownerOfPlace(f: SentenceFacts): CompanyEntity | null {
    let found: CompanyEntity | null = null;
    for (const p of f.places) {
      if (p.node.kind !== "site" && p.node.kind !== "city") continue;
      for (const [company, place] of this.companyPlace) {
        if (place.node.id !== p.node.id || company === found) continue;
        if (found) return null;
        found = company;
      }
    }
    return found;
  }

  /** "Indonesia's HPAL capacity reached …" with no company named: a total for the place. */
  private isPlaceTotal(f: SentenceFacts, q: Quantity): boolean {
    if (f.companies.length > 0) return false;
    const { tokens } = f.sentence;
    const owner = f.places.find(
      (p) =>
        p.possessive &&
        p.to <= q.from &&
        q.from - p.to <= 10 &&
        !p.demonym &&
        isWide(this.places, p)
    );
    if (!owner) return false;
    for (let k = owner.to; k < q.from; k++) if (/^capacit/.test(norm(tokens, k))) return true;
    return false;
  }

  private materialFor(f: SentenceFacts, q: Quantity): MaterialNode | null {
    // (tonnes are of a material, never of cells: "3万吨/年 lithium battery anode material")
    // ("offtake agreements with precursor producers in Europe": other makers' product, not this)
    const tokens = f.sentence.tokens;
    const ms = f.materials.filter(
      (m) =>
        (q.measure !== "mass" || m.node.measure !== "energy") &&
        !PRODUCER_PLURALS.has(tokens[m.to]?.norm ?? "") &&
        !/^(customers|buyers|users|consumers)$/.test(tokens[m.to]?.norm ?? "")
    );
    // "| CBMM | Araxá, Brazil | Niobium oxide | 3,000 t/yr |": a row names its own product or none
    // (a row's GWh are cells when it names none)
    // ("| 20 GWh lithium-ion power battery |": cells, whatever chemistry the cell names)
    if (f.tableRow && q.measure === "energy")
      return (
        nearest(
          ms.filter((m) => m.node.measure === "energy"),
          q.from
        )?.node ?? this.cells
      );
    if (f.tableRow) return nearest(ms, q.from)?.node ?? null;
    // (in the quantity's clause: "… of 40,000 tonnes; Phase II covers a … lithium carbonate")
    const before = [...ms].reverse().find((m) => m.to <= q.from && q.from - m.to <= 8 && !m.vague);
    // (… and not past an "and" when one is told before it: "raise the copper capacity from
    // 1万吨 to 3万吨 and the cobalt hydroxide capacity from …")
    const after = ms.find(
      (m) =>
        m.from >= q.to &&
        m.from - q.to <= 6 &&
        !m.vague &&
        !f.sentence.tokens
          .slice(q.to, m.from)
          .some(
            (t) => t.text === ";" || (before !== undefined && /^(and|while|whereas)$/.test(t.norm))
          )
    );
    const anyClear = nearest(
      ms.filter((m) => !m.vague),
      q.from
    );
    const anyVague = nearest(ms, q.from);
    // a product named far from the figure ("… citing tighter availability of spodumene feed") is
    // less likely its product than the one the text was talking about
    const far =
      anyClear && Math.min(Math.abs(anyClear.from - q.to), Math.abs(q.from - anyClear.to)) > 12;
    let chosen =
      (after ?? before ?? (far && this.d.material ? null : anyClear) ?? null)?.node ??
      (far ? this.d.material : null) ??
      anyVague?.node ??
      null;
    if (q.measure === "energy") {
      if (q.basis === "battery-equivalent") {
        // "lithium hydroxide for 50 GWh of batteries": the material, not the cells
        const mass = nearest(
          ms.filter((m) => m.node.measure === "mass" && !m.vague),
          q.from
        )?.node;
        return mass ?? (this.d.material?.measure === "mass" ? this.d.material : chosen);
      }
      if (chosen?.measure !== "energy") {
        chosen = f.materials.find((m) => m.node.measure === "energy")?.node ?? this.cells;
      }
      return chosen;
    }
    // tonnes are never of cells: "… the anode side of lithium-ion cells" names a customer's product
    const mass = (m: MaterialNode | null) => (m?.measure === "energy" ? null : m);
    return mass(chosen) ?? mass(this.d.material);
  }

  /**
   * "… and a second line of the same size", "A second train of the same size is under study",
   * "A second train would add the same amount again": another line as big as the last one told.
   */
  private sameSizeLine(f: SentenceFacts): void {
    const { tokens } = f.sentence;
    for (let k = 0; k < tokens.length; k++) {
      const n = ORDINALS.get(tokens[k].norm) ?? (tokens[k].norm === "another" ? 2 : undefined);
      if (n === undefined || n < 2) continue;
      let same = -1;
      for (let j = k + 1; j < Math.min(tokens.length - 1, k + 9); j++) {
        // ("A second train would add the same amount again")
        if (
          /^(same|equal|similar|identical)$/.test(tokens[j].norm) &&
          /^(size|capacity|scale|amount|volume|output)$/.test(tokens[j + 1].norm)
        )
          same = j;
      }
      if (same < 0) continue;
      // "… and a second train of the same size would double the facility to 130,000 t": the
      // sentence goes on to say what the second train makes
      if (f.capacities.some((q) => q.from > same)) return;
      const base = [...this.drafts]
        .reverse()
        .find(
          (d) =>
            d.quantity && d.kind === "line" && (d.sentence !== f.sentence || d.quantity.to <= k)
        );
      if (!base) return;
      // the status of the new line: a cue after the tonnage it copies, if any, else a plan
      const after = f.cues.filter(
        (c) => base.sentence !== f.sentence || c.from > base.quantity!.to
      );
      if (base.phase === null) base.phase = "phase 1";
      this.drafts.push({
        ...base,
        phase: `phase ${n}`,
        status: statusAt(after, k) ?? "announced",
        sentence: f.sentence,
      });
      return;
    }
  }

  // ---- lines without a tonnage ---------------------------------------------------------

  /** "Atlas Lithium", "Syrah Graphite": what a company's name says it makes. */
  private namedMaterial(e: CompanyEntity): MaterialNode | null {
    for (const word of e.forms[0] ?? []) {
      if (!NAMED_MATERIALS.has(word)) continue;
      const node = this.materials.find(word);
      if (node) return node;
    }
    return null;
  }

  private undisclosedLine(f: SentenceFacts): void {
    const { tokens } = f.sentence;
    const anchor = facilityAnchor(tokens, f.cues, f.places);
    // a plant without a tonnage in a quote is talk ("an ESS line tells you …"), not news
    if (anchor < 0 || inQuote(tokens, anchor)) return;
    // "Its raw material supply comes partly from the Sabi Star lithium-tantalum mine": a source
    if (feedSource(tokens, anchor)) return;
    // "The company is also expanding the concentration plant at its mine": the plant exists
    const status =
      statusAt(f.cues, anchor) ??
      (tokens.some((t) => /^(expanding|expands|expanded|upgrading)$/.test(t.norm))
        ? "operating"
        : fundedPlant(tokens, anchor)
          ? "announced"
          : ownedPlant(f, anchor)
            ? "operating"
            : null);
    if (status === null) return;
    if (hedged(tokens) && status !== "talks") return;
    // "The company, which supplies GM, said its plant in Holland …": the company the article is
    // about opens the sentence, before any company it names
    const opener =
      this.d.focus && this.d.focusAge <= 4 && (f.companies[0]?.from ?? 99) > 1
        ? referenceAt(tokens)
        : -1;
    const apposed = f.companies.find((m) => m.to <= anchor && namedVenture(tokens, m.to));
    let companies =
      opener >= 0 && this.d.focus
        ? [this.d.focus]
        : apposed
          ? [apposed.entity]
          : subjects(f.companies);
    // "The 50-50 joint venture will invest … in the plant": the venture of the companies just told
    const venture =
      companies.length === 0 && this.d.focusGroup.length > 1 && unnamedVenture(tokens);
    if (venture) companies = this.d.focusGroup;
    // "… largely thanks to LG Energy Solution's plant near Wrocław": the plant is its owner's
    const owner = f.companies.find((m) => m.possessive && m.to <= anchor && anchor - m.to <= 6);
    // "… follows other investments in the state, including Westwin Elements' nickel refinery": an
    // example of others' plants, no line of the article's
    const example = exampleOwner(f, anchor, anchor + 1);
    if (example && !this.d.focusGroup.includes(example)) return;
    if (companies.length === 0 && owner) companies = [owner.entity];
    if (companies.length === 0) {
      if (!this.d.focus || this.d.focusAge > 2) return;
      // "Several Chinese anode and cathode makers are building plants in Morocco": many, unnamed
      // (but "the two companies will establish a joint venture to build" are the ones named)
      const unnamed = (k: number) =>
        PRODUCER_PLURALS.has(tokens[k].norm) &&
        !tokens
          .slice(Math.max(0, k - 3), k)
          .some((t) => /^(the|both|two|these|those|its|their)$/.test(t.norm));
      if (tokens.slice(0, anchor).some((_, k) => unnamed(k))) return;
      companies = [this.d.focus];
    }
    // a plant of a company whose lines the article has told makes what they make
    // ("Viridis and IonicRE will study a refinery": whichever partner's lines were told)
    const told =
      materialNear(f.materials, anchor) ??
      companies.map((c) => this.companyMaterial.get(c)).find((m) => m !== undefined) ??
      (this.d.focusAge <= 1 ? this.d.material : null);
    // (what a name says is a guess: no line of the company's is told by it, and any tonnage of
    // the company's covers the plant)
    const material = told ?? this.namedMaterial(companies[0]);
    if (!material) return;
    // "The Figueruelas factory makes the Opel Corsa and built 370,000 vehicles": a car plant
    if (materialNear(f.materials, anchor) === null && tokens.some((t) => VEHICLE_NOUNS.has(t.norm)))
      return;
    // "Samsung SDI's plant at Göd …, while SK On runs a factory in Komárom and a newer plant at
    // Iváncsa": with several companies, each place is the plant of the company named before it
    const owners = f.companies.filter(
      (m) => m.role === "subject" || m.role === "agent" || m.possessive
    );
    if (opener >= 0 && this.d.focus)
      owners.unshift({
        entity: this.d.focus,
        from: opener,
        to: opener + 1,
        role: "subject",
        possessive: false,
      });
    // (a named venture and the partners its aside names are one owner)
    const several = !apposed && new Set(owners.map((m) => m.entity)).size > 1;
    const chains = this.chainsOf(f);
    const places: Array<[PlaceChoice, number]> =
      chains.length > 0
        ? chains.map((c) => [this.deepest(c), c[0].from])
        : this.placesOf(f).map((p) => [p, anchor]);
    // "The company also runs cell plants in Poland, China and Indonesia": a footprint, not plants
    const countries = places.filter(([p]) => p.node.kind === "country" && !p.named && !p.site);
    if (countries.length >= 3 || this.listedPlaces(f) >= 3) return;
    for (const [place, at] of places) {
      // the subject before the place, past an aside ("QMB, led by China's GEM, operates …")
      const before = several ? owners.filter((m) => m.to <= at).reverse() : [];
      const owner = before.find((m) => m.role === "subject") ?? before[0];
      // "Group14 and Sila, both of which plan plants in Moses Lake": a plant of each
      const both = owner ? coordinatedWith(tokens, before, owner) : [];
      if (both.length > 1 && places.length === 1 && PLANT_PLURALS.has(norm(tokens, anchor))) {
        for (const m of both)
          this.drafts.push({
            companies: [m.entity],
            label: null,
            material: materialNear(f.materials, at) ?? material,
            quantity: null,
            place,
            status: statusAt(f.cues, at) ?? status,
            kind: "line",
            phase: null,
            sentence: f.sentence,
          });
        continue;
      }
      const made: MaterialNode = several
        ? (materialNear(f.materials, at) ??
          (owner ? this.companyMaterial.get(owner.entity) : undefined) ??
          material)
        : material;
      // "Stellantis NV and CATL will build a battery factory in Spain": the two build it together
      const builders = venture
        ? companies
        : both.length > 1 && places.length === 1
          ? both.map((m) => m.entity)
          : owner
            ? [owner.entity]
            : companies;
      const guessed = !told && made === material;
      if (!this.companyMaterial.has(builders[0]) && !guessed)
        this.companyMaterial.set(builders[0], made);
      this.drafts.push({
        companies: builders,
        label: null,
        material: made,
        quantity: null,
        place,
        status: several ? (statusAt(f.cues, at) ?? status) : status,
        kind: "line",
        phase: null,
        sentence: f.sentence,
        guessed,
      });
    }
  }

  /**
   * "… is expanding its Malaysian plant to 10,500 t, and construction of its Seadrift facility in
   * Texas is under way": a facility far from the sentence's tonnages, in a place of its own.
   */
  private otherFacilities(f: SentenceFacts, firstDraft: number): void {
    const { tokens } = f.sentence;
    const lines = this.drafts.slice(firstDraft);
    // each tonnage's own plant: the facility noun nearest it ("a 50,000-tonne-a-year anode
    // plant"); another one near it is another plant ("makes anode material at its plant in
    // Karnataka and has announced a 50,000-tonne-a-year anode plant in North Carolina")
    const own = new Set<number>();
    for (const q of f.capacities) {
      // (a noun after the figure is nearer than one as far before it)
      const distance = (k: number) => (k >= q.to ? k - q.to : q.from - k + 1);
      let best = -1;
      for (let k = Math.max(0, q.from - 8); k < Math.min(tokens.length, q.to + 9); k++)
        if (isFacilityNoun(tokens, k) && (best < 0 || distance(k) < distance(best))) best = k;
      if (best >= 0) own.add(best);
    }
    for (let k = 0; k < tokens.length; k++) {
      if (!isFacilityNoun(tokens, k) || otherIndustry(tokens, k)) continue;
      // (near a tonnage, a noun joined to it by no "and" is the same plant told again)
      const joined = (q: Quantity) => {
        if (Math.abs(q.from - k) > 8 && Math.abs(q.to - k) > 8) return false;
        const [a, b] = k < q.from ? [k, q.from] : [q.to, k];
        return !tokens.slice(a, b).some((t) => t.norm === "and" || t.text === ";");
      };
      if (own.has(k) || f.capacities.some(joined)) continue;
      const near = f.places.filter(
        (p) => p.locative && (!p.demonym || p.locative) && p.from > k && p.from - k <= 6
      );
      // "bases in Xiangtan, Hunan and in Guiyang, Guizhou": the list goes on
      for (const p of f.places) {
        const last = near[near.length - 1];
        if (!last || p.from < last.to || near.includes(p)) continue;
        const gap = tokens.slice(last.to, p.from).map((t) => t.norm);
        if (gap.length <= 3 && gap.every((w) => /^(,|and|in|at|the)$/.test(w))) near.push(p);
      }
      if (near.length === 0) {
        this.sameSiteProduct(f, k, lines);
        continue;
      }
      // "operates cathode plants in Pohang and Ochang": a plant in each place of the list
      const chains: PlaceMention[][] = [];
      for (const p of near) {
        const last = chains[chains.length - 1]?.[chains[chains.length - 1].length - 1];
        if (last && this.related(p.node, last.node) && p.from - last.to <= 3)
          chains[chains.length - 1].push(p);
        else chains.push([p]);
      }
      const status = statusAt(f.cues, k);
      // another plant of the line's company: none when the line is a total over many
      if (lines.length === 0 || lines[0].kind !== "line" || lines[0].companies.length === 0)
        continue;
      // "its existing bases in Xiangtan, Hunan … are operating normally": the sentence's product
      const material =
        materialNear(
          f.materials.filter((m) => Math.abs(m.from - k) <= 6),
          k
        ) ?? (f.materials.length === 0 ? lines[0].material : null);
      if (!status || !material) continue;
      let added = false;
      for (const chain of chains) {
        const place = this.deepest(chain);
        if (lines.some((d) => d.place && this.related(d.place.node, place.node))) continue;
        this.drafts.push({
          ...lines[0],
          material,
          quantity: null,
          place,
          status,
          phase: null,
          kind: "line",
          label: null,
        });
        added = true;
      }
      if (added) return;
    }
  }

  /**
   * "… had ramped up to 500 ktpa of spodumene concentrate, and it would defer a planned lithium
   * hydroxide plant": another product's plant at the same place, with a status of its own.
   */
  private sameSiteProduct(f: SentenceFacts, k: number, lines: readonly Draft[]): void {
    const line = lines[0];
    if (!line || !line.place || line.kind !== "line" || line.companies.length === 0) return;
    if (lines.some((d) => d.sentence === f.sentence && !d.quantity)) return;
    const made = f.materials.filter((m) => m.to <= k && k - m.to <= 1 && !m.vague);
    const material = made[made.length - 1]?.node;
    if (!material || lines.some((d) => d.material && oneKind(this.materials, d.material, material)))
      return;
    const cue = f.cues.find((c) => Math.abs(c.from - k) <= 8 && !c.future);
    if (!cue) return;
    this.drafts.push({
      ...line,
      material,
      quantity: null,
      status: cue.status,
      phase: null,
      kind: "line",
      label: null,
      distinct: true,
    });
  }

  /** The place mentions that say where something is: "in X", not "X-based", nor outside the clause. */
  private located(f: SentenceFacts): PlaceMention[] {
    return f.places.filter(
      (p) =>
        (p.locative || this.placeOfPlant(f, p)) &&
        !p.headquarters &&
        !outside(f.sentence.tokens, p) &&
        !destination(f.sentence.tokens, p)
    );
  }

  /** "Vale's Long Harbour plant in Newfoundland": a plant named after the place it is in. */
  private placeOfPlant(f: SentenceFacts, p: PlaceMention): boolean {
    const then = placeAfterPlant(f, p);
    return then !== undefined && this.places.contains(then.node.id, p.node.id);
  }

  /** The places a sentence locates something in, each with the mentions that name it. */
  /**
   * The longest list of places the sentence gives ("bases in Shenzhen, Hefei, Changzhou, Nantong
   * and Foshan"): a company's footprint when it runs to three, not plants of their own. A place
   * told more closely ("Smyrna, Tennessee, and Bowling Green, Kentucky") is one item.
   */
  private listedPlaces(f: SentenceFacts): number {
    const { tokens } = f.sentence;
    const sorted = f.places.filter((p) => !p.site).sort((a, b) => a.from - b.from);
    let longest = sorted.length > 0 ? 1 : 0;
    let run = 1;
    for (let i = 1; i < sorted.length; i++) {
      const gap = tokens.slice(sorted[i - 1].to, sorted[i].from);
      const listed =
        gap.length > 0 && gap.length <= 2 && gap.every((t) => /^(,|and|&)$/.test(t.norm));
      if (listed && this.places.contains(sorted[i].node.id, sorted[i - 1].node.id)) continue;
      run = listed ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private chainsOf(f: SentenceFacts): PlaceMention[][] {
    const candidates = this.located(f);
    // a chain is one place told more and more closely: "Weda Bay, Central Halmahera"; a place
    // further on is another plant's, unless it only repeats a wider one ("… in Indonesia")
    const chains: PlaceMention[][] = [];
    for (const p of candidates) {
      const chain = chains.find((c) => {
        const last = c[c.length - 1];
        return this.related(p.node, last.node) && p.from - last.to <= 3;
      });
      if (chain) chain.push(p);
      else chains.push([p]);
    }
    const deepest = chains.map((c) => this.deepest(c));
    return chains.filter((c, i) =>
      deepest.every(
        (o, j) =>
          j === i ||
          !this.places.contains(deepest[i].node.id, o.node.id) ||
          this.depth(o) <= this.depth(deepest[i])
      )
    );
  }

  /** The towns and sites a sentence names, each once with its widest mentions folded in. */
  private namedSites(f: SentenceFacts): PlaceChoice[] {
    return this.distinctPlaces(f.places.filter((p) => !p.demonym && !p.headquarters)).filter(
      (p) => p.node.kind !== "country"
    );
  }

  /** Mentions of one place folded together ("Weda Bay, North Maluku"), each place at its deepest. */
  private distinctPlaces(mentions: readonly PlaceMention[]): PlaceChoice[] {
    const chains: PlaceMention[][] = [];
    for (const p of mentions) {
      const chain = chains.find((c) => c.some((q) => this.related(p.node, q.node)));
      if (chain) chain.push(p);
      else chains.push([p]);
    }
    return chains.map((c) => this.deepest(c));
  }

  /** Every distinct place a sentence locates something in: "in Kaiserslautern, Germany, and Termoli, Italy". */
  private placesOf(f: SentenceFacts): PlaceChoice[] {
    const found = this.distinctPlaces(this.located(f));
    if (found.length === 0) {
      const country = this.theCountry(f) ?? this.theTown(f);
      if (country) found.push(country);
    }
    return found;
  }

  // ---- places --------------------------------------------------------------------------

  private related(a: PlaceNode, b: PlaceNode): boolean {
    return this.places.contains(a.id, b.id) || this.places.contains(b.id, a.id);
  }

  private depth(p: PlaceMention | PlaceChoice): number {
    return this.places.depth(p.node.id) + (p.named ? 1 : 0) + (p.site ? 2 : 0);
  }

  private deepest(chain: readonly PlaceMention[]): PlaceChoice {
    let best = chain[0];
    for (const p of chain) if (this.depth(p) > this.depth(best)) best = p;
    return { node: best.node, named: best.named, site: best.site };
  }

  /** The place of a quantity: the nearest place stated as a location, made as specific as the sentence allows. */
  private placeFor(f: SentenceFacts, from: number, to: number): PlaceChoice | null {
    // "China's EVE Energy is building …", "with Lygend Resources of China": the company's home
    const home = (p: PlaceMention) =>
      (p.possessive && f.companies.some((c) => c.from === p.to + 2)) ||
      (norm(f.sentence.tokens, p.from - 1) === "of" &&
        f.companies.some((c) => c.to === p.from - 1));
    const usable = f.places.filter(
      (p) =>
        !p.headquarters &&
        (!p.demonym || p.locative) &&
        !outside(f.sentence.tokens, p) &&
        !home(p) &&
        !namesPlant(f, p, this.places) &&
        !destination(f.sentence.tokens, p)
    );
    if (usable.length === 0) return this.theCountry(f);
    // "the Zhangjiagang base has an annual capacity of …": the place that names the plant
    const locatives = usable.filter(
      (p) => p.locative || (!p.demonym && isFacilityNoun(f.sentence.tokens, p.to))
    );
    const pool = locatives.length > 0 ? locatives : usable;
    let anchor = pool[0];
    let best = Infinity;
    for (const p of pool) {
      const d = p.from >= to ? p.from - to : from - p.to + 2;
      if (d < best) {
        best = d;
        anchor = p;
      }
    }
    return this.deepest(usable.filter((p) => this.related(p.node, anchor.node)));
  }

  /** "in the country": the country named last, or the one the article is about. */
  /** "… on industrial land it acquired in the city": the town the article is about. */
  private theTown(f: SentenceFacts): PlaceChoice | null {
    const { tokens } = f.sentence;
    const recent = this.d.place && this.d.placeAge <= 6 ? this.d.place : null;
    const town = recent ?? this.dateline;
    if (!town || (town.node.kind !== "city" && !town.named)) return null;
    for (let k = 0; k + 2 < tokens.length; k++)
      if (
        /^(in|near|outside)$/.test(tokens[k].norm) &&
        tokens[k + 1].norm === "the" &&
        /^(city|town)$/.test(tokens[k + 2].norm)
      )
        return town;
    return null;
  }

  private theCountry(f: SentenceFacts): PlaceChoice | null {
    const { tokens } = f.sentence;
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (
        tokens[k].norm !== "in" ||
        !/^(the|that|this)$/.test(tokens[k + 1].norm) ||
        tokens[k + 2].norm !== "country"
      )
        continue;
      const named = [...f.places].reverse().find((p) => p.from < k);
      const node = named
        ? this.places.ancestors(named.node.id).find((n) => n.kind === "country")
        : undefined;
      if (node) return { node, named: null, site: null };
      const context = this.d.place
        ? this.places.ancestors(this.d.place.node.id).find((n) => n.kind === "country")
        : undefined;
      if (context) return { node: context, named: null, site: null };
    }
    return null;
  }

  /** "The project will be located in Tangier Tech City": the last line gets the more precise place. */
  private locateLastLine(f: SentenceFacts): void {
    const { tokens } = f.sentence;
    const located = tokens.findIndex((t) => /^(located|sited|situated|housed|built)$/.test(t.norm));
    if (located < 0 || subjects(f.companies).length > 0) return;
    const last = this.drafts[this.drafts.length - 1];
    if (!last) return;
    const place = this.placeFor(f, located, located + 1);
    if (!place) return;
    if (
      last.place === null ||
      (this.places.contains(last.place.node.id, place.node.id) &&
        this.depth(place) > this.depth(last.place))
    ) {
      for (
        let i = this.drafts.length - 1;
        i >= 0 && this.drafts[i].sentence === last.sentence;
        i--
      ) {
        this.drafts[i].place = place;
      }
    }
  }

  /** A sentence that opens with a place in capitals: "RABAT, Morocco, …", "PERTH (Reuters) -". */
  private datelineOf(f: SentenceFacts): PlaceChoice | null {
    const first = f.places[0];
    const { tokens } = f.sentence;
    if (!first || first.from !== 0 || first.demonym) return null;
    // "SEOUL, March 26 (Wire) -", or a line of its own: "Debrecen, 1 December 2025"
    const dateLine =
      tokens.length <= 10 &&
      tokens.some((t) => t.kind === Kind.Number && /^(19|20)\d\d$/.test(t.text));
    if (!tokens[0].upper && !dateLine) return null;
    const chain = [first];
    for (const p of f.places.slice(1)) {
      if (p.from > chain[chain.length - 1].to + 1 || p.demonym) break;
      if (this.related(p.node, first.node)) chain.push(p);
    }
    return this.deepest(chain);
  }

  // ---- what the next sentences inherit -------------------------------------------------

  private remember(f: SentenceFacts): void {
    let named = subjects(f.companies);
    // "… by Al Mada CEO Hassan Ouriagli and CNGR Chairman Deng Weiming for the joint venture":
    // a venture's partners acting together speak for the venture the text named
    for (const m of f.companies)
      if (m.entity.partners && !this.ventures.includes(m.entity)) this.ventures.push(m.entity);
    const ofVenture = f.sentence.tokens.some((t) => t.norm === "venture" || t.norm === "jv");
    // ("Hankook Jeonguchae Co., the battery precursor joint venture between LG Chem and Korea
    // Zinc, said …": the venture the sentence names, whose plant "the plant" goes on to tell)
    const venture =
      this.ventures.find((v) => {
        const partners = named.filter((e) => v.partners!.includes(e)).length;
        return !named.includes(v) && (partners >= 2 || (partners >= 1 && ofVenture));
      }) ??
      f.companies.find((m) => m.role === "subject" && namedVenture(f.sentence.tokens, m.to))
        ?.entity;
    if (venture) named = [venture];
    const other = f.companies.find(
      (m) => m.role !== "parent" && m.role !== "customer" && m.role !== "seller"
    );
    if (venture) {
      this.d.focus = venture;
      this.d.focusGroup = [venture];
      this.d.focusAge = 0;
    } else if (named.length > 0) {
      const first = f.companies.find((m) => m.entity === named[0])!;
      this.d.focus = named[0];
      this.d.focusGroup = coordinated(
        f.sentence.tokens,
        f.companies.filter((m) => m.role !== "parent"),
        first
      ).map((m) => m.entity);
      this.d.focusAge = 0;
    } else if (!this.d.focus && other) {
      this.d.focus = other.entity;
      this.d.focusGroup = [other.entity];
      this.d.focusAge = 0;
    } else this.d.focusAge++;
    const place = f.places.some((p) => p.locative && !p.headquarters && (!p.demonym || p.locative))
      ? this.placeFor(f, 0, 0)
      : null;
    if (place) {
      this.d.place = place;
      this.d.placeAge = 0;
    } else this.d.placeAge++;
    this.d.sites = place ? this.placesOf(f) : [];
    const owner = f.companies.find(
      (m) => m.possessive && isFacilityNoun(f.sentence.tokens, pastMark(f.sentence.tokens, m.to))
    );
    this.d.plantOwner = owner && owner.role !== "customer" ? owner.entity : null;
    this.d.countedProjects =
      f.companies.length === 0 &&
      f.sentence.tokens.some(
        (t, k) =>
          t.kind === Kind.Number &&
          /^\d+$/.test(t.text) &&
          PLANT_PLURALS.has(norm(f.sentence.tokens, k + 1))
      );
    const facts = f.cues.filter((c) => !c.future);
    this.d.status = facts.length > 0 ? facts[facts.length - 1].status : null;
    const clear = f.materials.filter((m) => !m.vague);
    if (clear.length > 0 && !f.sentence.headline) this.d.material = clear[clear.length - 1].node;
  }
}

// ---- helpers over one sentence -------------------------------------------------------

/** "The refinery is …", "The plant will …", "It will …": a sentence about the plant just told of. */
function refersBack(tokens: readonly Token[]): boolean {
  const first = norm(tokens, 0);
  if (first === "it") return true;
  // ("Its first block, with 13.4 GWh of capacity, …": a part of the plant just told of)
  if (!/^(the|this|that|its)$/.test(first)) return false;
  for (let k = 1; k <= 3; k++) {
    if (
      isFacilityNoun(tokens, k) ||
      /^(block|blocks|phase|stage|circuit|circuits)$/.test(norm(tokens, k))
    )
      return true;
    // "… its planned plant near Etowah. That project was designed to make …"
    if (first !== "the" && first !== "its" && norm(tokens, k) === "project") return true;
    if (tokens[k]?.cap || tokens[k]?.kind !== Kind.Word) return false;
  }
  return false;
}

/** A sentence in capitals: a wire brief's bullet, not a headline. */
function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== Kind.Word || t.text.length < 2) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 4 && upper / words >= 0.8;
}

function sentenceText(f: SentenceFacts): string {
  return f.sentence.tokens.map((t) => t.norm).join(" ");
}

function nearest<T extends { from: number; to: number }>(
  items: readonly T[],
  at: number
): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const m of items) {
    const d = m.from >= at ? m.from - at : at - m.to;
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

function outside(tokens: readonly Token[], p: PlaceMention): boolean {
  const w = norm(tokens, p.from - 1);
  // "from Kalgoorlie, Western Australia, where its facility is …" is where the facility is
  return w === "outside" || (w === "from" && !p.locative) || w === "beyond" || w === "than";
}

/** The companies joined by "and" to `last` just before it ("Group14 Technologies and Sila"), in order. */
function coordinatedWith(
  tokens: readonly Token[],
  before: readonly CompanyMention[],
  last: CompanyMention
): CompanyMention[] {
  const out = [last];
  for (const m of before) {
    const head = out[0];
    if (m === last || m.to > head.from) continue;
    // ("Stellantis NV and CATL", "Stellantis (STLAM.MI) and China's CATL": legal forms, tickers
    // and the partner's country may stand between)
    const gap: string[] = [];
    let depth = 0;
    for (const t of tokens.slice(m.to, head.from)) {
      if (t.text === "(") depth++;
      else if (t.text === ")") depth = Math.max(0, depth - 1);
      else if (depth === 0 && !LEGAL_FORMS.has(t.norm) && t.text !== ".") gap.push(t.norm);
    }
    // ('Senior Technology Co., Ltd. ("Senior Technology", …)': a short name, not a partner)
    if (depth > 0) break;
    if (gap.length >= 3 && gap[gap.length - 1] === "s" && /^['’]$/.test(gap[gap.length - 2]))
      gap.splice(gap.length - 3, 3);
    if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === "and" || w === ",")) break;
    out.unshift(m);
  }
  return out;
}

/**
 * "Vale's Long Harbour processing plant in Newfoundland", "Nornickel's nickel refinery at
 * Harjavalta": a company's plant named with its place, told as a thing that is.
 */
function ownedPlant(f: SentenceFacts, anchor: number): boolean {
  const { tokens } = f.sentence;
  const owner = f.companies.find(
    (m) => m.possessive && pastMark(tokens, m.to) <= anchor && anchor - m.to <= 6
  );
  if (!owner) return false;
  for (let k = pastMark(tokens, owner.to); k < anchor; k++)
    if (!/[a-z]/i.test(tokens[k].text)) return false;
  return f.places.some((p) => p.locative && p.from > anchor && p.from - anchor <= 3);
}

/** "$114.8 million to Talon Nickel for a nickel processing facility": money for a plant to come. */
function fundedPlant(tokens: readonly Token[], anchor: number): boolean {
  const money = tokens.findIndex((t) => t.text === "$" || /^(million|billion)$/.test(t.norm));
  if (money < 0 || money > anchor) return false;
  for (let k = anchor - 1; k >= Math.max(0, anchor - 8); k--)
    if (tokens[k].norm === "for") return true;
  return false;
}

/** "could host a plant", "if approved": a possibility; "said its plant would keep running" is not. */
function hedged(tokens: readonly Token[]): boolean {
  let reported = false;
  for (const t of tokens) {
    if (/^(said|says|told|announced|confirmed)$/.test(t.norm)) reported = true;
    if (HEDGES.has(t.norm) && !(t.norm === "would" && reported)) return true;
  }
  return false;
}

/**
 * Where a sentence opens by referring back to a company: "It", "The company", "The firm",
 * "The South Korean battery maker"; -1 when it does not.
 */
function referenceAt(tokens: readonly Token[]): number {
  let k = 0;
  while (/^(but|and|meanwhile|separately|,)$/.test(norm(tokens, k))) k++;
  if (norm(tokens, k) === "it" && tokens[k + 1]?.norm !== "'") return k;
  if (norm(tokens, k) !== "the") return -1;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (/^(company|firm|group|miner|producer|maker|manufacturer)$/.test(norm(tokens, j))) return k;
    if (!tokens[j].cap && !/^(battery|cell|lithium|nickel|cathode|mining)$/.test(norm(tokens, j)))
      return -1;
  }
  return -1;
}

/** The companies that act in a sentence (not parents, not objects), in order. */
function subjects(mentions: readonly CompanyMention[]): CompanyEntity[] {
  const out: CompanyEntity[] = [];
  for (const m of mentions)
    if ((m.role === "subject" || m.role === "agent") && !out.includes(m.entity)) out.push(m.entity);
  return out;
}

const JV_WORDS = /^(joint|jv|jvs|venture|partnership|consortium|partners)$/;

/**
 * The company behind a capacity: "… to be developed by X" after it; else the nearest acting
 * company before it; else one after it; joint-venture partners together when the venture has no
 * name of its own.
 */
function companyFor(f: SentenceFacts, q: Quantity): CompanyEntity[] {
  const ms = f.companies.filter(
    (m) => m.role !== "parent" && m.role !== "customer" && m.role !== "seller"
  );
  const next = f.capacities.find((c) => c.from > q.from);
  const limit = next ? next.from : Infinity;
  const agent = ms.find(
    (m) => m.role === "agent" && m.from >= q.to && m.from - q.to <= 14 && m.from < limit
  );
  let chosen: CompanyMention | undefined = agent;
  if (agent?.possessive) {
    // "by Yutuo's partner Xinjiang Tianhong": the partner
    const named = ms.find((m) => m.from > agent.to && m.from - agent.to <= 4);
    if (named) chosen = named;
  }
  // "… with Honda, and NextStar Energy, its venture with Stellantis, is building a 45 GWh
  // factory": the subject of the quantity's own clause, not a partner after "with"
  const { tokens: words } = f.sentence;
  const clause = clauseOf(words, q);
  if (!chosen)
    chosen = [...ms]
      .reverse()
      .find(
        (m) =>
          m.to <= q.from &&
          m.from >= clause.from &&
          m.role !== "object" &&
          words[m.from - 1]?.norm !== "with"
      );
  if (!chosen) chosen = [...ms].reverse().find((m) => m.to <= q.from && m.role !== "object");
  // "… operation run by their joint venture Sales de Jujuy": the one who runs it, further on
  if (!chosen) chosen = ms.find((m) => m.role === "agent" && m.from >= q.to);
  // "Its Salzgitter plant will start with 20 GWh, and Volkswagen said …": the plant is the one
  // the article is about, not the speaker of the next clause
  const owned = f.sentence.tokens.slice(0, q.from).some((t) => /^(its|their)$/.test(t.norm));
  if (!chosen)
    chosen = ms.find(
      (m) =>
        m.from >= q.to &&
        m.role !== "object" &&
        m.from < limit &&
        !(owned && clauseBreak(f.sentence.tokens, q.to, m.from))
    );
  if (!chosen) chosen = [...ms].reverse().find((m) => m.to <= q.from);
  // "a 2万吨 recycling project is being planned …, and an investment agreement was signed with
  // Guangxi Zhongwei": a passive plant's builder is who the agreement was signed with
  if (!chosen)
    chosen = ms.find((m) => m.from >= q.to && m.from < limit && signedWith(words, m.from));
  // '"We will build a 30,000-tonne plant," said …, chief executive of Nordic Cathode'
  if (!chosen) chosen = ms.find((m) => m.from >= q.to && isSpeakersCompany(f.sentence.tokens, m));
  if (!chosen) return [];
  const { tokens } = f.sentence;
  // a venture with a name: "PT Huayue, a joint venture of …" is PT Huayue; "Korea Precursor
  // Co., the joint venture LG Chem formed with Korea Zinc, began …" is Korea Precursor, whoever
  // the aside names
  const venture = [...ms].reverse().find((m) => m.to <= q.from && namedVenture(tokens, m.to));
  if (venture) return [venture.entity];
  // "Toyota Tsusho and Orocobre have approved …": both
  const together = coordinated(tokens, ms, chosen);
  if (together.length > 1) return together.map((m) => m.entity).slice(0, 3);
  if (!tokens.some((t) => JV_WORDS.test(t.norm))) return [chosen.entity];
  const partners: CompanyEntity[] = [];
  // the partners of the quantity's clause: "with Honda Motor, and NextStar …" are two ventures
  const inClause = ms.filter((m) => m.from >= clause.from && m.to <= clause.to);
  for (const m of inClause.length > 0 ? inClause : ms)
    if (!partners.includes(m.entity) && m.role !== "agent") partners.push(m.entity);
  if (!partners.includes(chosen.entity)) partners.unshift(chosen.entity);
  return partners.slice(0, 3);
}

/** After a name, past its legal form: ", a joint venture of …", ", the 50:50 JV that …". */
function namedVenture(tokens: readonly Token[], to: number): boolean {
  let k = to;
  while (k < to + 4 && (LEGAL_FORMS.has(tokens[k]?.norm) || tokens[k]?.text === ".")) k++;
  if (tokens[k]?.text !== "," || !/^(a|an|the|its|their)$/.test(tokens[k + 1]?.norm ?? ""))
    return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 8) && tokens[j].text !== ","; j++)
    if (JV_WORDS.test(tokens[j].norm)) return true;
  return false;
}

/** "an agreement was signed with X", "signed an MoU with X": X, a party to the deal. */
function signedWith(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== "with") return false;
  const before = tokens.slice(Math.max(0, at - 8), at - 1).map((t) => t.norm);
  return (
    before.some((w) => /^(signed|inked)$/.test(w)) &&
    before.some((w) => /^(agreement|agreements|deal|contract|mou|memorandum)$/.test(w)) &&
    // ("has signed binding offtake agreements with Panasonic Energy": buyers, no builder)
    !before.some((w) => /^(offtake|off-take|supply|purchase|sales|sale)$/.test(w))
  );
}

/** The company of a plant the sentence gives as an example ("such as", "including"), if one. */
function exampleOwner(f: SentenceFacts, from: number, to: number): CompanyEntity | null {
  const { tokens } = f.sentence;
  let marker = -1;
  for (let k = Math.max(0, from - 20); k < from; k++)
    if (
      tokens[k].norm === "including" ||
      (tokens[k].norm === "such" && tokens[k + 1]?.norm === "as")
    )
      marker = k;
  if (marker < 0) return null;
  const m = f.companies.find((c) => c.from > marker && c.from < to + 10);
  return m ? m.entity : null;
}

/** "The 50-50 joint venture will …", "built by a joint venture at …": a venture the text gives no name. */
function unnamedVenture(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!/^(venture|jv)$/.test(tokens[k].norm)) continue;
    const next = tokens[k + 1];
    if (next && next.kind === Kind.Word && next.cap) continue;
    let j = k - 1;
    // ("50-50", "51:49": the shares)
    while (
      j >= 0 &&
      (/^(joint|new|equal|planned|proposed|-|:|\/)$/.test(tokens[j].norm) ||
        tokens[j].kind === Kind.Number)
    )
      j--;
    if (/^(the|a|their|this)$/.test(tokens[j]?.norm ?? "")) return true;
  }
  return false;
}

/** "… a 40 GWh plant in Jeffersonville, Ohio, with Honda Motor": the partner in the quantity's clause. */
function withPartner(f: SentenceFacts, q: Quantity): CompanyEntity | null {
  const { tokens } = f.sentence;
  const clause = clauseOf(tokens, q);
  const m = f.companies.find(
    (c) =>
      c.from >= q.to &&
      c.to <= clause.to &&
      c.from - q.to <= 12 &&
      /^(with|alongside)$/.test(tokens[c.from - 1]?.norm ?? "") &&
      c.role !== "customer"
  );
  return m ? m.entity : null;
}

/** Whether token k stands inside quotation marks (a sentence may open inside a quote). */
/**
 * '"Xiangyang Base Phase II annual output 110,000 tonnes LFP cathode material project"': a
 * filing quotes a project's title, its last word a plant's, before the quote closes.
 */
function quotedProjectTitle(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 12); j++)
    if (/^["”]$/.test(tokens[j].text))
      return j > k && /^(project|plant|line|base|facility)$/.test(tokens[j - 1].norm);
  return false;
}

function inQuote(tokens: readonly Token[], k: number): boolean {
  let open = false;
  for (let j = 0; j < k; j++) {
    const t = tokens[j].text;
    if (t === "“") open = true;
    else if (t === "”") open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

/** The clause a quantity stands in: between the breaks of clauseBreak() around it. */
function clauseOf(tokens: readonly Token[], q: Quantity): { from: number; to: number } {
  let from = 0;
  for (let k = q.from - 1; k > 0; k--)
    if (clauseBreak(tokens, k, k + 1)) {
      from = k + 1;
      break;
    }
  let to = tokens.length;
  for (let k = q.to; k < tokens.length; k++)
    if (clauseBreak(tokens, k, k + 1)) {
      to = k;
      break;
    }
  return { from, to };
}

/** ", and", ", but", ";" between two tokens: a new clause with a subject of its own. */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].text === ";") return true;
    if (tokens[k].text === "," && /^(and|but|while|whereas)$/.test(tokens[k + 1]?.norm ?? ""))
      return true;
  }
  return false;
}

/** "chief executive of X", "a spokesperson for X": the company a quoted person speaks for. */
function isSpeakersCompany(tokens: readonly Token[], m: CompanyMention): boolean {
  let k = m.from - 1;
  while (k >= 0 && /^(the|its)$/.test(tokens[k].norm)) k--;
  if (!/^(of|for|at)$/.test(tokens[k]?.norm ?? "")) return false;
  return PERSON_TITLES.has(tokens[k - 1]?.norm ?? "");
}

/** The subjects joined by "and" with the chosen one: "Toyota Tsusho and Orocobre". */
function coordinated(
  tokens: readonly Token[],
  ms: readonly CompanyMention[],
  chosen: CompanyMention
): CompanyMention[] {
  if (chosen.role !== "subject" || chosen.possessive) return [chosen];
  // "Toyota Tsusho Corporation and Orocobre Limited": legal forms may stand between; "Ford, Kia
  // and Hyundai": commas join a list that "and" closes
  const gapOf = (a: CompanyMention, b: CompanyMention) => tokens.slice(a.to, b.from);
  const joined = (a: CompanyMention, b: CompanyMention) => {
    const gap = gapOf(a, b);
    return (
      gap.length > 0 &&
      gap.length <= 5 &&
      gap.every((t) => /^(and|&|,|\.)$/.test(t.norm) || LEGAL_FORMS.has(t.norm))
    );
  };
  const i = ms.indexOf(chosen);
  let from = i;
  let to = i;
  while (from > 0 && ms[from - 1].role === "subject" && joined(ms[from - 1], ms[from])) from--;
  while (to + 1 < ms.length && ms[to + 1].role === "subject" && joined(ms[to], ms[to + 1])) to++;
  // (the list ends at its "and")
  while (to > from && !gapOf(ms[to - 1], ms[to]).some((t) => t.norm === "and" || t.text === "&"))
    to--;
  const group = ms.slice(from, to + 1);
  if (group.length === 1 || !group.includes(chosen)) return [chosen];
  // a list of subjects that acts: "A and B have approved", not "A and B shares"
  return !group[group.length - 1].possessive ? group : [chosen];
}

/**
 * A total over many companies: "companies in Baotou have collectively started …"; or, with no
 * company named, "Argentina's operating projects have a combined capacity of …". A company's own
 * plants with a combined capacity are that company's line.
 */
function isAggregateSentence(
  tokens: readonly Token[],
  f: SentenceFacts,
  places: Gazetteer
): boolean {
  let total = false;
  let plants = false;
  let counted = false;
  let many = false;
  let plantsOfPlace = false;
  // "Benchmark currently counts around 160,000 tpa of announced anode capacity at US sites": an
  // analyst's tally of a place's new capacity, no company's plant
  const tally = tokens.some((t) =>
    /^(counts|counted|tallies|tallied|tracks|tracked)$/.test(t.norm)
  );
  if (tally && f.companies.length === 0 && tokens.some((t) => /^capacit/.test(t.norm))) return true;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm;
    if (AGGREGATE_WORDS.has(w)) return true;
    // "companies in Baotou", "producers across Argentina"
    if (PRODUCER_PLURALS.has(w)) {
      const where = /^(in|across|throughout)$/.test(norm(tokens, k + 1));
      // ("30,000 tonnes of PSG using Renascor's process, which avoids the acid used by most
      // producers in China": a comparison after the plant's figure)
      const after = f.capacities.length > 0 && f.capacities[0].to <= k;
      if (where && !after && f.places.some((p) => p.from >= k + 2 && p.from <= k + 4)) return true;
      plants = true;
    }
    // "projects under construction in the province will add some 100,000 t/y": what they add together
    if (TOTAL_WORDS.has(w) || /^(add|adds|adding)$/.test(w)) total = true;
    if (PLANT_PLURALS.has(w)) {
      plants = true;
      // "manganese processing plants already operating in Serenje and Mkushi districts", "the
      // graphite projects signed this time": plants of a place or a batch, no one company's
      if (!/^(its|their|s|company's)$/.test(norm(tokens, k - 1))) {
        const after = tokens.slice(k + 1, k + 5);
        const placed = after.some(
          (t, j) =>
            /^(in|across)$/.test(t.norm) &&
            (f.places.some((p) => p.from === k + j + 2) || tokens[k + j + 2]?.cap === true)
        );
        const batch = /^(signed|approved|listed|announced)$/.test(norm(tokens, k + 1));
        if (placed || batch) plantsOfPlace = true;
      }
    }
    // "three projects totalling 140,000 tpa": counted plants or producers
    // ("Tongling newly started 15 copper-based new material projects, of which …")
    if ((PLANT_PLURALS.has(w) || PRODUCER_PLURALS.has(w)) && k > 0) {
      for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
        const n = tokens[j];
        // ("six antimony new-material projects": a count spelt out)
        const count =
          n.kind === Kind.Number && /^\d+$/.test(n.text)
            ? Number(n.text)
            : (NUMBER_WORDS.get(n.norm) ?? ORDINALS.get(n.norm) ?? 0);
        if (count > 1) {
          // ("the battery maker's two Commerce plants": one company's own)
          const owner = norm(tokens, j - 1);
          counted = !/^(its|their|s)$/.test(owner);
          many = counted && count >= 3;
          break;
        }
        if (n.kind !== Kind.Word && n.text !== "-") break;
      }
    }
  }
  if ((counted || plantsOfPlace) && total && f.companies.length === 0) return true;
  // "projects under construction elsewhere in the city have a combined capacity of …", "the
  // projects in this batch will add 80,000 t to the city"
  const wholePlace =
    f.places.some((p) => !p.demonym && isWide(places, p)) ||
    tokens.some(
      (t, k) =>
        /^(in|to|across|throughout)$/.test(t.norm) &&
        norm(tokens, k + 1) === "the" &&
        /^(city|province|region|country|county|district|park|zone)$/.test(norm(tokens, k + 2))
    );
  // "11 new energy battery material projects have started construction in the city, with more
  // than 30万吨 of newly planned capacity"
  if (many && wholePlace && f.companies.length === 0) return true;
  if (!total || !plants || f.companies.length > 0) return false;
  if (/^(its|their)$/.test(norm(tokens, 0))) return false;
  return wholePlace;
}

/** A country or a region: a place many companies share. */
/** Nouns that stand for a place as a whole: "the country had …", "the region added …". */
const PLACE_NOUNS = new Set([
  "country",
  "nation",
  "world",
  "continent",
  "region",
  "province",
  "city",
  "county",
  "prefecture",
  "municipality",
]);

/**
 * The sentence is about a place as a whole: it opens (after "In 2021," and the like) with a
 * country, a continent or "the country", followed by a verb of tallying.
 */
function placeIsSubject(f: SentenceFacts): boolean {
  const { tokens } = f.sentence;
  let k = 0;
  // ("At present, the city has formed …", "Currently, the province has …")
  if (/^(at|so|to)$/.test(norm(tokens, 0)) && /^(present|far|date)$/.test(norm(tokens, 1)))
    k = norm(tokens, 2) === "," ? 3 : 2;
  else if (/^(currently|today|now|overall)$/.test(norm(tokens, 0)))
    k = norm(tokens, 1) === "," ? 2 : 1;
  else if (norm(tokens, 0) === "according") {
    // ("According to the Municipal Bureau of Industry, the city has now formed …")
    const comma = tokens.findIndex((t, j) => j < 20 && t.text === ",");
    if (comma > 0) k = comma + 1;
  }
  if (/^(in|by|since|until|as)$/.test(norm(tokens, k))) {
    k++;
    while (k < tokens.length && k < 5 && tokens[k].kind !== Kind.Punct && !tokens[k].cap) k++;
    while (k < tokens.length && k < 5 && (tokens[k].kind === Kind.Number || tokens[k].cap)) k++;
    if (norm(tokens, k) === ",") k++;
  }
  // the opening subject, or one after "said that": "officials have said that Hungary could host …"
  const starts = [k];
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j - 1].norm === "that") starts.push(j);
  return starts.some((at) => tallies(f, at));
}

function tallies(f: SentenceFacts, k: number): boolean {
  const { tokens } = f.sentence;
  let end = -1;
  if (norm(tokens, k) === "the" && PLACE_NOUNS.has(norm(tokens, k + 1))) end = k + 2;
  else if (CONTINENTS.has(norm(tokens, k))) end = k + 1;
  else {
    const p = f.places.find((m) => m.from === k && !m.possessive && !m.locative);
    if (p && (p.node.kind === "country" || p.node.kind === "region") && !p.named && !p.site)
      end = p.to;
  }
  if (end < 0) return false;
  // "Hungary could host", "the country will have"
  if (/^(could|will|would|may|might|should|can)$/.test(norm(tokens, end))) end++;
  return TALLY_VERBS.has(norm(tokens, end));
}

/** What a place "does" when the sentence tallies it: "the country had", "Europe announced". */
const TALLY_VERBS = new Set(
  "had has have host add added adds announced built installed reach reached reaches hosts hosted holds held counted accounted boasted boasts saw sees".split(
    " "
  )
);

function isWide(places: Gazetteer, p: PlaceMention): boolean {
  return !p.named && !p.site && (p.node.kind === "country" || p.node.kind === "region");
}

function aggregateLabel(place: PlaceChoice | null | undefined): string {
  if (!place) return "(aggregate)";
  return `${place.named ?? place.node.name} companies (aggregate)`;
}

/** "phase 1", "the first phase", "Phase II", "train 2", "stage one" near a quantity. */
export function phaseNear(tokens: readonly Token[], q: Quantity): string | null {
  // "phase I of Shangtai Technology's (001301.SZ) 200,000 mt/yr … project": the size of the
  // whole project the phase belongs to
  let owned = false;
  for (let k = q.from - 1, depth = 0; k > 0 && k > q.from - 12; k--) {
    const t = tokens[k];
    if (t.text === ")") depth++;
    else if (t.text === "(") depth--;
    else if (
      depth > 0 ||
      t.cap ||
      t.text === "'" ||
      t.text === "’" ||
      /^(s|its|their)$/.test(t.norm)
    ) {
      owned = true;
      continue;
    } else if (/^(the|annual|yearly|output|capacity|designed|planned)$/.test(t.norm)) {
      // ("Phase II of the annual output 50,000 tons … project")
      owned = true;
      continue;
    } else if (t.norm === "of") {
      // ("phase I of …", "the first 50,000 t phase of its 200,000 t project"; but "Phase I of
      // 20,000 tons" is the phase's own size)
      const p = tokens[k - 2];
      if (
        p &&
        PHASE_WORDS.has(p.norm) &&
        (ORDINALS.has(tokens[k - 1].norm) || tokens[k - 1].text === "I") &&
        owned
      )
        return null;
      // (but "the first phase of 5万吨" is the phase's own size)
      if (owned && PHASE_WORDS.has(tokens[k - 1]?.norm ?? "")) return null;
      break;
    } else break;
  }
  // "The remaining 150,000 mt/year will be built in two further stages": the phases after the first
  if (/^(remaining|rest)$/.test(tokens[q.from - 1]?.norm ?? "")) return "phase 2";
  // "A further 10,000 tonnes a year of ancillary capacity is planned": more, not the line again
  if (/^(further|additional)$/.test(tokens[q.from - 1]?.norm ?? "")) return "expansion";
  // (back to the clause's start: "Phase I covers a battery-grade lithium hydroxide monohydrate
  // facility with an annual capacity of 40,000 tonnes")
  let from = Math.max(0, q.from - 16);
  for (let k = q.from - 1; k >= from; k--)
    if (tokens[k].text === ";") {
      from = k + 1;
      break;
    }
  const to = Math.min(tokens.length, q.to + 6);
  let best: string | null = null;
  let bestD = Infinity;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    // "the second plant", "a second 25,000-ton plant": plants and lines count with an ordinal before
    const plantWord = /^(plant|line|unit|furnace|kiln|refinery|factory)$/.test(w);
    if (!PHASE_WORDS.has(w) && !plantWord) continue;
    const word = plantWord ? "phase" : w.replace(/s$/, "");
    const next = tokens[k + 1];
    let prev = tokens[k - 1];
    // "a second 25,000-ton plant", "the second 24,000 tpa train": the ordinal stands before the quantity
    // ("A second, parallel 10,000-tonne line": an adjective between, set off by a comma)
    const before =
      tokens[q.from - 1]?.kind === Kind.Word &&
      tokens[q.from - 2]?.text === "," &&
      ORDINALS.has(tokens[q.from - 3]?.norm ?? "")
        ? tokens[q.from - 3]
        : tokens[q.from - 1];
    if (before && k >= q.to && k - q.to <= 2 && ORDINALS.has(before.norm)) prev = before;
    else if (
      plantWord &&
      prev &&
      !ORDINALS.has(prev.norm) &&
      tokens[k - 2] &&
      ORDINALS.has(tokens[k - 2].norm)
    ) {
      prev = tokens[k - 2]; // "the first commercial plant"
    }
    let n: number | undefined;
    if (!plantWord && next && (next.kind === Kind.Number || next.kind === Kind.Word)) {
      n =
        next.kind === Kind.Number && /^\d$/.test(next.text)
          ? Number(next.text)
          : // "Phase I": the roman one, written as a capital after the word
            next.text === "I" && tokens[k].cap
            ? 1
            : ORDINALS.get(next.norm);
    }
    if (n === undefined && prev) n = ORDINALS.get(prev.norm);
    if (n === undefined) continue;
    // "The first train would have 65,000 t, and a second train …": the next clause's phase
    // ("…; Phase II covers …" always is)
    if (k >= q.to && tokens.slice(q.to, k).some((t) => t.text === ";")) continue;
    if (best !== null && k >= q.to && tokens.slice(q.to, k).some((t) => t.text === ",")) continue;
    const d = k < q.from ? q.from - k : k - q.to;
    if (d < bestD) {
      bestD = d;
      best = `${word} ${n}`;
    }
  }
  return best;
}

/** "two phases of 25,000 t each": how many lines one quantity stands for. */
const SITE_PLURALS =
  /^(phases|stages|lines|plants|trains|modules|units|sites|factories|gigafactories|refineries|projects)$/;

/** "designed at 10万吨/年, to be built in two equal phases": the parts a total is split into. */
function equalParts(tokens: readonly Token[], q: Quantity): number {
  for (let k = q.to; k < Math.min(tokens.length - 2, q.to + 10); k++) {
    if (tokens[k].norm !== "equal" || !/^(phases|stages)$/.test(tokens[k + 1].norm)) continue;
    const w = tokens[k - 1].norm;
    const n = /^[2-4]$/.test(w) ? Number(w) : ORDINALS.get(w);
    if (n !== undefined && n >= 2 && n <= 4) return n;
  }
  return 1;
}

/** Where "the second phase" (the nth) is told after token `from`, or -1. */
function ordinalPhaseAt(tokens: readonly Token[], n: number, from: number): number {
  for (let k = from; k < tokens.length - 1; k++)
    if (ORDINALS.get(tokens[k].norm) === n && /^(phase|stage)$/.test(tokens[k + 1].norm)) return k;
  return -1;
}

function eachCount(tokens: readonly Token[], q: Quantity): number {
  // "two phases of 25,000 t each", "each of the two trains can make 21,500 t"
  const near = [...tokens.slice(q.to, q.to + 3), ...tokens.slice(Math.max(0, q.from - 8), q.from)];
  const each = near.some((t) => t.norm === "each");
  // "Both plants were conceived on a similar scale: … were each to reach 40 GWh"
  if (each)
    for (let k = 0; k + 1 < q.from; k++)
      if (tokens[k].norm === "both" && SITE_PLURALS.test(norm(tokens, k + 1))) return 2;
  // "in two phases of 25,000 t": the count, its plural, "of", then the quantity
  const of =
    norm(tokens, q.from - 1) === "of" &&
    /^(phases|stages|lines|trains|modules)$/.test(norm(tokens, q.from - 2));
  if (!each && !of) return 1;
  // "Trains 1 and 2 each have a nameplate of 25,000 t", "Lines 3, 4 and 5 each"
  for (let k = Math.max(0, q.from - 10); k < q.from; k++) {
    if (!SITE_PLURALS.test(norm(tokens, k))) continue;
    let n = 0;
    let j = k + 1;
    while (j < q.from && /^(\d|i{1,3}|iv|v|vi)$/.test(norm(tokens, j))) {
      n++;
      j++;
      if (!/^(,|and|&)$/.test(norm(tokens, j))) break;
      j++;
    }
    if (n >= 2) return n;
  }
  // "two phases of 25,000 t each", "the first two production modules will each make …"
  for (let k = q.from - 1; k >= Math.max(0, q.from - 10); k--) {
    const w = tokens[k].norm;
    // ("twin factories of about 43 gigawatt-hours each")
    const n =
      tokens[k].kind === Kind.Number && /^[2-9]$/.test(w)
        ? Number(w)
        : w === "twin"
          ? 2
          : ORDINALS.get(w);
    if (!n || n < 2 || n > 9) continue;
    for (let j = k + 1; j <= k + 3; j++) {
      if (SITE_PLURALS.test(norm(tokens, j))) return n;
    }
  }
  return 1;
}

/**
 * "fed with concentrate trucked from the Greenbushes mine", "supplied from Greenbushes in
 * Australia": where the feed comes from, not where the plant is.
 */
function fedFrom(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
    const t = tokens[k];
    if (t.norm === "from") return fedVerbBefore(tokens, k);
    // between "from" and the place: the source's own name and where it lies
    if (!(
      t.cap ||
      /^(the|mine|mines|deposit|deposits|project|projects|operations|in|,|its|own)$/.test(t.norm)
    ))
      return false;
  }
  return false;
}

/**
 * "supply comes partly from the Sabi Star lithium-tantalum mine": the mine `at` is a source of
 * feed ("supplies batteries from plants in Himeji" are the company's own plants);
 * "will buy all of Goulamina's output for its own refineries in Jiangxi": the plant `at` is where
 * an offtake goes.
 */
function feedSource(tokens: readonly Token[], at: number): boolean {
  // "Madagascar exported about 120,000 tonnes of ilmenite, almost all of it from Rio Tinto's QMM
  // operation": where traded goods came from
  if (/^(operation|operations|plant|plants|smelter|smelters|mine|mines)$/.test(tokens[at].norm))
    for (let k = at - 1; k >= Math.max(0, at - 8); k--)
      if (tokens[k].norm === "from") {
        if (tokens.slice(0, k).some((t) => /^(exported|imported|shipped|sold)$/.test(t.norm)))
          return true;
        break;
      }
  if (!/^(mine|mines|deposit|deposits|quarry|refinery|refineries)$/.test(tokens[at].norm))
    return false;
  if (/^(refinery|refineries)$/.test(tokens[at].norm)) {
    let k = at - 1;
    while (k > at - 5 && k > 0 && tokens[k].norm !== "for") k--;
    return (
      tokens[k]?.norm === "for" &&
      tokens
        .slice(Math.max(0, k - 10), k)
        .some((t) => /^(buy|buys|bought|purchase|purchases|offtake)$/.test(t.norm))
    );
  }
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (tokens[k].norm === "from") return fedVerbBefore(tokens, k);
  }
  return false;
}

/** A verb of supply in the few words before the "from" at k: "comes partly from", "trucked from". */
function fedVerbBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--)
    if (FEED_VERBS.test(tokens[j].norm)) return true;
  return false;
}

const FEED_VERBS =
  /^(relying|relies|drawing|draws|sourcing|trucked|shipped|supplied|sourced|imported|fed|bought|purchased|delivered|transported|railed|piped|pumped|drawn|brought|coming|comes|came|hauled|barged|source|sources|supply|supplies|import|imports|buy|buys)$/;

/** "… which is shipped to Japan for refining": where the product goes, not where it is made. */
function destination(tokens: readonly Token[], p: PlaceMention): boolean {
  let k = p.from - 1;
  while (k >= 0 && /^(the|mainland)$/.test(tokens[k].norm)) k--;
  // "shipped to customers in China", "buyers in Japan"
  if (
    tokens[k]?.norm === "in" &&
    /^(customers|clients|buyers|users|markets|refiners|smelters)$/.test(tokens[k - 1]?.norm ?? "")
  )
    return true;
  if (fedFrom(tokens, p.from)) return true;
  if (tokens[k]?.norm !== "to") return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (/^(ship|export|sen[dt]|deliver|sell|sold|transport|truck|rail|bound)/.test(tokens[j].norm))
      return true;
  }
  return false;
}

/**
 * "its Vittangi anode refinery in Luleå": a place that names the plant, which the text then
 * places elsewhere ("the Long Harbour plant in Newfoundland" is where it says).
 */
function namesPlant(f: SentenceFacts, p: PlaceMention, places: Gazetteer): boolean {
  const then = placeAfterPlant(f, p);
  return then !== undefined && !places.contains(then.node.id, p.node.id);
}

/** "the Long Harbour plant in Newfoundland": the place named before a plant, and the one after. */
function placeAfterPlant(f: SentenceFacts, p: PlaceMention): PlaceMention | undefined {
  if (p.locative) return undefined;
  const { tokens } = f.sentence;
  for (let k = p.to; k < Math.min(tokens.length, p.to + 4); k++) {
    if (!isFacilityNoun(tokens, k)) continue;
    return f.places.find((o) => o.locative && o.from >= k + 2 && o.from <= k + 3);
  }
  return undefined;
}

/** "Ford's assembly plant", "a car factory", "its steel mill": a plant of another trade. */
function otherIndustry(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2); j--)
    if (
      /^(assembly|car|cars|auto|automotive|vehicle|vehicles|truck|engine|stamping|steel|power|solar|wind|cement|fertilizer|fertiliser|desalination|hydrogen|electrolyser|electrolyzer|paper|glass|chip|semiconductor)$/.test(
        tokens[j].norm
      )
    )
      return true;
  return false;
}

/** A noun of a plant: "plant", "refinery", or the last word of a name ("… Processing Facility"). */
function isFacilityNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== Kind.Word || !FACILITY_NOUNS.has(t.norm)) return false;
  // "plans to mine graphite at Graphite Creek": the verb
  if (t.norm === "mine" && /^(to|will|would|could|and|or)$/.test(tokens[k - 1]?.norm ?? ""))
    return false;
  if (/^(capacity|capacities|operation|operations|site|project|projects)$/.test(t.norm))
    return false;
  return !t.cap || t.upper || (k > 0 && tokens[k - 1].cap);
}

/** Where a sentence announces a plant with no tonnage: its facility noun, or its "production of …". */
function facilityAnchor(
  tokens: readonly Token[],
  cues: readonly StatusCue[],
  places: readonly PlaceMention[]
): number {
  for (let k = 0; k < tokens.length; k++)
    if (isFacilityNoun(tokens, k) && !otherIndustry(tokens, k)) return k;
  // "its Pela Ema ionic clay operation in Minacu", "its Nolans project in the Northern Territory"
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!/^(operation|project)$/.test(tokens[k].norm) || tokens[k].cap) continue;
    if (!/^(in|at|near)$/.test(tokens[k + 1].norm)) continue;
    if (places.some((p) => p.from >= k + 2 && p.from <= k + 3)) return k;
  }
  // "Umicore has been producing cathode precursor in Kokkola": production stated at a place
  for (const c of cues) {
    if (c.future || c.status !== "operating") continue;
    if (/^(produc|make|making|manufactur)/.test(tokens[c.to - 1].norm)) {
      if (places.some((p) => p.locative && p.from > c.to && p.from - c.to <= 8)) return c.from;
    }
    // "QMB New Energy Materials in Morowali, which began operating in 2022"
    if (/^(began|started|commenced|in|entered)$/.test(tokens[c.from].norm)) {
      if (places.some((p) => p.locative && p.to <= c.from && c.from - p.to <= 4)) return c.from;
    }
  }
  // "talks on the production and processing of lithium": production only with talks or an agreement
  if (cues.some((c) => c.status === "talks" || c.status === "agreement signed")) {
    for (let k = 0; k < tokens.length; k++) if (PRODUCTION_NOUNS.has(tokens[k].norm)) return k;
  }
  return -1;
}

function materialNear(ms: readonly MaterialMention[], at: number): MaterialNode | null {
  const clear = ms.filter((m) => !m.vague || m.to === at || m.from === at + 1);
  return nearest(clear, at)?.node ?? null;
}
