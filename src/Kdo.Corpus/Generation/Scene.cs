using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The facts of one generated document (the case, its court, the customer, the distractors, dates and amounts) and
/// the writing of templates about them. Only the customer's mentions are written as entities; everything else is
/// plain text, however much it looks like one (a spouse's birth number, an attorney's name, a contract number).
/// </summary>
internal sealed partial class Scene
{
    private readonly Dictionary<CustomerField, string> _normalized = [];
    private readonly CzechDateStyle _dateStyle;
    private readonly int _moneyStyle;

    public Scene(Random random, GeneratorOptions options)
    {
        Random = random;
        Options = options;
        Writer = new DocumentWriter();
        var court = random.Pick(CzechData.Courts);
        Court = court;
        var year = random.Next(2012, 2025);
        Case = CaseNumber.Create(court.Code, random.Next(1, 80), "INS", random.Next(1, 30000), year);
        Filed = new DateOnly(year, 1, 1).AddDays(random.Next(360));
        Decided = Filed.AddDays(random.Next(10, 120));
        Hearing = Decided.AddDays(random.Next(20, 90));
        Today = Decided.AddDays(random.Next(1, 400));
        ContractDate = Filed.AddDays(-random.Next(200, 3000));
        _dateStyle = random.Pick(DateStyles);
        _moneyStyle = random.Next(12);

        CustomerIsCompany = random.Chance(options.CompanyDebtorRate);
        var sex = random.Chance(0.5) ? Sex.Male : Sex.Female;
        SurnameIndex = random.Next(CzechData.MaleSurnames.Length);
        Debtor = Cast.Person(random, sex, common: true, titleRate: 0.12, SurnameIndex, 1942, Math.Min(2003, ContractDate.Year - 19));
        DebtorCompany = Cast.NamedCompany(random, SurnameIndex);
        HasGivenName = !random.Chance(options.AbsentGivenNameRate);
        HasBirthDate = !random.Chance(options.AbsentBirthDateRate);
        HasBirthNumber = !random.Chance(options.AbsentBirthNumberRate);
        HasSymbol = !random.Chance(options.AbsentVariableSymbolRate);
        Late = random.Chance(options.LateIdentificationRate);
        Symbol = random.Digits(9, leadingNonZero: !random.Chance(0.05));
        HeadStyle = random.Next(4);

        var spouseSex = sex == Sex.Male ? Sex.Female : Sex.Male;
        Spouse = random.Chance(0.35) ? Cast.Person(random, spouseSex, true, 0.05, random.Chance(0.8) ? SurnameIndex : null, 1945, 2001) : null;
        Administrator = Cast.Lawyer(random, random.Chance(0.5) ? Sex.Male : Sex.Female, SurnameIndex);
        Judge = Cast.Lawyer(random, random.Chance(0.55) ? Sex.Female : Sex.Male, SurnameIndex);
        Attorney = Cast.Lawyer(random, random.Chance(0.6) ? Sex.Male : Sex.Female, SurnameIndex);
        Clerk = Cast.Distinct(random, SurnameIndex, () => Cast.Person(random, random.Chance(0.7) ? Sex.Female : Sex.Male, true, 0.5));
        Employee = Cast.Distinct(random, SurnameIndex, () => Cast.Person(random, random.Chance(0.6) ? Sex.Female : Sex.Male, true, 0.4));
        Creditor = Cast.Company(random, random.Chance(0.85) ? random.Pick(CzechData.CreditorNames) : random.Pick(CzechData.PublicCreditors));
        Employer = random.Chance(0.5) ? Cast.Company(random, random.Pick(CzechData.Employers)) : Cast.NamedCompany(random, SurnameIndex);
        AdministratorFirm = random.Chance(0.4) ? Cast.NamedCompany(random, SurnameIndex) : null;
        OtherCreditors = Enumerable.Range(0, random.Next(3, 12))
            .Select(_ => random.Chance(0.2) ? Cast.NamedCompany(random, SurnameIndex) : Cast.Company(random, random.Pick(random.Chance(0.75) ? CzechData.CreditorNames : CzechData.PublicCreditors)))
            .Where(c => c.Name != Creditor.Name).DistinctBy(c => c.Name).ToList();
        Principal = Math.Round((decimal)(random.NextDouble() * random.NextDouble()) * 400_000m + 1_500m, random.Chance(0.5) ? 0 : 2);
        Interest = Math.Round(Principal * (decimal)(random.NextDouble() * 0.4), 2);
        Costs = random.Chance(0.6) ? Math.Round((decimal)random.Next(300, 6_000), 0) : 0;
        Account = $"{(random.Chance(0.3) ? random.Next(10, 999999) + "-" : "")}{random.Digits(random.Chance(0.5) ? 10 : 9)}/{random.Pick(CzechData.BankCodes)}";
        ContractNumber = random.Chance(0.5) ? random.Digits(10) : random.Chance(0.5) ? random.Digits(9) : $"{random.Pick(["UV", "SP", "KK", "PU"])}-{ContractDate.Year}-{random.Digits(6, false)}";
    }

