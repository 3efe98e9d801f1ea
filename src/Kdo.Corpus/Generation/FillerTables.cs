using System.Globalization;
using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The tables and lists of <see cref="Fillers"/>, built from the scene's facts: liabilities, claims and their review,
/// the creditor's payment history and interest, terms, income, distributions and payouts, the docket, the assets.
/// Each is written once per document, for as many rows as the length allows.
/// </summary>
internal static partial class Fillers
{
    // The debtor's list of liabilities, as the petition gives it: each creditor once.
    private static void LiabilityTable(Scene scene, double words)
    {
        if (!scene.Once("liabilities"))
            return;
        scene.Render((scene.Joint ? "\n\n[Seznam závazků manželů|Seznam věřitelů]" : "\n\n[Seznam závazků|Seznam věřitelů|Přehled závazků {d?dlužníka|dlužnice}]") + ":\n[Č.    Věřitel    IČO    Právní důvod    Výše|Pořadí    Věřitel (název, IČO)    Důvod    Dlužná částka|Věřitel    IČO    Titul    Částka Kč]\n");
        var debts = scene.Debts.OrderBy(_ => scene.Random.Next()).ToArray();
        for (var i = 0; i < debts.Length && More(scene, i, 3, words); i++)
        {
            var d = debts[i];
            scene.Writer.Write($"{i + 1}.    {d.Creditor.Name}    {d.Creditor.Number}    {Scene.Subject(d)}    {scene.Amount(d.Total)}\n");
        }
    }

    // The liabilities in prose, one paragraph per creditor, all in one of three layouts.
    private static void Liabilities(Scene scene, double words)
    {
        if (!scene.Once("liability paragraphs"))
            return;
        var debts = scene.Debts.OrderBy(_ => scene.Random.Next()).ToArray();
        var layout = scene.Random.Next(3);
        scene.Render(scene.Joint ? "\n\n[Závazky manželů:|Jednotliví věřitelé:]" : "\n\n[Závazky {d?dlužníka|dlužnice}:|Jednotliví věřitelé:|Věřitelé a jejich pohledávky:]");
        for (var i = 0; i < debts.Length && More(scene, i, 2, words); i++)
        {
            var d = debts[i];
            var enforced = d.Kind.IsPublic() ? $" Pohledávka je vykonatelná na základě rozhodnutí správce {(d.Kind == CreditorKind.Tax ? "daně" : d.Kind == CreditorKind.Municipality ? "poplatku" : "pojistného")}."
                : scene.Random.Chance(0.35) ? $" Pohledávka je vymáhána v exekučním řízení vedeném {scene.Bailiff(GrammaticalCase.Instrumental)} pod sp. zn. {{ref.ex}}."
                : d.Judgment is not null ? $" Pohledávka byla přiznána platebním rozkazem sp. zn. {d.Judgment}." : "";
            scene.Render(layout switch
            {
                0 => $"\n{i + 1}) {d.Creditor.Name}, IČO {d.Creditor.Number}, se sídlem {d.Creditor.Seat}: {scene.Basis(d)}; dlužná částka {scene.Amount(d.Total)} (jistina {scene.Amount(d.Principal)}, {Scene.InterestName(d)} {scene.Amount(d.Interest)}{(d.Costs > 0 ? $", náklady {scene.Amount(d.Costs)}" : "")}), splatná od {scene.Date(d.Default)}.{enforced}",
                1 => $"\n{i + 1}. Věřitel {d.Creditor.Name} (IČO {d.Creditor.Number}) – pohledávka z titulu {Scene.Title(d)} ve výši {scene.Amount(d.Total)}, v prodlení od {scene.Date(d.Default)}; právní důvod: {scene.Basis(d)}.{enforced}",
                _ => $"\n{i + 1}) {d.Creditor.Name}, {d.Creditor.Seat}, IČO {d.Creditor.Number}\nDůvod: {scene.Basis(d)}\nJistina: {scene.Amount(d.Principal)}, příslušenství: {scene.Amount(d.Interest + d.Costs)}\nCelkem: {scene.Amount(d.Total)}, v prodlení od {scene.Date(d.Default)}{(enforced == "" ? "" : "\nPoznámka:" + enforced)}",
            });
        }
    }

