namespace Kdo.Corpus.Generation;

/// <summary>
/// The sentences of <see cref="Fillers"/>: data, in the template language of <see cref="Scene"/>, by who writes them
/// and when. Each pool holds only what fits its writer and stage (a court's reasons for debt relief, an
/// administrator's review of claims, a lender's account of a loan, a debtor's own words), and its sentences take
/// the scene's facts, so that a document's fillers agree with it and with each other. No sentence names the customer.
/// </summary>
internal static class FillerTexts
{
    /// <summary>The court's reasons for deciding on bankruptcy and permitting debt relief.</summary>
    public static readonly string[] CourtDecision =
    [
        "Insolvenční návrh spojený s návrhem na povolení oddlužení byl soudu doručen dne {date.filed}; téhož dne byla v insolvenčním rejstříku zveřejněna vyhláška o zahájení insolvenčního řízení.",
        "Podle § 136 odst. 1 insolvenčního zákona insolvenční soud vydá rozhodnutí o úpadku, jestliže je osvědčeno nebo doloženo, že dlužník je v úpadku nebo že mu úpadek hrozí.",
        "Podle § 3 odst. 1 insolvenčního zákona je dlužník v úpadku, jestliže má více věřitelů, peněžité závazky po dobu delší 30 dnů po lhůtě splatnosti a tyto závazky není schopen plnit.",
        "Z návrhu a jeho příloh soud zjistil, že {d?dlužník|dlužnice} má celkem {creditors:acc} s pohledávkami v celkové výši {claims.total}, mezi nimi {cred2.two}, a že tyto závazky jsou po splatnosti déle než 30 dnů.",
        "{d?Dlužník|Dlužnice} doložil{d?|a}, že je zaměstnán{d?|a} u společnosti {job} s průměrným čistým měsíčním příjmem {wage}[?kids: a má vyživovací povinnost {dependants}|, vyživovací povinnost nemá].",
        "Soud vyšel [z obsahu insolvenčního návrhu|z listin připojených k návrhu|ze seznamu závazků a seznamu majetku], jejichž úplnost a správnost {d?dlužník|dlužnice} stvrdil{d?|a} svým podpisem.",
        "Soud neshledal žádné okolnosti, z nichž by bylo lze dovodit nepoctivý záměr {d?dlužníka|dlužnice} nebo lehkomyslný či nedbalý přístup k plnění závazků.",
        "Insolvenčního správce soud ustanovil podle § 25 insolvenčního zákona postupem podle rozvrhu pracovní doby, neboť nebylo na místě postupovat jinak.",
        "Při měsíční splátce přibližně {installment} lze předpokládat, že nezajištění věřitelé obdrží za dobu trvání oddlužení nejméně 30 % svých pohledávek.",
        "Proti {d?dlužníkovi|dlužnici} byla před zahájením insolvenčního řízení vedena exekuční řízení pod sp. zn. {ref.ex} a {ref.ex}; v nich nelze po dobu trvání účinků zahájení insolvenčního řízení exekuci provést (§ 109 odst. 1 písm. c) insolvenčního zákona).",
        "Zálohu na náklady insolvenčního řízení soud nepožadoval, neboť {d?dlužník|dlužnice} podal{d?|a} návrh na povolení oddlužení a {d?jeho|její} příjmy postačují k úhradě odměny správce.",
        "V návrhu {d?dlužník|dlužnice} uvedl{d?|a}, že se do úpadku dostal{d?|a} [po ztrátě zaměstnání|v důsledku dlouhodobé nemoci|po rozvodu manželství|tím, že starší úvěry splácel{d?|a} novými].",
        "Soud dospěl k závěru, že {d?dlužník|dlužnice} je v úpadku ve formě platební neschopnosti, a proto úpadek zjistil.",
        "Věřitelé byli vyzváni, aby své pohledávky přihlásili nejpozději do {date.deadline}, tj. ve lhůtě dvou měsíců od rozhodnutí o úpadku.",
        "Návrh na povolení oddlužení obsahuje všechny náležitosti podle § 391 insolvenčního zákona a byl podán osobou k tomu oprávněnou.",
        "Protože soud neshledal důvody pro zamítnutí návrhu na povolení oddlužení podle § 395 insolvenčního zákona, oddlužení povolil.",
        "Účinky rozhodnutí o úpadku nastávají okamžikem jeho zveřejnění v insolvenčním rejstříku.",
    ];

