namespace Kdo.Corpus.Generation;

/// <summary>What the review hearing made of a claim.</summary>
internal enum ReviewOutcome { Admitted, PartlyDenied, Denied }

/// <summary>
/// One creditor's claim against the debtor, consistent in itself: a loan paid for some months and then not, bills
/// unpaid for some months, premiums or a tax assessed and unpaid, a fare surcharge; for a collection agency, a claim
/// bought from the original creditor. Dates lie before the petition; amounts follow from the instalments or bills.
/// </summary>
internal sealed record Debt(
    Company Creditor, CreditorKind Kind, Company? Assignor, DateOnly Since, DateOnly Default, DateOnly? Assigned,
    decimal Amount, decimal Monthly, int Months, decimal Principal, decimal Interest, decimal Costs, string Reference, int Variant, string? Judgment)
{
    /// <summary>Whether the claim is enforceable: a public body's assessment, or a court's payment order (<see cref="Judgment"/>).</summary>
    public bool Enforceable => Kind.IsPublic() || Judgment is not null;

    /// <summary>The claim's number in the list of claims (P1, P2...).</summary>
    public int Number { get; set; }

    /// <summary>The review's outcome and the amount admitted.</summary>
    public ReviewOutcome Outcome { get; set; }

    public decimal Admitted { get; set; }

    /// <summary>How many partial claims (dílčí pohledávky) the filing has: principal, interest, costs.</summary>
    public int Parts => Costs > 0 ? 3 : Interest > 0 ? 2 : 1;

    public decimal Total => Principal + Interest + Costs;

    /// <summary>A claim of <paramref name="creditor"/> against a debtor whose petition is dated <paramref name="filed"/>.</summary>
    public static Debt Create(Random random, Company creditor, Company? assignor, DateOnly filed)
    {
        var kind = creditor.Kind == CreditorKind.Collector ? assignor?.Kind ?? CreditorKind.Lender : creditor.Kind;
        var latest = filed.AddDays(-45);
        var variant = random.Next(3);
        DateOnly since, due;
        decimal amount = 0, monthly, principal, interest, costs = 0;
        int months;
        if (kind.Lends())
        {
            since = filed.AddDays(-random.Next(300, 3000));
            var term = random.Pick([12, 24, 36, 48, 60, 72, 84]);
            amount = Math.Round((decimal)(Range(random, kind) / 1000)) * 1000;
            monthly = Math.Round(amount * (1 + (decimal)(0.05 + random.NextDouble() * 0.2) * term / 12) / term, 0);
            var available = Math.Max(1, MonthsBetween(since, latest) - 1);
            months = random.Next(1, Math.Max(2, Math.Min(term - 2, available)));
            due = since.AddMonths(months + 1);
            principal = Math.Round(amount * (term - months) / term + (decimal)random.NextDouble() * 100, 2);
            interest = Math.Round(principal * (decimal)(0.03 + random.NextDouble() * 0.3), 2);
            costs = random.Chance(0.6) ? random.Next(3, 60) * 100 : 0;
        }
        else if (kind.Bills())
        {
            months = random.Next(2, 16);
            monthly = kind switch
            {
                CreditorKind.Landlord => random.Next(40, 120) * 100,
                CreditorKind.Energy => random.Next(8, 35) * 100,
                CreditorKind.Insurance => random.Next(25, 90) * 10,
                _ => random.Next(30, 150) * 10,
            };
            due = latest.AddMonths(-months).AddDays(-random.Next(0, 200));
            since = due.AddDays(-random.Next(200, 2000));
            principal = monthly * months + Math.Round((decimal)random.NextDouble() * monthly, 2);
            interest = Math.Round(principal * (decimal)(0.01 + random.NextDouble() * 0.12), 2);
            costs = random.Chance(0.4) ? random.Next(3, 20) * 100 : 0;
        }
        else if (kind.IsPublic())
        {
            months = kind == CreditorKind.Tax ? 1 : kind == CreditorKind.Municipality ? random.Next(1, 6) : random.Next(3, 36);
            monthly = kind switch
            {
                CreditorKind.Health => random.Next(1900, 2900),
                CreditorKind.Social => random.Next(2400, 3600),
                CreditorKind.Municipality => random.Next(5, 11) * 100,
                _ => random.Next(20, 1500) * 100,
            };
            due = latest.AddMonths(-months * (kind == CreditorKind.Municipality ? 12 : 1)).AddDays(-random.Next(0, 300));
            since = new DateOnly(due.Year, due.Month, 1);
            principal = monthly * months;
            interest = Math.Round(principal * (decimal)(0.08 + random.NextDouble() * 0.5), 0);
        }
        else
        {
            // A fare surcharge: one to four tickets, each 1,000 to 1,500 CZK.
            months = random.Next(1, 5);
            monthly = random.Pick([1000m, 1200m, 1500m]);
            due = latest.AddDays(-random.Next(30, 1500));
            since = due.AddDays(-random.Next(0, 400));
            principal = monthly * months;
            interest = Math.Round(principal * (decimal)(random.NextDouble() * 0.15), 2);
            costs = random.Chance(0.5) ? months * 300 : 0;
        }
        var reference = kind.IsPublic()
            ? $"{random.Next(100, 99999)}/{due.Year % 100:D2}/{random.Next(1000, 9999)}-{random.Next(10000, 99999)}-{random.Next(100, 999)}"
            : random.Chance(0.5) ? random.Digits(10) : random.Chance(0.5) ? random.Digits(9) : $"{random.Pick(["UV", "SP", "KK", "PU", "SM"])}-{since.Year}-{random.Digits(6, false)}";
        // The agency bought the claim after the default, usually months after it, and before the petition.
        var gap = filed.DayNumber - 15 - due.DayNumber;
        DateOnly? assigned = creditor.Kind == CreditorKind.Collector ? random.Between(due.AddDays(Math.Min(60, gap / 2)), filed.AddDays(-15)) : null;
        if (creditor.Kind == CreditorKind.Collector)
            interest = Math.Round(interest * 1.4m, 2);
        // A payment order of a district court between the default and the petition, for some private claims.
        var judgment = !kind.IsPublic() && random.Chance(0.25)
            ? $"{random.Next(1, 60)} {random.Pick(["C", "EC"])} {random.Next(1, 5000)}/{random.Next(due.Year, filed.Year + 1)}{(random.Chance(0.5) ? $"-{random.Next(5, 90)}" : "")}"
            : null;
        return new Debt(creditor, kind, creditor.Kind == CreditorKind.Collector ? assignor : null, since, due, assigned, amount, monthly, months, principal, interest, costs, reference, variant, judgment);
    }

    /// <summary>Sets the review's outcome: most claims are admitted, some only in part (interest and penalties denied), a few not at all.</summary>
    public void Review(Random random)
    {
        var x = random.NextDouble();
        (Outcome, Admitted) = x < 0.68 ? (ReviewOutcome.Admitted, Total)
            : x < 0.92 ? (ReviewOutcome.PartlyDenied, Principal + Math.Round(Interest * (decimal)random.NextDouble(), 2))
            : (ReviewOutcome.Denied, 0m);
    }

    /// <summary>Makes the review deny part of the claim, for documents about a denial.</summary>
    public void Deny(Random random) =>
        (Outcome, Admitted) = (ReviewOutcome.PartlyDenied, Math.Round(Total * (decimal)(0.3 + random.NextDouble() * 0.6), 2));

    private static double Range(Random random, CreditorKind kind)
    {
        var (low, high) = kind switch
        {
            CreditorKind.Bank => (30_000, 450_000),
            CreditorKind.BuildingSociety => (40_000, 300_000),
            CreditorKind.Leasing => (60_000, 380_000),
            _ => (5_000, 150_000),
        };
        return Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
    }

    private static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;
}