    public Random Random { get; }
    public GeneratorOptions Options { get; }

    /// <summary>Where text goes now: the document, or a filler being written.</summary>
    public DocumentWriter Writer { get; set; }

    public (string Code, string Nominative, string Genitive, string Address) Court { get; }
    public CaseNumber Case { get; }
    public DateOnly Filed { get; }
    public DateOnly Decided { get; }
    public DateOnly Hearing { get; }
    public DateOnly Today { get; }
    public DateOnly ContractDate { get; }

    /// <summary>Whether the debtor is a company: the document then names no customer (the mission's customers are people).</summary>
    public bool CustomerIsCompany { get; }
    public Person Debtor { get; }
    public Company DebtorCompany { get; }
    public int SurnameIndex { get; }
    public bool HasGivenName { get; }
    public bool HasBirthDate { get; }
    public bool HasBirthNumber { get; }
    public bool HasSymbol { get; }

    /// <summary>Whether the birth data and the symbol appear only in the annex or table at the end, after the fillers.</summary>
    public bool Late { get; }
    public string Symbol { get; }
    public int HeadStyle { get; }

    public Person? Spouse { get; }
    public Person Administrator { get; }
    public Company? AdministratorFirm { get; }
    public Person Judge { get; }
    public Person Attorney { get; }
    public Person Clerk { get; }
    public Person Employee { get; }
    public Company Creditor { get; }
    public Company Employer { get; }
    public List<Company> OtherCreditors { get; }
    public decimal Principal { get; }
    public decimal Interest { get; }
    public decimal Costs { get; }
    public string Account { get; }
    public string ContractNumber { get; }

    private static readonly CzechDateStyle[] DateStyles =
    [
        CzechDateStyle.Spaced, CzechDateStyle.Spaced, CzechDateStyle.Spaced, CzechDateStyle.Compact, CzechDateStyle.Compact,
        CzechDateStyle.Padded, CzechDateStyle.Padded, CzechDateStyle.MonthName, CzechDateStyle.MonthName, CzechDateStyle.Iso,
    ];

    /// <summary>
    /// The gold record of the finished text: for each field its first labelled span as written (noise included) and
    /// its true normalised value.
    /// </summary>
    public GoldCustomer Gold(Text.AnnotatedText text)
    {
        var fields = new Dictionary<CustomerField, GoldValue>();
        foreach (var span in text.Spans)
        {
            if (CustomerFields.TryFromEntityType(span.Type, out var field) && !fields.ContainsKey(field))
                fields[field] = new GoldValue(text.Text[span.Start..span.End], _normalized[field]);
        }
        return new GoldCustomer(fields);
    }

    /// <summary>A date in the document's usual style, now and then in another.</summary>
    public string Date(DateOnly date) => CzechDate.Format(date, Random.Chance(0.2) ? Random.Pick(DateStyles) : _dateStyle);

    /// <summary>An amount in the document's money style ("12 345,50 Kč", "12.345,- Kč", "Kč 12 345,00"), now and then in another.</summary>
    public string Amount(decimal amount)
    {
        var style = Random.Chance(0.1) ? Random.Next(12) : _moneyStyle;
        var whole = decimal.Truncate(amount);
        var cents = (int)((amount - whole) * 100);
        var grouped = ((long)whole).ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", style % 4 == 3 ? "." : " ");
        var tail = cents > 0 ? $",{cents:D2}" : (style % 3) switch { 0 => ",-", 1 => ",00", _ => "" };
        return style < 10 ? $"{grouped}{tail} Kč" : $"Kč {grouped}{tail}";
    }

    /// <summary>Writes a mention of a customer field as an entity; the record keeps the field's normalised value.</summary>
    public void Mention(CustomerField field, string written, string normalized)
    {
        if (CustomerIsCompany)
        {
            Writer.Write(written);
            return;
        }
        Writer.Entity(written, field.EntityType());
        _normalized.TryAdd(field, normalized);
    }
}
