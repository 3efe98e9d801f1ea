namespace Kdo.Corpus.Generation;

/// <summary>The court's resolutions: on bankruptcy and debt relief, its approval, a bankruptcy order, discharge.</summary>
internal static class ResolutionFamily
{
    public static DocumentFamily Family { get; } = new("resolution", 0.12,
    [
        new("resolution.1", CorpusSplit.Train, Author.Court, Stage.Decision, """
            č. j. {cj}

            [USNESENÍ|U S N E S E N Í]

            {court} rozhodl {judge?samosoudcem|samosoudkyní} {judge:ins} v insolvenční věci
            {d?dlužníka|dlužnice}: {d.id},
            o insolvenčním návrhu {d?dlužníka|dlužnice} spojeném s návrhem na povolení oddlužení

            takto:

            I. Zjišťuje se úpadek {d?dlužníka|dlužnice} {d:gen}.
            II. Insolvenčním správcem se ustanovuje {adm.full}.
            III. Povoluje se řešení úpadku {d?dlužníka|dlužnice} oddlužením.
            IV. Účinky rozhodnutí o úpadku nastávají okamžikem zveřejnění tohoto usnesení v insolvenčním rejstříku.
            V. Přezkumné jednání se nařizuje na den {date.hearing} v {time} hodin v jednací síni č. {room} v budově {court:gen}, {court.addr}.
            VI. Věřitelé, kteří dosud nepřihlásili své pohledávky, se vyzývají, aby je přihlásili nejpozději do {date.deadline}.

            Odůvodnění:

            Insolvenčním návrhem doručeným soudu dne {date.filed} se {d?dlužník|dlužnice} domáhal{d?|a} vydání rozhodnutí o úpadku a povolení oddlužení.
            {filler:court}
            {filler:appeal.bankruptcy}
            {annex}

            {court.seat} dne {date.doc}

            {judge} v. r.
            {judge?samosoudce|samosoudkyně}

            [Za správnost vyhotovení: {clerk}|Shodu s prvopisem potvrzuje {clerk}.]
            """, PeopleOnly: true),
        new("resolution.2", CorpusSplit.Train, Author.Court, Stage.Approval, """
            {cj}

            {court} [vydal|vydává] [v insolvenční věci|ve věci] {d?dlužníka|dlužnice} {d.id:gen}, [zastoupen{d?ého|é} {att:ins}|], o schválení oddlužení

            USNESENÍ:

            I. Oddlužení {d?dlužníka|dlužnice} {d:gen} se schvaluje plněním splátkového kalendáře.
            II. {d?Dlužníkovi|Dlužnici} {d.sur:dat} se ukládá, aby po dobu pěti let od schválení oddlužení platil{d?|a} nezajištěným věřitelům prostřednictvím insolvenčního správce z příjmů, které mu budou plynout, měsíčně částku ve výši nezabavitelné části příjmu.
            III. Plátci mzdy {job}, se zakazuje vyplácet {d?dlužníkovi|dlužnici} tu část mzdy, která může být postižena srážkami, a ukládá se mu, aby ji poukazoval insolvenčnímu správci {adm:dat} na účet č. {adm.acct}.
            IV. Insolvenčnímu správci se ukládá, aby ze splátek nejprve uhradil svou odměnu a náhradu hotových výdajů a zbytek rozdělil mezi nezajištěné věřitele poměrně.

            Odůvodnění:
            {filler:court}

            [?sp:{sp?Manžel|Manželka} {d?dlužníka|dlužnice}, {sp.id}, není účastníkem tohoto řízení a {sp?jeho|její} příjmy nejsou do oddlužení zahrnuty.]
            {filler:appeal}
            {annex}

            {court.seat} dne {date.doc}

            {clerk}
            vyšší soudní {clerk?úředník|úřednice}
            """, PeopleOnly: true),
        new("resolution.5", CorpusSplit.Train, Author.Court, Stage.Decision, """
            {cj}

            [USNESENÍ|U S N E S E N Í]

            {court} rozhodl {judge?samosoudcem|samosoudkyní} {judge:ins} v insolvenční věci navrhovatele {cred.full}, proti {d?dlužníkovi|dlužnici} {d.id:dat}, o insolvenčním návrhu věřitele

            takto:

            I. Zjišťuje se úpadek {d?dlužníka|dlužnice} {d:gen}.
            II. Na majetek {d?dlužníka|dlužnice} se prohlašuje konkurs.
            III. Insolvenčním správcem se ustanovuje {adm.full}.
            IV. Navrhovateli se vrací záloha na náklady insolvenčního řízení ve výši 50 000 Kč.

            Odůvodnění:

            Věřitel se insolvenčním návrhem podaným dne {date.filed} domáhal rozhodnutí o úpadku {d?dlužníka|dlužnice} s tím, že mu {d?dlužník|dlužnice} dluží {claim.total} z titulu {claim.title}.
            {filler:konkurs}
            {filler:appeal}
            {annex}

            {court.seat} dne {date.doc}

            {judge}, v. r.
            {judge?soudce|soudkyně}
            """),
        new("resolution.6", CorpusSplit.Train, Author.Court, Stage.Later, """
            {cj}

            USNESENÍ

            {court} rozhodl {judge?samosoudcem|samosoudkyní} {judge:ins} v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen}, o splnění oddlužení

            takto:

            I. Bere se na vědomí splnění oddlužení {d?dlužníka|dlužnice} [{d:gen}|{d.sur:gen}].
            II. Insolvenčnímu správci {adm:dat} se přiznává odměna a náhrada hotových výdajů za dobu trvání oddlužení podle jeho konečné zprávy.
            III. {d?Dlužník|Dlužnice} se osvobozuje od placení pohledávek zahrnutých do oddlužení v rozsahu, v jakém dosud nebyly uspokojeny.

            Odůvodnění:

            Usnesením ze dne {date.approved} soud schválil oddlužení {d?dlužníka|dlužnice} plněním splátkového kalendáře.
            {filler:court}
            {filler:admin}
            {filler:appeal}
            {annex}

            {court.seat} dne {date.doc}
            {judge}
            {judge?samosoudce|samosoudkyně}
            {esign:judge}
            """, PeopleOnly: true),
        new("resolution.7", CorpusSplit.Train, Author.Court, Stage.Decision, """
            {debtor.poor}{court}
            {cj}

            USNESENÍ

            {court} rozhodl {judge?samosoudcem|samosoudkyní} {judge:ins} ve věci {d?dlužníka|dlužnice} {d.id:gen}, o návrhu na povolení oddlužení, takto:

            I. Návrh {d?dlužníka|dlužnice} na povolení oddlužení se zamítá.
            II. Na majetek {d?dlužníka|dlužnice} [{d:gen}|{d.sur:gen}] se prohlašuje konkurs.
            III. Insolvenční správce {adm:nom} zůstává ve funkci.

            Odůvodnění:

            Usnesením ze dne {date.after} soud zjistil úpadek {d?dlužníka|dlužnice} a ustanovil insolvenčního správce; o návrhu na povolení oddlužení tehdy nerozhodl.
            {filler:rejection}
            {filler:appeal}
            {annex}

            {court.seat} dne {date.doc}

            {judge} v. r.
            {judge?samosoudce|samosoudkyně}
            """, PeopleOnly: true),
        new("resolution.3", CorpusSplit.Dev, Author.Court, Stage.Decision, """
            Sp. zn.: {case}

            {court} [rozhodl|rozhodl v senátě] prostřednictvím {judge?soudce|soudkyně} {judge:gen} v právní věci insolvenčního navrhovatele {cred.full}, proti {d?dlužníkovi|dlužnici} {d.id:dat}, o insolvenčním návrhu věřitele, takto:

            1. Zjišťuje se úpadek {d?dlužníka|dlužnice}.
            2. Na majetek {d?dlužníka|dlužnice} [{d:gen}|] se prohlašuje konkurs.
            3. Insolvenčním správcem se ustanovuje {adm.full}.

            O d ů v o d n ě n í
            {filler:konkurs}
            {filler:appeal}
            {annex}

            {date.doc}
            {judge}, {judge?samosoudce|samosoudkyně}
            """),
        new("resolution.4", CorpusSplit.Test, Author.Court, Stage.Decision, """
            {debtor.poor}{court}
            {court.addr}
            č.j. {cj}

            U S N E S E N Í

            Soud rozhodl {judge:ins} ve věci insolvenčního návrhu, kterým se {d?dlužník|dlužnice} {d.id}, domáhá povolení oddlužení, takto:

            Návrh {d?dlužníka|dlužnice} [{d.sur:gen}|] na povolení oddlužení se zamítá.

            Z odůvodnění: {d?Dlužník|Dlužnice} nedoložil{d?|a}, že by [byl{d?|a} schop{d?en|na}|měl{d?|a} reálnou možnost] uhradit nezajištěným věřitelům alespoň minimální zákonem požadovanou část jejich pohledávek.
            {filler:rejection}
            {filler:appeal}
            {annex}

            {court.code}, {date.doc}
            Za správnost vyhotovení: {clerk}
            """, PeopleOnly: true),
    ]);
}