    // The list of claims with the review's results.
    private static void Claims(Scene scene, double words)
    {
        if (!scene.Once("claims"))
            return;
        var split = scene.Random.Chance(0.4);
        scene.Render("\n\n[Seznam přihlášených pohledávek|Přehled přihlášených pohledávek|Výsledek přezkumu přihlášených pohledávek]:\n[Č. přihl.    Věřitel    Přihlášeno    Zjištěno    Výsledek|Přihláška    Věřitel (IČO)    Částka    Stav|P. č.    Věřitel    Výše přihlášky    Uznáno    Popřeno]\n");
        var rows = 0;
        for (; rows < scene.Debts.Count && More(scene, rows, 3, words); rows++)
        {
            var d = scene.Debts[rows];
            var outcome = d.Outcome switch
            {
                ReviewOutcome.Admitted => scene.Random.Pick(["zjištěna", "zjištěna v plné výši", "uznána"]),
                ReviewOutcome.PartlyDenied => scene.Random.Pick(["popřena co do výše", "zjištěna zčásti", "popřeno příslušenství"]),
                _ => scene.Random.Pick(["popřena co do pravosti", "popřena"]),
            };
            if (split && d.Parts > 1)
            {
                scene.Writer.Write($"P{d.Number}    {d.Creditor.Name}, IČO {d.Creditor.Number}    {scene.Amount(d.Total)}    {scene.Amount(d.Admitted)}    {outcome}\n");
                scene.Writer.Write($"   P{d.Number}-1 jistina    {scene.Amount(d.Principal)}\n   P{d.Number}-2 {Scene.InterestName(d)}    {scene.Amount(d.Interest)}\n");
                if (d.Costs > 0)
                    scene.Writer.Write($"   P{d.Number}-3 náklady    {scene.Amount(d.Costs)}\n");
            }
            else
                scene.Writer.Write($"P{d.Number}    {d.Creditor.Name}, IČO {d.Creditor.Number}    {scene.Amount(d.Total)}    {scene.Amount(d.Admitted)}    {outcome}\n");
        }
        if (rows < scene.Debts.Count)
            scene.Writer.Write($"(další přihlášky P{scene.Debts[rows].Number} až P{scene.Debts[^1].Number} viz úplný seznam)\n");
        scene.Render("[Celkem přihlášeno|Celkem]: {claims.total}, [z toho zjištěno|zjištěno]: {claims.admitted}\n");
    }

