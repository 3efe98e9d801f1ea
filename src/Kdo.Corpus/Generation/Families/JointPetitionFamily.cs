namespace Kdo.Corpus.Generation;

/// <summary>
/// The joint petition of spouses (společný návrh manželů na povolení oddlužení) and the court's decision on it. Both
/// spouses are debtors and both are identified in full; the customer is the spouse named first (dlužník 1), the
/// other spouse is written as plain text, as a spouse is everywhere (docs/generator.md, "What is labelled").
/// </summary>
internal static class JointPetitionFamily
{
    public static DocumentFamily Family { get; } = new("joint_petition", 0.05,
    [
        new("joint_petition.1", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            {court:dat}
            {court.addr}

            Navrhovatelé a dlužníci:
            1. {d.id}
            2. {sp.ident}
            [oba zastoupeni {att.full:ins}|]

            SPOLEČNÝ INSOLVENČNÍ NÁVRH MANŽELŮ
            spojený s návrhem na povolení oddlužení

            I.
            Jsme manželé a podáváme společný návrh na povolení oddlužení podle § 394a insolvenčního zákona. Máme více věřitelů a peněžité závazky po dobu delší 30 dnů po lhůtě splatnosti, které nejsme schopni plnit.

            II. Seznam závazků obou manželů
            {filler:claims}

            III. Příjmy
            [{d?Dlužník|Dlužnice}|Dlužník č. 1] {d.sur} je zaměstnán{d?|a} u společnosti {job} s čistou mzdou {wage}; {sp?manžel|manželka} {sp} pobírá [příjem ze zaměstnání|invalidní důchod|rodičovský příspěvek].
            {filler:debtor}

            IV. Navrhujeme, aby soud rozhodl o našem úpadku a povolil jeho řešení oddlužením ve společném řízení.
            {annex}

            {place} dne {date.doc}

            ............................            ............................
            {d.sign}            {sp}
            """, PeopleOnly: true),
        new("joint_petition.2", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            SPOLEČNÝ NÁVRH MANŽELŮ NA POVOLENÍ ODDLUŽENÍ

            Insolvenční soud: {court}

            Dlužník 1
            {d.form}
            Dlužník 2 ({sp?manžel|manželka} dlužníka 1)
            {sp.form}
            Společná adresa pro doručování: {home}

            Manželé navrhují, aby soud zjistil jejich úpadek a povolil jeho řešení oddlužením plněním splátkového kalendáře. Společné jmění manželů nebylo zúženo ani zrušeno.

            Závazky manželů
            {filler:claims}

            Příjmy a majetek
            {filler:debtor}
            {filler:assets}
            {annex}

            Datum: {date.doc}
            Podpis dlužníka 1: {d.sign}
            Podpis dlužníka 2: {sp}
            """, PeopleOnly: true),
        new("joint_petition.3", CorpusSplit.Train, Author.Court, Stage.Decision, """
            č. j. {cj}

            USNESENÍ

            {court} rozhodl {judge?samosoudcem|samosoudkyní} {judge:ins} v insolvenční věci dlužníků: 1) {d.id}, 2) {sp.ident}, o jejich společném insolvenčním návrhu spojeném s návrhem na povolení oddlužení

            takto:

            I. Zjišťuje se úpadek dlužníků {d:gen} a {sp:gen}.
            II. Insolvenčním správcem se ustanovuje {adm.full}.
            III. Povoluje se řešení úpadku dlužníků oddlužením, které bude projednáno ve společném řízení.
            IV. Přezkumné jednání se nařizuje na den {date.hearing} v {time} hodin v jednací síni č. {room}.

            Odůvodnění:

            Dlužníci jsou manželé; společný návrh podali dne {date.filed}.
            {filler:court}
            {filler:appeal.bankruptcy}
            {annex}

            {court.seat} dne {date.doc}
            {judge?Samosoudce|Samosoudkyně}:
            {judge}, v. r.
            {esign:clerk}
            """, PeopleOnly: true),
        new("joint_petition.4", CorpusSplit.Train, Author.Debtor, Stage.Petition, """
            {court}
            k sp. zn. {case}

            Dlužníci: {d} a {sp}, manželé
            [zastoupení|oba zastoupeni]: {att.full}

            Doplnění společného návrhu manželů na povolení oddlužení

            Na výzvu soudu dlužníci doplňují návrh o tyto údaje:

            a) dlužník č. 1: {d.id}
            b) dlužník č. 2: {sp.ident}
            c) společná domácnost: ano, [nájemní byt|byt v osobním vlastnictví rodičů|rodinný dům v pronájmu]

            Dlužníci dále doplňují přehled svých závazků a příjmů.
            {filler:claims}
            {filler:debtor}
            {annex}

            {place:att} dne {date.doc}
            za dlužníky {att}
            {esign:att}
            """, PeopleOnly: true),
        new("joint_petition.5", CorpusSplit.Dev, Author.Debtor, Stage.Petition, """
            {court}

            Věc: návrh manželů na povolení oddlužení

            První navrhovatel: {d.id}
            Druhý navrhovatel: {sp.ident}

            Oba navrhovatelé žijí ve společné domácnosti a jejich závazky vznikly převážně za trvání manželství. Žádají, aby jejich oddlužení bylo projednáno společně a aby jim byl ustanoven společný insolvenční správce.
            {filler:debtor}
            {filler:claims}
            {annex}

            {date.doc}
            {d.sign}, {sp}
            """, PeopleOnly: true),
        new("joint_petition.6", CorpusSplit.Test, Author.Debtor, Stage.Petition, """
            Návrh manželů na oddlužení podle § 394a insolvenčního zákona

            Soud: {court}
            Manželé:
            – {d.head}[?early:{d.birth}]{d.addr}
            – {sp.ident}

            Navrhujeme společné oddlužení, neboť oba nejsme schopni splácet své dluhy a naše příjmy dohromady postačí k uhrazení alespoň třetiny pohledávek věřitelů.
            {filler:claims}
            {filler:debtor}
            {annex}

            {place} {date.doc}
            {d.sign} a {sp}
            """, PeopleOnly: true),
    ], Spouses: true);
}
