namespace Kdo.Corpus.Generation;

/// <summary>Correspondence: the creditor's letters to the administrator, the court or the debtor, and the administrator's.</summary>
internal static class LetterFamily
{
    public static DocumentFamily Family { get; } = new("letter", 0.11,
    [
        new("letter.1", CorpusSplit.Train, Author.Creditor, Stage.Later, """
            {cred}
            {cred.addr}

            {adm}
            {adm.role}
            {adm.addr}

            {place} dne {date.doc}

            Věc: [Sdělení|Dotaz] k insolvenčnímu řízení {case}{vs}

            [Vážený pane magistře|Vážená paní magistro|Vážený pane doktore|Dobrý den],

            obracíme se na Vás ve věci {d?našeho klienta|naší klientky} {d.id:gen}. [Žádáme o sdělení, zda byla naše přihláška pohledávky č. {claim.no} zařazena do seznamu přihlášených pohledávek|Prosíme o zaslání aktuální zprávy o plnění oddlužení|Sdělujeme Vám nové číslo účtu pro zasílání plnění z oddlužení: {cred.acct}].
            {filler:creditor}

            [?vs:Při korespondenci prosíme uvádějte naši značku {vs.bare}.|Při korespondenci prosíme uvádějte spisovou značku řízení.]
            {annex:vs}

            S pozdravem

            {emp}
            {emp.contact}
            """),
        new("letter.2", CorpusSplit.Train, Author.Creditor, Stage.Decision, """
            {cred}, {cred.addr}

            {d.head}
            {home}

            Věc: Upozornění na zahájení insolvenčního řízení[?vs:[, ev. č. {vs.bare}|]]

            [Vážený pane|Vážená paní] {d.sur:voc},

            na základě insolvenčního rejstříku jsme zjistili, že u {court:gen} je vedeno insolvenční řízení sp. zn. {case}, v němž jste {d?dlužníkem|dlužnicí}. Upozorňujeme Vás, že od zahájení řízení nelze Vaše závazky vůči naší společnosti plnit jinak než v rámci insolvenčního řízení.
            {filler:creditor}
            {annex:vs}

            S pozdravem
            {emp}, oddělení správy pohledávek
            """, PeopleOnly: true),
        new("letter.3", CorpusSplit.Train, Author.Administrator, Stage.Later, """
            {adm}
            {adm.role}, {adm.addr}

            {d.head}
            {home}

            sp. zn.: {case}

            Výzva k doložení příjmů

            [Vážený pane|Vážená paní] {d.sur:voc},

            jako {adm.role} Vás vyzývám, abyste do 15 dnů od doručení této výzvy [doložil{d?|a}|předložil{d?|a}] potvrzení o svých příjmech za období od {date.approved} do {date.doc}. Pokud tak neučiníte, budu nucen{adm?|a} navrhnout soudu zrušení oddlužení.
            {filler:admin}
            {annex}

            S pozdravem
            {adm}
            """, PeopleOnly: true),
        new("letter.4", CorpusSplit.Train, Author.Creditor, Stage.Later, """
            Od: {emp}, {cred}
            Komu: {court}, insolvenční oddělení
            Datum: {date.doc}
            Předmět: [Zpětvzetí přihlášky|Změna výše přihlášené pohledávky] – {case} – {d.head}

            Věřitel {cred} tímto [bere zpět svou přihlášku pohledávky č. {claim.no}|snižuje výši přihlášené pohledávky č. {claim.no} na {claim.principal}] ve věci dlužníka {d.id:gen}{vs}. Důvodem je [úhrada pohledávky třetí osobou|postoupení pohledávky na společnost {buyer}|dohoda s dlužníkem].
            {filler:creditor}
            {annex:vs}

            {emp}
            """),
        new("letter.7", CorpusSplit.Train, Author.Administrator, Stage.Claim, """
            {adm.full}

            {cred}
            {cred.addr}

            {place} dne {date.doc}

            Věc: Výzva k doplnění přihlášky pohledávky – insolvenční řízení {d?dlužníka|dlužnice} {d.id:gen}, sp. zn. {case}

            Vážení,

            Vaše přihláška pohledávky doručená dne {date.claim} neobsahuje všechny náležitosti. Vyzývám Vás, abyste ji do 15 dnů doplnili o [doklady prokazující výši příslušenství|vyčíslení úroků|listiny prokazující postoupení pohledávky|údaj o vykonatelnosti pohledávky]. Nebude-li přihláška v této lhůtě doplněna, soud k ní nepřihlédne.
            {filler:admin}
            {annex}

            S pozdravem
            {adm}, {adm.role}
            {esign:adm}
            """),
        new("letter.5", CorpusSplit.Dev, Author.Creditor, Stage.Later, """
            {cred}
            Oddělení vymáhání pohledávek

            Věc: Žádost o informaci, {d.head}{vs}

            Vážená paní, vážený pane,
            evidujeme pohledávku za {d?panem|paní} {d:ins}[?early:{d.birth}]. Z insolvenčního rejstříku vyplývá, že u {court:gen} probíhá řízení pod sp. zn. {case}. Prosíme o sdělení, zda {d?dlužník|dlužnice} plní splátkový kalendář.
            {filler:creditor}
            {annex:vs}

            {emp}
            {emp.contact}
            """),
        new("letter.6", CorpusSplit.Test, Author.Creditor, Stage.Later, """
            {cred.full}

            Insolvenční {adm?správce|správkyně} {adm}
            {adm.addr}

            {date.doc}

            Sdělení věřitele k {d?dlužníkovi|dlužnici} {d.id:dat}

            Sdělujeme, že pohledávka za uvedeným dlužníkem [?vs:vedená pod naším ev. č. {vs.bare} ]byla k {date.after} postoupena na společnost {buyer.full}. Veškeré další platby z oddlužení proto zasílejte postupníkovi na účet č. {acct}.
            {filler:claim.facts}
            {annex:vs}

            S úctou
            {emp}, {cred}
            """),
    ]);
}
