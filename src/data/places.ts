import { PlaceKind, PlaceNode, WORLD } from "../core/place";
import { fold } from "../core/text";

/**
 * The gazetteer, one place a row, nested by indentation: kind, name, then aliases after "|".
 * Countries carry their ISO 3166-1 alpha-2 code after the name. Sites a source names that are
 * not listed here are added under their city when the data is loaded.
 */
const GAZETTEER = `
country Argentina AR | Argentine Republic
 region Jujuy
  city Susques
 region Salta
  city General Güemes | General Guemes
 region Catamarca
country Australia AU
 region Northern Territory | NT
 region Western Australia | WA
  city Eneabba
  city Greenbushes
  city Kalgoorlie-Boulder | Kalgoorlie
  city Kemerton
  city Kwinana
  city Southern Cross
 region Queensland | QLD
 region New South Wales | NSW
 region Victoria
 region South Australia
country Canada CA
 region Ontario | ON
  city Loyalist Township | Loyalist
  city St. Thomas | St Thomas | Saint Thomas
  city Temiskaming Shores
 region Quebec | Québec | QC
  city Bécancour | Becancour
  city Saint-Michel-des-Saints
 region British Columbia | BC
 region Manitoba
country Chile CL
 region Antofagasta
  city Antofagasta
 region Atacama
country China CN | PRC | People's Republic of China | Mainland China
 region Fujian
  city Changting
 region Gansu
  city Lanzhou
 region Hainan
  city Dongfang
 region Hubei
  city Nanzhang
 region Inner Mongolia | Nei Mongol | Inner Mongolia Autonomous Region | Neimenggu
  city Baotou
   site Jiuyuan Industrial Park | Jiuyuan
 region Jiangxi
  city Fengcheng
  city Yichun
 region Xinjiang | Xinjiang Uygur Autonomous Region
  city Huocheng County | Huocheng
 region Sichuan
 region Qinghai
 region Guangdong
 region Jiangsu
 region Zhejiang
 region Fujian Province
 region Hunan
 region Shandong
 region Guizhou
 region Yunnan
country Czech Republic CZ | Czechia
 region Pardubice | Pardubice Region
  city Chvaletice
country Estonia EE
 region Ida-Viru | Ida-Viru County
  city Narva
  city Sillamäe | Sillamae
country Finland FI
 region Central Ostrobothnia
  city Kokkola
 region Kainuu
  city Sotkamo
country Germany DE | Deutschland
 region Brandenburg
  city Schwarzheide
 region Rhineland-Palatinate | Rheinland-Pfalz
  city Kaiserslautern
 region Saxony-Anhalt | Sachsen-Anhalt
  city Bitterfeld-Wolfen
 region Schleswig-Holstein
  city Heide
 region Thuringia | Thüringen
  city Arnstadt
country Hungary HU
 region Hajdú-Bihar | Hajdu-Bihar
  city Debrecen
country India IN
 region Gujarat
  city Sanand
 region Tamil Nadu
  city Krishnagiri
country Indonesia ID
 region Central Java | Jawa Tengah
  city Kendal
 region Central Sulawesi | Sulawesi Tengah
  city Morowali
 region North Maluku | Maluku Utara
  city Halmahera | Obi
 region South Sulawesi | Sulawesi Selatan
  city Sorowako | Soroako
 region Southeast Sulawesi | Sulawesi Tenggara
  city Kolaka
 region West Java | Jawa Barat
  city Karawang
country Italy IT
 region Molise
  city Termoli
country Japan JP
 region Ehime
  city Niihama
 region Fukushima
  city Naraha
country Kazakhstan KZ
 region East Kazakhstan
 region Karaganda | Karagandy
  city Agadyr
country Kyrgyzstan KG | Kyrgyz Republic
country Malaysia MY
country Morocco MA | Maroc
 region Casablanca-Settat
  city El Jadida
 region Rabat-Salé-Kénitra | Rabat-Sale-Kenitra
  city Kenitra | Kénitra
 region Tanger-Tétouan-Al Hoceïma | Tanger-Tetouan-Al Hoceima | Tangier-Tetouan-Al Hoceima
  city Tangier | Tanger | Tangiers
   site Mohammed VI Tanger Tech City | Tangier Technopark City | Tanger Tech City | Tangier Tech City | Mohammed VI Tangier Tech City | Tanger Tech
country Mozambique MZ
 region Cabo Delgado
  city Balama
country Norway NO
 region Telemark
  city Porsgrunn
country South Korea KR | Korea | Republic of Korea
 region North Gyeongsang | Gyeongsangbuk-do
  city Pohang
 region South Jeolla | Jeollanam-do
  city Gwangyang
country Sweden SE
 region Norrbotten
  city Luleå | Lulea
  city Skellefteå | Skelleftea
country USA US | United States | United States of America | U.S. | U.S.A. | America
 region Kansas
  city De Soto
 region Louisiana
  city Vidalia
 region Nevada
 region Oklahoma
  city Stillwater
 region South Carolina
  city Sumter
 region Tennessee
  city Clarksville
 region Texas
  city Fort Worth
  city Robstown
  city Seadrift
 region Washington | Washington State
  city Moses Lake
 region North Carolina
 region Georgia State
 region Michigan
 region Ohio
country United Kingdom GB | UK | U.K. | Britain | Great Britain
 region Northumberland
  city Blyth
country Brazil BR
country Bolivia BO
country Democratic Republic of the Congo CD | DRC | DR Congo | Congo-Kinshasa
country Philippines PH
country New Caledonia NC
country Zimbabwe ZW
country Namibia NA
country Mali ML
country Tanzania TZ
country Madagascar MG
country Vietnam VN | Viet Nam
country Thailand TH
country Poland PL
country France FR
country Spain ES
country Portugal PT
country Serbia RS
country Saudi Arabia SA
country Mexico MX
country Peru PE
country Russia RU | Russian Federation
country Myanmar MM | Burma
`;

const KINDS: readonly PlaceKind[] = ["country", "region", "city", "site"];

function parse(table: string): PlaceNode[] {
  const nodes: PlaceNode[] = [
    { id: WORLD, name: "World", kind: "world", parent: null, aliases: ["world", "global", "*"] },
  ];
  const open: string[] = [WORLD]; // the enclosing node at each indentation depth
  for (const row of table.split("\n")) {
    if (row.trim() === "") continue;
    const depth = row.length - row.trimStart().length;
    const [head, ...aliases] = row
      .trim()
      .split("|")
      .map((s) => s.trim());
    const kind = head.slice(0, head.indexOf(" ")) as PlaceKind;
    if (KINDS.indexOf(kind) !== depth) throw new Error(`gazetteer row at the wrong depth: ${row}`);
    let name = head.slice(kind.length + 1);
    let iso: string | undefined;
    if (kind === "country") {
      iso = name.slice(name.lastIndexOf(" ") + 1);
      name = name.slice(0, name.lastIndexOf(" "));
    }
    const parent = open[depth];
    const id =
      parent === WORLD
        ? (iso as string).toLowerCase()
        : `${parent}/${fold(name).replace(/ /g, "-")}`;
    nodes.push({ id, name, kind, parent, aliases: iso ? [...aliases, iso] : aliases, iso });
    open[depth + 1] = id;
  }
  return nodes;
}

export const PLACES: PlaceNode[] = parse(GAZETTEER);
