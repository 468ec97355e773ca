import { Company } from "../core/company";

/**
 * Companies with the other names sources use for them, and their owners (a subsidiary's parent,
 * a joint venture's partners). A company a line names that is not listed here is taken as its
 * own canonical name, with the owners the line states.
 */
const c = (name: string, aliases: string[] = [], parents: string[] = []): Company => ({
  name,
  aliases,
  parents,
});

export const COMPANIES: Company[] = [
  // owners named by the lines below
  c("China Baoan Group", ["China Baoan", "Baoan Group"]),
  c("China Northern Rare Earth", ["Northern Rare Earth", "China Northern Rare Earth Group"]),
  c("Xiamen Tungsten", ["Xiamen Tungsten (Changting)", "XTC"]),
  c("POSCO Holdings", ["POSCO", "POSCO Group"]),
  c("EcoPro", ["EcoPro Group"]),
  c("Tianqi Lithium", ["Tianqi"]),
  c("IGO", ["IGO Limited", "Independence Group"]),
  c("Zhejiang Huayou Cobalt", ["Huayou Cobalt", "Huayou"]),
  c("GEM", ["GEM Co", "Green Eco-Manufacture"]),
  c("Merdeka Battery Materials", ["MBMA"]),
  c("Tsingshan", ["Tsingshan Holding Group", "Tsingshan (Yongrui)", "Yongrui"]),
  c("LG Energy Solution", ["LGES"]),
  c("Volkswagen Group", ["Volkswagen", "VW"]),
  c("PowerCo", ["PowerCo SE"], ["Volkswagen Group"]),
  c("Lygend", ["Lygend Resources"]),
  c("Harita Nickel", ["Trimegah Bangun Persada"]),

  // companies with lines
  c("AMG Lithium", [], ["AMG Critical Materials"]),
  c("Agratas Energy Storage Solutions", ["Agratas"], ["Tata Sons"]),
  c("Albemarle", ["Albemarle Corporation"]),
  c("Arafura Rare Earths", ["Arafura"]),
  c("Arcadium Lithium", ["Arcadium"]),
  c(
    "Automotive Cells Company",
    ["ACC", "Automotive Cells Company (ACC)"],
    ["Stellantis", "Mercedes-Benz", "TotalEnergies"]
  ),
  c("BASF"),
  c(
    "BTR New Material Group",
    ["BTR", "BTR New Energy Material", "BTR New Material"],
    ["China Baoan Group"]
  ),
  c("BYD Chile", [], ["BYD"]),
  c("Baotou Golden Dragon", [], ["Xiamen Tungsten"]),
  c("Baotou Huamei Rare Earth Hi-Tech", ["Huamei"], ["China Northern Rare Earth"]),
  c("Baotou Huateng New Materials", ["Huateng"]),
  c("Baotou Jigan Rare Earth New Materials", ["Jigan", "Baotou Jigan"]),
  c("Baotou Xinhao Rare Earth New Materials", ["Xinhao", "Baotou Xinhao"]),
  c("Britishvolt"),
  c("Contemporary Amperex Technology", [
    "CATL",
    "CATL (Thuringia plant)",
    "Ningde Shidai",
    "Contemporary Amperex Technology Co. Limited",
    "Brunp",
  ]),
  c("CNGR Advanced Material", ["CNGR", "CNGR Advanced Material (JV with Al Mada)"]),
  c("Covalent Lithium", ["Covalent"], ["Wesfarmers", "SQM"]),
  c("EcoPro BM", [], ["EcoPro"]),
  c("EcoPro CAM Canada", [], ["EcoPro BM", "SK On", "Ford"]),
  c("EcoPro Innovation", [], ["EcoPro"]),
  c("Electra Battery Materials", ["Electra"]),
  c("Element 25", ["E25"]),
  c("Eramet", ["Eramet (Eramine)", "Eramine"]),
  c("Euro Manganese", ["Euro Manganese (Mangan Chvaletice)", "Mangan Chvaletice"]),
  c("Ganfeng Lithium", ["Ganfeng", "Jiangxi Ganfeng Lithium"]),
  c("Gotion High-Tech", ["Gotion", "Guoxuan High-Tech"]),
  c("Gotion Power Morocco", [], ["Gotion High-Tech"]),
  c("Group14 Technologies", ["Group14"]),
  c("HLI Green Power", [], ["Hyundai Motor Group", "LG Energy Solution"]),
  c("HMS Bergbau"),
  c("Hainan Mining"),
  c("Iluka Resources", ["Iluka"]),
  c("KazGraphite", [], ["Sarytogan Graphite"]),
  c("Keliber", [], ["Sibanye-Stillwater"]),
  c("LB Group", ["LB Group (JV with Nanzhang county)", "Lomon Billions"]),
  c("LG Chem"),
  c("Lanzhou Jinchuan Technology Park", [], ["Jinchuan Group"]),
  c("Lithium Americas"),
  c(
    "Lithium Nevada",
    ["Lithium Nevada (Thacker Pass JV)", "Thacker Pass JV"],
    ["Lithium Americas", "General Motors"]
  ),
  c("Lynas Rare Earths", ["Lynas"]),
  c("Lynas Malaysia", [], ["Lynas Rare Earths"]),
  c(
    "MARBL JV",
    ["MARBL", "MARBL JV (Albemarle / Mineral Resources)"],
    ["Albemarle", "Mineral Resources"]
  ),
  c("MP Materials"),
  c(
    "Merdeka Battery Materials / CATL (Brunp)",
    [],
    ["Merdeka Battery Materials", "Contemporary Amperex Technology"]
  ),
  c("Merdeka Battery Materials / GEM", [], ["Merdeka Battery Materials", "GEM"]),
  c(
    "Minera Exar",
    ["Minera Exar (Cauchari-Olaroz)", "Cauchari-Olaroz"],
    ["Ganfeng Lithium", "Lithium Argentina", "JEMSE"]
  ),
  c("Neo Performance Materials", ["Neo", "Neo Performance Materials (Silmet)", "Silmet"]),
  c(
    "Northern Zhaobao Magnet",
    ["Northern Zhaobao Magnet (Inner Mongolia)"],
    ["China Northern Rare Earth"]
  ),
  c("Northvolt Drei", [], ["Northvolt"]),
  c("Nouveau Monde Graphite", ["NMG"]),
  c("Ola Electric", ["Ola"]),
  c("POSCO Argentina", [], ["POSCO Holdings"]),
  c("POSCO Future M", ["POSCO Chemical"], ["POSCO Holdings"]),
  c("POSCO Pilbara Lithium Solution", [], ["POSCO Holdings", "Pilbara Minerals"]),
  c(
    "PT Halmahera Persada Lygend",
    ["Halmahera Persada Lygend", "HPL"],
    ["Harita Nickel", "Lygend"]
  ),
  c(
    "PT Huayue Nickel Cobalt",
    ["PT Huayu Nickel Cobalt", "Huayue Nickel Cobalt", "Huayue"],
    ["Tsingshan", "Zhejiang Huayou Cobalt", "EVE Energy"]
  ),
  c("PT QMB New Energy Materials", ["QMB", "QMB New Energy Materials"], ["GEM"]),
  c("Panasonic Energy", [], ["Panasonic Group"]),
  c("Pilbara Minerals", ["Pilbara", "PLS"]),
  c(
    "Pomalaa HPAL",
    ["Pomalaa HPAL (Zhejiang Huayou Cobalt / Vale Indonesia)"],
    ["Zhejiang Huayou Cobalt", "Vale Indonesia"]
  ),
  c("PowerCo Canada", [], ["PowerCo"]),
  c("Rio Tinto"),
  c("SQM", ["Sociedad Química y Minera", "Sociedad Quimica y Minera de Chile"]),
  c("Sales de Jujuy", ["Sales de Jujuy (Olaroz)"], ["Orocobre", "Toyota Tsusho"]),
  c("Sarytogan Graphite", ["Sarytogan"]),
  c("Shenzhen Yutuo New Energy Technology Group", ["Yutuo"]),
  c("Sumitomo Metal Mining", ["SMM"]),
  c("Syrah Resources", ["Syrah"]),
  c("Talga Group", ["Talga"]),
  c(
    "Talison Lithium",
    ["Talison", "Talison Lithium (Greenbushes JV)"],
    ["Tianqi Lithium Energy Australia", "Albemarle"]
  ),
  c("Taza Metal Technologies"),
  c("Terrafame", [], ["Finnish Minerals Group"]),
  c("Tesla", ["Tesla Inc"]),
  c("Tianqi Lithium Energy Australia", ["TLEA"], ["Tianqi Lithium", "IGO"]),
  c("Toyota Tsusho", ["Toyota Tsusho (Naraha plant)"]),
  c(
    "Twigg Exploration and Mining",
    ["Twigg", "Twigg Exploration and Mining (Balama)"],
    ["Syrah Resources"]
  ),
  c("USA Rare Earth"),
  c("Ultium CAM", [], ["POSCO Future M", "General Motors"]),
  c("Umicore Rechargeable Battery Materials Canada", [], ["Umicore"]),
  c("Vale Indonesia / Zhejiang Huayou Cobalt", [], ["Vale Indonesia", "Zhejiang Huayou Cobalt"]),
  c("Vianode", [], ["Elkem"]),
  c("Xinjiang Nonferrous Metals Group", ["Xinjiang Nonferrous"]),
  c("Yongqing Technology", ["Yongqing Technology (Tsingshan)"], ["Tsingshan"]),
  c("Zhicun Lithium Group", ["Zhicun", "Zhicun Lithium", "Zhicun Lithium Industry Group"]),
  c("e-VAC Magnetics", ["eVAC Magnetics", "e-VAC"], ["VAC Group"]),
];
