import { PlaceKind, PlaceNode, WORLD } from "../core/place";
import { fold } from "../core/text";

/**
 * The gazetteer, one place a row, nested by indentation: kind, name, then aliases after "|".
 * Countries carry their ISO 3166-1 alpha-2 code after the name. A place may skip a level: a
 * city right under its country (Shanghai, Jakarta, or a city whose region the table does not
 * list), a site right under its region (Thacker Pass). Sites a source names that are not listed
 * here are added under their city when the data is loaded.
 */
const GAZETTEER = `
country Argentina AR | Argentine Republic
 city Buenos Aires
 region Jujuy
  city Susques
  city Cauchari-Olaroz | Cauchari Olaroz
  city Olaroz
 region Salta
  city General Güemes | General Guemes
 region Catamarca
  city Hombre Muerto
country Australia AU
 region Northern Territory | NT
  city Darwin
 region Western Australia | WA
  city Bunbury
  city Eneabba
  city Greenbushes
  city Kalgoorlie-Boulder | Kalgoorlie
  city Kemerton
  city Kwinana
  city Mt Holland | Mount Holland
  city Perth
  city Pilgangoora
  city Port Hedland
  city Southern Cross
 region Queensland | QLD
  city Brisbane
  city Townsville
 region New South Wales | NSW
  city Sydney
 region Victoria
  city Melbourne
 region South Australia
  city Whyalla
  city Adelaide
country Canada CA
 region Ontario | ON
  city Loyalist Township | Loyalist
  city Ottawa
  city St. Thomas | St Thomas | Saint Thomas
  city Temiskaming Shores
  city Toronto
 region Quebec | Québec | QC
  city Bécancour | Becancour
  city James Bay
  city Montreal
  city Saint-Michel-des-Saints
 region British Columbia | BC
  city Vancouver
 region Manitoba
country Chile CL
 city Santiago
 region Antofagasta
  city Antofagasta
  city Salar de Atacama
  city Salar del Carmen
 region Atacama
country China CN | PRC | People's Republic of China | Mainland China
 city Beijing
 city Hefei
 city Hong Kong
 city Shanghai
 region Fujian
  city Changting
  city Ningde
  city Xiamen
 region Gansu
  city Lanzhou
  city Jinchang
 region Hainan
  city Dongfang
 region Hubei
  city Nanzhang
  city Jingmen
  city Wuhan
 region Inner Mongolia | Nei Mongol | Inner Mongolia Autonomous Region | Neimenggu
  city Baotou
   site Jiuyuan Industrial Park | Jiuyuan
  city Hohhot
  city Ordos
 region Jiangxi
  city Fengcheng
  city Ganzhou
  city Yichun
 region Xinjiang | Xinjiang Uygur Autonomous Region
  city Huocheng County | Huocheng
 region Sichuan
  city Chengdu
  city Suining
  city Yibin
 region Qinghai
  city Golmud
  city Xining
 region Guangdong
  city Guangzhou
  city Huizhou
  city Shenzhen
  city Zhuhai
 region Jiangsu
  city Changzhou
 region Zhejiang
  city Hangzhou
  city Ningbo
  city Quzhou
 region Fujian Province
 region Hunan
  city Xiangtan
  city Changsha
 region Shandong
 region Guizhou
  city Guiyang
 region Yunnan
  city Anning
  city Qujing
  city Yuxi
country Czech Republic CZ | Czechia
 city Prague
 region Pardubice | Pardubice Region
  city Chvaletice
country Estonia EE
 city Tallinn
 region Ida-Viru | Ida-Viru County
  city Narva
  city Sillamäe | Sillamae
country Finland FI
 city Helsinki
 region Central Ostrobothnia
  city Kokkola
 region Kainuu
  city Sotkamo
country Germany DE | Deutschland
 city Berlin
 city Frankfurt
 city Munich
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
 region Lower Saxony | Niedersachsen
  city Salzgitter
country Hungary HU
 city Budapest
 region Hajdú-Bihar | Hajdu-Bihar
  city Debrecen
country India IN
 city Bengaluru
 city Delhi
 city Mumbai
 city New Delhi
 region Gujarat
  city Sanand
 region Tamil Nadu
  city Krishnagiri
  city Chennai
country Indonesia ID
 city Jakarta
 city Java
 city Sulawesi
 region Central Java | Jawa Tengah
  city Kendal
 region Central Sulawesi | Sulawesi Tengah
  city Morowali
 region North Maluku | Maluku Utara
  city Halmahera | Obi
  city Weda Bay
 region South Sulawesi | Sulawesi Selatan
  city Sorowako | Soroako
 region Southeast Sulawesi | Sulawesi Tenggara
  city Kolaka
  city Pomalaa
 region West Java | Jawa Barat
  city Karawang
country Italy IT
 region Molise
  city Termoli
country Japan JP
 city Osaka
 city Tokyo
 region Ehime
  city Niihama
 region Fukushima
  city Naraha
country Kazakhstan KZ
 city Almaty
 city Astana
 region East Kazakhstan
 region Karaganda | Karagandy
  city Agadyr
country Kyrgyzstan KG | Kyrgyz Republic
 city Bishkek
country Malaysia MY
 region Pahang
  city Kuantan
 city Kuala Lumpur
country Morocco MA | Maroc
 region Casablanca-Settat
  city Casablanca
  city El Jadida
  city Jorf Lasfar
 region Rabat-Salé-Kénitra | Rabat-Sale-Kenitra
  city Rabat
  city Kenitra | Kénitra
 region Tanger-Tétouan-Al Hoceïma | Tanger-Tetouan-Al Hoceima | Tangier-Tetouan-Al Hoceima
  city Tangier | Tanger | Tangiers
   site Mohammed VI Tanger Tech City | Tangier Technopark City | Tanger Tech City | Tangier Tech City | Mohammed VI Tangier Tech City | Tanger Tech
country Mozambique MZ
 region Cabo Delgado
  city Balama
country Norway NO
 city Oslo
 region Telemark
  city Porsgrunn
country South Korea KR | Korea | Republic of Korea
 city Sejong
 city Seoul
 city Ulsan
 region North Gyeongsang | Gyeongsangbuk-do
  city Pohang
 region South Jeolla | Jeollanam-do
  city Gwangyang
 region North Jeolla | Jeollabuk-do
  city Gunsan
  city Saemangeum
 region North Chungcheong | Chungcheongbuk-do
  city Cheongju
  city Ochang
country Sweden SE
 city Stockholm
 region Norrbotten
  city Luleå | Lulea
  city Skellefteå | Skelleftea
country USA US | United States | United States of America | U.S. | U.S.A. | America
 region Kansas
  city De Soto
 region Louisiana
  city Vidalia
 region Nevada
  city Reno
  site Thacker Pass
 region Oklahoma
  city Stillwater
 region South Carolina
  city Sumter
 region Tennessee
  city Clarksville
  city Nashville
 region Texas
  city Austin
  city Dallas
  city Fort Worth
  city Houston
  city Robstown
  city Seadrift
 region Washington | Washington State
  city Moses Lake
 region North Carolina
  city Charlotte
 region Georgia State | Georgia
 region Michigan
  city Detroit
 region Ohio
 region Arizona
  city Queen Creek
 region Indiana
  city Kokomo
country United Kingdom GB | UK | U.K. | Britain | Great Britain
 city London
 region Northumberland
  city Blyth
country Brazil BR
 region Minas Gerais
  city Araçuaí | Aracuai
  city Itinga
country Bolivia BO
 city La Paz
country Democratic Republic of the Congo CD | DRC | DR Congo | Congo-Kinshasa
 city Kinshasa
 city Lubumbashi
country Philippines PH
 city Manila
country New Caledonia NC
country Zimbabwe ZW
 city Harare
country Namibia NA
 city Windhoek
country Mali ML
 city Bamako
country Tanzania TZ
 city Dar es Salaam
country Madagascar MG
 city Antananarivo
country Vietnam VN | Viet Nam
 city Hanoi
country Thailand TH
 city Bangkok
country Poland PL
 city Warsaw
country France FR
 city Dunkirk
 city Paris
 region Hauts-de-France
  city Billy-Berclau
  city Douvrin
country Spain ES
 city Madrid
 region Valencia | Valencian Community
  city Sagunto
country Portugal PT
 city Lisbon
country Serbia RS
 city Belgrade
country Saudi Arabia SA
 city Riyadh
country Mexico MX
 city Mexico City
country Peru PE
 city Lima
country Russia RU | Russian Federation
 city Moscow
country Myanmar MM | Burma
`;

