namespace Kdo.Corpus.Generation;

/// <summary>The sentences and rows of <see cref="Fillers"/>, by kind; data, in the template language of <see cref="Scene"/>.</summary>
internal static class FillerTexts
{
    public static string[]? Pool(string kind) => kind switch
    {
        "court" => Court,
        "creditor" => Creditor,
        "admin" => Administrator,
        "debtor" => Debtor,
        _ => null,
    };

    public static readonly string[] Court =
    [
        "Podle § 136 odst. 1 insolvenčního zákona insolvenční soud vydá rozhodnutí o úpadku, jestliže je osvědčeno nebo doloženo, že dlužník je v úpadku nebo že mu úpadek hrozí.",
        "Dlužník je v úpadku, jestliže má více věřitelů a peněžité závazky po dobu delší 30 dnů po lhůtě splatnosti a tyto závazky není schopen plnit (§ 3 odst. 1 insolvenčního zákona).",
        "Insolvenční soud z obsahu spisu zjistil, že [{d?dlužník|dlužnice}|dlužník] má nejméně [dva|tři|{n}] věřitele, vůči nimž má peněžité závazky po splatnosti delší než 30 dnů.",
        "Soud vyšel z [obsahu insolvenčního návrhu|listin připojených k návrhu|seznamu závazků a seznamu majetku], jejichž pravdivost dlužník stvrdil svým podpisem.",
        "Návrh na povolení oddlužení byl podán ve lhůtě a obsahuje všechny náležitosti stanovené v § 391 a násl. insolvenčního zákona.",
        "Podle § 397 odst. 1 insolvenčního zákona insolvenční soud rozhodne o povolení oddlužení, není-li zjevné, že návrh byl podán s nepoctivým záměrem.",
        "Soud neshledal žádné okolnosti, z nichž by bylo lze dovodit nepoctivý záměr dlužníka nebo lehkomyslný či nedbalý přístup k plnění závazků.",
        "Z předložených listin vyplývá, že čistý měsíční příjem dlužníka činí {wage} a dlužník nemá vyživovací povinnost vůči [žádné osobě|jedné osobě|dvěma nezletilým dětem].",
        "Insolvenčního správce soud ustanovil podle § 25 insolvenčního zákona postupem podle rozvrhu pracovní doby, neboť nebylo na místě postupovat jinak.",
        "Věřitelé, kteří dosud nepřihlásili své pohledávky, se vyzývají, aby tak učinili ve lhůtě dvou měsíců ode dne zveřejnění tohoto usnesení v insolvenčním rejstříku.",
        "Přihlášky pohledávek se podávají na předepsaném formuláři ve dvojím vyhotovení; k přihlášce je nutno připojit listiny, které dokládají tvrzení v ní uvedená.",
        "K přihláškám, které budou podány opožděně, se v insolvenčním řízení nepřihlíží a pohledávky v nich uplatněné se v insolvenčním řízení neuspokojují.",
        "Osoby, které mají vůči dlužníkovi splatné závazky, se vyzývají, aby napříště plnily insolvenčnímu správci, nikoli dlužníkovi.",
        "Účinky zahájení insolvenčního řízení nastaly okamžikem zveřejnění vyhlášky o zahájení řízení dne {date.filed}.",
        "Soud konstatuje, že schůze věřitelů nerozhodla o jiném způsobu řešení úpadku a nebyl podán návrh na odvolání insolvenčního správce.",
        "Podle § 406 odst. 3 insolvenčního zákona je dlužník po dobu trvání oddlužení povinen vynaložit veškeré úsilí, které po něm lze rozumně požadovat, k plnému uspokojení pohledávek věřitelů.",
        "Zprávu o plnění oddlužení předkládá insolvenční správce soudu každých šest měsíců, a to vždy k [30. červnu|31. prosinci|poslednímu dni kalendářního pololetí].",
        "O nákladech řízení soud rozhodl podle § 146 odst. 1 písm. b) občanského soudního řádu ve spojení s § 7 insolvenčního zákona.",
        "Soud přitom přihlédl k vyjádření insolvenčního správce ze dne {date.after}, v němž správce navrhl schválení oddlužení plněním splátkového kalendáře.",
        "Zálohu na náklady insolvenčního řízení soud nepožadoval, neboť dlužník podal návrh na povolení oddlužení.",
        "Mimořádné splátky nad rámec splátkového kalendáře je dlužník oprávněn hradit kdykoliv bez sankce.",
        "Soud dále zjistil, že proti dlužníkovi jsou vedena exekuční řízení pod sp. zn. {ref.other} a {ref.other}, která se zahájením insolvenčního řízení přerušila.",
    ];