    /// <summary>The court's reasons for a bankruptcy order (konkurs): for companies and for debtors without debt relief.</summary>
    public static readonly string[] CourtBankruptcy =
    [
        "Insolvenční návrh byl soudu doručen dne {date.filed}; vyhláška o zahájení insolvenčního řízení byla zveřejněna téhož dne.",
        "Z návrhu a připojených listin vyplývá, že dlužník má nejméně {creditors:acc}, mezi nimi {cred2.two}, s pohledávkami po splatnosti déle než tři měsíce v celkové výši {claims.total}.",
        "Dlužník na výzvu soudu nepředložil seznam majetku, seznam závazků ani seznam zaměstnanců, čímž se podle § 3 odst. 2 insolvenčního zákona zakládá domněnka jeho platební neschopnosti.",
        "Podle § 396 insolvenčního zákona, rozhodne-li soud o úpadku a nelze-li úpadek řešit oddlužením, rozhodne zároveň o řešení úpadku konkursem.",
        "Soud zjistil, že dlužník své splatné závazky neplní a zastavil platby podstatné části svých peněžitých závazků.",
        "Insolvenčního správce soud ustanovil podle § 25 insolvenčního zákona podle rozvrhu pracovní doby.",
        "Majetek dlužníka podle všeho postačí alespoň k úhradě nákladů insolvenčního řízení; zálohu na náklady řízení navrhovatel složil ve výši 50 000 Kč.",
        "Soud proto zjistil úpadek dlužníka a na jeho majetek prohlásil konkurs.",
        "Osoby, které mají vůči dlužníkovi splatné závazky, se vyzývají, aby napříště plnily insolvenčnímu správci.",
    ];

    /// <summary>The court's reasons for rejecting a motion for debt relief.</summary>
    public static readonly string[] CourtRejection =
    [
        "Insolvenční návrh spojený s návrhem na povolení oddlužení byl soudu doručen dne {date.filed}.",
        "Podle § 395 odst. 1 insolvenčního zákona insolvenční soud zamítne návrh na povolení oddlužení, jestliže se jím sleduje nepoctivý záměr nebo jestliže lze důvodně předpokládat, že dlužník nebude schopen splnit podmínky oddlužení.",
        "Z listin připojených k návrhu vyplývá, že čistý měsíční příjem {d?dlužníka|dlužnice} činí {wage}[?kids: a že má vyživovací povinnost {dependants}].",
        "Závazky {d?dlužníka|dlužnice} vůči {creditors:dat} činí celkem {claims.total}.",
        "Po odečtení nezabavitelné částky by {d?dlužník|dlužnice} mohl{d?|a} věřitelům měsíčně hradit nejvýše přibližně {installment}, což při výši závazků nepostačuje k úhradě odměny insolvenčního správce a zákonem požadované části pohledávek.",
        "{d?Dlužník|Dlužnice} na výzvu soudu nedoložil{d?|a} darovací smlouvu ani jiný zdroj příjmů, z něhož by bylo možno rozdíl uhradit.",
        "Soud vyzval {d?dlužníka|dlužnici} usnesením ze dne {date.after} k doplnění návrhu; výzvě {d?dlužník|dlužnice} vyhověl{d?|a} jen zčásti.",
        "Soud proto návrh na povolení oddlužení zamítl a současně rozhodl o řešení úpadku konkursem (§ 396 odst. 1 insolvenčního zákona).",
        "Soud nepřehlédl, že {d?dlužník|dlužnice} je zaměstnán{d?|a} u společnosti {job}; příjem z tohoto zaměstnání však ke splnění oddlužení nepostačuje.",
    ];

    /// <summary>The court's reasons for approving debt relief.</summary>
    public static readonly string[] CourtApproval =
    [
        "Přezkumné jednání a schůze věřitelů se konaly dne {date.hearing}; věřitelé o způsobu oddlužení nehlasovali, a proto o něm rozhodl soud.",
        "Do skončení lhůty přihlásili své pohledávky věřitelé v celkovém počtu {claims.count} a v celkové výši {claims.total}; zjištěny byly pohledávky v celkové výši {claims.admitted}.",
        "Insolvenční {adm?správce|správkyně} ve zprávě pro oddlužení doporučil{adm?|a} schválit oddlužení plněním splátkového kalendáře.",
        "Měsíční splátka, kterou bude {d?dlužník|dlužnice} z příjmů u zaměstnavatele {job} hradit, činí po odečtení nezabavitelné částky přibližně {installment}.",
        "Podle § 406 odst. 1 insolvenčního zákona soud schválí oddlužení, jsou-li splněny podmínky pro jeho schválení a nebyly-li vzneseny důvodné námitky.",
        "Podle § 412 odst. 1 insolvenčního zákona je dlužník povinen vykonávat přiměřenou výdělečnou činnost, a je-li nezaměstnaný, o získání příjmu usilovat.",
        "Odměna insolvenčního správce činí {fee} a náhrada hotových výdajů 150 Kč měsíčně, obojí zvýšeno o daň z přidané hodnoty, je-li správce jejím plátcem.",
        "Plátci mzdy {job} soud uložil, aby ze mzdy {d?dlužníka|dlužnice} prováděl srážky a poukazoval je na účet insolvenčního správce č. {adm.acct}.",
        "Věřitel {cred2} vznesl proti schválení oddlužení námitky, které soud neshledal důvodnými, neboť {d?dlužník|dlužnice} své povinnosti plní.",
        "Soud přihlédl i k tomu, že {d?dlužník|dlužnice} již od povolení oddlužení platí věřitelům zálohové splátky.",
        "Nezajištění věřitelé obdrží podle předpokladu správce přibližně {percent} svých zjištěných pohledávek.",
        "Soud rozhodl o schválení oddlužení bez nařízení jednání, neboť k tomu nebylo třeba provádět dokazování.",
    ];

