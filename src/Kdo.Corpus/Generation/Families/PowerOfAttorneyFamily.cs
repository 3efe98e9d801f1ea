namespace Kdo.Corpus.Generation;

/// <summary>The power of attorney (plná moc): by the debtor to an attorney, or by the creditor to its representative.</summary>
internal static class PowerOfAttorneyFamily
{
    public static DocumentFamily Family { get; } = new("power_of_attorney", 0.07,
    [
        new("power_of_attorney.1", CorpusSplit.Train, """
            PLNÁ MOC

            {d?Já, níže podepsaný|Já, níže podepsaná} {d.id}

            zmocňuji

            {att.full},

            aby mě zastupoval{att?|a} v insolvenčním řízení vedeném u {court:gen} pod sp. zn. {case}, aby za mě podával{att?|a} návrhy, činil{att?|a} veškeré úkony, přijímal{att?|a} doručované písemnosti a podával{att?|a} opravné prostředky.
            {filler:instructions}
            {annex}

            {place} dne {date.any}

            ..............................
            {d.sign}, zmocnitel{d?|ka}

            Plnou moc v plném rozsahu přijímám.
            {att}
            """),
        new("power_of_attorney.2", CorpusSplit.Train, """
            Plná moc

            Zmocnitel: {cred.full}
            Zmocněnec: {att.full}

            Zmocnitel uděluje zmocněnci plnou moc k zastupování ve věci přihlášení a uplatnění pohledávky za dlužníkem {d.id:ins}{vs} v insolvenčním řízení sp. zn. {case} a ke všem úkonům s tím souvisejícím, včetně účasti na přezkumném jednání a schůzi věřitelů.
            {filler:creditor}
            {annex:vs}

            {place} dne {date.today}
            Za zmocnitele: {emp}, [na základě pověření|prokurist{emp?a|ka}|člen{emp?|ka} představenstva]
            """),
        new("power_of_attorney.3", CorpusSplit.Dev, """
            PLNÁ MOC K ZASTUPOVÁNÍ

            {cred}, IČO {cred.ico}, tímto zmocňuje {emp:acc}, zaměstnan{emp?ce|kyni} společnosti, k zastupování v insolvenčních řízeních, zejména v řízení {d?dlužníka|dlužnice} {d.id:gen}, vedeném pod sp. zn. {case}. [?vs:[Pohledávka je u věřitele evidována pod zn. opr. {vs.bare}.|]]
            {filler:creditor}
            {annex:vs}

            {date.today}
            {cred}
            """),
        new("power_of_attorney.4", CorpusSplit.Test, """
            Zmocnění

            {d?Zmocnitel|Zmocnitelka}: {d.head}[?early:{d.birth}]{d.addr}
            Zmocněnec: {att}, advokátní kancelář se sídlem {addr}

            Rozsah: zastupování v řízení o oddlužení před {court:ins} ({case}), včetně sepisu a podání návrhu na povolení oddlužení.
            {filler:instructions}
            {annex}

            {city}, {date.any}
            {d.sign}
            """),
    ]);
}
