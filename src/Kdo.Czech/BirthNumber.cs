using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Kdo.Czech;

/// <summary>
/// A Czech birth number (rodné číslo): YYMMDD followed by a serial of three digits and, from 1954, a check digit.
/// </summary>
/// <remarks>
/// <para>The text may separate the date from the serial with a slash, white space or both ("710319/2745",
/// "710319 2745", "7103192745"); <see cref="ToString"/> always writes "YYMMDD/XXXX".</para>
/// <para>Month: 1..12 for men, +50 for women; +20 (men, 21..32) and +70 (women, 71..82) where a day's serials ran out.
/// The extra months exist since 2004 but were given to people of any birth year (mostly people who came to the
/// country later), so they are accepted for every 10-digit number; 9-digit numbers predate them and reject them.</para>
/// <para>Year: a 10-digit number is 19YY when YY ≥ 54 and 20YY otherwise. 9-digit numbers were issued only to people
/// born before 1954: YY 00..53 is 1900..1953 and YY 80..99 is 1880..1899, the oldest people alive when the numbers
/// were introduced (so "991231123" is 31 December 1899); YY 54..79 in 9 digits is rejected
/// (<see cref="BirthNumberError.BadLengthForYear"/>).</para>
/// <para>Check digit: the first nine digits as a number, modulo 11, equal the tenth digit, or the remainder is 10 and
/// the tenth digit is 0.</para>
/// <para>A birth number is personal data: log <see cref="Masked"/> or <see cref="Mask"/>, never the digits.</para>
/// </remarks>
public sealed record BirthNumber
{
    private BirthNumber(string digits, DateOnly birthDate, Sex sex)
    {
        Digits = digits;
        BirthDate = birthDate;
        Sex = sex;
    }

    /// <summary>The digits without separator: 10, or 9 for people born before 1954.</summary>
    public string Digits { get; }

    /// <summary>The birth date the number encodes.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The sex the number encodes.</summary>
    public Sex Sex { get; }

    /// <summary>Whether the number has a check digit (10 digits) or not (9 digits, born before 1954).</summary>
    public bool HasCheckDigit => Digits.Length == 10;

    /// <summary>Whether the month carries the +20 (men) or +70 (women) offset for exhausted serials.</summary>
    public bool UsesExtraMonths => (MonthField(Digits) % 50) > 20;

    /// <summary>The number for logs: only the year and month digits shown, "7103**/****".</summary>
    public string Masked => Mask(ToString());

    /// <summary>The normalised form "YYMMDD/XXXX" (or "YYMMDD/XXX" for 9 digits).</summary>
    public override string ToString() => string.Concat(Digits.AsSpan(0, 6), "/", Digits.AsSpan(6));

    /// <summary>Whether the number encodes <paramref name="birthDate"/>.</summary>
    public bool MatchesBirthDate(DateOnly birthDate) => BirthDate == birthDate;