    /// <summary>The record of a review hearing and creditors' meeting.</summary>
    public static readonly string[] CourtReview =
    [
        "Soud konstatoval, že přezkumné jednání bylo nařízeno usnesením ze dne {date.decided}, které bylo zveřejněno v insolvenčním rejstříku.",
        "Insolvenční {adm?správce|správkyně} přednesl{adm?|a} seznam přihlášených pohledávek a sdělil{adm?|a}, které pohledávky popírá a z jakého důvodu.",
        "{d?Dlužník|Dlužnice} byl{d?|a} poučen{d?|a} o právu popírat přihlášené pohledávky a prohlásil{d?|a}, že [žádnou pohledávku nepopírá|popírá pohledávku věřitele {cred2} co do výše úroků].",
        "Přítomní věřitelé nevznesli proti seznamu přihlášených pohledávek námitky.",
        "Soud vyhlásil, že pohledávky, které nebyly popřeny, se považují za zjištěné.",
        "Na schůzi věřitelů byl{adm?|a} insolvenční {adm?správce|správkyně} {adm} potvrzen{adm?|a} ve funkci; věřitelský výbor nebyl zvolen a jeho působnost vykonává soud.",
        "Přítomní věřitelé o způsobu oddlužení nehlasovali; o něm rozhodne soud.",
        "Za věřitele {cred} se jednání zúčastnil{att?|a} zmocněn{att?ec|kyně} {att}, {att?který|která} předložil{att?|a} plnou moc.",
        "Popřeno bylo celkem {claims.denied}; popěrné úkony se týkají převážně smluvních pokut a úroků nad zákonnou míru.",
        "Soud poučil věřitele, jejichž pohledávky byly popřeny, o možnosti podat žalobu na určení pravosti, výše nebo pořadí pohledávky do 30 dnů od přezkumného jednání.",
        "{adm?Správce|Správkyně} podal{adm?|a} zprávu o majetkové podstatě ústně a odkázal{adm?|a} na soupis zveřejněný v insolvenčním rejstříku.",
    ];

    /// <summary>Later decisions of the court during debt relief.</summary>
    public static readonly string[] CourtLater =
    [
        "Oddlužení {d?dlužníka|dlužnice} bylo schváleno usnesením ze dne {date.approved} plněním splátkového kalendáře.",
        "Ze zprávy insolvenčního správce o plnění oddlužení vyplývá, že {d?dlužník|dlužnice} hradí měsíční splátky ve výši přibližně {installment}.",
        "{d?Dlužník|Dlužnice} oznámil{d?|a} soudu změnu zaměstnavatele; novým plátcem mzdy je {job.new}.",
        "Soud nezjistil, že by {d?dlužník|dlužnice} neplnil{d?|a} podstatné povinnosti podle schváleného způsobu oddlužení.",
        "Insolvenční {adm?správce|správkyně} navrhl{adm?|a}, aby soud vzal zprávu o plnění oddlužení na vědomí.",
        "Podle § 418 odst. 1 insolvenčního zákona soud oddlužení zruší, jestliže dlužník neplní podstatné povinnosti podle schváleného způsobu oddlužení.",
        "Věřitelé dosud obdrželi na svých zjištěných pohledávkách přibližně {percent} předpokládaného plnění.",
        "Soud proto rozhodl, jak je uvedeno ve výroku.",
    ];

