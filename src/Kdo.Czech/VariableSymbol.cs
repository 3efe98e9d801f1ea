using System.Diagnostics.CodeAnalysis;

namespace Kdo.Czech;

/// <summary>
/// A variable symbol (variabilní symbol) of a Czech payment: 1 to 10 digits. Leading zeros are significant, so the
/// symbol is kept as text: "000123" and "123" are different symbols.
/// </summary>
public sealed record VariableSymbol
{
    /// <summary>The most digits a variable symbol has.</summary>
    public const int MaxLength = 10;

    /// <summary>The number of digits of the creditor's symbol in this mission.</summary>
    public const int CreditorLength = 9;

    private VariableSymbol(string digits) => Digits = digits;

    /// <summary>The digits, leading zeros included.</summary>
    public string Digits { get; }

    /// <summary>Whether the symbol has exactly <see cref="CreditorLength"/> digits, as the creditor's symbols do.</summary>
    public bool IsCreditorSymbol => Digits.Length == CreditorLength;

    /// <summary>The digits.</summary>
    public override string ToString() => Digits;

    /// <summary>Parses a variable symbol; throws <see cref="FormatException"/> with the reason.</summary>
    public static VariableSymbol Parse(string text) =>
        TryParse(text, out var symbol, out var reason) ? symbol : throw new FormatException($"variable symbol: {reason}");

    /// <summary>Parses a variable symbol, or returns false.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VariableSymbol? symbol) =>
        TryParse(text, out symbol, out _);

    /// <summary>
    /// Parses a variable symbol (white space around it is ignored), or returns false with a short reason:
    /// "empty", "not digits" or "more than 10 digits". The reason never holds the symbol.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VariableSymbol? symbol, out string reason)
    {
        symbol = null;
        var digits = text.AsSpan().Trim();
        reason = digits.IsEmpty ? "empty"
            : digits.ContainsAnyExceptInRange('0', '9') ? "not digits"
            : digits.Length > MaxLength ? $"more than {MaxLength} digits"
            : "";
        if (reason.Length > 0)
            return false;
        symbol = new VariableSymbol(digits.ToString());
        return true;
    }
}
