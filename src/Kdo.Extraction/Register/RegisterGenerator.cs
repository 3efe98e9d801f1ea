using System.Globalization;
using Bogus;
using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Records;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace Kdo.Extraction.Register;

/// <summary>
/// A customer register for the demo: the customers of labelled documents (their gold records) among distractors
/// from Bogus' Czech names. A field a document does not give is made up consistently (a birth date from the birth
/// number, a birth number from the date and sex, a symbol), as a creditor's register holds every field. Of the
/// distractors, 30 % share a real customer's surname and sex and 20 % a real customer's birth date, so that matching
/// must use more than one field. Ids (C000001, ...) are given in a shuffled order; the same inputs and seed give the
/// same register.
/// </summary>
public static class RegisterGenerator
{
    /// <summary>
    /// The register of the customers of <paramref name="documents"/> plus <paramref name="extra"/> distractors, with
    /// the answer key: which customer each document is about (documents without a customer record or surname have
    /// none, so the right answer for them is no match).
    /// </summary>
    public static GeneratedRegister Generate(IEnumerable<Document> documents, int extra, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extra);
        var random = new Random(seed);
        var faker = new Faker("cz") { Random = new Randomizer(seed) };
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var people = new List<RegisterCustomer>();
        var personOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentPerson = new List<(string DocumentId, int Person)>();
        foreach (var document in documents)
        {
            if (document.Customer is not { } gold || Real(gold, random, faker, symbols, numbers) is not { } customer)
                continue;
            // The same person in two documents is one customer.
            var key = $"{customer.Surname}|{customer.GivenName}|{customer.BirthDate:yyyy-MM-dd}";
            if (!personOf.TryGetValue(key, out var person))
            {
                person = people.Count;
                personOf.Add(key, person);
                people.Add(customer);
            }
            documentPerson.Add((document.Id, person));
        }
        var real = people.ToArray();
        for (var i = 0; i < extra; i++)
            people.Add(Distractor(real, random, faker, symbols, numbers));
        var order = Enumerable.Range(0, people.Count).OrderBy(_ => random.Next()).ToArray();
        var ids = new string[people.Count];
        for (var position = 0; position < order.Length; position++)
            ids[order[position]] = $"C{position + 1:D6}";
        var register = CustomerRegister.Create(order.Select(p => people[p] with { Id = ids[p] }));
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (documentId, person) in documentPerson)
            answers.TryAdd(documentId, ids[person]);
        return new GeneratedRegister(register, answers);
    }

    private static RegisterCustomer? Real(GoldCustomer gold, Random random, Faker faker, HashSet<string> symbols, HashSet<string> numbers)
    {
        if (gold[CustomerField.Surname]?.Normalized is not { } surname)
            return null;
        var number = BirthNumber.TryParse(gold[CustomerField.BirthNumber]?.Normalized, out var parsed) ? parsed : null;
        var sex = number?.Sex ?? NameResolver.SexOfSurname(surname) ?? Sex.Male;
        var date = DateOnly.TryParseExact(gold[CustomerField.BirthDate]?.Normalized, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)
            ? written
            : number?.BirthDate ?? RandomDate(random);
        number ??= NewNumber(date, sex, random, numbers);
        numbers.Add(number.Digits);
        var symbol = gold[CustomerField.VariableSymbol]?.Normalized ?? NewSymbol(random, symbols);
        symbols.Add(symbol);
        var given = gold[CustomerField.GivenName]?.Normalized ?? faker.Name.FirstName(Gender(sex));
        return new RegisterCustomer("", given, surname, date, number, [symbol]);
    }

    private static RegisterCustomer Distractor(RegisterCustomer[] real, Random random, Faker faker, HashSet<string> symbols, HashSet<string> numbers)
    {
        var twin = real.Length == 0 ? null : real[random.Next(real.Length)];
        var shareSurname = twin is not null && random.NextDouble() < 0.3;
        var shareDate = twin is not null && random.NextDouble() < 0.2;
        var sex = shareSurname ? twin!.BirthNumber?.Sex ?? Sex.Male : random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var surname = shareSurname ? twin!.Surname : faker.Name.LastName(Gender(sex));
        var date = shareDate && twin!.BirthDate is { } shared ? shared : RandomDate(random);
        var contracts = random.Next(1, 3);
        var own = Enumerable.Range(0, contracts).Select(_ => NewSymbol(random, symbols)).ToArray();
        return new RegisterCustomer("", faker.Name.FirstName(Gender(sex)), surname, date, NewNumber(date, sex, random, numbers), own);
    }

    private static BogusGender Gender(Sex sex) => sex == Sex.Female ? BogusGender.Female : BogusGender.Male;

    private static DateOnly RandomDate(Random random) => new DateOnly(1945, 1, 1).AddDays(random.Next(365 * 58));

    private static BirthNumber NewNumber(DateOnly date, Sex sex, Random random, HashSet<string> taken)
    {
        while (true)
        {
            var number = BirthNumber.Create(date, sex, random.Next(1000));
            if (taken.Add(number.Digits))
                return number;
        }
    }

    private static string NewSymbol(Random random, HashSet<string> taken)
    {
        while (true)
        {
            var symbol = random.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
            if (taken.Add(symbol))
                return symbol;
        }
    }
}