    /// <summary>What every creditor's filing says of its claim.</summary>
    public static readonly string[] CreditorCommon =
    [
        "[?enforceable:[?public:Pohledávka je vykonatelná na základě rozhodnutí věřitele jako správce {claim.levy:gen}.|Pohledávka byla přiznána platebním rozkazem {districtcourt} sp. zn. {claim.judgment}, který nabyl právní moci; věřitel ji proto přihlašuje jako vykonatelnou.]|Věřitel prohlašuje, že pohledávka není zajištěna a nebyla uplatněna v jiném řízení.]",
        "Věřitel neeviduje vůči {d?dlužníkovi|dlužnici} jiné pohledávky než ty, které jsou uvedeny v této přihlášce.",
        "Pohledávka je vyčíslena ke dni {date.decided}, kdy nastaly účinky rozhodnutí o úpadku.",
        "Příslušenství vzniklé po rozhodnutí o úpadku věřitel v insolvenčním řízení neuplatňuje.",
        "Věřitel žádá, aby mu písemnosti byly doručovány do datové schránky {ds}.",
        "Kontaktní osobou věřitele pro toto řízení je {emp}, {emp.contact}.",
        "[?company:Věřitel souhlasí s řešením úpadku dlužníka konkursem.|Věřitel souhlasí s řešením úpadku oddlužením a nepožaduje zařazení pohledávky do zvláštní skupiny.]",
    ];

    /// <summary>A creditor's account of its claim later in the proceedings (letters after the review).</summary>
    public static readonly string[] CreditorLater =
    [
        "Pohledávka byla přihlášena do insolvenčního řízení dne {date.claim} pod č. {claim.no} a na přezkumném jednání dne {date.hearing} zjištěna ve výši {claim.admitted}.",
        "Oddlužení {d?dlužníka|dlužnice} bylo schváleno usnesením ze dne {date.approved}; od té doby věřitel obdržel plnění v souladu se splátkovým kalendářem.",
        "Věřitel eviduje pohledávku v původní výši {claim.total}, z toho jistinu {claim.principal}.",
        "Platby z oddlužení věřitel přijímá na účet č. {cred.acct}; jako variabilní symbol slouží číslo přihlášky.",
        "Kontaktní osobou věřitele je {emp}, {emp.contact}.",
        "Věřitel žádá, aby mu písemnosti byly doručovány do datové schránky {ds}.",
    ];

    /// <summary>A lender's account of a loan.</summary>
    public static readonly string[] CreditorCredit =
    [
        "Na základě smlouvy poskytl [?collector:původní věřitel|věřitel] {d?dlužníkovi|dlužnici} peněžní prostředky ve výši {claim.loan}, které se {d?dlužník|dlužnice} zavázal{d?|a} vrátit v pravidelných měsíčních splátkách ve výši {claim.monthly}.",
        "{d?Dlužník|Dlužnice} splácel{d?|a} řádně až do {date.due}, kdy splátky přestal{d?|a} hradit; zbývající část úvěru byla proto v souladu se smlouvou prohlášena za okamžitě splatnou.",
        "Výzvou ze dne {date.reminder} byl{d?|a} {d?dlužník|dlužnice} vyzván{d?|a} k úhradě dlužných splátek; na výzvu nereagoval{d?|a}.",
        "Nesplacená jistina úvěru činí ke dni rozhodnutí o úpadku {claim.principal}.",
        "Smluvní úrok a úrok z prodlení jsou vyčísleny celkem částkou {claim.interest}; úrok z prodlení je počítán v zákonné výši podle {law.arrears}",
        "[?costs:Náklady ve výši {claim.costs} představují smluvní poplatky za upomínky a náklady mimosoudního vymáhání.|Věřitel neuplatňuje žádné náklady spojené s vymáháním pohledávky.]",
        "Před uzavřením smlouvy byla posouzena úvěruschopnost {d?dlužníka|dlužnice} podle {law.credit} na základě doložených příjmů a údajů z registru klientských informací.",
        "Obchodní podmínky, které jsou nedílnou součástí smlouvy, byly {d?dlužníkovi|dlužnici} předány při jejím podpisu.",
        "Splátky přijaté před zahájením insolvenčního řízení byly započteny nejprve na poplatky, poté na úroky a nakonec na jistinu.",
    ];

    /// <summary>A utility's, telco's, insurer's or landlord's account of unpaid bills.</summary>
    public static readonly string[] CreditorBills =
    [
        "Za poskytnuté plnění vystavoval věřitel vyúčtování ve výši přibližně {claim.monthly} měsíčně, splatná vždy do 15. dne následujícího měsíce.",
        "{d?Dlužník|Dlužnice} přestal{d?|a} vyúčtování hradit od {date.due}; neuhrazeno zůstalo celkem {claim.principal}.",
        "Pro neplacení věřitel [ukončil poskytování plnění|smlouvu vypověděl|od smlouvy odstoupil] a vystavil konečné vyúčtování.",
        "Upomínkou ze dne {date.reminder} byl{d?|a} {d?dlužník|dlužnice} vyzván{d?|a} k zaplacení, avšak bezvýsledně.",
        "Úrok z prodlení ve výši {claim.interest} je počítán z jednotlivých neuhrazených částek ode dne jejich splatnosti.",
        "[?costs:Náklady ve výši {claim.costs} tvoří poplatky za upomínky a za přerušení a obnovení dodávky.|Jiné náklady věřitel neuplatňuje.]",
    ];

