import { isWordPrefix } from "./suggest";
import { fold } from "./text";

export interface Company {
  name: string;
  aliases: readonly string[];
  /** owners: a subsidiary has one, a joint venture several */
  parents: readonly string[];
}

/** Legal forms dropped before matching, so "BTR New Material Group Co., Ltd." is BTR New Material Group. */
const LEGAL_FORM =
  /\s*,?\s*\b(co\s*,?\s*ltd|company limited|co|ltd|limited|inc|incorporated|corp|corporation|plc|llc|ag|se|sa|ab|gmbh|pty|nv|bv|asa|oyj|tbk|pt|jsc)\b\.?/gi;

export function bareName(name: string): string {
  return fold(name.replace(LEGAL_FORM, " "));
}

/**
 * Owners as sources write them: "Tianqi Lithium (51%) / IGO (49%)", "Wesfarmers / SQM (50:50)",
 * "EcoPro BM (JV with SK On and Ford)". Shares and remarks in parentheses are dropped.
 */
export function parseOwners(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\(([^)]*)\)/g, (_, inner: string) => {
      const partners = /^JV with (.+)$/i.exec(inner.trim());
      return partners ? ` / ${partners[1].replace(/ and /g, " / ")}` : "";
    })
    .split(/\s*\/\s*|,\s*/)
    .map((s) => s.replace(/\s*\d+(\.\d+)?\s*%\s*/g, " ").trim())
    .filter((s) => s !== "");
}

/** Outcome of looking a company up: one company, several (an ambiguous prefix), or none. */
export type CompanyMatch = { company: Company } | { ambiguous: Company[] } | null;

/** Canonical companies with their aliases and owners: BTR = BTR New Material Group. */
export class CompanyDirectory {
  private readonly byKey = new Map<string, Company>();
  private readonly companies: Company[] = [];

  constructor(companies: Iterable<Company> = []) {
    for (const c of companies) this.add(c);
  }

  /**
   * Adds a company, or merges its aliases and owners into the one of that name. Owners not yet
   * known are added too, so that a query for an owner finds its subsidiaries.
   */
  add(company: Company): Company {
    const existing = this.byKey.get(bareName(company.name));
    const entry = existing ?? {
      name: company.name,
      aliases: [] as string[],
      parents: [] as string[],
    };
    const aliases = entry.aliases as string[];
    const parents = entry.parents as string[];
    for (const alias of company.aliases) if (!aliases.includes(alias)) aliases.push(alias);
    for (const parent of company.parents) if (!parents.includes(parent)) parents.push(parent);
    if (!existing) this.companies.push(entry);
    for (const name of [entry.name, ...aliases]) {
      const key = bareName(name);
      if (key !== "" && !this.byKey.has(key)) this.byKey.set(key, entry);
    }
    for (const parent of company.parents) {
      if (!this.exact(parent)) this.add({ name: parent, aliases: [], parents: [] });
    }
    return entry;
  }

  all(): readonly Company[] {
    return this.companies;
  }

  /** Exact name or alias, legal form aside. */
  exact(name: string): Company | undefined {
    return this.byKey.get(bareName(name));
  }

  /** Exact first; else the companies whose name or alias starts with the words typed. */
  find(text: string): CompanyMatch {
    const exact = this.exact(text);
    if (exact) return { company: exact };
    const found = new Set<Company>();
    for (const c of this.companies) {
      if ([c.name, ...c.aliases].some((n) => isWordPrefix(text, n))) found.add(c);
    }
    if (found.size === 1) return { company: [...found][0] };
    if (found.size > 1) return { ambiguous: [...found] };
    return null;
  }

  /**
   * The company (canonical) a stated name means. A company the directory does not know is
   * added, with the owners stated beside it (added too, so that a query for an owner finds it).
   */
  canonical(name: string, owners: string | null = null): Company {
    const known = this.exact(name);
    if (known) return known;
    const parents = parseOwners(owners).map((o) => this.canonical(o).name);
    return this.add({ name: name.trim(), aliases: [], parents });
  }

  /** The company and everyone who owns it, directly or through others, nearest first. */
  lineage(company: Company): Company[] {
    const chain: Company[] = [company];
    for (let i = 0; i < chain.length; i++) {
      for (const parent of chain[i].parents) {
        const owner = this.exact(parent);
        if (owner && !chain.includes(owner)) chain.push(owner);
      }
    }
    return chain;
  }
}
