namespace Kdo.Corpus.Generation;

/// <summary>
/// The instructions (poučení) at the end of court documents, one block per kind of decision, each consistent in
/// itself: a decision on bankruptcy that only the debtor may appeal, a decision open to appeal, one closed to it, a
/// public notice to creditors, a summons, the debtor's duties in debt relief. A document gets the blocks that fit
/// it, never two that contradict each other.
/// </summary>
internal static class Instructions
{
    /// <summary>The paragraphs of the block <paramref name="kind"/>, or null when the kind is not an instruction block.</summary>
    public static string[]? Block(string kind) => kind switch
    {
        "appeal.bankruptcy" => BankruptcyAppeal,
        "appeal" => Appeal,
        "final" => Final,
        "notice" => Notice,
        "hearing" => Summons,
        "duties" => Duties,
        _ => null,
    };

    private static readonly string[] BankruptcyAppeal =
    [
        "[Poučení|P o u č e n í]: Proti výroku o úpadku lze podat odvolání do 15 dnů ode dne doručení tohoto usnesení k {highcourt:dat} prostřednictvím {court:gen}. Odvolání proti výroku o úpadku může podat jen dlužník; věřitelé, kteří nejsou insolvenčními navrhovateli, jej podat nemohou. Proti ostatním výrokům tohoto usnesení není odvolání přípustné.",
        "Rozhodnutí se považuje za doručené okamžikem jeho zveřejnění v insolvenčním rejstříku; osobám, jimž se doručuje zvlášť, se lhůta k odvolání počítá od doručení zvláštním způsobem.",
        "Věřitelé, kteří dosud nepřihlásili své pohledávky, se vyzývají, aby tak učinili nejpozději do {date.deadline}. Přihlášku lze podat jen na formuláři, jehož vzor je zveřejněn na internetových stránkách Ministerstva spravedlnosti; k přihláškám podaným po lhůtě se nepřihlíží.",
        "Věřitelé se vyzývají, aby insolvenčnímu správci sdělili, jaká zajišťovací práva uplatňují k majetku dlužníka; neučiní-li tak, nepřihlíží se k jejich zajištění.",
        "Osoby, které mají vůči dlužníkovi splatné závazky, se vyzývají, aby napříště plnily insolvenčnímu správci, nikoli dlužníkovi.",
        "Písemnosti se v insolvenčním řízení doručují zveřejněním v insolvenčním rejstříku na adrese https://isir.justice.cz.",
    ];

    private static readonly string[] Appeal =
    [
        "[Poučení|P o u č e n í]: Proti tomuto usnesení lze podat odvolání do 15 dnů ode dne jeho doručení k {highcourt:dat} prostřednictvím {court:gen}.",
        "Rozhodnutí se považuje za doručené okamžikem jeho zveřejnění v insolvenčním rejstříku. Odvolání musí obsahovat, proti kterému rozhodnutí směřuje, v jakém rozsahu se napadá, v čem je spatřována jeho nesprávnost a čeho se odvolatel domáhá.",
        "Odvolání lze podat písemně, v elektronické podobě prostřednictvím datové schránky nebo elektronickou poštou podepsanou uznávaným elektronickým podpisem.",
        "Písemnosti se v insolvenčním řízení doručují zveřejněním v insolvenčním rejstříku na adrese https://isir.justice.cz.",
    ];

    private static readonly string[] Final =
    [
        "[Poučení|P o u č e n í]: Proti tomuto usnesení není odvolání přípustné.",
        "Usnesení je zveřejněno v insolvenčním rejstříku na adrese https://isir.justice.cz, kde jsou zveřejňovány i další písemnosti v této věci.",
    ];

    private static readonly string[] Notice =
    [
        "[Poučení|Upozornění]: Věřitel, který nepodá přihlášku pohledávky ve stanovené lhůtě, nemůže svou pohledávku v insolvenčním řízení uplatnit; k přihláškám podaným po lhůtě se nepřihlíží.",
        "Přihlášku lze podat pouze na formuláři, jehož vzor je zveřejněn na internetových stránkách Ministerstva spravedlnosti, a to ve dvojím vyhotovení; k přihlášce je nutno připojit listiny, které dokládají tvrzení v ní uvedená.",
        "Věřitel, jehož pohledávka byla při přezkoumání zjištěna jen zčásti, může být postižen, jestliže skutečná výše pohledávky činí méně než 50 % přihlášené částky.",
        "Písemnosti se v insolvenčním řízení doručují zveřejněním v insolvenčním rejstříku na adrese https://isir.justice.cz; osobám, jimž se doručuje zvlášť, do datové schránky nebo na adresu pro doručování.",
    ];

    private static readonly string[] Summons =
    [
        "[Poučení|Upozornění]: Účastník, který se k jednání bez omluvy nedostaví, nebrání projednání věci. Omluva musí být soudu doručena bez zbytečného odkladu a musí v ní být uveden vážný důvod, pro který se nemůže jednání zúčastnit.",
        "Dlužník je povinen se přezkumného jednání zúčastnit osobně; nedostaví-li se bez omluvy, může soud rozhodnout o zrušení oddlužení.",
        "Věřitelé se mohou jednání zúčastnit osobně nebo prostřednictvím zástupce, který předloží písemnou plnou moc.",
    ];

    private static readonly string[] Duties =
    [
        "[Upozornění|Poučení dlužníka]: Nesplní-li dlužník řádně a včas povinnosti uložené mu v oddlužení, může soud oddlužení zrušit a rozhodnout o řešení úpadku konkursem.",
        "Dlužník je povinen vykonávat přiměřenou výdělečnou činnost, oznamovat insolvenčnímu správci každou změnu bydliště a zaměstnání do 15 dnů a nepřijímat nové závazky, které by nebyl schopen splnit.",
        "Dlužník je povinen vydat k uspokojení věřitelů i majetek, který nabude darem nebo dědictvím, a předkládat každoročně do 30. června přehled svých příjmů za předchozí rok.",
    ];
}
