using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// A postal address as Czech documents write it: "Dlouhá 12/345, 110 00 Praha 1"; <paramref name="Locative"/> is
/// "V Praze" where the town's locative is known (for "V Praze dne ..." under a document signed there).
/// </summary>
internal sealed record Address(string Street, string Number, string Postcode, string City, string? Locative = null)
{
    public override string ToString() => $"{Street} {Number}, {Postcode} {City}";
}

/// <summary>A person of a generated document: the customer, or a distractor (judge, administrator, attorney...).</summary>
internal sealed record Person(string GivenName, string Surname, Sex Sex, string? Title, string? TitleAfter, DateOnly BirthDate, BirthNumber BirthNumber, Address Address)
{
    /// <summary>The full name in <paramref name="c"/> with titles: "Mgr. Janě Novákové, Ph.D.".</summary>
    public string Name(GrammaticalCase c)
    {
        var name = $"{CzechNames.Decline(GivenName, c, NamePart.GivenName, Sex)} {CzechNames.Decline(Surname, c, NamePart.Surname, Sex)}";
        return (Title is null ? "" : Title + " ") + name + (TitleAfter is null ? "" : ", " + TitleAfter);
    }

    /// <summary>One of two words by the person's sex: dlužník or dlužnice.</summary>
    public string Agree(string male, string female) => Sex == Sex.Male ? male : female;
}

/// <summary>A company or public body with its IČO, seat and the kind of creditor it is.</summary>
internal sealed record Company(string Name, CompanyNumber Number, Address Seat, CreditorKind Kind = CreditorKind.Landlord);

/// <summary>Makes people, addresses, companies and numbers from one random source.</summary>
internal static class Cast
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An item drawn with probability proportional to its weight.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var x = random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            if ((x -= weight) < 0)
                return item;
        }
        return items[^1].Item;
    }

    public static string Digits(this Random random, int count, bool leadingNonZero = true)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
            digits[i] = (char)('0' + (i == 0 && leadingNonZero ? random.Next(1, 10) : random.Next(10)));
        return new string(digits);
    }

    /// <summary>A day between two dates (inclusive), or <paramref name="from"/> when they are out of order.</summary>
    public static DateOnly Between(this Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>A person; <paramref name="surnameIndex"/> fixes the surname pair (a spouse shares the debtor's).</summary>
    public static Person Person(Random random, Sex sex, bool common, double titleRate, int? surnameIndex = null, int minYear = 1945, int maxYear = 2003, Address? address = null, IReadOnlyList<string>? titles = null)
    {
        var given = common && random.Chance(0.75)
            ? random.Pick(sex == Sex.Male ? CzechData.CommonMaleGivenNames : CzechData.CommonFemaleGivenNames)
            : random.Pick(sex == Sex.Male ? CzechData.MaleGivenNames : CzechData.FemaleGivenNames);
        var index = surnameIndex ?? random.Next(CzechData.MaleSurnames.Length);
        var surname = (sex == Sex.Male ? CzechData.MaleSurnames : CzechData.FemaleSurnames)[index];
        var born = new DateOnly(random.Next(minYear, maxYear + 1), 1, 1).AddDays(random.Next(365));
        var title = born.Year < 1997 && random.Chance(titleRate) ? random.Pick(titles ?? CzechData.TitlesBefore) : null;
        var after = title is not null && titles is null && random.Chance(0.15) ? random.Pick(CzechData.TitlesAfter) : null;
        var number = BirthNumber.Create(born, sex, random.Next(1000), useExtraMonths: born.Year >= 2004 && random.Chance(0.05));
        return new Person(given, surname, sex, title, after, born, number, address ?? Address(random));
    }

    /// <summary>An attorney, administrator or judge: a lawyer's title and an office in a business town.</summary>
    public static Person Lawyer(Random random, Sex sex, int notSurname) =>
        Distinct(random, notSurname, () => Person(random, sex, true, 0, null, 1950, 1990, Address(random, random.Pick(CzechData.BusinessTowns))) with { Title = random.Pick(CzechData.LawyerTitles) });

    /// <summary>A person whose surname differs from the customer's, so that distractors never carry the customer's name.</summary>
    public static Person Distinct(Random random, int notSurname, Func<Person> make)
    {
        while (true)
        {
            var person = make();
            if (Array.IndexOf(CzechData.MaleSurnames, person.Surname) != notSurname && Array.IndexOf(CzechData.FemaleSurnames, person.Surname) != notSurname)
                return person;
        }
    }

    /// <summary>An address anywhere: a street and a city of Bogus' locale.</summary>
    public static Address Address(Random random)
    {
        var city = random.Chance(0.15) ? random.Pick(CzechData.Cities) : null;
        if (city is null)
            return Address(random, random.Pick(random.Pick(CzechData.Courts).Towns));
        var postcode = $"{random.Next(1, 8)}{random.Next(0, 10)}{random.Next(0, 10)} {random.Next(0, 10)}{random.Next(0, 10)}";
        return new Address(random.Pick(CzechData.Streets), HouseNumber(random), postcode, city);
    }

    /// <summary>An address in <paramref name="town"/>.</summary>
    public static Address Address(Random random, Town town) =>
        new(random.Pick(CzechData.Streets), HouseNumber(random), town.Postcode, town.Name, town.Locative);

    private static string HouseNumber(Random random) => random.Chance(0.4) ? $"{random.Next(1, 3000)}/{random.Next(1, 60)}" : random.Next(1, 400).ToString();

    public static Company Company(Random random, string name, CreditorKind kind = CreditorKind.Landlord) =>
        new(name, CompanyNumber.Create(random.Next(10_000, 9_999_999)), Address(random), kind);

    /// <summary>A company named after people, as Bogus' cz locale makes them ("Dvořák a Beneš s.r.o."), never after the customer.</summary>
    public static Company NamedCompany(Random random, int notSurname)
    {
        string Surname()
        {
            int index;
            do index = random.Next(CzechData.MaleSurnames.Length); while (index == notSurname);
            return CzechData.MaleSurnames[index];
        }
        var suffix = random.Pick(["s.r.o.", "a.s.", "v.o.s.", "spol. s r.o."]);
        var name = random.Chance(0.5) ? $"{Surname()} a {Surname()} {suffix}" : $"{Surname()} {random.Pick(["stavby", "obchod", "servis", "transport", "& syn", "reality", "elektro"])} {suffix}";
        return Company(random, name);
    }
}
