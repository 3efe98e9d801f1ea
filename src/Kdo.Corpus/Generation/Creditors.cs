using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>What a creditor is, which decides what its claim can be: a loan, unpaid bills, premiums, a tax.</summary>
internal enum CreditorKind
{
    Bank, Lender, BuildingSociety, Leasing, Telco, Energy, Water, Insurance, Health, Tax, Social, Municipality, Transport, Collector, Landlord,
}

/// <summary>
/// The creditors of Czech consumer insolvencies: banks, non-bank lenders, utilities, telcos, insurers, health
/// insurers, the tax office, social security, towns, transport companies and collection agencies. Each has one IČO
/// and one seat throughout the corpus, as a real company does. Private companies are invented (in the styles real
/// ones have); the health insurers and the Czech social security administration carry their real names, IČOs and
/// seats, which are public; the tax offices and towns their real names with invented IČOs.
/// </summary>
internal static class Creditors
{
    private static readonly (string Name, CreditorKind Kind)[] Private =
    [
        ("Česká úvěrová banka, a.s.", CreditorKind.Bank), ("Moravská spořitelní banka, a.s.", CreditorKind.Bank), ("Hypoteční a úvěrová banka, a.s.", CreditorKind.Bank),
        ("Pražská komerční banka, a.s.", CreditorKind.Bank), ("Banka Střed a.s.", CreditorKind.Bank), ("Západní banka, a.s.", CreditorKind.Bank),
        ("KREDITEX FINANCE s.r.o.", CreditorKind.Lender), ("Provimo Credit s.r.o.", CreditorKind.Lender), ("Bohemia Consumer Finance a.s.", CreditorKind.Lender),
        ("FinPlus Czech s.r.o.", CreditorKind.Lender), ("Rychlá půjčka CZ s.r.o.", CreditorKind.Lender), ("Fair Credit Czech a.s.", CreditorKind.Lender),
        ("Lumen Finance a.s.", CreditorKind.Lender), ("Splátkový prodej Plus s.r.o.", CreditorKind.Lender), ("Kreditní družstvo Morava", CreditorKind.Lender),
        ("Pražská úvěrová, a.s.", CreditorKind.Lender), ("Domácí půjčky s.r.o.", CreditorKind.Lender),
        ("Severočeská stavební spořitelna, a.s.", CreditorKind.BuildingSociety), ("Stavební spořitelna Domov, a.s.", CreditorKind.BuildingSociety),
        ("Vltava Leasing s.r.o.", CreditorKind.Leasing), ("AutoLease Česko s.r.o.", CreditorKind.Leasing),
        ("TeleNet CZ a.s.", CreditorKind.Telco), ("MobilCom Česko a.s.", CreditorKind.Telco), ("Kabel Net Morava s.r.o.", CreditorKind.Telco),
        ("Západočeská energetická, a.s.", CreditorKind.Energy), ("Energie Střed, a.s.", CreditorKind.Energy), ("Plynárenská obchodní, a.s.", CreditorKind.Energy),
        ("Vodovody a kanalizace Podhůří, a.s.", CreditorKind.Water), ("Pojišťovna Domov, a.s.", CreditorKind.Insurance), ("Česká pojišťovna vozidel, a.s.", CreditorKind.Insurance),
        ("Dopravní podnik Střed, a.s.", CreditorKind.Transport), ("Městská doprava Morava a.s.", CreditorKind.Transport),
        ("AXIO Collection s.r.o.", CreditorKind.Collector), ("Inkasní centrum Morava s.r.o.", CreditorKind.Collector), ("DebtCare Solutions s.r.o.", CreditorKind.Collector),
        ("CENTRUM pohledávek, s.r.o.", CreditorKind.Collector), ("Vymáhání pohledávek Praha a.s.", CreditorKind.Collector),
        ("Podnik bytového hospodářství Jih, s.r.o.", CreditorKind.Landlord), ("Bytové družstvo Pokrok", CreditorKind.Landlord),
    ];

    // Health insurers and social security: real names, IČOs and seats (public registry data).
    private static readonly Company[] PublicInsurers =
    [
        Known("Všeobecná zdravotní pojišťovna České republiky", "41197518", "Orlická", "2020/4", "130 00", "Praha 3", CreditorKind.Health),
        Known("Zdravotní pojišťovna ministerstva vnitra České republiky", "47114304", "Vinohradská", "2577/178", "130 00", "Praha 3", CreditorKind.Health),
        Known("Oborová zdravotní pojišťovna zaměstnanců bank, pojišťoven a stavebnictví", "47114321", "Roškotova", "1225/1", "140 00", "Praha 4", CreditorKind.Health),
        Known("Vojenská zdravotní pojišťovna České republiky", "47114975", "Drahobejlova", "1404/4", "190 00", "Praha 9", CreditorKind.Health),
        Known("Česká průmyslová zdravotní pojišťovna", "47672234", "Jeremenkova", "161/11", "703 00", "Ostrava-Vítkovice", CreditorKind.Health),
        Known("Česká správa sociálního zabezpečení", "00006963", "Křížová", "1292/25", "150 00", "Praha 5", CreditorKind.Social),
    ];

