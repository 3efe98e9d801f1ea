namespace Kdo.Corpus.Generation;

/// <summary>The notice of a hearing (vyhláška, předvolání, vyrozumění) and the record of the review hearing.</summary>
internal static class HearingFamily
{
    public static DocumentFamily Family { get; } = new("hearing", 0.08,
    [
        new("hearing.1", CorpusSplit.Train, Author.Court, Stage.Decision, """
            č. j. {cj}

            VYHLÁŠKA

            {court} vyhlašuje, že v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen} se nařizuje přezkumné jednání a svolává se schůze věřitelů na den

            {date.hearing} v {time} hod.

            do jednací síně č. {room}, {court.addr}.

            Na pořadu schůze věřitelů je zpráva insolvenčního správce {adm:gen}, volba věřitelského výboru a hlasování o způsobu řešení úpadku.
            {filler:notice}
            {filler:hearing}
            {annex}

            {court.seat} dne {date.doc}
            {clerk}, vyšší soudní {clerk?úředník|úřednice}
            """),
        new("hearing.2", CorpusSplit.Train, Author.Court, Stage.Decision, """
            {court}
            {court.addr}

            PŘEDVOLÁNÍ

            {d?Dlužník|Dlužnice}: {d.head}[?early:{d.birth}]{d.addr}
            Sp. zn.: {case}

            Soud Vás předvolává k přezkumnému jednání, které se koná dne {date.hearing} v {time} hodin v jednací síni č. {room}. Účast {d?dlužníka|dlužnice} je povinná.
            Vezměte s sebou průkaz totožnosti a doklady o příjmech za poslední tři měsíce.
            {filler:hearing}
            {filler:duties}
            {annex}

            {judge}, {judge?samosoudce|samosoudkyně}
            """, PeopleOnly: true),
        new("hearing.5", CorpusSplit.Train, Author.Court, Stage.Review, """
            {cj}

            PROTOKOL
            o přezkumném jednání a schůzi věřitelů

            sepsaný u {court:gen} dne {date.doc} v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen}

            Přítomni:
            {judge?soudce|soudkyně}: {judge}
            zapisovatel{clerk?|ka}: {clerk}
            {adm.role}: {adm}
            {d?dlužník|dlužnice}: [{d}|{d.sur}], totožnost ověřena podle [občanského průkazu|cestovního pasu]
            za věřitele {cred}: {att}, na základě plné moci

            Jednání zahájeno v {time} hod.
            {filler:court}
            {filler:claims}
            {annex}

            Jednání skončeno v {time.end} hod. Protokol byl nadiktován do záznamového zařízení.

            {judge}, v. r.
            """),
        new("hearing.6", CorpusSplit.Train, Author.Court, Stage.Decision, """
            {court}
            {cj}

            VYROZUMĚNÍ O KONÁNÍ SCHŮZE VĚŘITELŮ

            Věřitelům {d?dlužníka|dlužnice} {d.id:gen} se oznamuje, že první schůze věřitelů se koná dne {date.hearing} v {time} hod. v budově soudu, jednací síň č. {room}, bezprostředně po skončení přezkumného jednání.

            Program schůze: zpráva insolvenčního správce o hospodářské situaci dlužníka; rozhodnutí o ponechání nebo odvolání správce; volba věřitelského výboru; [?company:zpráva o zpeněžení majetku|hlasování o způsobu oddlužení].
            {filler:notice}
            {annex}

            Poučení o doručování: vyrozumění se doručuje zveřejněním v insolvenčním rejstříku.
            {court.seat} dne {date.doc}
            {clerk}, vyšší soudní {clerk?úředník|úřednice}
            """),
        new("hearing.3", CorpusSplit.Dev, Author.Court, Stage.Decision, """
            Oznámení o odročení jednání

            Ve věci {case} ({d.head}) se přezkumné jednání odročuje na {date.hearing}, {time}, jednací síň č. {room}. Důvodem je [omluva {d?dlužníka|dlužnice} ze zdravotních důvodů|nepřítomnost insolvenčního správce|potřeba doplnit dokazování].
            {filler:court}
            {filler:hearing}
            {annex}

            {court}, {date.doc}
            """),
        new("hearing.4", CorpusSplit.Test, Author.Court, Stage.Review, """
            {case}

            Protokol o přezkumném jednání

            Jednáno dne {date.doc} u {court:gen}. Přítomni: {judge?soudce|soudkyně} {judge}, zapisovatel{clerk?|ka} {clerk}, {adm.role} {adm}, {d?dlužník|dlužnice} {d}, za věřitele {cred} {att}.

            Soud konstatoval, že {d?dlužník|dlužnice} se k jednání dostavil{d?|a} a prokázal{d?|a} se [občanským průkazem č. {op}|cestovním pasem č. {op}].
            {filler:claims}
            {filler:court}
            {annex}

            Jednání skončeno v {time.end} hod.
            """),
    ]);
}
