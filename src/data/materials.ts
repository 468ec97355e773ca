import { MaterialNode } from "../core/material";

/**
 * The material taxonomy. Synonyms are the ways sources and analysts name a material;
 * a stated material that matches none of them fails the dataset check.
 */
const m = (
  id: string,
  parent: string | null,
  name: string,
  aliases: string[] = [],
  measure: "mass" | "energy" = "mass"
): MaterialNode => ({ id, parent, name, aliases, measure });

export const MATERIALS: MaterialNode[] = [
  m("all", null, "all materials", ["all", "any material"]),

  m("rare-earths", "all", "rare earths", [
    "REE",
    "rare earth",
    "rare earth elements",
    "rare earths processing",
  ]),
  m("ree-concentrate", "rare-earths", "rare earth concentrates", [
    "mixed rare earth carbonate",
    "MREC",
    "rare earth concentrate",
  ]),
  m("ree-oxides", "rare-earths", "rare earth oxides", [
    "REO",
    "separated rare earth oxides",
    "rare earth separation",
    "rare earth extraction and separation",
    "light rare earth separation",
    "rare earth oxide",
  ]),
  m("ndpr-oxide", "ree-oxides", "NdPr oxide", [
    "neodymium-praseodymium oxide",
    "NdPr (neodymium-praseodymium) oxide",
    "didymium oxide",
  ]),
  m("ree-metals", "rare-earths", "REE metals & alloys", [
    "rare earth metals and alloys",
    "rare earth metal and alloy",
    "rare earth metals",
    "REE metals and alloys",
    "REE metals",
  ]),
  m("hydrogen-storage-alloy", "ree-metals", "hydrogen-storage alloy (AB5)", [
    "hydrogen storage alloy",
    "hydrogen storage alloys",
    "AB5 alloy",
    "AB5",
  ]),
  m("heavy-ree-metals", "ree-metals", "heavy rare earth metals & alloys", [
    "heavy rare earth metals and alloys",
  ]),
  m("magnets", "rare-earths", "NdFeB magnets", [
    "rare earth magnets",
    "rare earth permanent magnets",
    "NdFeB permanent magnets",
    "sintered NdFeB magnets",
    "rough NdFeB magnets",
    "sintered NdFeB magnet block",
    "sintered rare earth permanent magnets",
    "permanent magnets",
    "magnets",
    "NdFeB",
  ]),

  m("lithium", "all", "lithium", [
    "lithium salts",
    "lithium carbonate equivalent",
    "LCE",
    "lithium (exploration, mining and processing)",
    "lithium (exploration, production and processing; lithium salts)",
    "lithium (exploration, production and processing of lithium salts)",
    "lithium (mining and processing plant)",
    "lithium chemicals",
  ]),
  m("spodumene", "lithium", "spodumene concentrate", [
    "spodumene",
    "SC6",
    "spodumene (lithium carbonate equivalent)",
    "spodumene concentrate (tailings retreatment)",
    "lithium concentrate",
  ]),
  m("lithium-carbonate", "lithium", "lithium carbonate", [
    "battery-grade lithium carbonate",
    "Li2CO3",
  ]),
  m("lithium-hydroxide", "lithium", "lithium hydroxide", [
    "battery-grade lithium hydroxide",
    "lithium hydroxide monohydrate",
    "battery-grade lithium hydroxide monohydrate",
    "LiOH",
  ]),

  m("nickel", "all", "nickel", ["nickel intermediates"]),
  m("nickel-mhp", "nickel", "nickel in MHP", [
    "mixed hydroxide precipitate",
    "MHP",
    "nickel in mixed hydroxide precipitate (MHP)",
    "nickel (HPAL, metal content)",
    "nickel in mixed hydroxide precipitate",
  ]),
  m("nickel-sulphate", "nickel", "nickel sulphate", [
    "nickel sulfate",
    "battery-grade nickel sulphate",
  ]),

  m("cobalt", "all", "cobalt", []),
  m("cobalt-mhp", "cobalt", "cobalt in MHP", [
    "cobalt in mixed hydroxide precipitate (MHP)",
    "cobalt (HPAL, metal content)",
    "cobalt in mixed hydroxide precipitate",
  ]),
  m("cobalt-sulphate", "cobalt", "cobalt sulphate", [
    "cobalt sulfate",
    "battery-grade cobalt sulfate",
    "battery-grade cobalt sulphate",
  ]),

  m("manganese", "all", "manganese"),
  m("hpmsm", "manganese", "high-purity manganese sulphate", [
    "HPMSM",
    "high-purity manganese sulfate",
    "high-purity manganese sulphate monohydrate (HPMSM)",
    "high-purity manganese sulphate monohydrate",
    "manganese sulphate",
    "manganese sulfate",
  ]),
  m("hpemm", "manganese", "high-purity manganese metal", [
    "high-purity electrolytic manganese metal",
    "electrolytic manganese metal",
    "EMM",
  ]),

  m("graphite", "all", "graphite", [
    "graphite concentrate",
    "graphite concentrate (beneficiation)",
    "flake graphite",
    "natural graphite",
  ]),
  m("purified-graphite", "graphite", "high-purity graphite", [
    "ultra-high-purity graphite",
    "purified graphite",
  ]),

  m("cathode", "all", "cathode", [
    "cathode material",
    "cathode materials",
    "cathode active material",
    "cathode active materials",
    "CAM",
    "cathode active materials and precursors (CAM/pCAM)",
  ]),
  m("ternary-cathode", "cathode", "ternary cathode (NCM/NCA)", [
    "ternary cathode material",
    "ternary cathode",
    "NCM",
    "NCA",
    "NCMA",
    "nickel-based cathode materials",
    "nickel-based cathode materials (NCA/NCM)",
    "high-nickel NCMA cathode",
    "single-crystal NCA cathode materials",
    "cathode material (NCMA)",
    "cathode active material (NCM)",
    "cathode material (high-nickel NCA/NCM)",
    "lithium battery ternary cathode material",
  ]),
  m("lfp-cathode", "cathode", "LFP cathode", [
    "lithium iron phosphate",
    "LFP",
    "lithium iron phosphate (LFP)",
    "lithium iron phosphate (LFP) cathode",
  ]),
  m("lmfp-cathode", "cathode", "LMFP cathode", [
    "LMFP cathode material",
    "LMFP",
    "lithium manganese iron phosphate",
  ]),
  m("pcam", "cathode", "cathode precursor (pCAM)", [
    "cathode precursor",
    "pCAM",
    "precursor cathode active material",
    "ternary cathode precursor (pCAM)",
    "ternary cathode precursor",
  ]),
  // what LFP cathode is made from: iron phosphate, and the purified acid its plants buy
  m("iron-phosphate", "pcam", "iron phosphate", [
    "battery-grade iron phosphate",
    "ferric phosphate",
    "anhydrous iron phosphate",
    "FePO4",
  ]),
  m("phosphoric-acid", "cathode", "purified phosphoric acid", [
    "battery-grade purified phosphoric acid",
    "battery-grade phosphoric acid",
    "purified phosphoric acid (PPA)",
    "PPA",
  ]),

  m("anode", "all", "anode", ["anode material", "anode materials", "anode active material"]),
  m("anode-graphite", "anode", "graphite anode", [
    "anode material (coated spherical graphite)",
    "coated spherical graphite",
    "spherical graphite",
    "graphite anode material",
  ]),
  m("natural-graphite-anode", "anode-graphite", "natural graphite anode", [
    "natural graphite anode material",
    "natural graphite active anode material",
  ]),
  m("synthetic-graphite-anode", "anode-graphite", "synthetic graphite anode", [
    "synthetic anode graphite",
    "synthetic graphite",
    "artificial graphite",
  ]),
  m("silicon-anode", "anode", "silicon anode", [
    "silicon-carbon composite anode material (SCC55)",
    "silicon-carbon composite anode material",
    "silicon-carbon anode",
  ]),

  // the other parts of a cell, each made in plants of its own
  m("separator", "all", "battery separator", [
    "separator",
    "separators",
    "battery separators",
    "lithium-ion battery separator",
    "lithium-ion battery separators",
    "wet-process separator",
    "coated separator",
    "separator film",
  ]),
  m("electrolyte", "all", "electrolyte", [
    "electrolytes",
    "battery electrolyte",
    "liquid electrolyte",
    "LiPF6",
    "lithium hexafluorophosphate",
  ]),
  // the carbonates an electrolyte is mixed in, made in chemical plants of their own
  m("electrolyte-solvents", "electrolyte", "electrolyte solvents", [
    "electrolyte solvent",
    "lithium battery electrolyte solvent",
    "lithium battery electrolyte solvents",
    "carbonate solvent",
    "carbonate solvents",
    "dimethyl carbonate",
    "DMC",
    "ethyl methyl carbonate",
    "EMC",
    "ethylene carbonate",
    "diethyl carbonate",
    "propylene carbonate",
  ]),
  // what cathode and anode slurries carry beside the active material
  m("conductive-additives", "all", "conductive additives", [
    "conductive additive",
    "conductive material",
    "conductive materials",
    "conductive agent",
    "conductive agents",
    "carbon nanotubes",
    "carbon nanotube",
    "CNT",
    "CNTs",
    "CNT conductive paste",
    "conductive paste",
    "acetylene black",
    "conductive carbon black",
    "conductive carbon",
  ]),
  m("binder", "all", "electrode binder", [
    "binder",
    "binders",
    "battery binder",
    "PVDF",
    "polyvinylidene fluoride",
  ]),
  // the metal of flow batteries and the steel alloys its producers also sell
  m("vanadium", "all", "vanadium", [
    "vanadium pentoxide",
    "V2O5",
    "ferrovanadium",
    "vanadium products",
    "high-purity vanadium",
  ]),
  m("vanadium-electrolyte", "vanadium", "vanadium electrolyte", [
    "vanadium flow battery electrolyte",
    "vanadium redox electrolyte",
  ]),
  // the metal that copper-cobalt mines and SX-EW plants make beside cobalt
  m("copper", "all", "copper", [
    "copper cathode",
    "copper cathodes",
    "cathode copper",
    "electrowon copper",
    "electrolytic copper",
    "refined copper",
    "copper metal",
  ]),
  m("copper-foil", "all", "copper foil", [
    "battery copper foil",
    "lithium battery copper foil",
    "electrodeposited copper foil",
    "electrolytic copper foil",
    "copper foils",
  ]),

  m(
    "cells",
    "all",
    "battery cells",
    [
      "lithium-ion battery cells",
      "lithium-ion cells",
      "cells",
      "battery",
      "batteries",
      "gigafactory",
      "cylindrical lithium-ion cells (2170)",
      "lithium-ion battery cells (4680)",
      "lithium-ion battery cells (unified cell)",
      "battery cells (GWh)",
    ],
    "energy"
  ),
];
