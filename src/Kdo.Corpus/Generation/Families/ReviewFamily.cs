namespace Kdo.Corpus.Generation;

/// <summary>The decision on the review of claims and the list of claims (rozhodnutí o přezkumu, seznam přihlášených pohledávek).</summary>
internal static class ReviewFamily
{
    public static DocumentFamily Family { get; } = new("review", 0.08,
    [
        new("review.1", CorpusSplit.Train, """
            SEZNAM PŘIHLÁŠENÝCH POHLEDÁVEK

            Insolvenční řízení: {case}
            Dlužník: {d.id}
            Insolvenční správce: {adm}
            {filler:claims}

            Celkem přihlášeno: {money}, z toho zjištěno: {money}, popřeno: {money}.
            {filler:admin}
            {annex}

            Vyhotovil{adm?|a}: {adm}, {date.today}
            """),
        new("review.2", CorpusSplit.Train, """
            č. j. {cj:C}

            {court} rozhodl v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen} o popěrném úkonu insolvenčního správce {adm:gen}

            takto:

            Pohledávka věřitele {cred.full}, přihlášená pod č. P{n}, se zjišťuje co do částky {money}; co do zbytku {money} se popírá.

            Odůvodnění:
            Insolvenční správce na přezkumném jednání konaném dne {date.hearing} popřel výši pohledávky, neboť věřitel neprokázal výši úroků.
            {filler:court}
            {filler:instructions}
            {annex}

            {date.decided}
            {judge}
            """),
        new("review.3", CorpusSplit.Dev, """
            Výsledek přezkumu přihlášek

            K insolvenčnímu řízení sp. zn. {case}, {d?dlužník|dlužnice} {d.head}[?early:{d.birth}], sděluje {adm?správce|správkyně} výsledek přezkumu:
            {filler:claims}
            {filler:court}
            {annex}

            {adm}, insolvenční {adm?správce|správkyně}
            """),
        new("review.4", CorpusSplit.Test, """
            Oznámení o popření pohledávky

            {cred}
            {cred.addr}

            Věc: insolvenční řízení {d?dlužníka|dlužnice} {d.id:gen}, {case}

            Oznamujeme Vám, že Vaše pohledávka přihlášená dne {date.after} byla na přezkumném jednání popřena [co do pravosti|co do výše|co do pořadí]. Máte právo podat žalobu na určení pravosti pohledávky do 30 dnů od přezkumného jednání.
            {filler:admin}
            {annex}

            {adm}
            """),
    ]);
}
