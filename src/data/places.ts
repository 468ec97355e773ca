import { PlaceKind, PlaceNode, WORLD } from "../core/place";
import { fold } from "../core/text";

/**
 * The gazetteer, one place a row, nested by indentation: kind, name, then aliases after "|".
 * Countries carry their ISO 3166-1 alpha-2 code after the name. A place may skip a level: a
 * city right under its country (Shanghai, Jakarta, or a city whose region the table does not
 * list), a site right under its region (Thacker Pass). Sites a source names that are not listed
 * here are added under their city when the data is loaded.
 *
 * The extractor reads every name here in articles, so a name that is also a common word, a
 * person's or a company's (Commerce, Warren, Marshall, Windsor, Göd, which folds to "god") is left
 * out, and a town inside another listed place is a site of it (Liyang in Changzhou, Bourbourg in
 * Dunkirk): two sibling places in one sentence read as two plants. A name two places share is
 * narrowed by an enclosing place ("Holland, Michigan"); the extractor takes the one listed first.
 */
const GAZETTEER = `
country Argentina AR | Argentine Republic
 city Buenos Aires
 region Buenos Aires Province | Provincia de Buenos Aires
  city Bahía Blanca | Bahia Blanca
  city La Plata
 region Jujuy
  city Susques
  city Cauchari-Olaroz | Cauchari Olaroz
  city Olaroz
  city San Salvador de Jujuy
  city Palpalá | Palpala
 region Salta
  city General Güemes | General Guemes
  city Salar de Pocitos | Pocitos
  city Salar del Rincón | Salar del Rincon
  city Salar de Pastos Grandes | Pastos Grandes
  city Tolar Grande
  city San Antonio de los Cobres
 region Catamarca
  city Hombre Muerto | Salar del Hombre Muerto | Salar de Hombre Muerto
  city Fiambalá | Fiambala
  city Antofagasta de la Sierra
  site Tres Quebradas
 region Chaco
 region Chubut
 region Córdoba | Cordoba
 region Corrientes
 region Entre Ríos | Entre Rios
 region Formosa Province
 region La Pampa
 region La Rioja
 region Mendoza
 region Misiones
 region Neuquén | Neuquen
  site Vaca Muerta
 region Río Negro | Rio Negro
 region San Juan
 region San Luis
 region Santa Cruz
 region Santa Fe
  city Rosario
 region Santiago del Estero
 region Tierra del Fuego
 region Tucumán | Tucuman
country Australia AU
 region Northern Territory | NT
  city Darwin
  city Alice Springs
  city Tennant Creek
  site Nolans | Nolans Bore
  site Finniss
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
  city Ravensthorpe
  city Murrin Murrin
  city Kambalda
  city Esperance
  city Geraldton
  city Karratha
  city Laverton
  city Onslow
  city Forrestania
  site Wodgina
  site Bald Hill
  site Mt Marion | Mount Marion
  site Mt Cattlin | Mount Cattlin
  site Mt Weld | Mount Weld
  site Mt Keith | Mount Keith
  site Kathleen Valley
  site Browns Range
 region Queensland | QLD
  city Brisbane
  city Townsville
  city Gladstone
  city Mount Isa | Mt Isa
  city Cloncurry
  city Julia Creek
 region New South Wales | NSW
  city Sydney
  city Dubbo
  city Broken Hill
 region Victoria
  city Melbourne
  city Geelong
 region South Australia
  city Whyalla
  city Adelaide
  city Port Pirie
  city Roxby Downs
  site Olympic Dam
 region Tasmania
  city Hobart
  city Bell Bay
 region Australian Capital Territory | ACT
  city Canberra
country Canada CA
 region Ontario | ON | Ont.
  city Loyalist Township | Loyalist
  city Ottawa
  city St. Thomas | St Thomas | Saint Thomas
  city Temiskaming Shores
  city Toronto
  city Sudbury | Greater Sudbury
  city Thunder Bay
  city Timmins
  city Nipigon
  city Beardmore
  city Red Rock
  city Kenora
  city Sault Ste. Marie | Sault Ste Marie | Sault Sainte Marie
  city Port Colborne
  city Alliston
  city Mississauga
  city Brampton
  city Kirkland Lake
  site Georgia Lake
 region Quebec | Québec | QC | Que.
  city Bécancour | Becancour
  city James Bay
  city Montreal
  city Saint-Michel-des-Saints
  city Chibougamau
  city Matagami
  city Sept-Îles | Sept-Iles | Sept Iles
  city Baie-Comeau
  city Trois-Rivières | Trois-Rivieres
  city Shawinigan
  city Saguenay
  city Val-d'Or | Val d'Or
  city La Corne
  city Salaberry-de-Valleyfield | Valleyfield
  city Varennes
 region British Columbia | BC
  city Vancouver
  city Kitimat
  city Prince George
 region Manitoba
  city Winnipeg
  site Bernic Lake | Tanco
 region Alberta
  city Fort Saskatchewan
  city Edmonton
  city Calgary
 region Saskatchewan | Sask.
  city Saskatoon
 region New Brunswick | N.B.
 region Newfoundland and Labrador | Newfoundland & Labrador | Newfoundland | Nfld.
  city Long Harbour
  city Labrador City
  site Voisey's Bay | Voiseys Bay
 region Nova Scotia | N.S.
 region Prince Edward Island
 region Northwest Territories
  city Yellowknife
  site Nechalacho
 region Yukon
  city Whitehorse
 region Nunavut
  city Iqaluit
country Chile CL
 region Santiago Metropolitan Region | Región Metropolitana | Region Metropolitana | Santiago Metropolitan
  city Santiago
 region Antofagasta
  city Antofagasta
   site La Negra
  city Salar de Atacama
  city Salar del Carmen
  city Mejillones
  city Calama
  city Tocopilla
  city San Pedro de Atacama
  site Escondida
  site Chuquicamata
 region Atacama
  city Copiapó | Copiapo
  city Salar de Maricunga | Maricunga
  city Salar de Pedernales
 region Arica y Parinacota | Arica and Parinacota
 region Tarapacá | Tarapaca
  city Iquique
 region Coquimbo
 region Valparaíso | Valparaiso
 region O'Higgins Region | Libertador General Bernardo O'Higgins
 region Maule
 region Ñuble | Nuble
 region Biobío | Bío Bío | Biobio | Bio Bio
 region La Araucanía | Araucanía | Araucania
 region Los Ríos | Los Rios
 region Los Lagos
 region Aysén | Aysen
 region Magallanes | Magallanes and Chilean Antarctica
country China CN | PRC | People's Republic of China | Mainland China
 city Beijing
 city Hong Kong
 city Macau | Macao
 city Shanghai
 city Tianjin
 city Chongqing
 region Anhui
  city Hefei
  city Tongling
  city Bengbu
  city Wuhu
  city Chuzhou
  city Anqing
  city Ma'anshan | Maanshan
  city Huaibei
  city Huainan
  city Chizhou
  city Xuancheng
  city Lu'an
  city Fuyang
  city Bozhou
 region Fujian
  city Changting
  city Ningde
  city Xiamen
  city Fuzhou
  city Longyan
  city Sanming
  city Quanzhou
  city Zhangzhou
  city Putian
  city Nanping
 region Gansu
  city Lanzhou
  city Jinchang | Jinchuan District
  city Baiyin
  city Jiayuguan
  city Tianshui
  city Wuwei
  city Zhangye
  city Jiuquan
 region Hainan
  city Dongfang
  city Haikou
  city Sanya
  city Danzhou
   site Yangpu
 region Hubei
  city Nanzhang
  city Jingmen
  city Wuhan
  city Yichang
  city Xiangyang
  city Shiyan
  city Jingzhou
  city Huangshi
  city Ezhou
  city Xiaogan
  city Huanggang
  city Xianning
  city Suizhou
  city Enshi
 region Inner Mongolia | Nei Mongol | Inner Mongolia Autonomous Region | Neimenggu
  city Baotou
   site Jiuyuan Industrial Park | Jiuyuan
   site Bayan Obo | Bayan Ebo
  city Hohhot
  city Ordos
  city Chifeng
  city Tongliao
  city Wuhai
  city Bayannur
  city Ulanqab | Wulanchabu
  city Hulunbuir
  city Xilinhot
 region Jiangxi
  city Fengcheng
  city Ganzhou
  city Yichun
   site Yifeng
  city Nanchang
  city Xinyu
  city Jiujiang
  city Jingdezhen
  city Pingxiang
  city Shangrao
  city Ji'an
  city Yingtan
 region Xinjiang | Xinjiang Uygur Autonomous Region | Xinjiang Uyghur Autonomous Region
  city Huocheng County | Huocheng
  city Ürümqi | Urumqi
  city Karamay
  city Hami | Kumul
  city Changji
   site Zhundong
  city Shihezi
  city Korla
  city Kashgar
  city Turpan
  city Altay
 region Sichuan
  city Chengdu
  city Suining
   site Shehong
  city Yibin
  city Meishan
  city Deyang
  city Mianyang
  city Leshan
  city Zigong
  city Luzhou
  city Neijiang
  city Nanchong
  city Guang'an | Guangan
  city Dazhou
  city Ya'an | Yaan
  city Ziyang
  city Panzhihua
  city Ngawa | Aba Prefecture | Aba Tibetan and Qiang Autonomous Prefecture
   site Barkam | Maerkang
  city Garzê | Garze | Ganzi | Garzê Tibetan Autonomous Prefecture | Ganzi Tibetan Autonomous Prefecture
   site Jiajika
  city Liangshan
 region Qinghai
  city Golmud
   site Qarhan Salt Lake | Qarhan | Chaerhan Salt Lake | Chaerhan
  city Xining
  city Da Qaidam | Dachaidan | Da Chaidam
  city Delingha
  city Mangnai | Mangya
 region Guangdong
  city Guangzhou
  city Huizhou
  city Shenzhen
  city Zhuhai
  city Zhaoqing
  city Foshan
  city Dongguan
  city Jiangmen
  city Shantou
  city Zhanjiang
  city Maoming
  city Qingyuan
  city Shaoguan
  city Meizhou
  city Heyuan
  city Jieyang
  city Zhongshan
 region Jiangsu
  city Changzhou
   site Liyang
   site Jintan
  city Nanjing
  city Suzhou
   site Zhangjiagang
   site Changshu
   site Kunshan
  city Wuxi
   site Jiangyin
   site Yixing
  city Nantong
  city Yancheng
  city Xuzhou
  city Lianyungang
  city Huai'an | Huaian
  city Yangzhou
  city Zhenjiang
  city Suqian
 region Zhejiang
  city Hangzhou
  city Ningbo
   site Cixi
  city Quzhou
  city Shaoxing
  city Huzhou
   site Changxing
  city Jiaxing
   site Tongxiang
   site Haining
  city Jinhua
  city Wenzhou
  city Lishui
  city Zhoushan
 region Fujian Province
 region Hunan
  city Xiangtan
  city Changsha
   site Ningxiang
  city Zhuzhou
  city Chenzhou
  city Yiyang
  city Changde
  city Hengyang
  city Yueyang
  city Loudi
  city Shaoyang
  city Yongzhou
  city Huaihua
 region Shandong
  city Zibo
  city Zaozhuang
  city Jinan
  city Qingdao
  city Yantai
  city Weifang
  city Dongying
  city Jining
  city Linyi
  city Weihai
  city Rizhao
  city Binzhou
  city Dezhou
  city Liaocheng
  city Heze
  city Tai'an | Taian
 region Guizhou
  city Guiyang
  city Zunyi
  city Tongren
  city Kaiyang | Kaiyang County
  city Fuquan
  city Anshun
  city Bijie
  city Liupanshui
 region Yunnan
  city Anning
  city Qujing
  city Yuxi
  city Kunming
  city Chuxiong
  city Honghe
   site Gejiu
  city Wenshan
  city Zhaotong
  city Lijiang
  city Lincang
 region Guangxi | Guangxi Zhuang Autonomous Region
  city Nanning
  city Qinzhou
  city Fangchenggang
  city Guigang
  city Beihai
  city Liuzhou
  city Guilin
  city Baise
  city Hechi
  city Wuzhou
  city Chongzuo
  city Laibin
 region Hebei
  city Shijiazhuang
  city Tangshan
  city Baoding
  city Handan
  city Xingtai
  city Cangzhou
  city Langfang
  city Zhangjiakou
  city Chengde
  city Qinhuangdao
  city Hengshui
 region Heilongjiang
  city Harbin
  city Jixi
  city Hegang
   site Luobei
  city Qitaihe
  city Daqing
  city Mudanjiang
  city Jiamusi
  city Qiqihar
  city Shuangyashan
 region Henan
  city Zhengzhou
  city Luoyang
  city Xinxiang
  city Jiaozuo
  city Pingdingshan
  city Xuchang
  city Sanmenxia
  city Kaifeng
  city Anyang
  city Shangqiu
  city Xinyang
 region Jilin
  city Changchun
  city Siping
  city Tonghua
  city Baishan
  city Songyuan
  city Liaoyuan
  city Baicheng
 region Liaoning
  city Shenyang
  city Dalian
  city Anshan
  city Yingkou
  city Fushun
  city Benxi
  city Dandong
  city Jinzhou
  city Huludao
  city Panjin
  city Tieling
  city Fuxin
  city Liaoyang
 region Ningxia | Ningxia Hui Autonomous Region
  city Yinchuan
   site Ningdong
  city Shizuishan
  city Zhongwei
 region Shaanxi
  city Xi'an | Xian
  city Baoji
  city Xianyang
  city Weinan
  city Yan'an | Yanan
  city Hanzhong
  city Ankang
  city Shangluo
  city Tongchuan
 region Shanxi
  city Taiyuan
  city Datong
  city Changzhi
  city Jinzhong
  city Yuncheng
  city Xinzhou
  city Linfen
  city Lüliang | Lvliang | Luliang
  city Yangquan
  city Jincheng
  city Shuozhou
 region Tibet | Xizang | Tibet Autonomous Region | Xizang Autonomous Region
  city Lhasa
  city Shigatse | Xigaze
  city Ngari
  city Nagqu
  site Zabuye | Zabuye Salt Lake
country Czech Republic CZ | Czechia
 city Prague
 region Pardubice | Pardubice Region
  city Chvaletice
 region Central Bohemian Region | Central Bohemia | Středočeský kraj | Stredocesky kraj
  city Kolín | Kolin
  city Mladá Boleslav | Mlada Boleslav
 region South Bohemian Region | South Bohemia
 region Plzeň Region | Plzen Region | Pilsen Region
  city Plzeň | Plzen | Pilsen
 region Karlovy Vary Region
  city Horní Slavkov | Horni Slavkov
 region Ústí nad Labem Region | Usti nad Labem Region | Ústí Region | Usti Region
  city Teplice
   site Cínovec | Cinovec
  city Prunéřov | Prunerov
  city Ledvice
 region Liberec Region
 region Hradec Králové Region | Hradec Kralove Region
 region Vysočina | Vysocina | Vysočina Region
 region South Moravian Region | South Moravia
  city Brno
 region Olomouc Region
 region Zlín Region | Zlin Region
 region Moravian-Silesian Region | Moravian-Silesian
  city Ostrava
country Estonia EE
 city Tallinn
 region Ida-Viru | Ida-Viru County
  city Narva
  city Sillamäe | Sillamae
country Finland FI
 region Uusimaa
  city Helsinki
  city Espoo
 region Central Ostrobothnia
  city Kokkola
  city Kaustinen
 region Kainuu
  city Sotkamo
 region Satakunta
  city Harjavalta
  city Pori
 region Kymenlaakso
  city Hamina
  city Kotka
 region Ostrobothnia
  city Vaasa
 region South Ostrobothnia
  city Kaskinen
 region North Ostrobothnia
  city Oulu
  city Raahe
 region Lapland | Lappi | Finnish Lapland
  city Tornio
  city Sodankylä | Sodankyla
  site Sakatti
 region Southwest Finland | Varsinais-Suomi | Finland Proper
  city Turku
 region Pirkanmaa
  city Tampere
 region Kanta-Häme | Kanta-Hame
 region Päijät-Häme | Paijat-Hame
 region South Karelia
  city Lappeenranta
 region South Savo
 region North Savo
 region North Karelia
 region Central Finland
 region Åland | Aland
country Germany DE | Deutschland
 city Berlin
 city Hamburg
 city Bremen
 city Bremerhaven
 region Hesse | Hessen
  city Frankfurt | Frankfurt am Main
   site Industriepark Höchst | Industriepark Hoechst | Höchst Industrial Park | Hoechst Industrial Park
  city Wiesbaden
  city Hanau
 region Bavaria | Bayern
  city Munich | München | Muenchen
  city Augsburg
  city Straubing
  city Dingolfing
  city Regensburg
  city Nuremberg | Nürnberg | Nuernberg
  city Nördlingen | Nordlingen | Noerdlingen
 region Brandenburg
  city Schwarzheide
  city Grünheide | Gruenheide | Grunheide
  city Guben
  city Eisenhüttenstadt | Eisenhuttenstadt | Eisenhuettenstadt
  city Lauchhammer
  city Cottbus
 region Rhineland-Palatinate | Rheinland-Pfalz
  city Kaiserslautern
  city Ludwigshafen
  city Landau
   site Insheim
  city Mainz
 region Saxony-Anhalt | Sachsen-Anhalt
  city Bitterfeld-Wolfen
  city Magdeburg
  city Leuna
 region Schleswig-Holstein
  city Heide
  city Itzehoe
 region Thuringia | Thüringen
  city Arnstadt
   site Erfurter Kreuz
  city Erfurt
 region Lower Saxony | Niedersachsen
  city Salzgitter
  city Braunschweig
  city Hanover | Hannover
  city Stade
 region Baden-Württemberg | Baden-Wurttemberg | Baden-Wuerttemberg
  city Stuttgart
  city Ulm
  city Ellwangen
  city Karlsruhe
  city Heilbronn
  city Mannheim
 region Mecklenburg-Vorpommern | Mecklenburg-Western Pomerania
  city Rostock
 region North Rhine-Westphalia | Nordrhein-Westfalen | NRW
  city Münster | Munster | Muenster
  city Düsseldorf | Dusseldorf | Duesseldorf
  city Cologne | Köln | Koln
  city Duisburg
  city Leverkusen
  city Dormagen
  city Krefeld
 region Saarland
  city Saarbrücken | Saarbrucken | Saarbruecken
 region Saxony | Sachsen
  city Leipzig
  city Dresden
  city Chemnitz
  city Zwickau
  city Kamenz
  city Freiberg
country Hungary HU
 city Budapest
 region Hajdú-Bihar | Hajdu-Bihar
  city Debrecen
 region Komárom-Esztergom | Komarom-Esztergom
  city Komárom | Komarom
 region Fejér | Fejer
  city Iváncsa | Ivancsa
  city Székesfehérvár | Szekesfehervar
 region Pest County
 region Szabolcs-Szatmár-Bereg | Szabolcs-Szatmar-Bereg
  city Nyíregyháza | Nyiregyhaza
 region Győr-Moson-Sopron | Gyor-Moson-Sopron
  city Győr | Gyor
 region Bács-Kiskun | Bacs-Kiskun
  city Kecskemét | Kecskemet
 region Csongrád-Csanád | Csongrad-Csanad | Csongrád | Csongrad
  city Szeged
 region Borsod-Abaúj-Zemplén | Borsod-Abauj-Zemplen
  city Miskolc
  city Tiszaújváros | Tiszaujvaros
  city Kazincbarcika
 region Baranya
 region Békés | Bekes
 region Heves
 region Jász-Nagykun-Szolnok | Jasz-Nagykun-Szolnok
 region Nógrád | Nograd
 region Somogy
 region Tolna
 region Vas County
 region Veszprém | Veszprem
 region Zala | Zala County
country India IN
 city Delhi
 city New Delhi
 region Gujarat
  city Sanand
  city Jamnagar
  city Dholera
  city Mundra
  city Bharuch
   site Dahej
  city Vadodara
 region Tamil Nadu
  city Krishnagiri
   site Hosur
  city Chennai
 region Karnataka
  city Bengaluru | Bangalore
 region Maharashtra
  city Mumbai | Bombay
  city Pune
  city Nagpur
 region Andhra Pradesh
  city Visakhapatnam | Vizag
  city Anantapur | Anantapuramu
 region Arunachal Pradesh
 region Assam
 region Bihar
 region Chhattisgarh
  city Raipur
 region Goa
 region Haryana
  city Gurugram | Gurgaon
  city Manesar
 region Himachal Pradesh
 region Jharkhand
  city Jamshedpur
 region Kerala
 region Madhya Pradesh
 region Manipur
 region Meghalaya
 region Mizoram
 region Nagaland
 region Odisha | Orissa
  city Bhubaneswar
  city Angul
  city Jharsuguda
  city Paradip
 region Punjab
 region Rajasthan
  city Jaipur
  city Udaipur
 region Sikkim
 region Telangana
  city Hyderabad
  city Mahabubnagar
 region Tripura
 region Uttar Pradesh
  city Noida
  city Lucknow
 region Uttarakhand
 region West Bengal
  city Kolkata | Calcutta
 region Jammu and Kashmir | Jammu & Kashmir
  city Reasi
 region Ladakh
 region Puducherry | Pondicherry
country Indonesia ID
 city Jakarta
 city Java
 city Sulawesi
 region Central Java | Jawa Tengah
  city Kendal
  city Batang
  city Semarang
 region Central Sulawesi | Sulawesi Tengah
  city Morowali
   site Bahodopi
   site Fatufia
   site Bungku
  city North Morowali | Morowali Utara
  city Palu
  city Banggai
 region North Maluku | Maluku Utara
  city Halmahera | Obi
   site Kawasi
  city Weda Bay
   site Lelilef
  city East Halmahera | Halmahera Timur
  city Ternate
  city Sofifi
 region South Sulawesi | Sulawesi Selatan
  city Sorowako | Soroako
  city Makassar
  city Bantaeng
 region Southeast Sulawesi | Sulawesi Tenggara
  city Kolaka
  city Pomalaa
  city Kendari
  city Konawe
   site Morosi
  city North Konawe | Konawe Utara
 region West Java | Jawa Barat
  city Karawang
  city Bekasi
   site Cikarang
  city Bandung
 region East Java | Jawa Timur
  city Gresik
  city Surabaya
 region Banten
  city Cilegon
 region Yogyakarta | Special Region of Yogyakarta | DI Yogyakarta
 region Aceh
 region North Sumatra | Sumatera Utara
  city Medan
 region West Sumatra | Sumatera Barat
 region Riau
 region Riau Islands | Kepulauan Riau
  city Batam
  city Bintan
 region Jambi
 region South Sumatra | Sumatera Selatan
 region Bengkulu
 region Lampung
 region Bangka Belitung Islands | Bangka Belitung | Bangka-Belitung | Kepulauan Bangka Belitung
 region Bali
 region West Nusa Tenggara | Nusa Tenggara Barat
 region East Nusa Tenggara | Nusa Tenggara Timur
 region West Kalimantan | Kalimantan Barat
  city Ketapang
  city Mempawah
 region Central Kalimantan | Kalimantan Tengah
 region South Kalimantan | Kalimantan Selatan
 region East Kalimantan | Kalimantan Timur
  city Balikpapan
 region North Kalimantan | Kalimantan Utara
 region North Sulawesi | Sulawesi Utara
 region Gorontalo
 region West Sulawesi | Sulawesi Barat
 region Maluku
 region Papua
 region West Papua | Papua Barat
 region South Papua | Papua Selatan
 region Central Papua | Papua Tengah
 region Highland Papua | Papua Pegunungan
 region Southwest Papua | Papua Barat Daya
country Italy IT
 region Molise
  city Termoli
 region Abruzzo
 region Aosta Valley | Valle d'Aosta
 region Apulia | Puglia
  city Brindisi
  city Taranto
 region Basilicata
  city Melfi
 region Calabria
 region Campania
  city Teverola
  city Naples | Napoli
 region Emilia-Romagna
 region Friuli-Venezia Giulia | Friuli Venezia Giulia
 region Lazio
  city Rome
 region Liguria
 region Lombardy | Lombardia
  city Milan | Milano
 region Marche
 region Piemonte | Piedmont Region
  city Turin | Torino
  city Scarmagno
 region Sardinia | Sardegna
 region Sicily | Sicilia
 region Trentino-Alto Adige | Trentino-South Tyrol
 region Tuscany | Toscana
 region Umbria
 region Veneto
country Japan JP
 city Tokyo
 region Osaka Prefecture
  city Osaka
  city Sakai City
  city Kaizuka
  city Moriguchi
 region Ehime | Ehime Prefecture
  city Niihama
 region Fukushima | Fukushima Prefecture
  city Naraha
  city Iwaki
 region Hyogo | Hyōgo | Hyogo Prefecture
  city Himeji
  city Kakogawa
  city Kobe
  city Sumoto
 region Toyama | Toyama Prefecture
 region Ibaraki | Ibaraki Prefecture
  city Tsukuba
 region Kanagawa | Kanagawa Prefecture
  city Yokohama
 region Aichi | Aichi Prefecture
  city Nagoya
 region Fukuoka | Fukuoka Prefecture
  city Kitakyushu
  city Omuta | Ōmuta
 region Aomori | Aomori Prefecture
  city Hachinohe
 region Fukui | Fukui Prefecture
  city Tsuruga
 region Yamaguchi Prefecture
  city Shunan
 region Hokkaido | Hokkaidō
 region Iwate | Iwate Prefecture
 region Miyagi | Miyagi Prefecture
 region Akita Prefecture
 region Yamagata Prefecture
 region Tochigi | Tochigi Prefecture
 region Gunma | Gunma Prefecture
 region Saitama | Saitama Prefecture
 region Chiba | Chiba Prefecture
 region Niigata | Niigata Prefecture
 region Ishikawa Prefecture
 region Yamanashi | Yamanashi Prefecture
 region Nagano Prefecture
 region Gifu | Gifu Prefecture
 region Shizuoka | Shizuoka Prefecture
 region Mie | Mie Prefecture
 region Shiga | Shiga Prefecture
 region Kyoto | Kyoto Prefecture
 region Nara | Nara Prefecture
 region Wakayama | Wakayama Prefecture
 region Tottori | Tottori Prefecture
 region Shimane | Shimane Prefecture
 region Okayama | Okayama Prefecture
 region Hiroshima | Hiroshima Prefecture
 region Tokushima | Tokushima Prefecture
 region Kagawa Prefecture
 region Kochi Prefecture | Kōchi Prefecture
 region Saga Prefecture
 region Nagasaki | Nagasaki Prefecture
 region Kumamoto | Kumamoto Prefecture
 region Oita | Ōita | Oita Prefecture
 region Miyazaki Prefecture
 region Kagoshima | Kagoshima Prefecture
 region Okinawa | Okinawa Prefecture
country Kazakhstan KZ
 city Almaty
 city Astana
 city Shymkent
 region East Kazakhstan | East Kazakhstan Region
  city Ust-Kamenogorsk | Oskemen | Öskemen
  city Ridder
 region Karaganda | Karagandy | Karaganda Region
  city Agadyr
  city Temirtau
  city Balkhash
 region Abai Region | Abay Region
  city Semey
 region Akmola | Akmola Region
  city Stepnogorsk
 region Aktobe | Aktobe Region
 region Almaty Region
 region Atyrau | Atyrau Region
 region Jambyl | Zhambyl | Jambyl Region
 region Jetisu | Zhetysu | Jetisu Region
 region Kostanay | Kostanay Region
 region Kyzylorda | Kyzylorda Region
 region Mangystau | Mangistau | Mangystau Region
 region North Kazakhstan | North Kazakhstan Region
 region Pavlodar | Pavlodar Region
  city Ekibastuz
 region Turkistan Region
 region Ulytau | Ulytau Region
  city Zhezkazgan
 region West Kazakhstan | West Kazakhstan Region
country Kyrgyzstan KG | Kyrgyz Republic
 city Bishkek
country Malaysia MY
 region Pahang
  city Kuantan
   site Gebeng | Gebeng Industrial Estate
 city Kuala Lumpur
 city Putrajaya
 city Labuan
 region Johor
  city Johor Bahru
 region Kedah
  city Kulim
 region Kelantan
 region Malacca | Melaka
 region Negeri Sembilan
  city Seremban
 region Penang | Pulau Pinang
  city Batu Kawan
 region Perak
  city Ipoh
 region Perlis
 region Sabah
  city Kota Kinabalu
 region Sarawak
  city Bintulu
  city Samalaju
  city Kuching
 region Selangor
  city Shah Alam
  city Port Klang
 region Terengganu
country Morocco MA | Maroc
 region Casablanca-Settat
  city Casablanca
  city El Jadida
  city Jorf Lasfar
  city Mohammedia
 region Rabat-Salé-Kénitra | Rabat-Sale-Kenitra
  city Rabat
  city Kenitra | Kénitra
 region Tanger-Tétouan-Al Hoceïma | Tanger-Tetouan-Al Hoceima | Tangier-Tetouan-Al Hoceima
  city Tangier | Tanger | Tangiers
   site Mohammed VI Tanger Tech City | Tangier Technopark City | Tanger Tech City | Tangier Tech City | Mohammed VI Tangier Tech City | Tanger Tech
   site Tanger Med | Tangier Med
  city Tétouan | Tetouan
 region Oriental Region | L'Oriental | Oriental Region of Morocco
  city Nador
  city Oujda
 region Fès-Meknès | Fes-Meknes | Fez-Meknes
  city Fez | Fès | Fes
  city Meknes | Meknès
 region Béni Mellal-Khénifra | Beni Mellal-Khenifra
  city Khouribga
 region Marrakech-Safi | Marrakesh-Safi
  city Marrakech | Marrakesh
  city Safi
  city Benguerir | Ben Guerir
 region Drâa-Tafilalet | Draa-Tafilalet
  site Bou Azzer
 region Souss-Massa
  city Agadir
 region Guelmim-Oued Noun
 region Laâyoune-Sakia El Hamra | Laayoune-Sakia El Hamra
  city Laayoune | Laâyoune
 region Dakhla-Oued Ed-Dahab | Dakhla-Oued Ed Dahab
  city Dakhla
country Mozambique MZ
 city Maputo
 region Cabo Delgado
  city Balama
  city Montepuez
  city Ancuabe
  city Pemba
 region Niassa
 region Nampula
  city Nacala
 region Zambezia | Zambézia
  city Alto Ligonha
 region Tete Province | Tete
  city Moatize
 region Manica
 region Sofala
  city Beira
 region Inhambane
 region Gaza Province
 region Maputo Province
country Norway NO
 city Oslo
 region Telemark
  city Porsgrunn
   site Herøya Industrial Park | Heroya Industrial Park | Herøya | Heroya
  city Skien
 region Nordland
  city Mo i Rana
  city Glomfjord
  city Mosjøen | Mosjoen
  city Narvik
 region Agder
  city Arendal
  city Kristiansand
 region Akershus
 region Buskerud
 region Østfold | Ostfold
 region Innlandet
 region Vestfold
 region Rogaland
  city Stavanger
 region Vestland
  city Bergen
  site Engebø | Engebo
 region Møre og Romsdal | More og Romsdal
 region Trøndelag | Trondelag
  city Trondheim
 region Troms
 region Finnmark
country South Korea KR | Korea | Republic of Korea
 city Sejong
 city Seoul
 city Ulsan
  site Onsan | Onsan Industrial Complex
 city Busan
 city Daegu
 city Incheon
 city Gwangju
 city Daejeon
 region North Gyeongsang | Gyeongsangbuk-do | Gyeongbuk | North Gyeongsang Province
  city Pohang
  city Gumi
  city Gyeongju
  city Gimcheon
  city Sangju
  city Andong
  city Yeongcheon
 region South Jeolla | Jeollanam-do | Jeonnam | South Jeolla Province
  city Gwangyang
  city Yeosu
  city Suncheon
  city Mokpo
  city Naju
 region North Jeolla | Jeollabuk-do | Jeonbuk | Jeonbuk State | North Jeolla Province
  city Gunsan
  city Saemangeum
  city Iksan
  city Jeonju
 region North Chungcheong | Chungcheongbuk-do | Chungbuk | North Chungcheong Province
  city Cheongju
   site Osong
  city Ochang
  city Chungju
  city Jincheon
  city Eumseong
 region South Chungcheong | Chungcheongnam-do | Chungnam | South Chungcheong Province
  city Cheonan
  city Asan
  city Dangjin
  city Seosan
   site Daesan
 region Gyeonggi | Gyeonggi-do | Gyeonggi Province
  city Hwaseong
  city Pyeongtaek
  city Suwon
  city Yongin
   site Giheung
  city Icheon
  city Anseong
  city Ansan
 region South Gyeongsang | Gyeongsangnam-do | Gyeongnam | South Gyeongsang Province
  city Changwon
  city Gimhae
  city Yangsan
  city Geoje
  city Jinju
 region Gangwon | Gangwon-do | Gangwon State | Gangwon Province
  city Chuncheon
  city Wonju
  city Samcheok
  city Gangneung
 region Jeju | Jeju-do | Jeju Province
country Sweden SE
 region Stockholm County | Stockholms län | Stockholms lan
  city Stockholm
 region Norrbotten | Norrbotten County
  city Luleå | Lulea
  city Boden
  city Kiruna
   site Vittangi
  city Gällivare | Gallivare
   site Malmberget
 region Västerbotten | Vasterbotten | Västerbotten County
  city Skellefteå | Skelleftea
  city Umeå | Umea
 region Västmanland | Vastmanland
  city Västerås | Vasteras
 region Västra Götaland | Vastra Gotaland
  city Gothenburg | Göteborg | Goteborg
 region Dalarna
  city Borlänge | Borlange
 region Gävleborg | Gavleborg
  city Gävle | Gavle
 region Västernorrland | Vasternorrland
  city Sundsvall
 region Skåne | Skane | Scania
  city Malmö | Malmo
 region Jönköping County | Jonkoping County
  site Norra Kärr | Norra Karr
 region Uppsala County
 region Södermanland | Sodermanland
 region Östergötland | Ostergotland
 region Kronoberg
 region Kalmar County
 region Gotland
 region Blekinge
 region Halland
 region Värmland | Varmland
 region Örebro County | Orebro County
 region Jämtland | Jamtland
country USA US | United States | United States of America | U.S. | U.S.A. | America
 region Kansas
  city De Soto
 region Louisiana
  city Vidalia
  city Lake Charles
  city Baton Rouge
  city New Orleans
 region Nevada | Nev.
  city Reno
  site Thacker Pass
  city Storey County
   site Tahoe Reno Industrial Center | TRIC | Tahoe-Reno Industrial Center
   site McCarran
  city Fernley
  city Silver Peak
  city Clayton Valley
  city Tonopah
  city Winnemucca
  city Carson City
  city Las Vegas
  site Rhyolite Ridge
 region Oklahoma | Okla.
  city Stillwater
  city Tulsa
  city Oklahoma City
 region South Carolina | S.C.
  city Sumter
  city Richburg
  city Florence County
 region Tennessee | Tenn.
  city Clarksville
  city Nashville
  city Spring Hill
  city Chattanooga
  city Memphis
  city Knoxville
  city Smyrna
  city Etowah
  city Haywood County
 region Texas | Tex.
  city Austin
  city Dallas
  city Fort Worth
  city Houston
  city Robstown
  city Seadrift
  city Corpus Christi
  city San Antonio
  city El Paso
  city Baytown
  city Port Arthur
  city Brownsville
 region Washington | Washington State
  city Moses Lake
  city Seattle
 region North Carolina | N.C.
  city Gaston County
   site Cherryville
  city Charlotte
  city Kings Mountain
  city Bessemer City
  city Raleigh
  city Greensboro
 region Georgia State | Georgia
  city Bartow County
  city Bryan County
  city Atlanta
 region Michigan | Mich.
  city Detroit
  city Lansing
  city Holland
  city Big Rapids
 region Ohio
  city Lordstown
 region Arizona | Ariz.
  city Queen Creek
  city Casa Grande
  city Tucson
 region Indiana
  city Kokomo
  city New Carlisle
  city Fort Wayne
 region Alabama | Ala.
  city Tuscaloosa
  city Kellyton
 region Alaska
 region Arkansas
  city El Dorado
 region California | Calif.
  city Mountain Pass
  city Imperial County
   site Salton Sea
  city Los Angeles
  city San Francisco
  city San Diego
 region Colorado | Colo.
  city Denver
 region Connecticut
 region Delaware
 region District of Columbia | Washington DC | Washington D.C. | DC | D.C.
 region Florida | Fla.
 region Hawaii
 region Idaho
 region Illinois
  city Chicago
  city Manteno
 region Iowa
 region Maine
 region Maryland
 region Massachusetts
 region Minnesota | Minn.
 region Mississippi
 region Missouri
 region Montana
 region Nebraska
 region New Hampshire
 region New Jersey | N.J.
 region New Mexico | N.M.
 region New York | New York State | N.Y.
  city New York City | NYC
 region North Dakota | N.D.
 region Oregon
 region Pennsylvania
  city Pittsburgh
  city Philadelphia
 region Rhode Island
 region South Dakota | S.D.
 region Utah
  city Blanding
   site White Mesa
  city Salt Lake City
  site Great Salt Lake
 region Vermont
 region Virginia
 region West Virginia
 region Wisconsin | Wis.
 region Wyoming | Wyo.
 region Kentucky | Ky.
  city Bowling Green
  city Hardin County
  city Louisville
  city Elizabethtown
country United Kingdom GB | UK | U.K. | Britain | Great Britain
 region England
  city London
  city Sunderland
  city Coventry
  city Teesside
   site Wilton International
   site Redcar
  city Bridgwater
  city Ellesmere Port
  city West Midlands
   site Tipton
  city Oxfordshire
   site Abingdon
 region Northumberland
  city Blyth
   site Cambois
 region Cornwall
  city St Austell | St. Austell | Saint Austell
  city Redruth
 region Scotland
  city Edinburgh
  city Glasgow
  city Grangemouth
 region Wales
  city Cardiff
  city Port Talbot
 region Northern Ireland
  city Belfast
country Brazil BR
 region Minas Gerais
  city Araçuaí | Aracuai
  city Itinga
  city Vale do Jequitinhonha | Jequitinhonha Valley
  city Poços de Caldas | Pocos de Caldas
  city Araxá | Araxa
  city Belo Horizonte
  site Grota do Cirilo
 region Acre State | State of Acre
 region Alagoas
 region Amapá | Amapa
 region Amazonas
 region Bahia
  city Camaçari | Camacari
 region Ceará | Ceara
 region Federal District | Distrito Federal
  city Brasília | Brasilia
 region Espírito Santo | Espirito Santo
 region Goiás | Goias
  city Catalão | Catalao
  city Minaçu | Minacu
 region Maranhão | Maranhao
 region Mato Grosso
 region Mato Grosso do Sul
 region Pará | Para
  city Parauapebas
  site Carajás | Carajas
  site Onça Puma | Onca Puma
 region Paraíba | Paraiba
 region Paraná | Parana
 region Pernambuco
 region Piauí | Piaui
 region Rio de Janeiro State | State of Rio de Janeiro
  city Rio de Janeiro
 region Rio Grande do Norte
 region Rio Grande do Sul
 region Rondônia | Rondonia
 region Roraima
 region Santa Catarina
 region São Paulo State | Sao Paulo State | State of São Paulo
  city São Paulo | Sao Paulo
 region Sergipe
 region Tocantins
country Bolivia BO
 city La Paz
 region La Paz Department
  city El Alto
 region Potosí | Potosi
  city Uyuni
  city Salar de Uyuni | Uyuni Salt Flat
  city Llipi
 region Oruro
  city Salar de Coipasa | Coipasa
 region Chuquisaca
 region Cochabamba
 region Pando
 region Santa Cruz Department
 region Tarija
 region Beni
country Democratic Republic of the Congo CD | DRC | DR Congo | Congo-Kinshasa | Democratic Republic of Congo | D.R. Congo | Congo
 city Kinshasa
 region Haut-Katanga | Haut Katanga | Upper Katanga
  city Lubumbashi
  city Likasi
  city Kipushi
  city Kambove
 region Lualaba
  city Kolwezi
   site Kamoto
   site Mutanda
  city Fungurume
   site Tenke Fungurume | Tenke-Fungurume
   site Kisanfu
 region Tanganyika
  city Manono
  city Kalemie
 region Haut-Lomami | Haut Lomami
 region Kongo Central
  city Matadi
 region Kwango
 region Kwilu
 region Mai-Ndombe
 region Kasaï | Kasai
 region Kasaï-Central | Kasai-Central | Kasai Central
 region Kasaï-Oriental | Kasai-Oriental | Kasai Oriental
 region Lomami
 region Sankuru
 region Maniema
 region South Kivu | Sud-Kivu
  city Bukavu
 region North Kivu | Nord-Kivu
  city Goma
  site Bisie
 region Ituri
 region Haut-Uélé | Haut-Uele
 region Tshopo
  city Kisangani
 region Bas-Uélé | Bas-Uele
 region Nord-Ubangi
 region Mongala
 region Sud-Ubangi
 region Équateur | Equateur
 region Tshuapa
country Philippines PH
 region Metro Manila
  city Manila
 region Surigao del Norte
  city Claver
   site Taganito
  city Surigao City
   site Nonoc | Nonoc Island
 region Surigao del Sur
 region Dinagat Islands
 region Palawan
  city Bataraza
   site Rio Tuba
   site Coral Bay
 region Zambales
 region Davao Oriental
 region Davao del Norte
  city Davao City
 region Agusan del Norte
 region Agusan del Sur
 region Nueva Vizcaya
  site Didipio
 region Benguet
 region Batangas
 region Cebu
 region Laguna
 region Bataan
 region Cavite
 region Misamis Oriental
country New Caledonia NC
 city Nouméa | Noumea
country Zimbabwe ZW
 city Harare
 city Bulawayo
 region Mashonaland East
  city Goromonzi
   site Arcadia | Arcadia lithium mine
 region Masvingo | Masvingo Province
  city Bikita
 region Manicaland
  city Buhera
   site Sabi Star
  city Mutare
 region Matabeleland North
  city Kamativi
  city Hwange
 region Matabeleland South
 region Midlands Province
  city Mberengwa
   site Sandawana
  city Zvishavane
  city Gweru
  city Kwekwe
 region Mashonaland Central
 region Mashonaland West
  city Mhondoro-Ngezi | Ngezi
country Namibia NA
 region Khomas
  city Windhoek
 region Erongo
  city Walvis Bay
  city Swakopmund
  city Arandis
  city Karibib
 region Karas | ǁKaras | //Karas
  city Rosh Pinah
  city Oranjemund
  city Lüderitz | Luderitz
 region Oshikoto
  city Tsumeb
 region Otjozondjupa
  city Otjiwarongo
   site Okanjande
 region Hardap
 region Kunene
 region Omusati
 region Oshana
 region Ohangwena
 region Kavango East
 region Kavango West
 region Zambezi Region
 region Omaheke
country Mali ML
 city Bamako
 city Bougouni
 city Goulamina
 region Sikasso | Sikasso Region
 region Kayes | Kayes Region
  site Sadiola
 region Koulikoro | Koulikoro Region
 region Ségou | Segou
 region Mopti
 region Timbuktu | Tombouctou
 region Kidal
 region Ménaka | Menaka
country Tanzania TZ
 city Dar es Salaam
 region Morogoro
  city Mahenge
 region Lindi
  city Ruangwa
   site Nachu
 region Kagera
  site Kabanga
 region Songwe
  site Ngualla
 region Ruvuma
 region Mtwara
 region Arusha
 region Dodoma | Dodoma Region
 region Geita
 region Iringa
 region Katavi
 region Kigoma
 region Kilimanjaro
 region Manyara
 region Mara Region
 region Mbeya
 region Mwanza
 region Njombe
 region Pwani
 region Rukwa
 region Shinyanga
  city Kahama
 region Simiyu
 region Singida
 region Tabora
 region Tanga
 region Zanzibar
country Madagascar MG
 region Analamanga
  city Antananarivo
 region Atsinanana
  city Toamasina | Tamatave
  site Vatomina
 region Alaotra-Mangoro
  city Moramanga
   site Ambatovy
 region Anosy
  city Fort Dauphin | Fort-Dauphin | Taolagnaro | Tolagnaro
 region Atsimo-Andrefana
  city Toliara | Tulear | Toliary
 region Vakinankaratra
 region Boeny
 region Diana Region
 region Sava Region
 region Atsimo-Atsinanana
 region Androy
 region Amoron'i Mania
 region Analanjirofo
 region Betsiboka
 region Bongolava
 region Haute Matsiatra | Upper Matsiatra
 region Ihorombe
 region Itasy
 region Melaky
 region Menabe
 region Sofia Region
 region Vatovavy
 region Fitovinany
country Vietnam VN | Viet Nam
 city Hanoi | Ha Noi
 city Ho Chi Minh City | Saigon | HCMC | Hồ Chí Minh City
 city Haiphong | Hai Phong | Hải Phòng
 city Da Nang | Danang | Đà Nẵng
 region Quang Ninh | Quảng Ninh
 region Lao Cai | Lào Cai
 region Lai Chau | Lai Châu
  site Dong Pao
 region Yen Bai | Yên Bái
 region Thai Nguyen | Thái Nguyên
  site Nui Phao
 region Ha Tinh | Hà Tĩnh
  site Vung Ang
 region Quang Ngai | Quảng Ngãi
  site Dung Quat
 region Ba Ria-Vung Tau | Ba Ria–Vung Tau | Bà Rịa–Vũng Tàu | Ba Ria - Vung Tau
 region Binh Duong | Bình Dương
 region Dong Nai | Đồng Nai
 region Bac Ninh | Bắc Ninh
 region Bac Giang | Bắc Giang
 region Hai Duong | Hải Dương
 region Hung Yen | Hưng Yên
 region Thanh Hoa | Thanh Hóa
 region Nghe An | Nghệ An
 region Lam Dong | Lâm Đồng
 region Dak Nong | Đắk Nông
country Thailand TH
 city Bangkok
 region Rayong
  site Map Ta Phut
 region Chonburi | Chon Buri
 region Chachoengsao
 region Samut Prakan
 region Ayutthaya | Phra Nakhon Si Ayutthaya
country Poland PL
 region Masovian Voivodeship | Masovian | Mazowieckie | Masovia
  city Warsaw | Warszawa
 region Lower Silesian Voivodeship | Lower Silesian | Lower Silesia | Dolnośląskie | Dolnoslaskie
  city Wrocław | Wroclaw
   site Kobierzyce
  city Polkowice
  city Lubin
  city Jawor
 region Greater Poland Voivodeship | Greater Poland | Wielkopolska | Wielkopolskie
  city Konin
  city Poznań | Poznan
 region Opole Voivodeship | Opolskie
  city Nysa
 region Silesian Voivodeship | Śląskie | Slaskie
  city Jaworzno
  city Gliwice
  city Katowice
 region Subcarpathian Voivodeship | Subcarpathia | Podkarpackie
  city Stalowa Wola
 region Lesser Poland Voivodeship | Lesser Poland | Małopolska | Malopolska | Małopolskie | Malopolskie
  city Kraków | Krakow | Cracow
 region Pomeranian Voivodeship | Pomorskie
  city Gdańsk | Gdansk
 region Kuyavian-Pomeranian Voivodeship | Kuyavian-Pomeranian | Kujawsko-Pomorskie
 region Lublin Voivodeship | Lubelskie
 region Lubusz Voivodeship | Lubuskie
 region Łódź Voivodeship | Lodz Voivodeship | Łódzkie | Lodzkie
 region Podlaskie Voivodeship | Podlaskie
 region Świętokrzyskie Voivodeship | Świętokrzyskie | Swietokrzyskie
 region Warmian-Masurian Voivodeship | Warmian-Masurian | Warmińsko-Mazurskie | Warminsko-Mazurskie
 region West Pomeranian Voivodeship | West Pomeranian | Zachodniopomorskie
country France FR
 region Hauts-de-France | Hauts de France
  city Billy-Berclau
  city Douvrin
  city Dunkirk | Dunkerque
   site Bourbourg
   site Gravelines
   site Loon-Plage
  city Valenciennes
  city Douai
  city Maubeuge
  city Calais
  city Lille
  city Béthune | Bethune
 region Île-de-France | Ile-de-France
  city Paris
 region Auvergne-Rhône-Alpes | Auvergne-Rhone-Alpes
  city Lyon
  city Grenoble
  city Échassières | Echassieres
  city Montluçon | Montlucon
 region Bourgogne-Franche-Comté | Bourgogne-Franche-Comte | Burgundy-Franche-Comté | Burgundy-Franche-Comte
 region Brittany | Bretagne
 region Centre-Val de Loire
 region Corsica | Corse
 region Grand Est
  city Strasbourg
 region Normandy | Normandie
  city Le Havre
 region Nouvelle-Aquitaine
  city La Rochelle
  city Bordeaux
  city Lacq
 region Occitania | Occitanie
  city Toulouse
 region Pays de la Loire
 region Provence-Alpes-Côte d'Azur | Provence-Alpes-Cote d'Azur
  city Fos-sur-Mer
  city Marseille
country Spain ES
 region Community of Madrid | Comunidad de Madrid | Madrid Region
  city Madrid
 region Valencia | Valencian Community | Comunitat Valenciana
  city Sagunto | Sagunt
 region Extremadura
  city Navalmoral de la Mata
 region Andalusia | Andalucía | Andalucia
  city Huelva
  city Seville | Sevilla
 region Aragon | Aragón
  city Figueruelas
  city Zaragoza | Saragossa
 region Asturias
 region Balearic Islands
 region Basque Country | País Vasco | Pais Vasco | Euskadi
  city Bilbao
 region Canary Islands
 region Cantabria
 region Castile and León | Castilla y León | Castile and Leon | Castilla y Leon
  city Valladolid
 region Castilla–La Mancha | Castilla-La Mancha | Castile-La Mancha
 region Catalonia | Cataluña | Catalunya
  city Barcelona
  city Martorell
 region Galicia
 region La Rioja
 region Murcia | Region of Murcia
 region Navarre | Navarra
country Portugal PT
 region Lisbon District | Lisboa District
  city Lisbon | Lisboa
 region Setúbal | Setubal | Setúbal District
  city Sines
 region Vila Real | Vila Real District
  city Montalegre
  city Boticas
   site Mina do Barroso
 region Aveiro | Aveiro District
  city Estarreja
 region Porto District
  city Porto | Oporto
 region Beja | Beja District
 region Braga | Braga District
 region Bragança | Braganca | Bragança District
 region Castelo Branco
 region Coimbra | Coimbra District
 region Évora | Evora
 region Faro | Faro District
 region Guarda District
 region Leiria | Leiria District
 region Portalegre
 region Santarém | Santarem
 region Viana do Castelo
 region Viseu | Viseu District
 region Azores | Açores
 region Madeira
country Serbia RS
 city Belgrade
 city Loznica
  site Jadar | Jadar Valley
country Saudi Arabia SA
 region Riyadh Province | Riyadh Region
  city Riyadh
 region Eastern Province | Eastern Province of Saudi Arabia | Ash Sharqiyah
  city Jubail
  city Dammam
  city Ras Al-Khair | Ras Al Khair | Ras al-Khair
 region Makkah Region | Makkah Province | Mecca Region
  city Jeddah
  city Rabigh
 region Medina Region | Madinah Region | Medina Province
  city Yanbu
 region Tabuk Region | Tabuk Province
  city NEOM | Neom
 region Northern Borders Region | Northern Borders Province
  city Waad Al Shamal | Wa'ad Al Shamal
 region Qassim Region | Al-Qassim | Al Qassim
 region Ha'il Region | Hail Region
 region Jazan Region | Jizan Region
 region Najran Region
 region Al Bahah Region
 region Al Jawf Region
 region Asir Region
country Mexico MX
 city Mexico City
 region Sonora
  city Bacadéhuachi | Bacadehuachi
  city Hermosillo
 region Nuevo León | Nuevo Leon
  city Monterrey
 region Coahuila
  city Saltillo
  city Ramos Arizpe
 region Guanajuato
  city Silao
 region Baja California
  city Tijuana
  city Mexicali
 region Chihuahua
  city Ciudad Juárez | Ciudad Juarez
 region Aguascalientes
 region Baja California Sur
 region Campeche
 region Chiapas
 region Colima
  city Manzanillo
 region Durango
 region Jalisco
  city Guadalajara
 region State of Mexico | Estado de México | Estado de Mexico | México State | Mexico State
 region Michoacán | Michoacan
 region Nayarit
 region Oaxaca
 region Puebla
 region Querétaro | Queretaro
 region Quintana Roo
 region San Luis Potosí | San Luis Potosi
 region Sinaloa
 region Tabasco
 region Tamaulipas
 region Tlaxcala
 region Veracruz
 region Yucatán | Yucatan
 region Zacatecas
country Peru PE
 city Lima
 region Lima Region
 region Puno
  city Macusani
   site Falchani
 region Apurímac | Apurimac
  site Las Bambas
 region Áncash | Ancash
  site Antamina
 region Arequipa
 region Moquegua
  site Cuajone
 region Tacna
  site Toquepala
 region Amazonas Region
 region Ayacucho
 region Cajamarca
 region Callao
 region Cusco | Cuzco
 region Huancavelica
 region Huánuco | Huanuco
 region Ica Region
 region Junín | Junin
 region La Libertad
 region Lambayeque
 region Loreto
 region Madre de Dios
 region Pasco
 region Piura
 region San Martín Region | San Martin Region
 region Tumbes
 region Ucayali
country Russia RU | Russian Federation
 city Moscow
 city Saint Petersburg | St. Petersburg | St Petersburg
 region Murmansk Oblast | Murmansk Region
  city Monchegorsk
  city Murmansk
 region Krasnoyarsk Krai
  city Norilsk
  city Krasnoyarsk
 region Sverdlovsk Oblast | Sverdlovsk Region
  city Yekaterinburg | Ekaterinburg
  city Verkhnyaya Pyshma
 region Chelyabinsk Oblast | Chelyabinsk Region
 region Irkutsk Oblast | Irkutsk Region
 region Zabaykalsky Krai | Zabaikalsky Krai | Transbaikal | Zabaykalsky
  city Krasnokamensk
 region Sakha Republic | Yakutia | Sakha
  site Tomtor
 region Perm Krai
  city Solikamsk
 region Novosibirsk Oblast | Novosibirsk Region
  city Novosibirsk
 region Tatarstan | Republic of Tatarstan
  site Alabuga
 region Leningrad Oblast | Leningrad Region
country Myanmar MM | Burma
country Netherlands NL | The Netherlands | Holland | Kingdom of the Netherlands
 city Amsterdam
 city Rotterdam
 city Eindhoven
 city Delfzijl
 city Geleen
country Belgium BE
 city Brussels
 city Antwerp | Antwerpen
 city Olen
 city Ghent | Gent
country Austria AT
 city Vienna | Wien
 city Linz
 city Graz
country Slovakia SK | Slovak Republic
 city Bratislava
 city Šaľa | Sala
 city Nitra
 city Trnava
country Romania RO
 city Bucharest
country Slovenia SI
 city Ljubljana
country Switzerland CH
 city Zurich | Zürich
 city Geneva
 city Zug
country Ireland IE | Republic of Ireland
 city Dublin
country Denmark DK
 city Copenhagen
country Greenland GL
 city Nuuk
 site Kvanefjeld | Kuannersuit
 site Tanbreez
country Iceland IS
 city Reykjavik | Reykjavík
country Lithuania LT
 city Vilnius
country Latvia LV
 city Riga
country Luxembourg LU
country Ukraine UA
 city Kyiv | Kiev
country Greece GR
 city Athens
country Bulgaria BG
 city Sofia
country Croatia HR
 city Zagreb
country Turkey TR | Türkiye | Turkiye | Republic of Türkiye
 city Istanbul
 city Ankara
 city Eskişehir | Eskisehir
country Israel IL
country United Arab Emirates AE | UAE | U.A.E.
 city Abu Dhabi
 city Dubai
 site Khalifa Economic Zones Abu Dhabi | KEZAD
country Oman OM
 city Muscat
 city Sohar
 city Duqm
country Qatar QA
 city Doha
country Bahrain BH
country Kuwait KW
country Iran IR
country Egypt EG
 city Cairo
 site Suez Canal Economic Zone | SCZone
country South Africa ZA | RSA | Republic of South Africa
 region Gauteng
  city Johannesburg
  city Pretoria
 region Western Cape
  city Cape Town
  city Saldanha Bay
  site Steenkampskraal
 region KwaZulu-Natal | KwaZulu Natal
  city Durban
  city Richards Bay
 region Eastern Cape
  city Gqeberha | Port Elizabeth
   site Coega
 region North West Province
  city Rustenburg
 region Limpopo
  city Polokwane
  city Mokopane
  city Phalaborwa
  city Steelpoort
 region Northern Cape
  city Hotazel
  city Kathu
  city Kuruman
 region Mpumalanga
  city eMalahleni | Witbank
  city Secunda
 region Free State
  city Sasolburg
country Zambia ZM
 city Lusaka
 region Copperbelt Province
  city Kitwe
  city Ndola
  city Chingola
  city Mufulira
  city Luanshya
  city Chililabombwe
 region North-Western Province | Northwestern Province
  city Solwezi
  city Kalumbila
 region Central Province
  city Kabwe
 region Lusaka Province
 region Luapula | Luapula Province
 region Muchinga | Muchinga Province
 region Eastern Province
 region Northern Province
 region Southern Province
 region Western Province
country Botswana BW
 city Gaborone
country Ghana GH
 region Greater Accra | Greater Accra Region
  city Accra
  city Tema
 region Central Region
  city Mankessim
  city Saltpond
   site Ewoyaa
  city Cape Coast
 region Ashanti | Ashanti Region
  city Kumasi
  city Obuasi
 region Western Region
  city Takoradi | Sekondi-Takoradi
  city Tarkwa
  city Nsuta
 region Eastern Region
 region Volta Region
 region Northern Region
 region Savannah Region
 region Upper East Region
 region Upper West Region
 region North East Region
 region Western North Region
 region Bono Region
 region Bono East Region
 region Ahafo Region
 region Oti Region
country Gabon GA
 city Libreville
 city Moanda
country Guinea GN | Republic of Guinea
 city Conakry
 site Simandou
country Equatorial Guinea GQ
country Guinea-Bissau GW
country Côte d'Ivoire CI | Cote d'Ivoire | Ivory Coast
 city Abidjan
country Republic of the Congo CG | Republic of Congo | Congo-Brazzaville | Congo Brazzaville
 city Brazzaville
country Angola AO
 city Luanda
country Malawi MW
 city Lilongwe
country Rwanda RW
 city Kigali
country Burundi BI
country Ethiopia ET
 city Addis Ababa
country Kenya KE
 city Nairobi
country Uganda UG
 city Kampala
country Nigeria NG
 city Lagos
 city Abuja
country Sierra Leone SL
country Liberia LR
country Burkina Faso BF
country Cameroon CM
country Algeria DZ
country Tunisia TN
country Pakistan PK
 city Karachi
country Sri Lanka LK
country Bangladesh BD
country Taiwan TW | Republic of China
 city Taipei
 city Kaohsiung
 city Taoyuan
 city Taichung
 city Hsinchu
 city Tainan
country Singapore SG
country Mongolia MN
 city Ulaanbaatar | Ulan Bator
 site Oyu Tolgoi
country North Korea KP | DPRK | Democratic People's Republic of Korea
country Laos LA | Lao PDR | Lao People's Democratic Republic
 city Vientiane
country Cambodia KH
country Papua New Guinea PG | PNG
 city Port Moresby
 site Ramu
country New Zealand NZ
 city Auckland
country Colombia CO
 city Bogotá | Bogota
country Ecuador EC
 city Quito
country Venezuela VE
country Panama PA
 site Cobre Panama | Cobre Panamá
country Cuba CU
country Dominican Republic DO
country Guatemala GT
country Jamaica JM
country Guyana GY
country Suriname SR
country Uruguay UY
country Paraguay PY
country Uzbekistan UZ
 city Tashkent
 city Almalyk | Olmaliq
country Tajikistan TJ
country Belarus BY
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