    private static readonly Company[] PrivateCompanies = Private.Select(p => Fixed(p.Name, p.Kind, CzechData.BusinessTowns)).ToArray();

    /// <summary>Every creditor of a kind that can be any debtor's (not the tax office or the town, which depend on where the debtor lives).</summary>
    public static IReadOnlyList<Company> Nationwide { get; } = PrivateCompanies.Concat(PublicInsurers).ToArray();

    /// <summary>The tax office of the court's region.</summary>
    public static Company TaxOffice(InsolvencyCourt court) =>
        Fixed($"Finanční úřad pro {RegionDative(court.Region)}", CreditorKind.Tax, [court.Seat]);

    /// <summary>The town the debtor lives in, as a creditor of local fees.</summary>
    public static Company Municipality(Town town) =>
        Fixed(town.Name.StartsWith("Praha", StringComparison.Ordinal) ? "Hlavní město Praha" : (StatutoryCities.Contains(town.Name) ? "Statutární město " : "Město ") + town.Name, CreditorKind.Municipality, [town]);

    private static readonly HashSet<string> StatutoryCities =
    [
        "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "Ústí nad Labem", "České Budějovice", "Hradec Králové", "Pardubice", "Zlín", "Havířov",
        "Kladno", "Most", "Opava", "Frýdek-Místek", "Karviná", "Jihlava", "Teplice", "Děčín", "Karlovy Vary", "Chomutov", "Jablonec nad Nisou",
        "Mladá Boleslav", "Prostějov", "Přerov", "Třebíč", "Třinec",
    ];

    /// <summary>How often a document's own creditor (the author of a claim or letter) is of each kind.</summary>
    public static readonly (CreditorKind Kind, double Weight)[] AuthorKinds =
    [
        (CreditorKind.Bank, 15), (CreditorKind.Lender, 24), (CreditorKind.BuildingSociety, 2), (CreditorKind.Leasing, 3), (CreditorKind.Telco, 8),
        (CreditorKind.Energy, 6), (CreditorKind.Water, 2), (CreditorKind.Insurance, 2), (CreditorKind.Health, 7), (CreditorKind.Tax, 4),
        (CreditorKind.Social, 2), (CreditorKind.Municipality, 3), (CreditorKind.Transport, 3), (CreditorKind.Collector, 18), (CreditorKind.Landlord, 1),
    ];

    /// <summary>Whether the kind lends money under a contract (a loan, a card, a lease).</summary>
    public static bool Lends(this CreditorKind kind) => kind is CreditorKind.Bank or CreditorKind.Lender or CreditorKind.BuildingSociety or CreditorKind.Leasing;

    /// <summary>Whether the kind is a public body whose claims rest on assessments, not contracts.</summary>
    public static bool IsPublic(this CreditorKind kind) => kind is CreditorKind.Health or CreditorKind.Tax or CreditorKind.Social or CreditorKind.Municipality;

    /// <summary>Whether the kind bills services under a contract (telco, energy, water, insurance, rent).</summary>
    public static bool Bills(this CreditorKind kind) => kind is CreditorKind.Telco or CreditorKind.Energy or CreditorKind.Water or CreditorKind.Insurance or CreditorKind.Landlord;

    private static string RegionDative(string region) => region switch
    {
        "hlavní město Praha" => "hlavní město Prahu",
        "Kraj Vysočina" => "Kraj Vysočina",
        _ => region,
    };

    // A fixed company: its IČO and seat follow from its name alone, so that it is the same company in every document.
    private static Company Fixed(string name, CreditorKind kind, IReadOnlyList<Town> towns)
    {
        var random = new Random(StableHash(name));
        var town = random.Pick(towns);
        var number = $"{random.Next(1, 3000)}/{random.Next(1, 60)}";
        return new Company(name, CompanyNumber.Create(random.Next(10_000, 9_999_999)), new Address(random.Pick(CzechData.Streets), number, town.Postcode, town.Name, town.Locative), kind);
    }

    private static Company Known(string name, string ico, string street, string number, string postcode, string city, CreditorKind kind)
    {
        if (!CompanyNumber.TryParse(ico, out var parsed))
            throw new InvalidOperationException($"creditor catalogue: {name} has an invalid IČO {ico}");
        return new Company(name, parsed, new Address(street, number, postcode, city, city.StartsWith("Praha", StringComparison.Ordinal) ? "V Praze" : city.StartsWith("Ostrava", StringComparison.Ordinal) ? "V Ostravě" : null), kind);
    }

    // FNV-1a: the same on every run and platform, unlike string.GetHashCode.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
