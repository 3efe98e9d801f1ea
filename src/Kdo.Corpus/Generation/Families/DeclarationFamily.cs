namespace Kdo.Corpus.Generation;

/// <summary>The debtor's declaration (prohlášení dlužníka, čestné prohlášení o majetku a příjmech).</summary>
internal static class DeclarationFamily
{
    public static DocumentFamily Family { get; } = new("declaration", 0.08,
    [
        new("declaration.1", CorpusSplit.Train, """
            ČESTNÉ PROHLÁŠENÍ

            {d?Já, níže podepsaný|Já, níže podepsaná} {d.id},

            čestně prohlašuji, že [jsem|nejsem] v posledních pěti letech [podnikal{d?|a}|byl{d?|a} osobou samostatně výdělečně činnou] a že veškeré údaje v seznamu majetku a seznamu závazků jsou pravdivé a úplné.
            {filler:debtor}
            {annex}

            {place} dne {date.filed}

            {d.sign}
            """),
        new("declaration.2", CorpusSplit.Train, """
            Prohlášení dlužníka o příjmech
            sp. zn. {case}

            {d.form}
            Zaměstnavatel: {job.full}
            Čistý měsíční příjem: {wage}
            Vyživovací povinnost: [žádná|1 dítě|2 děti]

            [Prohlašuji|{d?Dlužník|Dlužnice} prohlašuje], že jiné příjmy [nemám|nemá].
            {filler:debtor}
            {annex}

            {date.today}
            {d.sign}
            """),
        new("declaration.3", CorpusSplit.Dev, """
            Vyjádření {d?dlužníka|dlužnice} ke zprávě insolvenčního správce

            {court}, {case}

            {d?Dlužník|Dlužnice} {d.id} se vyjadřuje ke zprávě insolvenčního správce {adm:gen} ze dne {date.after} takto:
            {filler:debtor}

            [Žádám soud, aby|Navrhuji, aby soud] oddlužení nezrušil.
            {annex}

            {d.sign}
            """),
        new("declaration.4", CorpusSplit.Test, """
            Souhlas {d?dlužníka|dlužnice} s postupem správce

            {d.head}[?early:{d.birth}]
            ve věci {case}

            Souhlasím s tím, aby insolvenční {adm?správce|správkyně} {adm} zpeněžil{adm?|a} movité věci uvedené v soupisu majetkové podstaty mimo dražbu.
            {filler:assets}
            {filler:debtor}
            {annex}

            {place} {date.today}, {d.sign}
            """),
    ]);
}