    public static readonly string[] Creditor =
    [
        "Věřitel uzavřel s dlužníkem dne {date.contract} smlouvu o [spotřebitelském úvěru|úvěru|poskytování služeb elektronických komunikací|dodávce elektřiny] č. {contract}, na jejímž základě poskytl dlužníkovi plnění ve výši {money}.",
        "Dlužník se zavázal vracet poskytnuté prostředky v pravidelných měsíčních splátkách ve výši {money.small}, splatných vždy k [15.|20.|25.|poslednímu] dni v měsíci.",
        "Dlužník přestal řádně hradit splátky od {date.any}, a proto věřitel v souladu se smlouvou a obchodními podmínkami prohlásil celou dlužnou částku za splatnou.",
        "Výzvou ze dne {date.any} byl dlužník upozorněn na prodlení a vyzván k úhradě dlužné částky; na výzvu nereagoval.",
        "Úrok z prodlení je počítán v zákonné výši podle nařízení vlády č. 351/2013 Sb., tj. [repo sazba ČNB zvýšená o 8 procentních bodů|8,05 % ročně|10,75 % ročně].",
        "Smluvní pokuta byla sjednána v čl. [IV.|V.|VII.] obchodních podmínek a činí [0,05 %|0,1 %] z dlužné částky za každý den prodlení.",
        "Pohledávka nebyla zajištěna a věřitel ji neuplatnil v jiném řízení, s výjimkou řízení vedeného u [Okresního soudu [v Kladně|v Přerově|pro Prahu 4|v Liberci|Brno-venkov|v Karviné]|{bailiff}] pod sp. zn. {ref.other}.",
        "Pohledávka byla na věřitele postoupena smlouvou o postoupení pohledávek ze dne {date.any}; postupitelem byla společnost {cred2}.",
        "Věřitel prohlašuje, že pohledávka není vykonatelná, s výjimkou části přiznané platebním rozkazem sp. zn. {ref.other}, který nabyl právní moci dne {date.any}.",
        "Výše jistiny odpovídá nesplacené části úvěru k rozhodnému dni, tj. ke dni předcházejícímu zahájení insolvenčního řízení.",
        "Náklady spojené s uplatněním pohledávky představují paušální náhradu za upomínky a náklady mimosoudního vymáhání.",
        "Věřitel souhlasí se způsobem řešení úpadku oddlužením a nepožaduje zařazení pohledávky do skupiny zajištěných věřitelů.",
        "Úhrady lze poukazovat na účet věřitele č. {acct}, při platbě je třeba uvést číslo smlouvy jako identifikátor platby.",
        "Věřitel si vyhrazuje právo pohledávku doplnit o příslušenství, které vznikne do rozhodnutí o způsobu řešení úpadku.",
        "Dlužník ke dni podání této přihlášky uhradil celkem {money}, přičemž platby byly započteny nejprve na náklady, poté na úroky a nakonec na jistinu.",
        "Obchodní podmínky, které jsou nedílnou součástí smlouvy, byly dlužníkovi předány při podpisu smlouvy, což dlužník stvrdil svým podpisem.",
        "Věřitel neeviduje vůči dlužníkovi jiné pohledávky než ty, které jsou uvedeny v této přihlášce.",
    ];

