namespace Kdo.Corpus.Generation;

/// <summary>The notice of a hearing (vyhláška, předvolání k přezkumnému jednání a schůzi věřitelů).</summary>
internal static class HearingFamily
{
    public static DocumentFamily Family { get; } = new("hearing", 0.08,
    [
        new("hearing.1", CorpusSplit.Train, """
            č. j. {cj:A}

            VYHLÁŠKA

            {court} vyhlašuje, že v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen} se nařizuje přezkumné jednání a svolává se schůze věřitelů na den

            {date.hearing} v {time} hod.

            do jednací síně č. {room}, {court.addr}.

            Na pořadu schůze věřitelů je zpráva insolvenčního správce {adm:gen}, volba věřitelského výboru a hlasování o způsobu řešení úpadku.
            {filler:instructions}
            {annex}

            {place} dne {date.decided}
            {clerk}, vyšší soudní úřední{clerk?k|ce}
            """),
        new("hearing.2", CorpusSplit.Train, """
            {court}
            {court.addr}

            PŘEDVOLÁNÍ

            {d?Dlužník|Dlužnice}: {d.head}[?early:{d.birth}]{d.addr}
            Sp. zn.: {case}

            Soud Vás předvolává k [jednání o schválení oddlužení|přezkumnému jednání|jednání o návrhu na zrušení oddlužení], které se koná dne {date.hearing} v {time} hodin v jednací síni č. {room}. Účast {d?dlužníka|dlužnice} je povinná.
            Vezměte s sebou průkaz totožnosti a doklady o příjmech za poslední tři měsíce.
            {filler:instructions}
            {annex}

            {judge}, {judge?samosoudce|samosoudkyně}
            """),
        new("hearing.3", CorpusSplit.Dev, """
            Oznámení o odročení jednání

            Ve věci {case} ({d.head}) se jednání nařízené na {date.any} odročuje na {date.hearing}, {time}, jednací síň č. {room}. Důvodem je [omluva {d?dlužníka|dlužnice} ze zdravotních důvodů|nepřítomnost insolvenčního správce|potřeba doplnit dokazování].
            {filler:court}
            {annex}

            {court}, {date.decided}
            """),
        new("hearing.4", CorpusSplit.Test, """
            {court.code} {case}

            Protokol o přezkumném jednání

            Jednáno dne {date.hearing} u {court:gen}. Přítomni: {judge?soudce|soudkyně} {judge}, zapisovatel{clerk?|ka} {clerk}, insolvenční {adm?správce|správkyně} {adm}, {d?dlužník|dlužnice} {d}, za věřitele {cred} {att}.

            Soud konstatoval, že {d?dlužník|dlužnice} se k jednání dostavil{d?|a} a prokázal{d?|a} se [občanským průkazem č. {op}|cestovním pasem č. {op}].
            {filler:claims}
            {filler:court}
            {annex}

            Jednání skončeno v {time} hod.
            """),
    ]);
}