    // The review of each claim in prose, all claims in one layout.
    private static void Reviews(Scene scene, double words)
    {
        if (!scene.Once("review paragraphs"))
            return;
        var layout = scene.Random.Next(3);
        for (var i = 0; i < scene.Debts.Count && More(scene, i, 2, words); i++)
        {
            var d = scene.Debts[i];
            var filed = layout switch
            {
                0 => $"Pohledávka č. P{d.Number} věřitele {d.Creditor.Name}, IČO {d.Creditor.Number}, byla přihlášena ve výši {scene.Amount(d.Total)} z titulu {Scene.Title(d)}; právním důvodem je {scene.Basis(d)}.",
                1 => $"Věřitel {d.Creditor.Name}, se sídlem {d.Creditor.Seat}, přihlásil pod č. P{d.Number} pohledávku ve výši {scene.Amount(d.Total)}; právním důvodem je {scene.Basis(d)}.",
                _ => $"P{d.Number} – {d.Creditor.Name} (IČO {d.Creditor.Number}): přihlášeno {scene.Amount(d.Total)}, z toho jistina {scene.Amount(d.Principal)} a {Scene.InterestName(d)} {scene.Amount(d.Interest)}.",
            };
            var outcome = d.Outcome switch
            {
                ReviewOutcome.Admitted => scene.Random.Pick([" Pohledávka byla zjištěna v přihlášené výši.", " Pohledávku nikdo nepopřel, je zjištěna.", " Pohledávka je zjištěna v plné výši."]),
                ReviewOutcome.PartlyDenied => $" Popřena byla co do částky {scene.Amount(d.Total - d.Admitted)}, {scene.Random.Pick(["neboť sjednaná smluvní pokuta odporuje dobrým mravům", "neboť úroky nebyly řádně doloženy", "neboť příslušenství bylo vyčísleno i za dobu po rozhodnutí o úpadku"])}; ve výši {scene.Amount(d.Admitted)} byla zjištěna.",
                _ => $" Pohledávka ve výši {scene.Amount(d.Total)} byla popřena co do pravosti, {scene.Random.Pick(["neboť věřitel nedoložil její vznik", "neboť byla uhrazena již před zahájením řízení", "neboť je promlčena"])}.",
            };
            var evidence = scene.Random.Chance(0.6) ? $" K přihlášce P{d.Number} věřitel připojil: {Scene.Evidence(d)}." : "";
            scene.Writer.Write("\n\n" + filed + evidence + outcome);
        }
    }

