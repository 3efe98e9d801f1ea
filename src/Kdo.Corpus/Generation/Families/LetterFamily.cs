namespace Kdo.Corpus.Generation;

/// <summary>Correspondence: the creditor's letters to the administrator, the court or the debtor, and the administrator's to the debtor.</summary>
internal static class LetterFamily
{
    public static DocumentFamily Family { get; } = new("letter", 0.11,
    [
        new("letter.1", CorpusSplit.Train, """
            {cred}
            {cred.addr}

            {adm}
            insolvenční {adm?správce|správkyně}
            {addr}

            {place} dne {date.today}

            Věc: [Sdělení|Dotaz] k insolvenčnímu řízení {case}{vs}

            [Vážený pane magistře|Vážená paní magistro|Vážený pane doktore|Dobrý den],

            obracíme se na Vás ve věci {d?našeho klienta|naší klientky} {d.id:gen}. [Sdělujeme Vám, že dlužník po zahájení insolvenčního řízení uhradil částku {money}|Žádáme o sdělení, zda byla naše přihláška pohledávky zařazena do seznamu přihlášených pohledávek|Prosíme o zaslání aktuální zprávy o plnění oddlužení].
            {filler:creditor}

            [?vs:Při korespondenci prosíme uvádějte naši značku {vs.bare}.|Při korespondenci prosíme uvádějte spisovou značku řízení.]
            {annex:vs}

            S pozdravem

            {emp}
            {emp.contact}
            """),
        new("letter.2", CorpusSplit.Train, """
            {cred}, {cred.addr}

            {d.head}
            {d.addr}

            Věc: Upozornění na zahájení insolvenčního řízení[?vs:[, ev. č. {vs.bare}|]]

            [Vážený pane|Vážená paní] {d.sur:voc},

            na základě insolvenčního rejstříku jsme zjistili, že u {court:gen} je vedeno insolvenční řízení sp. zn. {case}, v němž jste {d?dlužníkem|dlužnicí}. Upozorňujeme Vás, že od zahájení řízení nelze Vaše závazky vůči naší společnosti plnit jinak než prostřednictvím insolvenčního správce.
            {filler:creditor}
            {annex:vs}

            S pozdravem
            {emp}, oddělení správy pohledávek
            """),
        new("letter.3", CorpusSplit.Train, """
            {adm}
            insolvenční {adm?správce|správkyně}, {addr}

            {d.head}
            {d.addr}

            sp. zn.: {case}

            Výzva k doložení příjmů

            [Vážený pane|Vážená paní] {d.sur:voc},

            jako insolvenční {adm?správce|správkyně} Vás vyzývám, abyste do 15 dnů od doručení této výzvy [doložil{d?|a}|předložil{d?|a}] potvrzení o svých příjmech za období od {date.any} do {date.today}. Pokud tak neučiníte, budu nucen{adm?|a} navrhnout soudu zrušení oddlužení.
            {filler:admin}
            {annex}

            S pozdravem
            {adm}
            """),
        new("letter.4", CorpusSplit.Train, """
            Od: {emp}, {cred}
            Komu: {court}, insolvenční oddělení
            Datum: {date.today}
            Předmět: [Zpětvzetí přihlášky|Změna výše přihlášené pohledávky] – {case} – {d.head}

            Věřitel {cred} tímto [bere zpět svou přihlášku pohledávky|snižuje výši přihlášené pohledávky na {money}] ve věci dlužníka {d.id:gen}{vs}. Důvodem je [úhrada pohledávky třetí osobou|postoupení pohledávky na společnost {cred2}|dohoda s dlužníkem].
            {filler:creditor}
            {annex:vs}

            {emp}
            """),
        new("letter.5", CorpusSplit.Dev, """
            {cred}
            Oddělení vymáhání pohledávek

            Věc: Žádost o informaci, {d.head}{vs}

            Vážená paní, vážený pane,
            evidujeme pohledávku za {d?panem|paní} {d:ins}[?early:{d.birth}]. Z insolvenčního rejstříku vyplývá, že u {court:gen} probíhá řízení pod sp. zn. {case}. Prosíme o sdělení, zda dlužník plní splátkový kalendář.
            {filler:creditor}
            {annex:vs}

            {emp}
            {emp.contact}
            """),
        new("letter.6", CorpusSplit.Test, """
            {cred.full}

            Insolvenční {adm?správce|správkyně} {adm}
            {addr}

            {date.today}

            Sdělení věřitele k dlužníkovi {d.id:dat}

            Sdělujeme, že pohledávka za uvedeným dlužníkem [?vs:vedená pod naším ev. č. {vs.bare} ]byla k {date.any} postoupena na společnost {cred2.full}. Veškeré další platby z oddlužení proto zasílejte postupníkovi na účet č. {acct}.
            {filler:creditor}
            {annex:vs}

            S úctou
            {emp}, {cred}
            """),
    ]);
}