    /// <summary>A public body's account of unpaid premiums, taxes or fees.</summary>
    public static readonly string[] CreditorPublic =
    [
        "Pohledávka vznikla z titulu {claim.title}; její výše vyplývá z evidence věřitele.",
        "[?company:Dlužník|{d?Dlužník|Dlužnice}] neuhradil{d?|a} {claim.levy} splatn{claim.levy:agree} od {date.due}, ačkoli k tomu byl{d?|a} povin{d?en|na} ze zákona.",
        "Penále ve výši {claim.interest} je vypočteno podle zvláštního právního předpisu ke dni předcházejícímu rozhodnutí o úpadku.",
        "Pohledávka je vykonatelná na základě {claim.assessment}, který nabyl právní moci a vykonatelnosti dne {date.reminder}.",
        "Věřitel jako správce {claim.levy:gen} přihlašuje pohledávku jako vykonatelnou; k přihlášce připojuje doklad o její vykonatelnosti.",
        "Platby lze poukazovat na účet věřitele č. {cred.acct}, variabilním symbolem je rodné číslo nebo identifikační číslo plátce.",
        "Jistina pohledávky činí {claim.principal}.",
    ];

    /// <summary>A transport company's account of fare surcharges.</summary>
    public static readonly string[] CreditorFare =
    [
        "{d?Dlužník|Dlužnice} byl{d?|a} dne {date.due} při přepravní kontrole zjištěn{d?|a} bez platného jízdního dokladu a jízdné ani přirážku k jízdnému na místě nezaplatil{d?|a}.",
        "Přirážka k jízdnému činí podle tarifu {claim.monthly} za každý případ; jistina pohledávky celkem činí {claim.principal}.",
        "Výzvou ze dne {date.reminder} byl{d?|a} {d?dlužník|dlužnice} vyzván{d?|a} k úhradě; na výzvu nereagoval{d?|a}.",
        "Úrok z prodlení ve výši {claim.interest} je počítán v zákonné výši.",
    ];

    /// <summary>A collection agency's account of the claim it bought.</summary>
    public static readonly string[] CreditorCollector =
    [
        "Věřitel nabyl pohledávku od původního věřitele {assignor} na základě smlouvy o postoupení pohledávek ze dne {date.assigned}.",
        "Postoupení bylo {d?dlužníkovi|dlužnici} oznámeno [dopisem postupitele|písemným oznámením věřitele] ze dne {date.assigned}.",
        "[?lends:Původní věřitel {assignor} pohledávku před postoupením zesplatnil a {d?dlužníka|dlužnici} marně vyzval k úhradě.|Původní věřitel {assignor} poskytoval {d?dlužníkovi|dlužnici} služby, které {d?dlužník|dlužnice} od {date.due} přestal{d?|a} hradit.]",
        "Spolu s pohledávkou přešlo na věřitele i její příslušenství a všechna práva s ní spojená.",
        "Věřitel doloží smlouvu o postoupení pohledávek a oznámení o postoupení na výzvu insolvenčního správce.",
    ];

    /// <summary>Articles of a lender's general terms, as creditors attach them to a claim.</summary>
    public static readonly string[] CreditTerms =
    [
        "Čl. I. Úvodní ustanovení. Tyto všeobecné obchodní podmínky upravují práva a povinnosti věřitele a klienta při poskytování spotřebitelských úvěrů a jsou nedílnou součástí smlouvy.",
        "Čl. II. Poskytnutí úvěru. Věřitel poskytne klientovi úvěr převodem na účet uvedený ve smlouvě nejpozději do pěti pracovních dnů od jejího uzavření.",
        "Čl. III. Splácení. Klient je povinen splácet úvěr v pravidelných měsíčních splátkách ve výši a ke dni splatnosti uvedeným ve smlouvě; splátka je uhrazena dnem připsání na účet věřitele.",
        "Čl. IV. Úrok. Úroková sazba je pevná po celou dobu trvání smlouvy; úrok se počítá z nesplacené jistiny a je součástí měsíční splátky.",
        "Čl. V. Prodlení. Je-li klient v prodlení se splátkou, je povinen zaplatit úrok z prodlení v zákonné výši a poplatek za upomínku podle sazebníku.",
        "Čl. VI. Zesplatnění. Je-li klient v prodlení s úhradou alespoň dvou splátek déle než tři měsíce, je věřitel oprávněn prohlásit celý nesplacený úvěr za splatný.",
        "Čl. VII. Předčasné splacení. Klient je oprávněn úvěr kdykoli zcela nebo zčásti předčasně splatit; věřitel má nárok jen na náhradu nákladů přímo vzniklých předčasným splacením.",
        "Čl. VIII. Započítávání plateb. Platby klienta se započítávají nejprve na náklady spojené s vymáháním, poté na úrok z prodlení, úrok a nakonec na jistinu.",
        "Čl. IX. Postoupení. Věřitel je oprávněn pohledávku ze smlouvy postoupit třetí osobě; o postoupení klienta bez zbytečného odkladu vyrozumí.",
        "Čl. X. Odstoupení. Klient může od smlouvy odstoupit bez udání důvodu do 14 dnů od jejího uzavření.",
        "Čl. XI. Doručování. Písemnosti se doručují na poslední adresu klienta, kterou věřiteli sdělil; nepodaří-li se doručit, považuje se písemnost za doručenou třetím dnem po uložení.",
        "Čl. XII. Informační povinnost. Klient je povinen věřiteli bez zbytečného odkladu oznámit změnu jména, bydliště, zaměstnání a jiné skutečnosti rozhodné pro splácení úvěru.",
        "Čl. XIII. Registr. Klient souhlasí se zpracováním svých údajů v registru klientských informací za účelem posouzení úvěruschopnosti.",
        "Čl. XIV. Reklamace a stížnosti. Stížnosti vyřizuje věřitel do 30 dnů; klient se může obrátit i na finančního arbitra.",
        "Čl. XV. Závěrečná ustanovení. Smlouva se řídí českým právem; změny podmínek oznamuje věřitel klientovi nejméně dva měsíce předem.",
    ];