    /// <summary>
    /// Creates the birth number of a person born on <paramref name="birthDate"/>: 9 digits for 1880..1953,
    /// 10 digits with a correct check digit for 1954..2053 (a remainder of 10 gives check digit 0).
    /// </summary>
    /// <param name="birthDate">The birth date, 1880-01-01 to 2053-12-31.</param>
    /// <param name="sex">The sex; women get 50 added to the month.</param>
    /// <param name="serial">The serial within the day, 0..999.</param>
    /// <param name="useExtraMonths">Add 20 to the month, as numbers issued after a day's serials ran out do
    /// (10-digit numbers only).</param>
    public static BirthNumber Create(DateOnly birthDate, Sex sex, int serial, bool useExtraMonths = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999);
        if (birthDate.Year is < 1880 or > 2053)
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "birth numbers cover 1880 to 2053");
        var nineDigits = birthDate.Year < 1954;
        if (nineDigits && useExtraMonths)
            throw new ArgumentException("9-digit birth numbers (born before 1954) have no extra months", nameof(useExtraMonths));

        var month = birthDate.Month + (sex == Sex.Female ? 50 : 0) + (useExtraMonths ? 20 : 0);
        var first9 = $"{birthDate.Year % 100:D2}{month:D2}{birthDate.Day:D2}{serial:D3}";
        var digits = nineDigits ? first9 : first9 + CheckDigit(first9);
        return new BirthNumber(digits, birthDate, sex);
    }

    /// <summary>Parses a birth number; throws <see cref="FormatException"/> with the reason and the masked text.</summary>
    public static BirthNumber Parse(string text)
    {
        if (TryParse(text, out var birthNumber, out var error))
            return birthNumber;
        throw new FormatException($"birth number '{Mask(text)}': {error.Describe()}");
    }

    /// <summary>Parses a birth number, or returns false.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BirthNumber? birthNumber) =>
        TryParse(text, out birthNumber, out _);

    /// <summary>Parses a birth number, or returns false with the reason in <paramref name="error"/>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BirthNumber? birthNumber, out BirthNumberError error)
    {
        birthNumber = null;
        error = Compact(text, out var digits);
        if (error == BirthNumberError.None)
            error = Decode(digits, out birthNumber);
        return error == BirthNumberError.None;
    }

    /// <summary>
    /// Hides all but the first four digits of a text that may be a birth number ("7103******"), for error messages
    /// about candidates that did not parse; other characters are kept.
    /// </summary>
    public static string Mask(string? text)
    {
        if (text is null)
            return "";
        var masked = text.ToCharArray();
        var seen = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (char.IsAsciiDigit(masked[i]) && ++seen > 4)
                masked[i] = '*';
        }
        return new string(masked);
    }

    // Removes the optional separator (slash and/or white space right after the six date digits).
    private static BirthNumberError Compact(string? text, out string digits)
    {
        digits = "";
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
            return BirthNumberError.Empty;
        foreach (var c in trimmed)
        {
            if (!char.IsAsciiDigit(c) && c != '/' && !char.IsWhiteSpace(c))
                return BirthNumberError.NotDigits;
        }

        var datePart = trimmed.IndexOfAnyExceptInRange('0', '9');
        if (datePart < 0)
            datePart = trimmed.Length;
        var rest = trimmed[datePart..];
        if (!rest.IsEmpty)
        {
            var afterSeparator = rest.TrimStart();
            if (afterSeparator.StartsWith('/'))
                afterSeparator = afterSeparator[1..].TrimStart();
            if (datePart != 6 || afterSeparator.IsEmpty || afterSeparator.ContainsAnyExceptInRange('0', '9'))
                return BirthNumberError.BadSeparator;
            rest = afterSeparator;
        }
        digits = string.Concat(trimmed[..datePart], rest);
        return digits.Length is 9 or 10 ? BirthNumberError.None : BirthNumberError.BadLength;
    }

    private static BirthNumberError Decode(string digits, out BirthNumber? birthNumber)
    {
        Debug.Assert(digits.Length is 9 or 10);
        birthNumber = null;
        var yy = int.Parse(digits.AsSpan(0, 2));
        var monthField = MonthField(digits);
        var day = int.Parse(digits.AsSpan(4, 2));

        int year;
        if (digits.Length == 10)
            year = yy >= 54 ? 1900 + yy : 2000 + yy;
        else if (yy <= 53)
            year = 1900 + yy;
        else if (yy >= 80)
            year = 1800 + yy;
        else
            return BirthNumberError.BadLengthForYear;

        var sex = monthField > 50 ? Sex.Female : Sex.Male;
        var month = monthField % 50;
        var extraMonths = month > 20;
        if (extraMonths)
            month -= 20;
        if (month is < 1 or > 12 || (extraMonths && digits.Length == 9) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return BirthNumberError.BadDate;

        if (digits.Length == 10 && digits[9] != CheckDigit(digits[..9]))
            return BirthNumberError.BadChecksum;

        birthNumber = new BirthNumber(digits, new DateOnly(year, month, day), sex);
        return BirthNumberError.None;
    }

    private static int MonthField(string digits) => int.Parse(digits.AsSpan(2, 2));

    // The first nine digits modulo 11; a remainder of 10 gives 0.
    private static char CheckDigit(string first9) => (char)('0' + (long.Parse(first9) % 11 % 10));
}
