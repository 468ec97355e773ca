import { Ledger } from "../core/ledger";
import { select } from "../core/query";
import { STATUSES } from "../core/status";

/**
 * A Markdown table of the lines known today: one row per country, one column per material
 * group, and the lines by status below it. Generated from the data, so it cannot drift.
 */
export function coverageTable(ledger: Ledger): string {
  const { lines } = select(ledger, "*", { status: "all", asOf: "9999-12-31" });
  const { materials } = ledger.refs;
  const groupOf = (id: string) => {
    const chain = materials.ancestors(id);
    return chain[chain.length - 2]?.name ?? chain[0].name;
  };
  const groups = [...new Set(lines.map((l) => groupOf(l.material)))].sort();
  const countries = [...new Set(lines.map((l) => l.country ?? "?"))].sort();
  const cell = (country: string, group: string) =>
    lines.filter((l) => l.country === country && groupOf(l.material) === group).length || "";
  const rows = [
    `| country | ${groups.join(" | ")} | all |`,
    `|---|${groups.map(() => "---:").join("|")}|---:|`,
    ...countries.map(
      (c) =>
        `| ${c} | ${groups.map((g) => cell(c, g)).join(" | ")} | ${lines.filter((l) => l.country === c).length} |`
    ),
    `| **all** | ${groups.map((g) => lines.filter((l) => groupOf(l.material) === g).length).join(" | ")} | **${lines.length}** |`,
  ];
  const byStatus = STATUSES.map((s) => `${s} ${lines.filter((l) => l.status === s).length}`);
  return `${rows.join("\n")}\n\nBy status: ${byStatus.join(" · ")}.\n`;
}