    /// <summary>Articles of a supplier's terms (telco, utility, insurer, landlord).</summary>
    public static readonly string[] ServiceTerms =
    [
        "Čl. 1. Předmět smlouvy. Dodavatel se zavazuje poskytovat zákazníkovi sjednané plnění a zákazník se zavazuje za ně platit cenu podle platného ceníku.",
        "Čl. 2. Vyúčtování. Cena se vyúčtovává měsíčně; vyúčtování je splatné do 15 dnů od vystavení.",
        "Čl. 3. Zálohy. Dodavatel je oprávněn požadovat zálohy na cenu plnění ve výši odpovídající předpokládané spotřebě.",
        "Čl. 4. Prodlení. Při prodlení s úhradou je zákazník povinen zaplatit úrok z prodlení v zákonné výši a smluvní poplatek za upomínku.",
        "Čl. 5. Omezení a přerušení plnění. Neuhradí-li zákazník vyúčtování ani po upomínce, je dodavatel oprávněn plnění omezit nebo přerušit.",
        "Čl. 6. Ukončení smlouvy. Dodavatel může smlouvu vypovědět, je-li zákazník v prodlení s úhradou déle než 30 dnů.",
        "Čl. 7. Konečné vyúčtování. Po skončení smlouvy vystaví dodavatel konečné vyúčtování, v němž započte uhrazené zálohy.",
        "Čl. 8. Reklamace. Zákazník může reklamovat vyúčtování do dvou měsíců od jeho doručení; reklamace nemá odkladný účinek.",
        "Čl. 9. Doručování. Vyúčtování a upomínky se doručují na adresu nebo e-mail, které zákazník uvedl ve smlouvě.",
        "Čl. 10. Postoupení. Dodavatel je oprávněn pohledávky ze smlouvy postoupit třetí osobě.",
        "Čl. 11. Závěrečná ustanovení. Obchodní podmínky nabývají účinnosti dnem zveřejnění na internetových stránkách dodavatele.",
    ];

    /// <summary>The administrator's first steps after the decision.</summary>
    public static readonly string[] AdministratorStart =
    [
        "Insolvenční {adm?správce|správkyně} se ujal{adm?|a} funkce dne {date.decided} a bezodkladně zahájil{adm?|a} zjišťování majetkové podstaty.",
        "{adm?Správce|Správkyně} provedl{adm?|a} lustraci v katastru nemovitostí, v centrálním registru vozidel a u bankovních ústavů.",
        "{d?Dlužník|Dlužnice} se dostavil{d?|a} k osobnímu jednání dne {date.meeting}, na kterém byl{d?|a} poučen{d?|a} o svých povinnostech v oddlužení.",
        "{adm?Správce|Správkyně} vyzval{adm?|a} plátce mzdy {job} k provádění srážek ze mzdy {d?dlužníka|dlužnice} a k jejich poukazování na účet č. {adm.acct}.",
        "{d?Dlužník|Dlužnice} řádně poskytuje součinnost a předkládá doklady o svých příjmech.",
        "Na základě provedeného šetření {adm?správce|správkyně} konstatuje, že {d?dlužník|dlužnice} nemá jiné příjmy než příjem ze závislé činnosti.",
        "{adm?Správce|Správkyně} upozornil{adm?|a} {d?dlužníka|dlužnici}, že je povin{d?en|na} oznamovat každou změnu bydliště, zaměstnání a výše příjmů do 15 dnů.",
    ];

