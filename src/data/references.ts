import { CompanyDirectory } from "../core/company";
import { References } from "../core/line";
import { MaterialTaxonomy } from "../core/material";
import { Gazetteer } from "../core/place";
import { COMPANIES } from "./companies";
import { MATERIALS } from "./materials";
import { PLACES } from "./places";

/** Fresh reference tables: loading lines adds sites and companies to them, so each ledger gets its own. */
export function references(): References {
  return {
    places: new Gazetteer(PLACES),
    materials: new MaterialTaxonomy(MATERIALS),
    companies: new CompanyDirectory(COMPANIES),
  };
}
