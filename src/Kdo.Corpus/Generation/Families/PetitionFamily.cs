namespace Kdo.Corpus.Generation;

/// <summary>The insolvency petition with a motion for debt relief (insolvenční návrh spojený s návrhem na povolení oddlužení).</summary>
internal static class PetitionFamily
{
    public static DocumentFamily Family { get; } = new("petition", 0.1,
    [
        new("petition.1", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            [{stamp}

            |]{court:dat}
            {court.addr}

            Insolvenční navrhovatel a dlužník:
            {d.id}[?sp:
            Manžel{d?ka|}: {sp.id}]
            [zastoupen{d?|a} {att.full:ins}|]

            INSOLVENČNÍ NÁVRH
            spojený s návrhem na povolení oddlužení

            I.
            [Já, {d?níže podepsaný|níže podepsaná}|Navrhovatel{d?|ka}] {d}, podávám tímto insolvenční návrh, neboť jsem v úpadku. Mám více věřitelů a peněžité závazky po dobu delší 30 dnů po lhůtě splatnosti, které nejsem schop{d?en|na} plnit.

            II. Seznam věřitelů
            {filler:claims}

            III. Příjmy a majetek
            {filler:debtor}
            {filler:assets}

            IV. Navrhuji, aby soud rozhodl o mém úpadku a povolil jeho řešení oddlužením.
            {annex}

            {place} dne {date.doc}

            ............................
            {d.sign}
            """, PeopleOnly: true),
        new("petition.2", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            Insolvenční návrh dlužníka

            Krajský soud: {court}
            Dlužník: {d.head}[?early:{d.birth}]{d.addr}[
            Telefon: {phone}|]
            [Datová schránka: {ds}|]

            {d?Dlužník|Dlužnice} [tímto|] podává insolvenční návrh a navrhuje řešení svého úpadku oddlužením plněním splátkového kalendáře. Úpadek nastal v důsledku [ztráty zaměstnání|dlouhodobé nemoci|rozvodu manželství|neúspěšného podnikání].
            [?sp:Společně s {d?dlužníkem|dlužnicí} žije v domácnosti {sp?manžel|manželka} {sp.id}, {sp?který|která} není účastníkem řízení.]
            {filler:debtor}

            Přílohy: seznam majetku, seznam závazků, seznam zaměstnanců, listiny dokládající příjmy
            {filler:claims}
            {annex}

            {date.doc}
            Podpis dlužníka: {d.sign}
            """, PeopleOnly: true),
        new("petition.5", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            NÁVRH NA POVOLENÍ ODDLUŽENÍ
            (insolvenční návrh dlužníka podaný na formuláři)

            Insolvenční soud: {court}

            ČÁST A – ÚDAJE O DLUŽNÍKOVI
            {d.form}
            Rodinný stav: [?sp:{d?ženatý|vdaná}|[{d?svobodný|svobodná}|{d?rozvedený|rozvedená}]]
            [?sp:Manžel / manželka: {sp.id}
            ]
            ČÁST B – ZPŮSOB ODDLUŽENÍ
            Navrhovaný způsob oddlužení: plnění splátkového kalendáře
            Předpokládaná měsíční splátka: {installment}

            ČÁST C – PŘÍJMY DLUŽNÍKA
            Zaměstnavatel: {job.full}
            Průměrný čistý měsíční příjem: {wage}
            {filler:debtor}

            ČÁST D – SEZNAM ZÁVAZKŮ
            {filler:claims}

            ČÁST E – PROHLÁŠENÍ
            Prohlašuji, že údaje uvedené v tomto návrhu a v jeho přílohách jsou pravdivé a úplné.
            {annex}

            Datum: {date.doc}
            Podpis: {d.sign}
            """, PeopleOnly: true),
        new("petition.6", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            {court}
            {court.addr}

            {d?Dlužník|Dlužnice}: {d.id}
            zastoupen{d?|a}: {att.full}

            Insolvenční návrh dlužníka spojený s návrhem na povolení oddlužení

            [trojmo|dvojmo], přílohy dle textu

            I. Úpadek dlužníka
            {d?Dlužník|Dlužnice} má [více věřitelů|celkem {creditors:acc}] a peněžité závazky v celkové výši {claims.total}, které jsou po splatnosti déle než 30 dnů a které není schop{d?en|na} plnit. Podrobný přehled závazků je uveden níže.
            {filler:claims}

            II. Oddlužení
            {d?Dlužník|Dlužnice} je zaměstnán{d?|a} u společnosti {job} a {d?jeho|její} čistý měsíční příjem činí {wage}. Navrhuje oddlužení plněním splátkového kalendáře.
            {filler:debtor}

            III. Návrh rozhodnutí
            {d?Dlužník|Dlužnice} navrhuje, aby soud vydal toto usnesení: Zjišťuje se úpadek {d?dlužníka|dlužnice} {d:gen}. Povoluje se řešení úpadku oddlužením.
            {annex}

            {place:att} dne {date.doc}

            {d.sign}
            zastoupen{d?|a} {att:ins}
            {esign:att}
            """, PeopleOnly: true),
        new("petition.3", CorpusSplit.Dev, Author.Debtor, Stage.Petition, """
            {court}
            {court.addr}

            Navrhovatel: {d.id}
            Typ návrhu: návrh na povolení oddlužení

            Navrhovatel{d?|ka} se domáhá vydání rozhodnutí o úpadku a povolení oddlužení. Úpadek dokládá seznamem závazků, z něhož vyplývá, že dluží {creditors:dat} celkem {claims.total}.
            {filler:debtor}
            {filler:claims}

            [Návrh sepsal a podává|Za navrhovatele] {att.full}.
            {annex}

            {date.doc}
            {d.sign}
            """, PeopleOnly: true),
        new("petition.4", CorpusSplit.Test, Author.Debtor, Stage.Petition, """
            NÁVRH NA POVOLENÍ ODDLUŽENÍ

            Soud: {court}
            Osoba dlužníka: {d.head}[?early:{d.birth}]
            Adresa pro doručování: {home}

            {d?Dlužník|Dlužnice} ve smyslu § 390 insolvenčního zákona navrhuje povolení oddlužení. {d?Jeho|Její} [průměrný čistý měsíční příjem|čistá mzda] za poslední rok činí {wage}, ze kterého hradí nájem ve výši {rent}.
            {filler:debtor}
            {filler:assets}
            {annex}

            {d?Dlužník|Dlužnice} prohlašuje, že údaje jsou pravdivé. [Podepsán{d?|a} vlastnoručně|Podpis ověřen].
            {d.sign}, {date.doc}
            """, PeopleOnly: true),
    ]);
}
