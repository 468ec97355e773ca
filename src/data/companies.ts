import { Company } from "../core/company";

/**
 * Companies with the other names sources use for them, and their parents. A company that a
 * line names and this list does not is taken as its own canonical name.
 */
const c = (name: string, aliases: string[] = [], parent: string | null = null): Company => ({
  name,
  aliases,
  parent,
});

export const COMPANIES: Company[] = [
  c("China Baoan Group", ["China Baoan", "Baoan Group"]),
  c(
    "BTR New Material Group",
    ["BTR", "BTR New Energy Material", "BTR New Material"],
    "China Baoan Group"
  ),
  c("Baotou Xinhao Rare Earth New Materials", ["Xinhao", "Baotou Xinhao"]),
  c("Baotou Jigan Rare Earth New Materials", ["Jigan", "Baotou Jigan"]),
  c("Zhicun Lithium Group", ["Zhicun", "Zhicun Lithium"]),
  c("Contemporary Amperex Technology", [
    "CATL",
    "Contemporary Amperex Technology Co. Limited",
    "Ningde Shidai",
  ]),
];
