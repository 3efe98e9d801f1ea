namespace Kdo.Corpus.Generation;

/// <summary>The insolvency petition with a motion for debt relief (insolvenční návrh spojený s návrhem na povolení oddlužení).</summary>
internal static class PetitionFamily
{
    public static DocumentFamily Family { get; } = new("petition", 0.1,
    [
        new("petition.1", CorpusSplit.Train, """
            {court:dat}
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

            {place} dne {date.filed}

            ............................
            {d.sign}
            """),
        new("petition.2", CorpusSplit.Train, """
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

            {date.filed}
            Podpis dlužníka: {d.sign}
            """),
        new("petition.3", CorpusSplit.Dev, """
            {court}
            {court.addr}

            Navrhovatel: {d.id}
            Typ návrhu: návrh na povolení oddlužení

            Navrhovatel{d?|ka} se domáhá vydání rozhodnutí o úpadku a povolení oddlužení. {d?Svůj|Svůj} úpadek dokládá seznamem závazků, z něhož vyplývá, že dluží více věřitelům [více než {money}|částky splatné již od roku {year}].
            {filler:debtor}
            {filler:claims}

            [Návrh sepsal a podává|Za navrhovatele] {att.full}.
            {annex}

            {date.filed}
            {d.sign}
            """),
        new("petition.4", CorpusSplit.Test, """
            NÁVRH NA POVOLENÍ ODDLUŽENÍ

            Soud: {court}
            Osoba dlužníka: {d.head}[?early:{d.birth}]
            Adresa pro doručování: {addr}

            Dlužník ve smyslu § 390 insolvenčního zákona navrhuje povolení oddlužení. {d?Jeho|Její} [průměrný čistý měsíční příjem|čistá mzda] za poslední rok činí {wage}, ze kterého hradí nájem a výživné.
            {filler:debtor}
            {filler:assets}
            {annex}

            Dlužník prohlašuje, že údaje jsou pravdivé. [Podepsán{d?|a} vlastnoručně|Podpis ověřen].
            {d.sign}, {date.filed}
            """),
    ]);
}
