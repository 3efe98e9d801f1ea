using System.Diagnostics.CodeAnalysis;

namespace Kdo.Czech;

/// <summary>
/// A Czech company identification number (IČO): eight digits, the last a check digit over the first seven with
/// weights 8 to 2: c = (11 - sum mod 11) mod 10. Companies and self-employed debtors carry one; it is never a birth
/// number or a variable symbol.
/// </summary>
public sealed record CompanyNumber
{
    private CompanyNumber(string digits) => Digits = digits;

    /// <summary>The eight digits.</summary>
    public string Digits { get; }

    /// <summary>The digits.</summary>
    public override string ToString() => Digits;

    /// <summary>The number whose first seven digits are <paramref name="first7"/> (0..9,999,999), with its check digit.</summary>
    public static CompanyNumber Create(int first7)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first7);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first7, 9_999_999);
        var digits = first7.ToString("D7");
        return new CompanyNumber(digits + CheckDigit(digits));
    }

    /// <summary>Parses an IČO (white space around it is ignored; 8 digits with a correct check digit), or returns false.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CompanyNumber? number)
    {
        number = null;
        var digits = text.AsSpan().Trim();
        if (digits.Length != 8 || digits.ContainsAnyExceptInRange('0', '9') || digits[7] != CheckDigit(digits[..7]))
            return false;
        number = new CompanyNumber(digits.ToString());
        return true;
    }

    private static char CheckDigit(ReadOnlySpan<char> first7)
    {
        var sum = 0;
        for (var i = 0; i < 7; i++)
            sum += (first7[i] - '0') * (8 - i);
        return (char)('0' + (11 - sum % 11) % 10);
    }
}
