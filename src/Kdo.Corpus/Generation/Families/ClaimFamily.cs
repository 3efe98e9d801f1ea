namespace Kdo.Corpus.Generation;

/// <summary>The creditor's claim filing (přihláška pohledávky): the family that cites the creditor's symbol most.</summary>
internal static class ClaimFamily
{
    public static DocumentFamily Family { get; } = new("claim", 0.2,
    [
        new("claim.1", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            {court:dat}
            {court.addr}

            Spisová značka: {case}

            PŘIHLÁŠKA POHLEDÁVKY

            Dlužník: {d.id}
            [?sp:Manžel{d?ka|} {d?dlužníka|dlužnice} (není účastníkem řízení): {sp.id}
            ]
            Věřitel: {cred.full}
            [zastoupený {att.full:ins}|jednající prostřednictvím {att.full:gen}]
            Bankovní spojení věřitele: {cred.acct}{vs.line}

            I. Věřitel tímto přihlašuje do insolvenčního řízení vedeného u {court:gen} pod sp. zn. {case} svou [?enforceable:vykonatelnou|nevykonatelnou] pohledávku za {d?dlužníkem|dlužnicí} [{d:ins}|{d.sur:ins}] v celkové výši {claim.total}.

            II. Právní důvod vzniku pohledávky: {claim.basis}{vs}.
            {filler:creditor}

            III. Výše pohledávky:
            jistina: {claim.principal}
            {claim.interest.what}: {claim.interest}
            náklady: {claim.costs}
            celkem: {claim.total}

            IV. Pohledávka není zajištěna. Věřitel nepožaduje zařazení pohledávky do zvláštní skupiny.

            Přílohy: {claim.evidence}, plná moc
            {annex:vs}

            {place} dne {date.doc}

            {cred}
            {att}, [advokát{att?|ka}|na základě plné moci]
            {esign:att}
            """),
        new("claim.2", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            {cred}
            {cred.addr}
            IČO: {cred.ico}

            {court}
            [insolvenční úsek|insolvenční oddělení]
            {court.addr}

            {place} dne {date.doc}[
            Naše značka: {vs.bare}|]

            Věc: Přihláška pohledávky v insolvenčním řízení {d?dlužníka|dlužnice} {d:gen}, sp. zn. {case}

            Vážení,

            v insolvenčním řízení vedeném u Vašeho soudu pod výše uvedenou spisovou značkou[ proti {d?dlužníkovi|dlužnici}|] {d.id:dat} přihlašujeme pohledávku naší společnosti z titulu {claim.title}.

            [?lends:{d?Dlužník|Dlužnice} {d.sur} [převzal{d?|a}|obdržel{d?|a}] na základě smlouvy ze dne {date.contract} peněžní prostředky ve výši {claim.loan}, které se zavázal{d?|a} splácet v pravidelných měsíčních splátkách. Od {date.due} je v prodlení.|{d?Dlužník|Dlužnice} {d.sur} neuhradil{d?|a} částky splatné od {date.due}, ačkoli byl{d?|a} opakovaně upomínán{d?|a}.]
            {filler:payments}

            Přihlašovaná pohledávka činí ke dni rozhodnutí o úpadku celkem {claim.total}, z toho jistina {claim.principal} a příslušenství {claim.interest}.

            [?vs:[Pohledávka je evidována pod|Klient je u nás veden pod|Ve vztahu k dlužníkovi používáme] {vs.bare}[ (variabilní symbol)| jako variabilní symbol plateb|].]

            Přílohy: {claim.evidence}
            {annex:vs}

            S pozdravem

            {emp}
            [referent{emp?|ka} vymáhání pohledávek|oddělení insolvencí|specialist{emp?a|ka} pro insolvence]
            {emp.contact}
            """),
        new("claim.3", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            PŘIHLÁŠKA POHLEDÁVKY
            (formulář podle vyhlášky č. [?reform2017:191/2017|311/2007] Sb.)

            1. Insolvenční soud: {court}
            2. Spisová značka: {case}

            3. Dlužník
            {d.form}
            4. Věřitel
            Název: {cred}
            IČO: {cred.ico}
            Sídlo: {cred.addr}
            Datová schránka: {ds}
            [Číslo účtu|Bankovní účet]: {cred.acct}

            5. Zástupce věřitele
            {att.full}

            6. Celková výše přihlašovaných pohledávek: {claim.total}
            7. Počet dílčích pohledávek: [1|{n}]

            8. Dílčí pohledávka č. 1
            Výše jistiny: {claim.principal}
            Příslušenství: {claim.interest.what} {claim.interest}[?costs:, náklady uplatnění {claim.costs}]
            Důvod vzniku: {claim.basis}
            Splatnost: {date.due}
            [Identifikátor pohledávky|Ev. č. u věřitele|Variabilní symbol]: {vs.bare}
            Vykonatelnost: [?enforceable:[?public:ano, výkaz nedoplatků / platební výměr|ano, platební rozkaz sp. zn. {claim.judgment}]|ne]
            Zajištění: ne
            {filler:creditor}

            9. Prohlášení
            Věřitel prohlašuje, že údaje uvedené v této přihlášce jsou pravdivé a úplné. Věřitel si je vědom následků, které insolvenční zákon spojuje s přihlášením pohledávky ve vyšší než skutečné výši.
            {annex:vs}

            Datum: {date.doc}
            Podpis: {att}
            {esign:att}
            """),
        new("claim.4", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            {court}
            [k č. j.|K č.j.:] {case}

            Věřitel {cred.full}, ve věci dlužníka {d.id:gen}, [podává|činí] tímto

            přihlášku pohledávky

            a uvádí:

            Věřitel je [poskytovatelem|dodavatelem] plnění, z něhož vznikla pohledávka z titulu {claim.title}. Právním důvodem je {claim.basis}. {d?Dlužník|Dlužnice} dlužnou částku [neuhradil{d?|a}|uhradil{d?|a} jen zčásti]. [?vs:Dlužník je v evidenci věřitele veden pod [ev. č.|zn. opr.|číslem zákazníka] {vs.bare}.]
            {filler:creditor}
            {filler:payments}

            Věřitel přihlašuje pohledávku v celkové výši {claim.total}.[?collector: Pohledávka byla věřiteli postoupena společností {assignor}.]

            {annex:vs}
            {place} {date.doc}
            za věřitele: {emp}, na základě pověření
            """),
        new("claim.7", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            {court}
            [insolvenční soud|insolvenční oddělení]
            [k sp. zn.|Sp. zn.:] {case}

            PŘIHLÁŠKA POHLEDÁVKY – DÍLČÍ POHLEDÁVKY

            Věřitel
            {cred}, IČO {cred.ico}
            se sídlem {cred.addr}
            [zastoupen {att.full:ins}|bankovní spojení {cred.acct}]

            Údaje o dlužníkovi
            {d.form:vs}

            Dílčí pohledávky:
            č. 1  jistina ({claim.subject})  {claim.principal}
            č. 2  {claim.interest.what}  {claim.interest}[?costs:
            č. 3  náklady spojené s uplatněním  {claim.costs}]
            Celkem  {claim.total}

            [?enforceable:☐ pohledávka nevykonatelná    ☒ pohledávka vykonatelná|☒ pohledávka nevykonatelná    ☐ pohledávka vykonatelná]
            ☐ pohledávka zajištěná        ☒ pohledávka nezajištěná
            {filler:creditor}

            Věřitel navrhuje, aby pohledávka byla zjištěna v přihlášené výši.
            {annex:vs}

            {place} dne {date.doc}
            {esign:emp}
            """),
        new("claim.5", CorpusSplit.Dev, Author.Creditor, Stage.Claim, """
            {cred}, {cred.addr}
            {court:dat}, {court.addr}

            [Dle spisové značky|K sp. zn.] {case}
            Dlužník: {d.head}[?early:[ {d.birth}|]]

            Věřitel podává přihlášku své pohledávky, neboť mu vůči [jmenovanému|jmenované] dlužníkovi vznikla pohledávka z titulu {claim.title} ve výši {claim.total}. Předmětná pohledávka vyplývá z těchto skutečností: {claim.basis}[ a všeobecné obchodní podmínky|].

            Vedeno pod ev. č.: {vs.bare}
            Číslo dokladu: {contract}
            {filler:creditor}

            Rekapitulace: jistina {claim.principal}; {claim.interest.what} {claim.interest}; poplatky {claim.costs}.
            {annex:vs}

            {date.doc}
            {emp}, {cred}
            """),
        new("claim.6", CorpusSplit.Test, Author.Creditor, Stage.Claim, """
            Přihláška pohledávky do insolvenčního řízení

            Označení insolvenčního soudu: {court}
            Sp. zn. insolvenčního řízení: {case}

            Přihlašující věřitel {cred}, IČO {cred.ico}, sídlem {cred.addr}, zastoupený {att:ins}, {att?advokátem|advokátkou}, uplatňuje vůči {d?dlužníkovi|dlužnici} {d.id:dat}[?sp: (manžel{sp?|ka} {sp:nom} není účastníkem řízení)] pohledávku ve výši {claim.total}.

            Pohledávka vznikla tím, že {d?dlužník|dlužnice} nesplnil{d?|a} své povinnosti, jejichž právním důvodem je {claim.basis}; ke dni zahájení řízení zbývá uhradit jistinu {claim.principal} a {claim.interest.what} {claim.interest}. [?vs:Klient je veden pod var. symbolem {vs.bare}. ]Číslo účtu věřitele: {cred.acct}.
            {filler:creditor}

            Věřitel [žádá|navrhuje], aby pohledávka byla zjištěna v plné výši.
            {annex:vs}

            {place} {date.doc}
            {att}
            """),
    ]);
}
