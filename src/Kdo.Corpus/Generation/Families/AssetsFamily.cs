namespace Kdo.Corpus.Generation;

/// <summary>The list of assets (soupis majetkové podstaty, seznam majetku).</summary>
internal static class AssetsFamily
{
    public static DocumentFamily Family { get; } = new("assets", 0.07,
    [
        new("assets.1", CorpusSplit.Train, """
            SOUPIS MAJETKOVÉ PODSTATY

            Insolvenční soud: {court}
            Sp. zn.: {case}
            Dlužník: {d.id}
            Insolvenční správce: {adm}

            {adm?Správce|Správkyně} sepsal{adm?|a} do majetkové podstaty {d?dlužníka|dlužnice} {d:gen} následující majetek:
            {filler:assets}
            {filler:assets}

            Soupis byl proveden dne {date.any} za přítomnosti {d?dlužníka|dlužnice} [{d.sur:gen}|].
            {annex}

            {adm}
            """),
        new("assets.2", CorpusSplit.Train, """
            {court.code} {case}

            Seznam majetku [dlužníka|{d?dlužníka|dlužnice}]
            {d.form}
            Movité věci:
            {filler:assets}

            Nemovité věci: [žádné|spoluvlastnický podíl na bytové jednotce v k. ú. {city}]
            Pohledávky: [žádné|pohledávka za {person:ins} ve výši {money}]
            {filler:debtor}
            {annex}

            Prohlašuji, že seznam je úplný a pravdivý.
            {date.filed}  {d.sign}
            """),
        new("assets.3", CorpusSplit.Dev, """
            Dodatek k soupisu majetkové podstaty č. {n}

            V insolvenčním řízení {d?dlužníka|dlužnice} {d.id:gen}, vedeném u {court:gen}, doplňuje {adm?správce|správkyně} {adm} soupis o tyto položky:
            {filler:assets}
            {filler:admin}
            {annex}

            {date.today}, {adm}
            """),
        new("assets.4", CorpusSplit.Test, """
            Protokol o sepisu majetku

            Přítomni: {adm}, insolvenční {adm?správce|správkyně}; {d}, {d?dlužník|dlužnice}[?sp:; {sp}, {sp?manžel|manželka} {d?dlužníka|dlužnice}]
            Sp. zn.: {case}

            Sepis proběhl v místě bydliště {d?dlužníka|dlužnice}[?early:{d.birth}]{d.addr}.
            {filler:assets}
            {annex}

            Protokol přečten a podepsán.
            {adm}        {d.sign}
            """),
    ]);
}
