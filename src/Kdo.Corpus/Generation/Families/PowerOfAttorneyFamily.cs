namespace Kdo.Corpus.Generation;

/// <summary>
/// The power of attorney (plná moc): by the debtor to an attorney or an accredited adviser, or by the creditor to
/// its representative. In ISIR it comes as the first page of the filing it accompanies, which follows it.
/// </summary>
internal static class PowerOfAttorneyFamily
{
    public static DocumentFamily Family { get; } = new("power_of_attorney", 0.07,
    [
        new("power_of_attorney.1", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            PLNÁ MOC

            {d?Já, níže podepsaný|Já, níže podepsaná} {d.id}

            zmocňuji

            {att.full},

            aby mě zastupoval{att?|a} v insolvenčním řízení vedeném u {court:gen}, aby za mě podával{att?|a} návrhy, činil{att?|a} veškeré úkony, přijímal{att?|a} doručované písemnosti a podával{att?|a} opravné prostředky.

            {place} dne {date.doc}

            ..............................
            {d.sign}, zmocnitel{d?|ka}

            Plnou moc v plném rozsahu přijímám.
            {att}

            Příloha – podklady pro sepis návrhu:
            {filler:debtor}
            {annex}
            """, PeopleOnly: true),
        new("power_of_attorney.2", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            Plná moc

            Zmocnitel: {cred.full}
            Zmocněnec: {att.full}

            Zmocnitel uděluje zmocněnci plnou moc k zastupování ve věci přihlášení a uplatnění pohledávky za dlužníkem {d.id:ins}{vs} v insolvenčním řízení sp. zn. {case} a ke všem úkonům s tím souvisejícím, včetně účasti na přezkumném jednání a schůzi věřitelů.

            {place} dne {date.doc}
            Za zmocnitele: {emp}, [na základě pověření|prokurist{emp?a|ka}|člen{emp?|ka} představenstva]

            Podklady k pohledávce:
            {filler:creditor}
            {annex:vs}
            """),
        new("power_of_attorney.5", CorpusSplit.Train, Author.Creditor, Stage.Claim, """
            POVĚŘENÍ

            Společnost {cred}, IČO {cred.ico}, se sídlem {cred.addr}, tímto pověřuje {emp:acc}, zaměstnan{emp?ce|kyni} oddělení vymáhání pohledávek, aby za ni jednal{emp?|a} ve všech insolvenčních řízeních, v nichž společnost vystupuje jako věřitel.

            Toto pověření se vztahuje zejména na řízení sp. zn. {case}, v němž je {d?dlužníkem|dlužnicí} {d.id}.[?vs: Pohledávka je vedena pod [ev. č.|VS] {vs.bare}.]

            Pověřen{emp?ý|á} je oprávněn{emp?|a} podávat přihlášky pohledávek, účastnit se přezkumných jednání a schůzí věřitelů a hlasovat na nich.
            {filler:creditor}
            {annex:vs}

            {place} dne {date.doc}
            {cred}
            {esign:emp}
            """),
        new("power_of_attorney.6", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            PLNÁ MOC
            k zastupování [?reform2017:akreditovanou osobou|v insolvenčním řízení]

            Zmocnitel{d?|ka}: {d.id}

            Zmocněnec: [Poradna při finanční tísni|Občanská poradna Rovnost|Dluhová poradna Naděje], o.p.s., IČO {ico}, se sídlem {addr}, [?reform2017:akreditovaná osoba podle § 390a insolvenčního zákona|obecně prospěšná společnost poskytující dluhové poradenství], jednající {emp:ins}

            Zmocnitel{d?|ka} zmocňuje [?reform2017:akreditovanou osobu|poradnu] k sepisu a podání insolvenčního návrhu spojeného s návrhem na povolení oddlužení u {court:gen} a k zastupování v celém insolvenčním řízení.

            [?reform2017:Akreditovaná osoba|Poradna] nepožaduje za sepis ani za zastupování odměnu.

            {place} dne {date.doc}
            {d.sign}

            Podklady poskytnuté {d?zmocnitelem|zmocnitelkou}:
            {filler:debtor}
            {annex}
            """, PeopleOnly: true),
        new("power_of_attorney.3", CorpusSplit.Dev, Author.Creditor, Stage.Claim, """
            PLNÁ MOC K ZASTUPOVÁNÍ

            {cred}, IČO {cred.ico}, tímto zmocňuje {emp:acc}, zaměstnan{emp?ce|kyni} společnosti, k zastupování v insolvenčních řízeních, zejména v řízení {d?dlužníka|dlužnice} {d.id:gen}, vedeném pod sp. zn. {case}. [?vs:[Pohledávka je u věřitele evidována pod zn. opr. {vs.bare}.|]]
            {filler:creditor}
            {annex:vs}

            {date.doc}
            {cred}
            """),
        new("power_of_attorney.4", CorpusSplit.Test, Author.Debtor, Stage.Petition, """
            Zmocnění

            {d?Zmocnitel|Zmocnitelka}: {d.head}[?early:{d.birth}]{d.addr}
            Zmocněnec: {att}, advokátní kancelář se sídlem {att.addr}

            Rozsah: zastupování v řízení o oddlužení před {court:ins}, včetně sepisu a podání návrhu na povolení oddlužení.

            {town}, {date.doc}
            {d.sign}

            Přiložené podklady:
            {filler:debtor}
            {annex}
            """, PeopleOnly: true),
    ]);
}
