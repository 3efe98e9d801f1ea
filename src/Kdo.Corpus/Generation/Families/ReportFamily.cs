namespace Kdo.Corpus.Generation;

/// <summary>The insolvency administrator's report (zpráva insolvenčního správce, zpráva o plnění oddlužení).</summary>
internal static class ReportFamily
{
    public static DocumentFamily Family { get; } = new("report", 0.09,
    [
        new("report.1", CorpusSplit.Train, """
            {adm}
            insolvenční {adm?správce|správkyně}
            {addr}

            {court:dat}
            k sp. zn. {case}

            ZPRÁVA O PLNĚNÍ ODDLUŽENÍ
            za období od {date.decided} do {date.today}

            Dlužník: {d.id}

            Insolvenční {adm?správce|správkyně} {adm} předkládá insolvenčnímu soudu zprávu o plnění oddlužení {d?dlužníka|dlužnice} [{d:gen}|{d.sur:gen}].
            {filler:admin}
            {filler:payments}

            Závěr: {d?Dlužník|Dlužnice} plní splátkový kalendář řádně. {adm?Správce|Správkyně} nenavrhuje zrušení oddlužení.
            {annex}

            {place} dne {date.today}
            {adm}
            """),
        new("report.2", CorpusSplit.Train, """
            Insolvenční správce: {adm.full}
            Spisová značka: {case}
            Dlužník: {d.head}

            Zpráva insolvenčního správce o přezkumu

            Správce sděluje soudu, že v insolvenčním řízení {d?dlužníka|dlužnice} {d.id:gen} bylo do skončení lhůty přihlášeno {nn} pohledávek v celkové výši {money}.
            {filler:claims}
            {filler:admin}

            Správce navrhuje schválit oddlužení {d?dlužníka|dlužnice} {d.sur:gen} plněním splátkového kalendáře. Předpokládaná míra uspokojení nezajištěných věřitelů činí {percent}.
            {annex}

            {date.today}
            {adm}[, {adm?společník|společnice} {cred2}|]
            """),
        new("report.3", CorpusSplit.Dev, """
            {court}
            č. j. {cj:B}

            Insolvenční {adm?správce|správkyně} {adm:nom} [podává|předkládá] závěrečnou zprávu ve věci {d?dlužníka|dlužnice} {d.id:gen}.

            Průběh řízení
            {filler:admin}

            Stav majetkové podstaty
            {filler:assets}

            Rozvrh výtěžku
            {filler:claims}
            {annex}

            {adm}, {date.today}
            """),
        new("report.4", CorpusSplit.Test, """
            Zpráva správce pro schůzi věřitelů konanou dne {date.hearing}

            Věc: {case} – {d.head}

            [Vážení věřitelé,|Vážená paní předsedkyně, vážení věřitelé,]
            jako insolvenční {adm?správce|správkyně} {d?dlužníka|dlužnice} [{d.id:gen}|{d:gen}] vás informuji o dosavadním průběhu insolvenčního řízení.
            {filler:admin}

            [Z výše uvedeného vyplývá|Lze tedy shrnout], že {d?dlužník|dlužnice} má dostatečné příjmy ke splnění oddlužení.
            {annex}

            {adm}
            """),
    ]);
}
