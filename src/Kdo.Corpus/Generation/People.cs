using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>A postal address as Czech documents write it: "Dlouhá 12/345, 110 00 Praha 1".</summary>
internal sealed record Address(string Street, string Number, string Postcode, string City)
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

/// <summary>A company or public body with its IČO and seat.</summary>
internal sealed record Company(string Name, CompanyNumber Number, Address Seat);

/// <summary>Makes people, addresses, companies and numbers from one random source.</summary>
internal static class Cast
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static string Digits(this Random random, int count, bool leadingNonZero = true)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
            digits[i] = (char)('0' + (i == 0 && leadingNonZero ? random.Next(1, 10) : random.Next(10)));
        return new string(digits);
    }

    /// <summary>A person; <paramref name="surnameIndex"/> fixes the surname pair (a spouse shares the debtor's).</summary>
    public static Person Person(Random random, Sex sex, bool common, double titleRate, int? surnameIndex = null, int minYear = 1945, int maxYear = 2003)
    {
        var given = common && random.Chance(0.75)
            ? random.Pick(sex == Sex.Male ? CzechData.CommonMaleGivenNames : CzechData.CommonFemaleGivenNames)
            : random.Pick(sex == Sex.Male ? CzechData.MaleGivenNames : CzechData.FemaleGivenNames);
        var index = surnameIndex ?? random.Next(CzechData.MaleSurnames.Length);
        var surname = (sex == Sex.Male ? CzechData.MaleSurnames : CzechData.FemaleSurnames)[index];
        var born = new DateOnly(random.Next(minYear, maxYear + 1), 1, 1).AddDays(random.Next(365));
        var title = born.Year < 1997 && random.Chance(titleRate) ? random.Pick(CzechData.TitlesBefore) : null;
        var after = title is not null && random.Chance(0.15) ? random.Pick(CzechData.TitlesAfter) : null;
        var number = BirthNumber.Create(born, sex, random.Next(1000), useExtraMonths: born.Year >= 2004 && random.Chance(0.05));
        return new Person(given, surname, sex, title, after, born, number, Address(random));
    }

    public static Person Lawyer(Random random, Sex sex, int notSurname) =>
        Distinct(random, notSurname, () => Person(random, sex, true, 0, null, 1950, 1990) with { Title = random.Pick(CzechData.LawyerTitles) });

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

    public static Address Address(Random random)
    {
        var city = random.Chance(0.2) ? "Praha " + random.Next(1, 11) : random.Chance(0.15) ? random.Pick(["Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"]) : random.Pick(CzechData.Cities);
        var number = random.Chance(0.4) ? $"{random.Next(1, 3000)}/{random.Next(1, 60)}" : random.Next(1, 400).ToString();
        var postcode = $"{random.Next(1, 8)}{random.Next(0, 10)}{random.Next(0, 10)} {random.Next(0, 10)}{random.Next(0, 10)}";
        return new Address(random.Pick(CzechData.Streets), number, postcode, city);
    }

    public static Company Company(Random random, string name) => new(name, CompanyNumber.Create(random.Next(10_000, 9_999_999)), Address(random));

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
        var name = random.Chance(0.5) ? $"{Surname()} a {Surname()} {suffix}" : $"{Surname()} {random.Pick(["stavby", "obchod", "servis", "transport", "& syn"])} {suffix}";
        return Company(random, name);
    }
}