    /// <summary>The administrator's review of the claims.</summary>
    public static readonly string[] AdministratorReview =
    [
        "Lhůta k přihlášení pohledávek uplynula dne {date.deadline}; do té doby přihlásili své pohledávky věřitelé v celkovém počtu {claims.count} a v celkové výši {claims.total}.",
        "{adm?Správce|Správkyně} přezkoumal{adm?|a} přihlášené pohledávky podle listin, které k nim věřitelé připojili, a podle údajů {d?dlužníka|dlužnice}.",
        "Zjištěny byly pohledávky v celkové výši {claims.admitted}; popřeny byly pohledávky nebo jejich části v celkové výši {claims.denied}.",
        "Smluvní pokuty a úroky převyšující zákonnou míru {adm?správce popřel|správkyně popřela} pro rozpor s dobrými mravy.",
        "Předpokládaná míra uspokojení nezajištěných věřitelů při měsíční splátce {installment} činí za dobu trvání oddlužení přibližně {percent}.",
        "Žádná z přihlášených pohledávek není zajištěna.",
        "{adm?Správce nepopíral|Správkyně nepopírala} pohledávky správců daně a pojistného, které jsou doloženy vykonatelnými rozhodnutími.",
        "Pohledávky za majetkovou podstatou a pohledávky jim postavené na roveň dosud nevznikly.",
    ];

    /// <summary>The administrator's account of the performance of debt relief.</summary>
    public static readonly string[] AdministratorLater =
    [
        "Oddlužení bylo schváleno usnesením ze dne {date.approved} plněním splátkového kalendáře.",
        "{d?Dlužník|Dlužnice} plní splátkový kalendář [řádně|s drobnými výkyvy v závislosti na výši mzdy]; měsíční splátky činí v průměru {installment}.",
        "{adm?Správce nezjistil|Správkyně nezjistila} žádné skutečnosti, které by odůvodňovaly zrušení schváleného oddlužení.",
        "Odměna správce činí {fee} a náhrada hotových výdajů 150 Kč měsíčně, obojí navýšeno o DPH.",
        "{d?Dlužník|Dlužnice} oznámil{d?|a} změnu zaměstnavatele; novým plátcem mzdy je {job.new}.",
        "Věřitelé dosud obdrželi na svých zjištěných pohledávkách celkem přibližně {percent} předpokládaného plnění.",
        "{adm?Správce|Správkyně} navrhuje, aby soud vzal zprávu o plnění oddlužení na vědomí.",
        "{d?Dlužník|Dlužnice} předložil{d?|a} přehled svých příjmů za uplynulý rok a daňové přiznání, z nichž nevyplývají žádné mimořádné příjmy.",
    ];

    /// <summary>The administrator's account of a bankruptcy (konkurs), for company debtors.</summary>
    public static readonly string[] AdministratorBankruptcy =
    [
        "{adm?Správce sepsal|Správkyně sepsala} do majetkové podstaty movité věci dlužníka a {adm?zahájil|zahájila} jejich zpeněžení mimo dražbu se souhlasem insolvenčního soudu.",
        "Výtěžek zpeněžení činí ke dni této zprávy {money}; z něj byly uhrazeny náklady spojené se správou majetkové podstaty.",
        "Dlužník nevede účetnictví v rozsahu, který by {adm?správci|správkyni} umožnil zjistit jeho pohledávky za třetími osobami.",
        "{adm?Správce vyzval|Správkyně vyzvala} dlužníkovy dlužníky, aby plnili do majetkové podstaty.",
        "Lhůta k přihlášení pohledávek uplynula dne {date.deadline}; počet přihlášených pohledávek činí {claims.count}, jejich celková výše {claims.total}.",
        "{adm?Správce|Správkyně} předpokládá, že nezajištění věřitelé budou uspokojeni přibližně v rozsahu {percent}.",
    ];