    // The history of the creditor's own claim: instalments and arrears, bills, premiums, fares.
    private static void Payments(Scene scene, double words)
    {
        if (!scene.Once("payments"))
            return;
        var claim = scene.Claim;
        var random = scene.Random;
        var style = random.Pick([CzechDateStyle.Padded, CzechDateStyle.Compact, CzechDateStyle.Spaced, CzechDateStyle.Iso]);
        string D(DateOnly date) => CzechDate.Format(date, style);
        if (claim.Kind.Lends())
        {
            scene.Render("\n\n[Přehled plateb|Výpis z úvěrového účtu|Historie splátek][ ke dni {date.decided}|]:\n[Datum    Pohyb    Částka|Splatnost    Předpis    Úhrada|Datum    Popis    Částka Kč]\n");
            // The statement runs from a few instalments before the default for as many rows as the length allows.
            var rows = new List<string>();
            var date = claim.Since.AddMonths(1);
            for (var i = 1; date < scene.Filed; i++, date = date.AddMonths(1))
            {
                var paid = i <= claim.Months;
                rows.Add(paid
                    ? $"{D(date)}    {random.Pick(["splátka", "úhrada splátky", "splátka úvěru", "platba přijatá"])}    {scene.Amount(claim.Monthly)}\n"
                    : $"{D(date)}    {random.Pick(["předpis splátky – neuhrazeno", "splátka v prodlení", "nezaplacená splátka"])}    {scene.Amount(claim.Monthly)}\n");
                if (!paid && random.Chance(0.2))
                    rows.Add($"{D(date.AddDays(14))}    poplatek za upomínku    {scene.Amount(random.Pick([150m, 200m, 300m]))}\n");
            }
            var fits = Math.Clamp((int)((words - scene.Writer.ApproximateWords) / 6), 6, 120);
            var start = Math.Clamp(claim.Months - random.Next(2, 13), 0, Math.Max(0, rows.Count - fits));
            foreach (var row in rows.Skip(start).Take(fits))
                scene.Writer.Write(row);
        }
        else if (claim.Kind.Bills())
        {
            scene.Render("\n\n[Neuhrazená vyúčtování|Přehled neuhrazených faktur|Seznam neuhrazených dokladů]:\n[Číslo dokladu    Období    Splatnost    Částka|Faktura    Za období    Splatná    Dlužná částka]\n");
            for (var i = 0; i < claim.Months && More(scene, i, 2, words); i++)
            {
                var month = claim.Default.AddMonths(i);
                scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"{random.Digits(10)}    {month:MM/yyyy}    {D(month.AddDays(15))}    {scene.Amount(claim.Monthly)}\n"));
            }
        }
        else if (claim.Kind.IsPublic())
        {
            scene.Render("\n\n[Přehled nedoplatků|Výkaz nedoplatků – rozpis|Rozpis dlužných částek]:\n[Období    Předpis    Uhrazeno    Nedoplatek|Období    Dlužná částka]\n");
            for (var i = 0; i < claim.Months && More(scene, i, 2, words); i++)
            {
                var period = claim.Kind == CreditorKind.Municipality ? (claim.Default.Year + i).ToString(CultureInfo.InvariantCulture)
                    : claim.Kind == CreditorKind.Tax ? $"{claim.Default.Year - 1}" : claim.Since.AddMonths(i).ToString("MM/yyyy", CultureInfo.InvariantCulture);
                scene.Writer.Write($"{period}    {scene.Amount(claim.Monthly)}    {scene.Amount(0)}    {scene.Amount(claim.Monthly)}\n");
            }
            scene.Writer.Write($"penále    {scene.Amount(claim.Interest)}\n");
        }
        else
        {
            scene.Render("\n\n[Přehled přirážek k jízdnému|Neuhrazené přirážky]:\n");
            for (var i = 0; i < claim.Months; i++)
                scene.Writer.Write($"{D(claim.Default.AddDays(-i * 37))}    přirážka k jízdnému, doklad č. {random.Digits(8)}    {scene.Amount(claim.Monthly)}\n");
        }
    }

    // The debtor's income over the last months before the petition.
    private static void Income(Scene scene, double words)
    {
        if (scene.CustomerIsCompany || !scene.Once("income"))
            return;
        var room = words - scene.Writer.ApproximateWords;
        var months = room > 120 ? 12 : room > 60 ? 6 : 3;
        var last = months == 3 ? "poslední 3 měsíce" : $"posledních {months} měsíců";
        scene.Render($"\n\n[Příjmy za {last}|Přehled příjmů|Čistý měsíční příjem za {last}]:\n[Měsíc    Hrubá mzda    Čistá mzda|Období    Hrubý příjem    Čistý příjem]\n");
        for (var i = months; i > 0; i--)
        {
            var month = scene.Filed.AddMonths(-i);
            var net = Math.Round(scene.Wage * (decimal)(0.9 + scene.Random.NextDouble() * 0.2));
            scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"{month:MM/yyyy}    {scene.Amount(Math.Round(net * 1.3m))}    {scene.Amount(net)}\n"));
        }
    }

    // What the administrator collected each month and paid out, after the approval.
    private static void Distributions(Scene scene, double words)
    {
        if (!scene.Once("distributions"))
            return;
        scene.Render("\n\n[Přehled plnění splátkového kalendáře|Rozpis splátek a jejich rozdělení|Přijaté splátky a výplaty věřitelům]:\n[Měsíc    Sraženo ze mzdy    Odměna a náhrady správce    Vyplaceno věřitelům|Období    Splátka    Odměna IS    K rozdělení]\n");
        var month = scene.Approved.AddMonths(1);
        for (var i = 0; month < scene.Today && More(scene, i, 3, words) && i < 60; i++, month = month.AddMonths(1))
        {
            var paid = Math.Round(scene.Installment * (decimal)(0.85 + scene.Random.NextDouble() * 0.3) / 10) * 10;
            scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"{month:MM/yyyy}    {scene.Amount(paid)}    {scene.Amount(1270)}    {scene.Amount(Math.Max(0, paid - 1270))}\n"));
        }
    }

    // The file of the proceedings as the insolvency register lists it, up to the document's date.
    private static void Docket(Scene scene, double words)
    {
        if (scene.Stage == Stage.Petition || !scene.Once("docket"))
            return;
        var random = scene.Random;
        var events = new List<(DateOnly Date, string Mark, string What)>
        {
            (scene.Filed, "A-1", "insolvenční návrh" + (scene.CustomerIsCompany ? "" : " spojený s návrhem na povolení oddlužení")),
            (scene.Filed, "A-2", "vyhláška o zahájení insolvenčního řízení"),
        };
        var a = 3;
        if (random.Chance(0.5))
            events.Add((random.Between(scene.Filed.AddDays(2), scene.Decided.AddDays(-2)), $"A-{a++}", "usnesení – výzva k doplnění insolvenčního návrhu"));
        events.Add((scene.Decided, $"A-{a++}", scene.CustomerIsCompany ? "usnesení o úpadku a prohlášení konkursu" : "usnesení o úpadku a povolení oddlužení"));
        events.Add((scene.Decided.AddDays(random.Next(1, 10)), "B-1", "oznámení insolvenčního správce o přijetí funkce"));
        var day = scene.Decided;
        foreach (var d in scene.Debts)
        {
            day = random.Between(day, day.AddDays(4));
            events.Add((day > scene.ClaimDeadline ? scene.ClaimDeadline : day, $"P{d.Number}-1", $"přihláška pohledávky – {d.Creditor.Name}"));
        }
        events.Add((scene.Hearing.AddDays(-random.Next(3, 10)), "B-2", scene.CustomerIsCompany ? "seznam přihlášených pohledávek" : "zpráva insolvenčního správce pro oddlužení a seznam přihlášených pohledávek"));
        events.Add((scene.Hearing, $"A-{a++}", "protokol o přezkumném jednání a schůzi věřitelů"));
        if (!scene.CustomerIsCompany)
            events.Add((scene.Approved, $"A-{a++}", "usnesení o schválení oddlužení"));
        var b = 3;
        for (var report = scene.Approved.AddMonths(6); report < scene.Today; report = report.AddMonths(6))
            events.Add((report.AddDays(random.Next(0, 20)), $"B-{b++}", scene.CustomerIsCompany ? "zpráva o postupu zpeněžování" : $"zpráva o plnění oddlužení za {b - 3}. pololetí"));
        scene.Render("\n\n[Přehled průběhu řízení|Průběh řízení podle insolvenčního rejstříku|Dosavadní průběh řízení]:\n");
        foreach (var (date, mark, what) in events.Where(e => e.Date < scene.DocumentDate).OrderBy(e => e.Date).TakeWhile((_, i) => More(scene, i, 4, words)))
            scene.Writer.Write($"{scene.Date(date, vary: false)}    {mark}    {what}\n");
    }

    // An excerpt of the creditor's general terms, in their own order.
    private static void Terms(Scene scene, double words)
    {
        var claim = scene.Claim;
        var terms = claim.Kind.Lends() ? FillerTexts.CreditTerms : claim.Kind.Bills() ? FillerTexts.ServiceTerms : null;
        if (terms is null || !scene.Once("terms"))
            return;
        scene.Render("\n\n[Výňatek ze všeobecných obchodních podmínek|Obchodní podmínky – rozhodná ustanovení|Příloha: obchodní podmínky (výňatek)][ společnosti " + (claim.Assignor ?? claim.Creditor).Name + "|]:\n");
        for (var i = 0; i < terms.Length && More(scene, i, 3, words); i++)
            scene.Writer.Write(terms[i] + "\n");
    }

    // Interest on arrears month by month, at the legal rate (the repo rate plus eight points).
    private static void InterestTable(Scene scene, double words)
    {
        var claim = scene.Claim;
        if (claim.Kind.IsPublic() || claim.Kind == CreditorKind.Transport || !scene.Once("interest"))
            return;
        scene.Render("\n\n[Výpočet úroku z prodlení|Vyčíslení úroku z prodlení|Úrok z prodlení – výpočet]:\n[Období    Jistina    Sazba    Dnů    Úrok|Od – do    Základ    % p. a.    Úrok]\n");
        var from = claim.Default;
        for (var i = 0; from < scene.Decided; i++)
        {
            if (!More(scene, i, 3, words) || i == 72)
            {
                // The rest of the period in one row, so that the computation still ends at the decision.
                var rest = scene.Decided.DayNumber - from.DayNumber + 1;
                scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"{from:dd.MM.yyyy} – {scene.Decided:dd.MM.yyyy}    {scene.Amount(claim.Principal)}    dle sazeb    {rest}    {scene.Amount(Math.Round(claim.Principal * LegalRate(from) / 100 * rest / 365, 2))}\n"));
                break;
            }
            var to = new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1);
            if (to > scene.Decided)
                to = scene.Decided;
            var days = to.DayNumber - from.DayNumber + 1;
            var rate = LegalRate(from);
            var interest = Math.Round(claim.Principal * rate / 100 * days / 365, 2);
            scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"{from:dd.MM.yyyy} – {to:dd.MM.yyyy}    {scene.Amount(claim.Principal)}    {rate.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')} %    {days}    {scene.Amount(interest)}\n"));
            from = to.AddDays(1);
        }
    }

    // The Czech legal rate of interest on arrears by half-year: the repo rate of the half-year's first day plus 8 points.
    private static decimal LegalRate(DateOnly date) => (date.Year, date.Month > 6) switch
    {
        ( < 2018, _) => 8.05m,
        (2018, false) => 8.50m,
        (2018, true) => 9.00m,
        (2019, _) => 9.75m,
        (2020, false) => 10.00m,
        (2020, true) or (2021, false) => 8.25m,
        (2021, true) => 8.50m,
        (2022, false) => 12.50m,
        (2022, true) or (2023, _) => 15.00m,
        _ => 14.75m,
    };

    // What each creditor has received so far: its share of the admitted claims times what was distributed.
    private static void Payouts(Scene scene, double words)
    {
        if (!scene.Once("payouts"))
            return;
        var admitted = scene.Debts.Where(d => d.Admitted > 0).ToArray();
        var total = admitted.Sum(d => d.Admitted);
        var months = Math.Max(1, (scene.Today.DayNumber - scene.Approved.DayNumber) / 30);
        var distributed = Math.Max(0, scene.Installment - 1270) * months;
        scene.Render("\n\n[Přehled výplat nezajištěným věřitelům|Rozdělení splátek mezi věřitele|Uspokojení věřitelů ke dni zprávy]:\n[Přihláška    Věřitel    Zjištěno    Podíl    Vyplaceno celkem|P. č.    Věřitel    Zjištěná pohledávka    %    Dosud vyplaceno]\n");
        for (var i = 0; i < admitted.Length && More(scene, i, 3, words); i++)
        {
            var d = admitted[i];
            var share = d.Admitted / total;
            scene.Writer.Write(string.Create(CultureInfo.InvariantCulture, $"P{d.Number}    {d.Creditor.Name}    {scene.Amount(d.Admitted)}    {(share * 100).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')} %    {scene.Amount(Math.Round(distributed * share, 2))}\n"));
        }
    }

    private static void AssetTable(Scene scene, double words)
    {
        if (!scene.Once("assets"))
            return;
        var debtor = scene.Author == Author.Debtor;
        scene.Render(debtor
            ? "\n\n[Seznam majetku|Movitý majetek|Majetek dlužníka]:\n"
            : "\n\n[Soupis majetku|Položky majetkové podstaty|Soupis majetkové podstaty – movité věci]:\n");
        for (var i = 0; i < scene.Assets.Length && More(scene, i, 3, words); i++)
        {
            var (item, low, high) = scene.Assets[i];
            var value = scene.Amount(Math.Round((decimal)(low + scene.Random.NextDouble() * (high - low)) / 10) * 10);
            var label = debtor ? scene.Random.Pick([", odhadovaná hodnota ", " – hodnota ", ", cca "]) : scene.Random.Pick([", odhadní cena ", ", hodnota dle správce ", "; cena obvyklá ", " – "]);
            scene.Render($"{i + 1}. {item}{label}{value}\n");
        }
    }
}
