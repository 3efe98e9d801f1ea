namespace Kdo.Corpus.Generation;

/// <summary>The creditor's claim filing (přihláška pohledávky): the family that cites the creditor's symbol most.</summary>
internal static class ClaimFamily
{
    public static DocumentFamily Family { get; } = new("claim", 0.2,
    [
        new("claim.1", CorpusSplit.Train, """
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

            I. Věřitel tímto přihlašuje do insolvenčního řízení vedeného u {court:gen} pod sp. zn. {case} svou nevykonatelnou pohledávku za {d?dlužníkem|dlužnicí} [{d:ins}|{d.sur:ins}] v celkové výši {claim.total}.

            II. Právní důvod vzniku pohledávky: smlouva o úvěru č. {contract} ze dne {date.contract}{vs}.
            {filler:creditor}

            III. Výše pohledávky:
            jistina: {claim.principal}
            úroky z prodlení: {claim.interest}
            náklady: {claim.costs}
            celkem: {claim.total}

            Pohledávka není zajištěna. Věřitel nepožaduje zařazení pohledávky do zvláštní skupiny.
            {annex:vs}

            {place} dne {date.today}

            {cred}
            {att}, [advokát|na základě plné moci]
            """),
        new("claim.2", CorpusSplit.Train, """
            {cred}
            {cred.addr}
            IČO: {cred.ico}

            {court}
            [insolvenční úsek|insolvenční oddělení]
            {court.addr}

            {place} dne {date.today}[
            Naše značka: {vs.bare}|]

            Věc: Přihláška pohledávky v insolvenčním řízení {d?dlužníka|dlužnice} {d:gen}, sp. zn. {case}

            Vážení,

            v insolvenčním řízení vedeném u Vašeho soudu pod výše uvedenou spisovou značkou[ proti {d?dlužníkovi|dlužnici}|] {d.id:dat} přihlašujeme pohledávku naší společnosti z titulu [spotřebitelského úvěru|smlouvy o kreditní kartě|smlouvy o zápůjčce] č. {contract}.

            {d?Dlužník|Dlužnice} {d.sur} [převzal|převzala|obdržel{d?|a}] dne {date.contract} úvěr ve výši {money}, který [se zavázal{d?|a}|byl{d?|a} povin{d?en|na}] splácet v pravidelných měsíčních splátkách. [Od {date.any} je v prodlení.|Splátky přestal{d?|a} hradit v roce {year}.]
            {filler:payments}

            Přihlašovaná pohledávka činí ke dni rozhodnutí o úpadku celkem {claim.total}, z toho jistina {claim.principal} a příslušenství {claim.interest}.

            [?vs:[Pohledávka je evidována pod|Klient je u nás veden pod|Ve vztahu k dlužníkovi používáme] {vs.bare}[ (variabilní symbol)| jako variabilní symbol plateb|].]

            Přílohy: smlouva o úvěru, výpis z úvěrového účtu, výpočet úroků, plná moc
            {annex:vs}

            S pozdravem

            {emp}
            [referent{emp?|ka} vymáhání pohledávek|oddělení insolvencí|specialist{emp?a|ka} pro insolvence]
            {emp.contact}
            """),
        new("claim.3", CorpusSplit.Train, """
            PŘIHLÁŠKA POHLEDÁVKY
            (formulář podle vyhlášky č. 191/2017 Sb.)

            Insolvenční soud: {court}
            Spisová značka: {case}

            1. DLUŽNÍK
            {d.form}
            2. VĚŘITEL
            Název: {cred}
            IČO: {cred.ico}
            Sídlo: {cred.addr}
            Datová schránka: {ds}
            [Číslo účtu|Bankovní účet]: {cred.acct}

            3. ZÁSTUPCE VĚŘITELE
            {att.full}

            4. POHLEDÁVKA
            Celková výše přihlašovaných pohledávek: {claim.total}
            Počet dílčích pohledávek: 1
            Dílčí pohledávka č. 1: jistina {claim.principal}, úrok {claim.interest}, náklady uplatnění {claim.costs}
            Důvod vzniku: [smlouva o spotřebitelském úvěru|smlouva o revolvingovém úvěru|smlouva o poskytování služeb] č. {contract} ze dne {date.contract}
            Splatnost: {date.due}
            [Identifikátor pohledávky|Ev. č. u věřitele|Variabilní symbol]: {vs.bare}
            Vykonatelnost: [ne|ano, rozsudek sp. zn. {ref.other}]
            {filler:creditor}

            5. PROHLÁŠENÍ
            Věřitel prohlašuje, že údaje uvedené v této přihlášce jsou pravdivé a úplné. Věřitel si je vědom následků, které insolvenční zákon spojuje s přihlášením pohledávky ve vyšší než skutečné výši.
            {annex:vs}

            Datum: {date.today}
            Podpis: {att}
            """),
        new("claim.4", CorpusSplit.Train, """
            [Krajský soud|Soud]: {court}
            [č. j.|Č.j.:] {cj:P}

            Věřitel {cred.full}, ve věci dlužníka {d.id:gen}, [podává|činí] tímto

            přihlášku pohledávky

            a uvádí:

            Věřitel je [poskytovatelem|dodavatelem] služeb, které dlužník odebíral na základě smlouvy č. {contract}. Za odebrané služby vystavil věřitel vyúčtování, které {d?dlužník|dlužnice} [neuhradil{d?|a}|uhradil{d?|a} jen zčásti]. [?vs:Dlužník je v evidenci věřitele veden pod [ev. č.|zn. opr.|číslem zákazníka] {vs.bare}.]
            {filler:creditor}
            {filler:payments}

            Věřitel přihlašuje pohledávku v celkové výši {claim.total}. [Pohledávka byla postoupena věřiteli společností {cred2}.|]

            {annex:vs}
            {place} {date.today}
            za věřitele: {emp}, na základě pověření
            """),
        new("claim.5", CorpusSplit.Dev, """
            {cred}, {cred.addr}
            {court:dat}, {court.addr}

            [Dle spisové značky|K sp. zn.] {case}
            Dlužník: {d.head}[?early:[ {d.birth}|]]

            Věřitel podává přihlášku své pohledávky, neboť mu vůči [jmenovanému|jmenované] dlužníkovi vznikla pohledávka z titulu [nesplaceného úvěru|nezaplacených faktur|neuhrazeného pojistného] ve výši {claim.total}. Předmětná pohledávka vyplývá ze smlouvy uzavřené dne {date.contract}[ a ze všeobecných obchodních podmínek|].

            Vedeno pod ev. č.: {vs.bare}
            Číslo smlouvy: {contract}
            {filler:creditor}

            Rekapitulace: jistina {claim.principal}; úroky {claim.interest}; poplatky {claim.costs}.
            {annex:vs}

            {date.today}
            {emp}, {cred}
            """),
        new("claim.6", CorpusSplit.Test, """
            Přihláška pohledávky do insolvenčního řízení

            Označení insolvenčního soudu: {court}
            Sp. zn. insolvenčního řízení: {case}

            Přihlašující věřitel {cred}, IČO {cred.ico}, sídlem {cred.addr}, zastoupený {att:ins}, uplatňuje vůči {d?dlužníkovi|dlužnici} {d.id:dat}[?sp: (manžel{sp?|ka} {sp:nom} není účastníkem řízení)] pohledávku ve výši {claim.total}.

            Pohledávka vznikla tím, že dlužník nesplnil svůj závazek ze smlouvy č. {contract}; ke dni zahájení řízení dluží věřiteli jistinu {claim.principal} a úrok {claim.interest}. [?vs:Klient je veden pod var. symbolem {vs.bare}. ]Číslo účtu věřitele: {cred.acct}.
            {filler:creditor}

            Věřitel [žádá|navrhuje], aby pohledávka byla zjištěna v plné výši.
            {annex:vs}

            {place} {date.today}
            {att}
            """),
    ]);
}
