namespace Kdo.Corpus.Generation;

/// <summary>The list of assets: the administrator's inventory (soupis majetkové podstaty), the debtor's list (seznam majetku).</summary>
internal static class AssetsFamily
{
    public static DocumentFamily Family { get; } = new("assets", 0.07,
    [
        new("assets.1", CorpusSplit.Train, Author.Administrator, Stage.Claim, """
            SOUPIS MAJETKOVÉ PODSTATY

            Insolvenční soud: {court}
            Sp. zn.: {case}
            Dlužník: {d.id}
            {adm.role}: {adm}

            {adm?Správce|Správkyně} sepsal{adm?|a} do majetkové podstaty {d?dlužníka|dlužnice} {d:gen} následující majetek:
            {filler:assets}

            Soupis byl proveden dne {date.meeting} za přítomnosti {d?dlužníka|dlužnice} [{d.sur:gen}|].
            {filler:admin}
            {annex}

            {adm}
            """),
        new("assets.2", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            {case}

            Seznam majetku [dlužníka|{d?dlužníka|dlužnice}]
            {d.form}
            Movité věci:
            {filler:assets}

            Nemovité věci: [žádné|spoluvlastnický podíl na bytové jednotce v k. ú. {city}]
            Pohledávky: [žádné|pohledávka za {person:ins} ve výši {money}]
            {filler:debtor}
            {annex}

            Prohlašuji, že seznam je úplný a pravdivý.
            {date.doc}  {d.sign}
            """, PeopleOnly: true),
        new("assets.5", CorpusSplit.Train, Author.Administrator, Stage.Approval, """
            {court}
            k sp. zn. {case}

            Návrh insolvenčního správce na vydání souhlasu se zpeněžením majetku mimo dražbu

            {adm.role} {adm.full}, navrhuje, aby soud udělil souhlas se zpeněžením majetku {d?dlužníka|dlužnice} {d.id:gen} mimo dražbu.

            Do soupisu majetkové podstaty byly zapsány tyto položky:
            {filler:assets}

            Zpeněžení mimo dražbu je pro věřitele výhodnější, neboť náklady dražby by převýšily očekávaný výtěžek. {d?Dlužník|Dlužnice} se zpeněžením souhlasí.
            {filler:admin}
            {annex}

            {place} dne {date.doc}
            {adm}
            {esign:adm}
            """),
        new("assets.6", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            SEZNAM MAJETKU A SEZNAM ZÁVAZKŮ
            (příloha insolvenčního návrhu)

            Dlužník: {d.id}
            Insolvenční soud: {court}

            A. Majetek
            {filler:assets}

            B. Závazky
            {filler:claims}

            C. Prohlášení
            Prohlašuji, že jsem v seznamech uvedl{d?|a} veškerý svůj majetek a všechny své závazky.
            {annex}

            {place} dne {date.doc}
            {d.sign}
            """, PeopleOnly: true),
        new("assets.3", CorpusSplit.Dev, Author.Administrator, Stage.Review, """
            Dodatek k soupisu majetkové podstaty č. {n}

            V insolvenčním řízení {d?dlužníka|dlužnice} {d.id:gen}, vedeném u {court:gen}, doplňuje {adm?správce|správkyně} {adm} soupis o tyto položky:
            {filler:assets}
            {filler:admin}
            {annex}

            {date.doc}, {adm}
            """),
        new("assets.4", CorpusSplit.Test, Author.Administrator, Stage.Claim, """
            Protokol o sepisu majetku

            Přítomni: {adm}, {adm.role}; {d}, {d?dlužník|dlužnice}[?sp:; {sp}, {sp?manžel|manželka} {d?dlužníka|dlužnice}]
            Sp. zn.: {case}

            Sepis proběhl v bytě {d?dlužníka|dlužnice}[?early:{d.birth}]{d.addr}.
            {filler:assets}
            {annex}

            Protokol přečten a podepsán.
            {adm}        {d.sign}
            """),
    ]);
}