    public static readonly string[] Administrator =
    [
        "Insolvenční správce převzal agendu dlužníka dne {date.decided} a bezodkladně zahájil zjišťování majetkové podstaty.",
        "Správce provedl lustraci v evidenci katastru nemovitostí, v centrálním registru vozidel a u bankovních ústavů; dlužník [nevlastní žádné nemovitosti|je spoluvlastníkem id. 1/2 rodinného domu|vlastní osobní automobil].",
        "Dlužník se dostavil k osobnímu jednání dne {date.after}, na kterém byl poučen o svých povinnostech v oddlužení.",
        "Dlužník řádně a včas plní své povinnosti, zejména poskytuje správci součinnost a předkládá doklady o svých příjmech.",
        "Za sledované období byla věřitelům vyplacena částka {money}, což odpovídá plnění ve výši přibližně {percent} předpokládaného rozsahu.",
        "Odměna insolvenčního správce činí [1 089|1 250|900] Kč měsíčně a náhrada hotových výdajů [150|200] Kč měsíčně, obojí navýšeno o DPH.",
        "Plátcem mzdy dlužníka je {job}, který provádí srážky z příjmu a poukazuje je na účet správce č. {acct}.",
        "Přezkumné jednání se konalo dne {date.hearing}; na něm bylo přezkoumáno celkem [{n}|{nn}] přihlášek pohledávek.",
        "Správce popřel pohledávku věřitele {cred2} co do výše příslušenství, neboť sjednaná smluvní pokuta je v rozporu s dobrými mravy.",
        "Správce nezjistil žádné skutečnosti, které by odůvodňovaly zrušení schváleného oddlužení.",
        "Na základě provedeného šetření správce konstatuje, že dlužník nemá jiné příjmy než příjem ze závislé činnosti.",
        "Dlužník oznámil změnu zaměstnavatele; novým plátcem mzdy je {job.full}.",
        "Správce navrhuje, aby soud vzal zprávu na vědomí a pokračoval v řízení.",
        "Do majetkové podstaty byl sepsán zůstatek na bankovním účtu dlužníka č. {acct} ve výši {money}.",
        "Náklady insolvenčního řízení jsou hrazeny průběžně ze splátek, takže nevznikají pohledávky za majetkovou podstatou po splatnosti.",
        "Správce upozorňuje, že dlužník je povinen oznamovat každou změnu bydliště, zaměstnání a výše příjmů do 15 dnů.",
    ];

    public static readonly string[] Debtor =
    [
        "Do finanční tísně jsem se dostal{d?|a} po ztrátě zaměstnání v roce [{year}|2019|2020], kdy jsem nebyl{d?|a} {d?schopen|schopna} splácet úvěry sjednané v době, kdy jsem měl{d?|a} stálý příjem.",
        "Závazky vznikly převážně z nákupů na splátky a z úvěrů, kterými jsem hradil{d?|a} starší dluhy.",
        "Jsem zaměstnán{d?|a} na hlavní pracovní poměr u společnosti {job} s čistou měsíční mzdou {wage}.",
        "[Vyživovací povinnost mám k jednomu nezletilému dítěti, výživné platím řádně.|Vyživovací povinnost mám ke dvěma nezletilým dětem, výživné platím řádně.|Vyživovací povinnost nemám.]",
        "Žiji v nájemním bytě, nájemné včetně služeb činí {money.small} měsíčně.",
        "Prohlašuji, že jsem ve lhůtě posledních deseti let nežádal{d?|a} o oddlužení a že mi nebylo oddlužení zrušeno.",
        "Kromě běžného vybavení domácnosti nevlastním žádný majetek vyšší hodnoty.",
        "Mé zdravotní omezení mi neumožňuje vykonávat fyzicky náročnou práci, v minulosti jsem pobíral{d?|a} invalidní důchod prvního stupně.",
        "Beru na vědomí, že v průběhu oddlužení nesmím přijímat nové závazky, které bych nebyl{d?|a} {d?schopen|schopna} splnit.",
        "S věřiteli jsem se snažil{d?|a} dohodnout na splátkovém kalendáři, dohoda však nebyla možná.",
        "Vedle mzdy pobírám příspěvek na bydlení ve výši {money.small} měsíčně.",
        "Přílohou tohoto návrhu jsou výplatní pásky za poslední tři měsíce a potvrzení zaměstnavatele o průměrném čistém výdělku.",
        "Dar na plnění oddlužení ve výši {money.small} měsíčně mi poskytne [můj bratr|moje matka|můj otec|známý] na základě darovací smlouvy.",
        "Vedu řádný život a jsem připraven{d?|a} splnit všechny povinnosti, které mi v oddlužení uloží soud.",
    ];

