using System.Globalization;
using System.Text;
using Kdo.Corpus;
using Kdo.Czech;

namespace Kdo.Extraction.Records;

/// <summary>
/// Reads a candidate's text as a customer field and validates it. Identifiers are read through OCR's usual digit
/// confusions (O for 0, l and I for 1, S for 5, B for 8) when the text is otherwise digits. Rejected: a symbol of
/// other than exactly 9 digits; a birth number whose date is impossible or whose length is wrong; a birth date that
/// is not a Czech date or lies outside 1880 to today; a name with characters names do not have. Doubtful (kept at
/// lower confidence): a birth number whose check digit is wrong. Names are normalised later, over all mentions
/// (<see cref="NameResolver"/>); here they are only cleaned.
/// </summary>
internal static class FieldReadings
{
    private const string Confusable = "OolIi|SsBZ";
    private const string Digit = "0011115582";

    /// <summary>The reading of <paramref name="text"/> as <paramref name="field"/>, or null with the reason when rejected.</summary>
    public static Reading? Read(CustomerField field, string text, out string? rejection)
    {
        rejection = null;
        switch (field)
        {
            case CustomerField.VariableSymbol:
                var digits = RepairDigits(text).Replace(" ", "", StringComparison.Ordinal);
                if (VariableSymbol.TryParse(digits, out var symbol) && symbol.IsCreditorSymbol)
                    return new Reading(symbol.Digits, Validity.Valid);
                rejection = "a symbol that is not exactly 9 digits";
                return null;
            case CustomerField.BirthNumber:
                if (BirthNumber.TryParse(RepairDigits(text), out var number, out var error))
                    return new Reading(number.ToString(), Validity.Valid);
                if (error == BirthNumberError.BadChecksum)
                {
                    var raw = new string(RepairDigits(text).Where(char.IsAsciiDigit).ToArray());
                    return new Reading($"{raw[..6]}/{raw[6..]}", Validity.Doubtful, "a birth number with a wrong check digit");
                }
                rejection = $"a birth number with a {error.Describe()}";
                return null;
            case CustomerField.BirthDate:
                if ((CzechDate.TryParse(text, out var date) || CzechDate.TryParse(RepairDigits(text), out date)) && IsPlausibleBirthDate(date.Date))
                    return new Reading(date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Validity.Valid);
                rejection = "a birth date that is no date from 1880 to today";
                return null;
            default:
                var name = CleanName(text);
                if (name is not null)
                    return new Reading(name, Validity.Valid);
                rejection = "a name with characters that names do not have";
                return null;
        }
    }

    /// <summary>Whether <paramref name="date"/> can be a living debtor's birth date: 1880 (the oldest birth numbers) to today.</summary>
    public static bool IsPlausibleBirthDate(DateOnly date) => date.Year >= 1880 && date <= DateOnly.FromDateTime(DateTime.Today);

    /// <summary>
    /// The text with OCR's digit confusions undone in every white-space-separated piece that holds a digit and is
    /// at least half digits ("75O315/1234" → "750315/1234"); other pieces ("března") stay as they are.
    /// </summary>
    public static string RepairDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var piece in text.Split(' '))
        {
            if (builder.Length > 0)
                builder.Append(' ');
            var digits = piece.Count(char.IsAsciiDigit);
            if (digits == 0 || digits * 2 < piece.Count(char.IsLetterOrDigit))
            {
                builder.Append(piece);
                continue;
            }
            foreach (var c in piece)
                builder.Append(Confusable.IndexOf(c) is var i and >= 0 ? Digit[i] : c);
        }
        return builder.ToString();
    }

    /// <summary>A name without punctuation around it, or null when it is no name: at least two letters, and only letters, hyphens, apostrophes and spaces.</summary>
    public static string? CleanName(string text)
    {
        var name = text.Trim().Trim(',', '.', ';', ':', '(', ')', '"', '„', '“');
        if (name.Count(char.IsLetter) < 2 || name.Any(c => !char.IsLetter(c) && c is not ('-' or '\'' or ' ' or '’')))
            return null;
        return name;
    }
}
