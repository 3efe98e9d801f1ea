using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The facts of one generated document (the case, its court, the customer, the distractors, the creditors and their
/// claims, the dates of the proceedings) and the writing of templates about them. The facts agree with each other:
/// every company has one IČO, dates follow the proceedings' order (contract, default, petition, decision, claims,
/// review hearing, approval, later reports), amounts follow from instalments. Only the customer's mentions are
/// written as entities; everything else is plain text, however much it looks like one (a spouse's birth number, an
/// attorney's name, a contract number).
/// </summary>
internal sealed partial class Scene
{
    private static readonly DateOnly Horizon = new(2025, 9, 30);
    private readonly Dictionary<CustomerField, string> _normalized = [];
    private readonly CzechDateStyle _dateStyle;
    private readonly int _moneyStyle;

    /// <summary>Sets the scene of a document in <paramref name="phrasing"/>.</summary>
    /// <param name="random">The document's random source.</param>
    /// <param name="options">The generator's options.</param>
    /// <param name="phrasing">The phrasing: its author and stage decide the document's date and what it may say.</param>
    /// <param name="spouses">Whether the document is about a married couple (the spouse always exists).</param>
    /// <param name="companyRate">The probability that the debtor is a company, for this phrasing.</param>
    /// <param name="absentGivenNameRate">The probability that the given name is absent, for this phrasing.</param>
    public Scene(Random random, GeneratorOptions options, Phrasing phrasing, bool spouses, double companyRate, double absentGivenNameRate)
    {
        Random = random;
        Options = options;
        Author = phrasing.Author;
        Joint = spouses;
        Stage = phrasing.Stage;
        Writer = new DocumentWriter();
        Court = random.Pick(CzechData.Courts);
        var year = random.Next(2012, 2024);
        Filed = new DateOnly(year, 1, 1).AddDays(random.Next(360));
        Case = CaseNumber.Create(Court.Code, random.Next(1, 80), "INS", random.Next(1, 30000), year);
        Decided = Filed.AddDays(random.Next(7, 90));
        ClaimDeadline = Decided.AddMonths(2);
        ClaimDate = Decided.AddDays(random.Next(3, ClaimDeadline.DayNumber - Decided.DayNumber));
        Hearing = ClaimDeadline.AddDays(random.Next(10, 60));
        Approved = Hearing.AddDays(random.Next(0, 45));
        Today = random.Between(Approved.AddDays(40), Min(Approved.AddDays(1100), Horizon));
        _dateStyle = random.Pick(DateStyles);
        _moneyStyle = random.Next(12);

        CustomerIsCompany = random.Chance(companyRate);
        var sex = random.Chance(0.5) ? Sex.Male : Sex.Female;
        SurnameIndex = random.Next(CzechData.MaleSurnames.Length);
        Home = random.Pick(Court.Towns);
        HasGivenName = !random.Chance(absentGivenNameRate);
        HasBirthDate = !random.Chance(options.AbsentBirthDateRate);
        HasBirthNumber = !random.Chance(options.AbsentBirthNumberRate);
        HasSymbol = !random.Chance(options.AbsentVariableSymbolRate);
        Late = random.Chance(options.LateIdentificationRate);
        Symbol = random.Digits(9, leadingNonZero: !random.Chance(0.05));
        HeadStyle = random.Next(4);

        // The creditors first: the debtor's age must fit the oldest contract.
        var authorKind = random.Weighted(Creditors.AuthorKinds);
        Creditor = CreditorOf(authorKind);
        var assignor = authorKind == CreditorKind.Collector ? random.Pick(Creditors.Nationwide.Where(c => c.Kind.Lends() || c.Kind == CreditorKind.Telco).ToArray()) : null;
        Claim = Debt.Create(random, Creditor, assignor, Filed);
        Debts = [Claim, .. OtherDebts(random.Next(2, 10) + (random.Chance(0.5) ? random.Next(0, 40) : 0))];
        var order = Enumerable.Range(1, Debts.Count).OrderBy(_ => random.Next()).ToArray();
        for (var i = 0; i < Debts.Count; i++)
        {
            Debts[i].Number = order[i];
            Debts[i].Review(random);
        }
        Debts.Sort((a, b) => a.Number.CompareTo(b.Number));
        ContractDate = Claim.Since;

        var oldest = Debts.Min(d => d.Since);
        // Of working age at the petition (at most 62) and of age at the oldest contract.
        Debtor = Cast.Person(random, sex, common: true, titleRate: 0.12, SurnameIndex, Math.Max(1942, Filed.Year - 62), Math.Min(2002, oldest.Year - 19), Cast.Address(random, Home));
        DebtorCompany = Cast.NamedCompany(random, SurnameIndex) with { Seat = Cast.Address(random, Home) };
        var spouseSex = sex == Sex.Male ? Sex.Female : Sex.Male;
        if (spouses || random.Chance(0.35))
        {
            var born = Math.Clamp(Debtor.BirthDate.Year + random.Next(-8, 9), 1940, Filed.Year - 19);
            Spouse = Cast.Person(random, spouseSex, true, 0.05, random.Chance(0.85) ? SurnameIndex : null, born, born, spouses || random.Chance(0.9) ? Debtor.Address : null);
        }
        Administrator = Cast.Lawyer(random, random.Chance(0.5) ? Sex.Male : Sex.Female, SurnameIndex);
        AdministratorNumber = CompanyNumber.Create(random.Next(10_000, 9_999_999));
        AdministratorFirm = random.Chance(0.4) ? Cast.NamedCompany(random, SurnameIndex) with { Name = $"{Administrator.Surname} {random.Pick(["insolvenční", "& partneři", "a spol."])} v.o.s." } : null;
        Judge = Cast.Lawyer(random, random.Chance(0.55) ? Sex.Female : Sex.Male, SurnameIndex);
        Attorney = Cast.Lawyer(random, random.Chance(0.6) ? Sex.Male : Sex.Female, SurnameIndex);
        AttorneyNumber = random.Next(1000, 20000);
        Clerk = Cast.Distinct(random, SurnameIndex, () => Cast.Person(random, random.Chance(0.7) ? Sex.Female : Sex.Male, true, 0.2, titles: CzechData.OfficeTitles));
        Employee = Cast.Distinct(random, SurnameIndex, () => Cast.Person(random, random.Chance(0.6) ? Sex.Female : Sex.Male, true, 0.25, address: Creditor.Seat, titles: CzechData.OfficeTitles));
        Employer = random.Chance(0.6) ? Cast.Company(random, random.Pick(CzechData.Employers)) : Cast.NamedCompany(random, SurnameIndex);
        Employer = Employer with { Seat = Cast.Address(random, random.Pick(Court.Towns)) };
        NewEmployer = Cast.Company(random, random.Pick(CzechData.Employers.Where(e => e != Employer.Name).ToArray()));
        Wage = random.Next(140, 460) * 100 + (random.Chance(0.5) ? random.Next(100) : 0);
        Dependants = random.Pick([0, 0, 1, 1, 2, 3]);
        Rent = Math.Min(Wage / 2, random.Next(45, 160) * 100);
        Installment = Math.Max(1500, Math.Round((Wage - 10_500m - Dependants * 2_600m) * 0.62m / 10) * 10);
        Account = $"{(random.Chance(0.3) ? random.Next(10, 999999) + "-" : "")}{random.Digits(random.Chance(0.5) ? 10 : 9)}/{random.Pick(CzechData.BankCodes)}";
        AdministratorAccount = $"{random.Digits(random.Chance(0.5) ? 10 : 9)}/{random.Pick(CzechData.BankCodes)}";
        DocumentDate = Stage switch
        {
            Stage.Petition => Filed,
            Stage.Decision => Decided,
            Stage.Claim when Author == Author.Administrator => random.Between(ClaimDate.AddDays(3), Hearing.AddDays(-5)),
            Stage.Claim => ClaimDate,
            Stage.Review => Hearing,
            Stage.Approval => Approved,
            _ => Today,
        };
        Mark = OwnMark();
        Buyer = random.Pick(Creditors.Nationwide.Where(c => c.Kind == CreditorKind.Collector && c.Name != Creditor.Name).ToArray());
        DataBox = string.Concat(Enumerable.Range(0, 7).Select(_ => "abcdefghijkmnpqrstuvwxyz23456789"[random.Next(32)]));
        HearingTime = new TimeOnly(random.Next(8, 14), random.Pick([0, 0, 15, 30, 45]));
        Assets = FillerTexts.Assets.OrderBy(_ => random.Next()).Take(random.Next(4, FillerTexts.Assets.Length)).ToArray();
    }

    public Random Random { get; }
    public GeneratorOptions Options { get; }
    public Author Author { get; }

    /// <summary>Whether the document is about married debtors together (a joint petition).</summary>
    public bool Joint { get; }
    public Stage Stage { get; }

    /// <summary>Where text goes now: the document, or a filler being written.</summary>
    public DocumentWriter Writer { get; set; }

    public InsolvencyCourt Court { get; }
    public CaseNumber Case { get; }

    /// <summary>The document mark of this document in the court file ("A-12", "P7-1", "B-3").</summary>
    public string Mark { get; }

    public DateOnly Filed { get; }
    public DateOnly Decided { get; }
    public DateOnly ClaimDeadline { get; }
    public DateOnly ClaimDate { get; }
    public DateOnly Hearing { get; }
    public DateOnly Approved { get; }
    public DateOnly Today { get; }
    public DateOnly ContractDate { get; }

    /// <summary>The hour of the hearing the document summons to or records.</summary>
    public TimeOnly HearingTime { get; }

    /// <summary>The date of the document itself, by its stage; an administrator answers claims a few days after them.</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Whether the debtor is a company: the document then names no customer (the mission's customers are people).</summary>
    public bool CustomerIsCompany { get; }
    public Person Debtor { get; }
    public Company DebtorCompany { get; }
    public Town Home { get; }
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
    public CompanyNumber AdministratorNumber { get; }
    public Company? AdministratorFirm { get; }
    public Person Judge { get; }
    public Person Attorney { get; }
    public int AttorneyNumber { get; }
    public Person Clerk { get; }
    public Person Employee { get; }

    /// <summary>The creditor who writes the creditor's documents, and its claim.</summary>
    public Company Creditor { get; }
    public Debt Claim { get; }

    /// <summary>Every claim of the proceedings, the creditor's included, in the order of their numbers.</summary>
    public List<Debt> Debts { get; }
    public IEnumerable<Company> OtherCreditors => Debts.Where(d => d != Claim).Select(d => d.Creditor);
    /// <summary>A collection agency that buys the creditor's claim (letters about an assignment).</summary>
    public Company Buyer { get; }
    public Company Employer { get; }
    public Company NewEmployer { get; }
    public int Wage { get; private set; }
    public int Dependants { get; }
    public int Rent { get; }
    public decimal Installment { get; private set; }
    public string Account { get; }
    public string AdministratorAccount { get; }

    /// <summary>The data box (datová schránka) of the document's writer: one per document.</summary>
    public string DataBox { get; }
    public (string Item, double Low, double High)[] Assets { get; }

    private static readonly CzechDateStyle[] DateStyles =
    [
        CzechDateStyle.Spaced, CzechDateStyle.Spaced, CzechDateStyle.Spaced, CzechDateStyle.Compact, CzechDateStyle.Compact,
        CzechDateStyle.Padded, CzechDateStyle.Padded, CzechDateStyle.MonthName, CzechDateStyle.MonthName, CzechDateStyle.Iso,
    ];

    /// <summary>Makes the debtor's income too low for debt relief, for documents that reject it.</summary>
    public void MakePoor()
    {
        Wage = Random.Next(115, 170) * 100;
        Installment = 1500;
    }

    /// <summary>The filler sentences already written in this document: none is written twice.</summary>
    public HashSet<string> Used { get; } = [];

    private readonly HashSet<string> _once = [];

    /// <summary>True the first time it is asked about <paramref name="part"/> (a table, an instruction block), false afterwards.</summary>
    public bool Once(string part) => _once.Add(part);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private Company CreditorOf(CreditorKind kind) => kind switch
    {
        CreditorKind.Tax => Creditors.TaxOffice(Court),
        CreditorKind.Municipality => Creditors.Municipality(Home),
        _ => Random.Pick(Creditors.Nationwide.Where(c => c.Kind == kind).ToArray()),
    };

    // The other creditors: companies of the catalogue, each once, now and then the tax office, the town or a
    // landlord named after people.
    private IEnumerable<Debt> OtherDebts(int count)
    {
        var pool = Creditors.Nationwide.Where(c => c.Name != Creditor.Name).OrderBy(_ => Random.Next()).Take(count).ToList();
        if (Creditor.Kind != CreditorKind.Tax && Random.Chance(0.3))
            pool.Add(Creditors.TaxOffice(Court));
        if (Creditor.Kind != CreditorKind.Municipality && Random.Chance(0.2))
            pool.Add(Creditors.Municipality(Home));
        if (Random.Chance(0.15))
            pool.Add(Cast.NamedCompany(Random, SurnameIndex) with { Name = $"{CzechData.MaleSurnames[(SurnameIndex + 1 + Random.Next(50)) % CzechData.MaleSurnames.Length]} reality s.r.o." });
        foreach (var company in pool)
        {
            var assignor = company.Kind == CreditorKind.Collector ? Random.Pick(Creditors.Nationwide.Where(c => c.Kind.Lends() && c.Name != Creditor.Name).ToArray()) : null;
            yield return Debt.Create(Random, company, assignor, Filed);
        }
    }

    private string OwnMark() => (Author, Stage) switch
    {
        (_, Stage.Petition) => "A-1",
        (Author.Creditor, _) => $"P{Claim.Number}-{(Stage == Stage.Claim ? 1 : Random.Next(2, 6))}",
        (Author.Administrator, _) => $"B-{Random.Next(1, 40)}",
        (_, Stage.Decision) => $"A-{Random.Next(5, 20)}",
        (_, Stage.Review or Stage.Approval) => $"A-{Random.Next(20, 45)}",
        _ => $"A-{Random.Next(40, 95)}",
    };

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

    /// <summary>The line repeated at the top of every page: what the writer puts in its header.</summary>
    public string PageHeader() => Author switch
    {
        Author.Court => Random.Pick([$"{Case.Case}-{Mark}", $"č. j. {Case.Case}-{Mark}", $"Pokračování – {Case.Case}-{Mark}", Court.Nominative]),
        Author.Creditor => Random.Pick([Creditor.Name, $"{Creditor.Name} | sp. zn. {Case.Case}", $"Přihláška pohledávky – {Case.Case}", $"sp. zn. {Case.Case}"]),
        Author.Administrator => Random.Pick([$"{Administrator.Name(GrammaticalCase.Nominative)}, insolvenční {Administrator.Agree("správce", "správkyně")}", $"{Case.Case}", AdministratorFirm?.Name ?? $"sp. zn. {Case.Case}"]),
        _ => Random.Pick([Case.Case, $"sp. zn. {Case.Case}", Court.Nominative]),
    };

    /// <summary>A date in the document's usual style, now and then in another (never in a table: <paramref name="vary"/> false).</summary>
    public string Date(DateOnly date, bool vary = true) => CzechDate.Format(date, vary && Random.Chance(0.08) ? Random.Pick(DateStyles) : _dateStyle);

    /// <summary>An amount in the document's money style ("12 345,50 Kč", "12.345,- Kč", "Kč 12 345,00"), now and then in another.</summary>
    public string Amount(decimal amount)
    {
        var style = Random.Chance(0.04) ? Random.Next(12) : _moneyStyle;
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
