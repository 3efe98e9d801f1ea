using Kdo.Corpus.Generation;

namespace Kdo.Corpus.Tests.Generation;

public class SceneTests
{
    // Scenes of every phrasing, as the generator sets them (before any template is written).
    private static readonly Scene[] Scenes = Enumerable.Range(0, 1500).Select(i =>
    {
        var random = new Random(i);
        var family = random.Pick(Catalogue.Families);
        var phrasing = random.Pick(family.Phrasings);
        return new Scene(random, new GeneratorOptions(), phrasing, family.Spouses, 0.05, 0.06);
    }).ToArray();

    [Fact]
    public void The_proceedings_follow_their_order()
    {
        foreach (var s in Scenes)
        {
            DateOnly[] order = [s.Filed, s.Decided, s.ClaimDate, s.ClaimDeadline, s.Hearing, s.Approved, s.Today];
            Assert.True(order.Zip(order.Skip(1)).All(p => p.First <= p.Second), string.Join(" < ", order));
            Assert.True(s.Filed < s.Decided && s.Hearing > s.ClaimDeadline && s.Today > s.Approved);
            Assert.InRange(s.DocumentDate, s.Filed, s.Today);
        }
    }

    [Fact]
    public void Claims_arise_before_the_petition_from_a_debtor_of_age()
    {
        foreach (var s in Scenes)
        {
            foreach (var debt in s.Debts)
            {
                Assert.True(debt.Since <= debt.Default && debt.Default < s.Filed, $"{debt.Creditor.Name}: {debt.Since} {debt.Default} {s.Filed}");
                Assert.True(debt.Admitted <= debt.Total && debt.Principal > 0);
                if (debt.Assigned is { } assigned)
                    Assert.InRange(assigned, debt.Default, s.Filed);
            }
            var oldest = s.Debts.Min(d => d.Since);
            Assert.True(s.Debtor.BirthDate.AddYears(18) <= oldest, $"born {s.Debtor.BirthDate}, contract {oldest}");
            Assert.True(s.Debtor.BirthDate.AddYears(63) > s.Filed, $"born {s.Debtor.BirthDate}, petition {s.Filed}");
        }
    }

    [Fact]
    public void A_company_is_one_company_with_one_ICO()
    {
        var numbers = new Dictionary<string, string>();
        foreach (var s in Scenes)
        {
            Assert.Equal(s.Debts.Count, s.Debts.Select(d => d.Creditor.Name).Distinct().Count());
            Assert.Equal(s.Debts.Count, s.Debts.Select(d => d.Number).Distinct().Count());
            foreach (var company in s.Debts.Select(d => d.Creditor).Where(c => c.Kind != CreditorKind.Landlord || Creditors.Nationwide.Contains(c)))
            {
                // Catalogue companies, tax offices and towns keep their IČO in every document.
                if (numbers.TryGetValue(company.Name, out var number))
                    Assert.Equal(number, company.Number.Digits);
                else
                    numbers[company.Name] = company.Number.Digits;
            }
        }
        Assert.Equal("41197518", numbers["Všeobecná zdravotní pojišťovna České republiky"]);
    }

    [Fact]
    public void A_collection_agency_bought_its_claim_from_a_lender_or_a_telco()
    {
        var agencies = Scenes.SelectMany(s => s.Debts).Where(d => d.Creditor.Kind == CreditorKind.Collector).ToArray();
        Assert.NotEmpty(agencies);
        Assert.All(agencies, d => Assert.True(d.Assignor is { } a && (a.Kind.Lends() || a.Kind == CreditorKind.Telco), d.Assignor?.Name));
        Assert.All(Scenes.SelectMany(s => s.Debts).Where(d => d.Creditor.Kind != CreditorKind.Collector), d => Assert.Null(d.Assignor));
    }

    [Fact]
    public void A_debtor_lives_in_the_district_of_the_court_and_a_joint_spouse_beside_them()
    {
        foreach (var s in Scenes)
        {
            Assert.Contains(s.Court.Towns, t => t.Name == s.Debtor.Address.City);
            if (s.Joint)
                Assert.Equal(s.Debtor.Address, s.Spouse!.Address);
        }
        Assert.Contains(Scenes, s => s.Joint);
    }
}
