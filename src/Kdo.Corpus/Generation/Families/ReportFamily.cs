namespace Kdo.Corpus.Generation;

/// <summary>The insolvency administrator's reports (zpráva o činnosti, zpráva pro oddlužení, zpráva o plnění oddlužení).</summary>
internal static class ReportFamily
{
    public static DocumentFamily Family { get; } = new("report", 0.09,
    [
        new("report.1", CorpusSplit.Train, Author.Administrator, Stage.Later, """
            {adm}
            {adm.role}
            {adm.addr}

            {court:dat}
            k sp. zn. {case}

            ZPRÁVA O PLNĚNÍ ODDLUŽENÍ
            za období od {date.approved} do {date.doc}

            Dlužník: {d.id}

            Insolvenční {adm?správce|správkyně} {adm} předkládá insolvenčnímu soudu zprávu o plnění oddlužení {d?dlužníka|dlužnice} [{d:gen}|{d.sur:gen}].
            {filler:admin}
            {filler:distribution}

            Závěr: {d?Dlužník|Dlužnice} plní splátkový kalendář řádně. {adm?Správce|Správkyně} nenavrhuje zrušení oddlužení.
            {annex}

            {place} dne {date.doc}
            {adm}
            {esign:adm}
            """, PeopleOnly: true),
        new("report.2", CorpusSplit.Train, Author.Administrator, Stage.Review, """
            Insolvenční správce: {adm.full}
            Spisová značka: {case}
            Dlužník: {d.head}

            Zpráva insolvenčního správce o přezkumu

            {adm?Správce|Správkyně} sděluje soudu, že v insolvenčním řízení {d?dlužníka|dlužnice} {d.id:gen} počet pohledávek přihlášených do skončení lhůty činí {claims.count} a jejich celková výše {claims.total}.
            {filler:claims}
            {filler:admin}

            [?company:{adm?Správce|Správkyně} navrhuje, aby soud vzal zprávu na vědomí a pokračoval ve zpeněžování majetkové podstaty.|{adm?Správce|Správkyně} navrhuje schválit oddlužení {d?dlužníka|dlužnice} {d.sur:gen} plněním splátkového kalendáře.]
            {annex}

            {date.doc}
            {adm}[?firm:, {adm?společník|společnice} {adm.firm}]
            """),
        new("report.5", CorpusSplit.Train, Author.Administrator, Stage.Review, """
            {court}
            {court.addr}

            Sp. zn.: {case}
            {d?Dlužník|Dlužnice}: {d.id}

            ZPRÁVA PRO ODDLUŽENÍ
            [?reform2017:podle § 398a insolvenčního zákona|o přezkumu a o způsobu oddlužení]

            1. Údaje o dlužníkovi a jeho příjmech
            {d?Dlužník|Dlužnice} je zaměstnán{d?|a} u společnosti {job.full}. Průměrný čistý měsíční příjem za posledních šest měsíců činí {wage}[?kids:; {d?dlužník|dlužnice} má vyživovací povinnost {dependants}].
            {filler:admin}

            2. Přihlášené pohledávky
            {filler:claims}

            3. Předpokládané plnění
            Při měsíční splátce {installment} obdrží nezajištění věřitelé za pět let přibližně {percent} svých zjištěných pohledávek.

            4. Doporučení
            {adm?Správce|Správkyně} doporučuje schválit oddlužení plněním splátkového kalendáře.
            {annex}

            {place} dne {date.doc}
            {adm}, {adm.role}
            {esign:adm}
            """, PeopleOnly: true),
        new("report.6", CorpusSplit.Train, Author.Administrator, Stage.Claim, """
            {cj}

            {adm.full}

            Zpráva o činnosti insolvenčního správce

            V insolvenční věci {d?dlužníka|dlužnice} {d.id:gen}, vedené u {court:gen} pod sp. zn. {case}, předkládá {adm.role} {adm} zprávu o své dosavadní činnosti.

            Správce byl ustanoven usnesením ze dne {date.decided}.
            {filler:admin}
            {filler:assets}

            Lhůta k přihlášení pohledávek skončí dne {date.deadline}; přezkumné jednání je nařízeno na {date.hearing}.
            {annex}

            {place} {date.doc}
            {adm}
            """),
        new("report.3", CorpusSplit.Dev, Author.Administrator, Stage.Later, """
            {court}
            č. j. {cj}

            Insolvenční {adm?správce|správkyně} {adm:nom} [podává|předkládá] [?company:závěrečnou zprávu|zprávu o splnění oddlužení] ve věci {d?dlužníka|dlužnice} {d.id:gen}.

            Průběh řízení
            {filler:admin}

            Stav majetkové podstaty
            {filler:assets}

            Přehled pohledávek a jejich uspokojení
            {filler:claims}
            {annex}

            {adm}, {date.doc}
            """),
        new("report.4", CorpusSplit.Test, Author.Administrator, Stage.Review, """
            Zpráva správce pro schůzi věřitelů konanou dne {date.hearing}

            Věc: {case} – {d.head}

            [Vážení věřitelé,|Vážená paní předsedkyně, vážení věřitelé,]
            jako {adm.role} {d?dlužníka|dlužnice} [{d.id:gen}|{d:gen}] vás informuji o dosavadním průběhu insolvenčního řízení.
            {filler:admin}

            [Z výše uvedeného vyplývá|Lze tedy shrnout], že [?company:majetková podstata postačí k úhradě nákladů řízení.|{d?dlužník|dlužnice} má dostatečné příjmy ke splnění oddlužení.]
            {annex}

            {adm}
            """),
    ]);
}
