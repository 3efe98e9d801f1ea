namespace Kdo.Corpus.Generation;

/// <summary>The review of claims: lists of claims, decisions on a denial, a creditor's action on a denied claim.</summary>
internal static class ReviewFamily
{
    public static DocumentFamily Family { get; } = new("review", 0.08,
    [
        new("review.1", CorpusSplit.Train, Author.Administrator, Stage.Review, """
            SEZNAM PŘIHLÁŠENÝCH POHLEDÁVEK

            Insolvenční řízení: {case}
            Dlužník: {d.id}
            {adm.role}: {adm}
            {filler:claims}

            Celkem přihlášeno: {claims.total}, z toho zjištěno: {claims.admitted}, popřeno: {claims.denied}.
            {filler:admin}
            {annex}

            Vyhotovil{adm?|a}: {adm}, {date.doc}
            """),
        new("review.2", CorpusSplit.Train, Author.Court, Stage.Approval, """
            {claim.deny}č. j. {cj}

            {court} rozhodl v insolvenční věci {d?dlužníka|dlužnice} {d.id:gen} o popěrném úkonu insolvenčního správce {adm:gen}

            takto:

            Pohledávka věřitele {cred.full}, přihlášená pod č. {claim.no}, se zjišťuje co do částky {claim.admitted}; co do zbytku ve výši {claim.denied} se popírá.

            Odůvodnění:
            Insolvenční správce na přezkumném jednání konaném dne {date.hearing} popřel výši pohledávky, neboť věřitel neprokázal výši {claim.interest.what}.
            {filler:court}
            {filler:appeal}
            {annex}

            {court.seat} dne {date.doc}
            {judge}
            """),
        new("review.5", CorpusSplit.Train, Author.Creditor, Stage.Approval, """
            {claim.deny}{court}
            {court.addr}

            Žalobce: {cred.full}
            [zastoupen {att.full:ins}|]
            Žalovaný: {adm.full}, {adm.role} {d?dlužníka|dlužnice} {d.id:gen}

            ŽALOBA NA URČENÍ PRAVOSTI A VÝŠE POHLEDÁVKY
            (incidenční spor v insolvenčním řízení sp. zn. {case})

            I.
            Žalobce přihlásil do insolvenčního řízení {d?dlužníka|dlužnice} [{d:gen}|{d.sur:gen}] pohledávku č. {claim.no} ve výši {claim.total}{vs}. Na přezkumném jednání dne {date.hearing} žalovaný pohledávku popřel co do částky {claim.denied}.

            II.
            Pohledávka vznikla z titulu {claim.title}; jejím právním důvodem je {claim.basis}.
            {filler:claim.facts}

            III.
            Žalobce navrhuje, aby soud vydal tento rozsudek: Určuje se, že žalobce má za {d?dlužníkem|dlužnicí} další pohledávku ve výši {claim.denied}.
            {annex:vs}

            {place} dne {date.doc}
            {att}
            {esign:att}
            """),
        new("review.6", CorpusSplit.Train, Author.Administrator, Stage.Review, """
            {adm.full}

            {court:dat}
            sp. zn. {case}

            Výsledek přezkumu přihlášených pohledávek – podrobný rozpis

            V insolvenčním řízení {d?dlužníka|dlužnice} {d.id:gen} přezkoumal{adm?|a} {adm?správce|správkyně} jednotlivé přihlášky takto:
            {filler:claims}
            {filler:admin}
            {annex}

            {place} dne {date.doc}
            {adm}
            """),
        new("review.3", CorpusSplit.Dev, Author.Administrator, Stage.Review, """
            Výsledek přezkumu přihlášek

            K insolvenčnímu řízení sp. zn. {case}, {d?dlužník|dlužnice} {d.head}[?early:{d.birth}], sděluje {adm?správce|správkyně} výsledek přezkumu:
            {filler:claims}
            {filler:admin}
            {annex}

            {adm}, {adm.role}
            """),
        new("review.4", CorpusSplit.Test, Author.Administrator, Stage.Review, """
            {claim.deny}Oznámení o popření pohledávky

            {cred}
            {cred.addr}

            Věc: insolvenční řízení {d?dlužníka|dlužnice} {d.id:gen}, {case}

            Oznamujeme Vám, že Vaše pohledávka č. {claim.no} přihlášená dne {date.claim} byla na přezkumném jednání popřena co do částky {claim.denied}. Máte právo podat žalobu na určení pravosti pohledávky do 30 dnů od přezkumného jednání.
            {filler:admin}
            {annex}

            {adm}
            """),
    ]);
}