    /// <summary>The debtor's own words on income and circumstances.</summary>
    public static readonly string[] Debtor =
    [
        "Do finanční tísně jsem se dostal{d?|a} [po ztrátě zaměstnání|po rozvodu|po vážném úrazu] v roce {year}, kdy jsem nebyl{d?|a} {d?schopen|schopna} splácet úvěry sjednané v době, kdy jsem měl{d?|a} stálý příjem.",
        "Závazky vznikly převážně z nákupů na splátky a z úvěrů, kterými jsem hradil{d?|a} starší dluhy.",
        "Jsem zaměstnán{d?|a} na hlavní pracovní poměr u společnosti {job} s čistou měsíční mzdou {wage}.",
        "[?kids:Vyživovací povinnost mám {dependants}, výživné platím řádně.|Vyživovací povinnost nemám.]",
        "Žiji v nájemním bytě, nájemné včetně služeb činí {rent} měsíčně.",
        "Prohlašuji, že jsem v posledních deseti letech nežádal{d?|a} o oddlužení a že mi nebylo oddlužení zrušeno.",
        "Kromě běžného vybavení domácnosti nevlastním žádný majetek vyšší hodnoty.",
        "Beru na vědomí, že v průběhu oddlužení nesmím přijímat nové závazky, které bych nebyl{d?|a} {d?schopen|schopna} splnit.",
        "S věřiteli jsem se snažil{d?|a} dohodnout na splátkovém kalendáři, dohoda však nebyla možná.",
        "Přílohou jsou výplatní pásky za poslední tři měsíce a potvrzení zaměstnavatele o průměrném čistém výdělku.",
        "[?lowpay:Vedle mzdy pobírám příspěvek na bydlení ve výši {money.small} měsíčně.|Jiné pravidelné příjmy než mzdu nemám.]",
        "Jsem připraven{d?|a} splnit všechny povinnosti, které mi v oddlužení uloží soud.",
        "Proti mně byla vedena exekuční řízení, mimo jiné u {bailiff:gen} pod sp. zn. {ref.ex}.",
        "Zaměstnavatel mi ze mzdy již nyní provádí srážky ve prospěch exekutora.",
    ];

    /// <summary>The spouses' own words in a joint petition.</summary>
    public static readonly string[] Couple =
    [
        "Do finanční tísně jsme se dostali v roce {year}, kdy {sp?manžel přišel|manželka přišla} o zaměstnání a příjmy domácnosti výrazně poklesly.",
        "Žijeme ve společné domácnosti v nájemním bytě, nájemné včetně služeb činí {rent} měsíčně.",
        "[?kids:Máme vyživovací povinnost {dependants}.|Vyživovací povinnost nemáme.]",
        "Závazky vznikly převážně za trvání manželství z úvěrů na vybavení domácnosti a z nákupů na splátky.",
        "Prohlašujeme, že jsme v posledních deseti letech nežádali o oddlužení a že nám nebylo oddlužení zrušeno.",
        "Společné jmění manželů nebylo zúženo ani zrušeno a za závazky vzniklé za trvání manželství odpovídáme oba.",
        "Bereme na vědomí, že v průběhu oddlužení nesmíme přijímat nové závazky, které bychom nebyli schopni splnit.",
        "Přílohou jsou výplatní pásky obou manželů za poslední tři měsíce.",
        "S věřiteli jsme se snažili dohodnout na splátkovém kalendáři, dohoda však nebyla možná.",
        "Kromě běžného vybavení domácnosti nevlastníme žádný majetek vyšší hodnoty.",
        "Vedle mzdy ve výši {wage} má domácnost i příjem {sp?manžela|manželky}, který pokrývá nájemné a běžné výdaje.",
    ];

    // Items of an asset list with the range of their usual value in CZK.
    public static readonly (string Item, double Low, double High)[] Assets =
    [
        ("osobní automobil Škoda Octavia, r. v. {rv}, RZ {n}B{n} {nn}{nn}", 60_000, 160_000), ("osobní automobil Ford Focus, r. v. {rv}", 30_000, 90_000),
        ("osobní automobil Škoda Fabia, r. v. {rv}", 15_000, 50_000), ("televizor LCD Samsung", 1_000, 8_000), ("automatická pračka Whirlpool", 800, 5_000),
        ("lednice s mrazákem", 1_000, 6_000), ("notebook Lenovo", 2_000, 12_000), ("mobilní telefon Samsung Galaxy", 1_500, 7_000),
        ("sedací souprava", 1_000, 9_000), ("obývací stěna", 500, 4_000), ("kuchyňská linka včetně spotřebičů", 3_000, 25_000),
        ("jízdní kolo horské", 800, 6_000), ("zahradní traktor", 5_000, 30_000), ("soubor nářadí", 500, 6_000), ("motocykl Jawa 350, r. v. {rv}", 10_000, 45_000),
        ("spoluvlastnický podíl o velikosti id. 1/2 na pozemku parc. č. {nn}{nn}/{n} v k. ú. {city}", 20_000, 400_000),
        ("zůstatek na bankovním účtu č. {acct}", 100, 15_000), ("stavební spoření, smlouva č. {op}", 2_000, 80_000),
        ("pohledávka za {person:ins} z titulu zápůjčky", 5_000, 120_000),
        ("šperky ze žlutého kovu", 1_000, 20_000), ("počítačová sestava", 1_500, 10_000), ("myčka nádobí Bosch", 1_000, 6_000),
        ("elektrický sporák", 800, 5_000), ("akumulátorová vrtačka Makita", 500, 3_000), ("dětský kočárek", 300, 3_000),
    ];
}