const KINDS: readonly PlaceKind[] = ["country", "region", "city", "site"];

function parse(table: string): PlaceNode[] {
  const nodes: PlaceNode[] = [
    { id: WORLD, name: "World", kind: "world", parent: null, aliases: ["world", "global", "*"] },
  ];
  // the enclosing node at each indentation depth, and its kind's rank (the world's is -1)
  const open: Array<{ id: string; rank: number }> = [{ id: WORLD, rank: -1 }];
  for (const row of table.split("\n")) {
    if (row.trim() === "") continue;
    const depth = row.length - row.trimStart().length;
    const [head, ...aliases] = row
      .trim()
      .split("|")
      .map((s) => s.trim());
    const kind = head.slice(0, head.indexOf(" ")) as PlaceKind;
    const rank = KINDS.indexOf(kind);
    // a place nests one step in, is finer than what holds it, and only countries are top-level
    if (
      rank < 0 ||
      depth >= open.length ||
      rank <= open[depth].rank ||
      (depth === 0) !== (rank === 0)
    )
      throw new Error(`gazetteer row at the wrong depth: ${row}`);
    let name = head.slice(kind.length + 1);
    let iso: string | undefined;
    if (kind === "country") {
      iso = name.slice(name.lastIndexOf(" ") + 1);
      name = name.slice(0, name.lastIndexOf(" "));
    }
    const parent = open[depth].id;
    const id =
      parent === WORLD
        ? (iso as string).toLowerCase()
        : `${parent}/${fold(name).replace(/ /g, "-")}`;
    nodes.push({ id, name, kind, parent, aliases: iso ? [...aliases, iso] : aliases, iso });
    open.length = depth + 1;
    open.push({ id, rank });
  }
  return nodes;
}

export const PLACES: PlaceNode[] = parse(GAZETTEER);
