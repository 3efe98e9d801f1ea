namespace Kdo.Corpus.Generation;

/// <summary>The debtor's declarations (čestné prohlášení, prohlášení o příjmech, oznámení o změně poměrů) and a donor's pledge.</summary>
internal static class DeclarationFamily
{
    public static DocumentFamily Family { get; } = new("declaration", 0.08,
    [
        new("declaration.1", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            ČESTNÉ PROHLÁŠENÍ

            {d?Já, níže podepsaný|Já, níže podepsaná} {d.id},

            čestně prohlašuji, že [jsem|nejsem] v posledních pěti letech [podnikal{d?|a}|byl{d?|a} osobou samostatně výdělečně činnou] a že veškeré údaje v seznamu majetku a seznamu závazků jsou pravdivé a úplné.
            {filler:debtor}
            {annex}

            {place} dne {date.doc}

            {d.sign}
            """, PeopleOnly: true),
        new("declaration.2", CorpusSplit.Train, Author.Debtor, Stage.Later, """
            Prohlášení dlužníka o příjmech
            sp. zn. {case}

            {d.form}
            Zaměstnavatel: {job.full}
            Čistý měsíční příjem: {wage}
            Vyživovací povinnost: [?kids:{dependants}|žádná]

            [Prohlašuji|{d?Dlužník|Dlužnice} prohlašuje], že jiné příjmy [nemám|nemá].
            {filler:debtor}
            {annex}

            {date.doc}
            {d.sign}
            """, PeopleOnly: true),
        new("declaration.5", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            DAROVACÍ SMLOUVA A PROHLÁŠENÍ DÁRCE
            k návrhu na povolení oddlužení

            Dárce: {person.id}
            Obdarovan{d?ý|á}: {d.id}

            Dárce se zavazuje poskytovat obdarovan{d?ému|é} po dobu trvání oddlužení příspěvek ve výši {money.small} měsíčně, a to vždy do 15. dne v měsíci na účet insolvenčního správce. Dárce prohlašuje, že mu je znám účel daru a že dar neposkytuje z prostředků získaných trestnou činností.

            {d?Obdarovaný|Obdarovaná} dar přijímá.
            {filler:debtor}
            {annex}

            {place} dne {date.doc}

            ..........................    ..........................
            dárce                           {d.sign}
            """, PeopleOnly: true),
        new("declaration.6", CorpusSplit.Train, Author.Debtor, Stage.Later, """
            {court}
            sp. zn. {case}

            {d?Dlužník|Dlužnice}: {d.id}

            Oznámení o změně poměrů dlužníka

            Oznamuji soudu a insolvenčnímu správci {adm:dat}, že od {date.after} došlo ke změně mých poměrů: [přestěhoval{d?|a} jsem se na adresu {addr}|změnil{d?|a} jsem adresu pro doručování na {addr}].
            {filler:debtor}

            Žádám, aby ke změně bylo přihlédnuto při dalším plnění splátkového kalendáře.
            {annex}

            {place} dne {date.doc}
            {d.sign}
            """, PeopleOnly: true),
        new("declaration.3", CorpusSplit.Dev, Author.Debtor, Stage.Later, """
            Vyjádření {d?dlužníka|dlužnice} ke zprávě insolvenčního správce

            {court}, {case}

            {d?Dlužník|Dlužnice} {d.id} se vyjadřuje ke zprávě insolvenčního správce {adm:gen} ze dne {date.after} takto:
            {filler:debtor}

            [Žádám soud, aby|Navrhuji, aby soud] oddlužení nezrušil.
            {annex}

            {d.sign}
            """, PeopleOnly: true),
        new("declaration.4", CorpusSplit.Test, Author.Debtor, Stage.Review, """
            Souhlas {d?dlužníka|dlužnice} s postupem správce

            {d.head}[?early:{d.birth}]
            ve věci {case}

            Souhlasím s tím, aby insolvenční {adm?správce|správkyně} {adm} zpeněžil{adm?|a} movité věci uvedené v soupisu majetkové podstaty mimo dražbu.
            {filler:assets}
            {filler:debtor}
            {annex}

            {place} {date.doc}, {d.sign}
            """, PeopleOnly: true),
    ]);
}
