using System.Globalization;
using Kdo.Corpus;
using Kdo.Czech;

namespace Kdo.Extraction.Register;

/// <summary>
/// The columns of a register row, as both file forms hold them, and their validation. Columns: id (required,
/// unique), given_name, surname (required), birth_date (yyyy-MM-dd or a Czech date form), birth_number (with or
/// without the slash), variable_symbols (digits, several separated by ';'); empty means unknown. A bad value is an
/// error naming the file, the line (or row) and the column, never the value: a birth number is masked.
/// </summary>
internal static class RegisterRows
{
    public static readonly string[] Columns = ["id", "given_name", "surname", "birth_date", "birth_number", "variable_symbols"];

    /// <summary>The customer of one row; <paramref name="value"/> gives a column's text or null.</summary>
    public static RegisterCustomer Parse(Func<string, string?> value, string source, int? line, string where = "")
    {
        string? Text(string column) => value(column)?.Trim() is { Length: > 0 } text ? text : null;
        InputException Error(string column, string problem) => new(source, line, $"{where}column '{column}' {problem}");

        var id = Text("id") ?? throw Error("id", "is empty");
        var surname = Text("surname") ?? throw Error("surname", "is empty");
        DateOnly? birthDate = null;
        if (Text("birth_date") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
                birthDate = iso;
            else if (CzechDate.TryParse(dateText, out var czech))
                birthDate = czech.Date;
            else
                throw Error("birth_date", "is not a date (yyyy-MM-dd)");
        }
        BirthNumber? birthNumber = null;
        if (Text("birth_number") is { } numberText)
        {
            if (!BirthNumber.TryParse(numberText, out birthNumber, out var error))
                throw Error("birth_number", $"is not a birth number ({error.Describe()}): '{BirthNumber.Mask(numberText)}'");
        }
        var symbols = new List<string>();
        foreach (var part in (Text("variable_symbols") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!VariableSymbol.TryParse(part, out var symbol, out var reason))
                throw Error("variable_symbols", $"holds a symbol that is {reason}");
            symbols.Add(symbol.Digits);
        }
        return new RegisterCustomer(id, Text("given_name"), surname, birthDate, birthNumber, symbols);
    }

    /// <summary>The columns of <paramref name="customer"/>, in <see cref="Columns"/> order.</summary>
    public static string[] Values(RegisterCustomer customer) =>
    [
        customer.Id,
        customer.GivenName ?? "",
        customer.Surname,
        customer.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        customer.BirthNumber?.ToString() ?? "",
        string.Join(';', customer.VariableSymbols),
    ];
}
