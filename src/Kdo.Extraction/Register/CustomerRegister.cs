using Kdo.Corpus;
using Kdo.Czech;

namespace Kdo.Extraction.Register;

/// <summary>
/// The creditor's customer register, indexed for matching: by variable symbol, by birth number and by surname
/// without diacritics in lower case. Read from CSV or SQLite (<see cref="RegisterFile"/>) or made in code.
/// </summary>
public sealed class CustomerRegister
{
    private readonly Dictionary<string, List<RegisterCustomer>> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RegisterCustomer>> _byBirthNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RegisterCustomer>> _bySurname = new(StringComparer.Ordinal);

    private CustomerRegister(IReadOnlyList<RegisterCustomer> customers)
    {
        Customers = customers;
        foreach (var customer in customers)
        {
            foreach (var symbol in customer.VariableSymbols.Distinct())
                Add(_bySymbol, symbol, customer);
            if (customer.BirthNumber is { } number)
                Add(_byBirthNumber, number.Digits, customer);
            Add(_bySurname, Key(customer.Surname), customer);
        }
    }

    /// <summary>Every customer, in register order.</summary>
    public IReadOnlyList<RegisterCustomer> Customers { get; }

    /// <summary>A register of <paramref name="customers"/>.</summary>
    /// <exception cref="ArgumentException">Two customers share an id (the message names it).</exception>
    public static CustomerRegister Create(IEnumerable<RegisterCustomer> customers)
    {
        var list = customers.ToArray();
        var duplicate = list.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"customer id '{duplicate.Key}' appears {duplicate.Count()} times", nameof(customers));
        return new CustomerRegister(list);
    }

    /// <summary>Reads the register at <paramref name="path"/>: SQLite when the file is a SQLite database, else CSV.</summary>
    /// <exception cref="InputException">The file or one of its rows is not a valid register.</exception>
    public static CustomerRegister Load(string path) => RegisterFile.Read(path);

    /// <summary>The customers with the variable symbol <paramref name="digits"/>.</summary>
    public IReadOnlyList<RegisterCustomer> WithSymbol(string digits) => _bySymbol.GetValueOrDefault(digits) ?? [];

    /// <summary>The customers with the birth number <paramref name="number"/>.</summary>
    public IReadOnlyList<RegisterCustomer> WithBirthNumber(BirthNumber number) => _byBirthNumber.GetValueOrDefault(number.Digits) ?? [];

    /// <summary>The customers whose surname is <paramref name="surname"/>, ignoring case and diacritics.</summary>
    public IReadOnlyList<RegisterCustomer> WithSurname(string surname) => _bySurname.GetValueOrDefault(Key(surname)) ?? [];

    /// <summary>A name's key for comparing without case and diacritics: "Nováková" and "NOVAKOVA" are "novakova".</summary>
    public static string Key(string name) => Diacritics.Strip(name.Trim()).ToLowerInvariant();

    private static void Add(Dictionary<string, List<RegisterCustomer>> index, string key, RegisterCustomer customer)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(customer);
    }
}
