import { isWordPrefix } from "./suggest";
import { fold } from "./text";

export interface Company {
  name: string;
  aliases: readonly string[];
  parent: string | null;
}

/** Legal forms dropped before matching, so "BTR New Material Group Co., Ltd." is BTR New Material Group. */
const LEGAL_FORM =
  /\s*,?\s*\b(co\s*,?\s*ltd|company limited|co|ltd|limited|inc|incorporated|corp|corporation|plc|llc|ag|se|sa|s\s*a|gmbh|pty|nv|bv|ab|asa|oyj|tbk|pt|jsc)\b\.?/gi;

export function bareName(name: string): string {
  return fold(name.replace(LEGAL_FORM, " "));
}

/** Outcome of looking a company up: one company, several (an ambiguous prefix), or none. */
export type CompanyMatch = { company: Company } | { ambiguous: Company[] } | null;

/** Canonical companies with their aliases and parents: BTR = BTR New Material Group. */
export class CompanyDirectory {
  private readonly byKey = new Map<string, Company>();
  private readonly companies: Company[] = [];

  constructor(companies: Iterable<Company> = []) {
    for (const c of companies) this.add(c);
  }

  add(company: Company): Company {
    const existing = this.byKey.get(bareName(company.name));
    if (existing) return existing;
    this.companies.push(company);
    for (const name of [company.name, ...company.aliases]) {
      const key = bareName(name);
      if (key !== "" && !this.byKey.has(key)) this.byKey.set(key, company);
    }
    return company;
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

  /** The company (canonical) a stated name means, adding it when the directory does not know it. */
  canonical(name: string, parent: string | null = null): Company {
    const known = this.exact(name);
    if (known) return known;
    const parentName = parent ? this.canonical(parent).name : null;
    return this.add({ name: name.trim(), aliases: [], parent: parentName });
  }

  /** The company and its parents, nearest first. */
  lineage(company: Company): Company[] {
    const chain: Company[] = [];
    for (
      let c: Company | undefined = company;
      c && !chain.includes(c);
      c = c.parent ? this.exact(c.parent) : undefined
    ) {
      chain.push(c);
    }
    return chain;
  }
}
