namespace Kdo.Corpus.Generation;

/// <summary>The court's resolution on bankruptcy or debt relief (usnesení o úpadku, o povolení a schválení oddlužení).</summary>
internal static class ResolutionFamily
{
    public static DocumentFamily Family { get; } = new("resolution", 0.12,
    [
        new("resolution.1", CorpusSplit.Train, """
            č. j. {cj:A}

            USNESENÍ

            {court} rozhodl [samosoudcem|soudcem] {judge:ins} v insolvenční věci
            {d?dlužníka|dlužnice}: {d.id},
            o insolvenčním návrhu {d?dlužníka|dlužnice} spojeném s návrhem na povolení oddlužení

            takto:

            I. Zjišťuje se úpadek {d?dlužníka|dlužnice} {d:gen}.
            II. Insolvenčním [správcem|správcem dlužníka] se ustanovuje {adm.full}.
            III. Povoluje se řešení úpadku {d?dlužníka|dlužnice} oddlužením.
            IV. Účinky rozhodnutí o úpadku nastávají okamžikem zveřejnění tohoto usnesení v insolvenčním rejstříku.
            V. Přezkumné jednání se nařizuje na den {date.hearing} v {time} hodin v jednací síni č. {room} v budově {court:gen}, {court.addr}.

            Odůvodnění:

            Insolvenčním návrhem doručeným soudu dne {date.filed} se {d?dlužník|dlužnice} domáhal{d?|a} vydání rozhodnutí o úpadku a povolení oddlužení.
            {filler:court}
            {filler:instructions}
            {annex}

            {court}, dne {date.decided}

            {judge}
            {judge?samosoudce|samosoudkyně}
            """),
        new("resolution.2", CorpusSplit.Train, """
            {court.code} {case}-{cj:B}

            {court} [vydal|vydává] [v insolvenční věci|ve věci] {d?dlužníka|dlužnice} {d.id:gen}, [zastoupen{d?ého|é} {att:ins}|], o schválení oddlužení

            USNESENÍ:

            I. Oddlužení {d?dlužníka|dlužnice} {d:gen} se schvaluje plněním splátkového kalendáře [s úplným prodejem majetkové podstaty|].
            II. {d?Dlužníkovi|Dlužnici} {d.sur:dat} se ukládá, aby z příjmů, které mu budou plynout po dobu tří let od schválení oddlužení, měsíčně platil{d?|a} nezajištěným věřitelům prostřednictvím insolvenčního správce částku ve výši nezabavitelné části příjmu.
            III. {job}, [jako plátce mzdy dlužníka,|] se zakazuje vyplácet {d?dlužníkovi|dlužnici} tu část mzdy, která může být postižena srážkami, a ukládá se mu, aby ji poukazoval{d?|} insolvenčnímu správci {adm:dat}.

            Odůvodnění:
            {filler:court}

            Dlužník [je zaměstnán|pracuje] u [zaměstnavatele|společnosti] {job.full}.[?sp: Manžel{d?ka|} {d?dlužníka|dlužnice}, {sp.id}, není účastníkem tohoto řízení a její příjmy nejsou do oddlužení zahrnuty.]
            {filler:instructions}
            {annex}

            {place} dne {date.decided}

            {clerk}
            vyšší soudní úřední{clerk?k|ce}
            """),
        new("resolution.3", CorpusSplit.Dev, """
            Sp. zn.: {case}

            {court} [rozhodl|rozhodl v senátě] prostřednictvím {judge?soudce|soudkyně} {judge:gen} v právní věci insolvenčního navrhovatele {cred.full}, proti {d?dlužníkovi|dlužnici} {d.id:dat}, o insolvenčním návrhu věřitele, takto:

            1. Zjišťuje se úpadek {d?dlužníka|dlužnice}.
            2. Na majetek {d?dlužníka|dlužnice} [{d:gen}|] se prohlašuje konkurs.
            3. Insolvenčním správcem se ustanovuje {adm.full}.

            O d ů v o d n ě n í
            {filler:court}
            {filler:claims}
            {annex}

            [Poučení|P o u č e n í]: Proti výrokům 1 a 2 lze podat odvolání.

            {date.decided}
            {judge}, {judge?samosoudce|samosoudkyně}
            """),
        new("resolution.4", CorpusSplit.Test, """
            {court}
            {court.addr}
            č.j. {cj:A}

            U S N E S E N Í

            Soud rozhodl {judge:ins} ve věci insolvenčního návrhu, kterým se {d?dlužník|dlužnice} {d.id} domáhá povolení oddlužení, takto:

            Návrh {d?dlužníka|dlužnice} [{d.sur:gen}|] na povolení oddlužení se zamítá.

            Z odůvodnění: {d?Dlužník|Dlužnice} nedoložil{d?|a}, že by [byl{d?|a} schop{d?en|na}|měl{d?|a} reálnou možnost] uhradit nezajištěným věřitelům alespoň náklady řízení.
            {filler:court}
            {filler:instructions}
            {annex}

            {court.code}, {date.decided}
            Za správnost vyhotovení: {clerk}
            """),
    ]);
}