    // Items of an asset list with the range of their usual value in CZK.
    public static readonly (string Item, double Low, double High)[] Assets =
    [
        ("osobní automobil Škoda Octavia, r. v. 2011, RZ {n}B{n} {nn}{nn}", 60_000, 160_000), ("osobní automobil Ford Focus, r. v. 2009", 30_000, 90_000),
        ("osobní automobil Škoda Fabia, r. v. 2006", 15_000, 50_000), ("televizor LCD Samsung", 1_000, 8_000), ("automatická pračka Whirlpool", 800, 5_000),
        ("lednice s mrazákem", 1_000, 6_000), ("notebook Lenovo", 2_000, 12_000), ("mobilní telefon iPhone 11", 3_000, 9_000),
        ("sedací souprava", 1_000, 9_000), ("obývací stěna", 500, 4_000), ("kuchyňská linka včetně spotřebičů", 3_000, 25_000),
        ("jízdní kolo horské", 800, 6_000), ("zahradní traktor", 5_000, 30_000), ("soubor nářadí", 500, 6_000), ("motocykl Jawa 350", 10_000, 45_000),
        ("spoluvlastnický podíl o velikosti id. 1/2 na pozemku parc. č. {nn}{nn}/{n} v k. ú. {city}", 20_000, 400_000),
        ("zůstatek na bankovním účtu č. {acct}", 100, 15_000), ("stavební spoření, smlouva č. {op}", 2_000, 80_000),
        ("obchodní podíl ve společnosti {cred2}", 1_000, 100_000), ("pohledávka za {person:ins} z titulu zápůjčky", 5_000, 120_000),
        ("šperky ze žlutého kovu", 1_000, 20_000), ("počítačová sestava", 1_500, 10_000), ("myčka nádobí Bosch", 1_000, 6_000),
        ("elektrický sporák", 800, 5_000), ("akumulátorová vrtačka Makita", 500, 3_000), ("dětský kočárek", 300, 3_000),
    ];

    public static readonly string[] Instructions =
    [
        "Proti tomuto usnesení lze podat odvolání do 15 dnů ode dne jeho doručení k {highcourt:dat} prostřednictvím soudu, který rozhodnutí vydal. Rozhodnutí se považuje za doručené okamžikem jeho zveřejnění v insolvenčním rejstříku. Věřitelé, kteří nejsou účastníky řízení, mohou podat odvolání jen proti výroku o úpadku.",
        "Proti tomuto rozhodnutí není odvolání přípustné (§ 91 insolvenčního zákona). Rozhodnutí bylo zveřejněno v insolvenčním rejstříku, kde jsou zveřejňovány i další písemnosti v této věci.",
        "Písemnosti se v insolvenčním řízení doručují zveřejněním v insolvenčním rejstříku na adrese https://isir.justice.cz. Osobám, jimž se písemnost doručuje zvlášť, se doručuje do datové schránky nebo na adresu pro doručování.",
        "Věřitel, který nepodá přihlášku pohledávky ve stanovené lhůtě, nemůže svou pohledávku v insolvenčním řízení uplatnit a po skončení oddlužení se jí již nedomůže. Přihlášku lze podat pouze na formuláři, jehož vzor je zveřejněn na internetových stránkách Ministerstva spravedlnosti.",
        "Nesplní-li dlužník řádně a včas povinnosti uložené mu tímto usnesením, může soud oddlužení zrušit a rozhodnout o řešení úpadku konkursem. Dlužník je povinen insolvenčnímu správci předkládat každých šest měsíců přehled svých příjmů.",
        "Účastník, který se k jednání bez omluvy nedostaví, nebrání projednání věci. Omluva musí být soudu doručena bez zbytečného odkladu a musí v ní být uveden vážný důvod, pro který se nemůže jednání zúčastnit.",
    ];
}
