using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Kdo.Czech;

/// <summary>
/// A Czech court case number (spisová značka), optionally with the mark of one document in the case file.
/// </summary>
/// <remarks>
/// Two forms: a first-instance case "KSPH 38 INS 12345/2023" (court, senate, register, number/year) and an appellate
/// one "3 VSPH 519/2014" (senate, court, number/year; no register). Either may end in an insolvency-register document
/// mark: a section letter, for claims (P) also the claim's number, and the document's order: "-A-12", "-P15-2".
/// Parsing accepts any white space between the parts and around "/" and "-"; <see cref="ToString"/> writes single
/// spaces and none around "/" and "-".
/// </remarks>
public sealed partial record CaseNumber
{
    private CaseNumber(string court, int senate, string? register, int number, int year, string? documentMark)
    {
        Court = court;
        Senate = senate;
        Register = register;
        Number = number;
        Year = year;
        DocumentMark = documentMark;
    }

    /// <summary>The court's code, such as "KSPH" (regional court in Prague) or "VSPH" (high court in Prague).</summary>
    public string Court { get; }

    /// <summary>The senate (panel) number.</summary>
    public int Senate { get; }

    /// <summary>The register, such as "INS"; null for an appellate case number.</summary>
    public string? Register { get; }

    /// <summary>The case's number within its register and year.</summary>
    public int Number { get; }

    /// <summary>The year the case was registered.</summary>
    public int Year { get; }

    /// <summary>The document mark without its leading dash, such as "A-12" or "P15-2"; null when there is none.</summary>
    public string? DocumentMark { get; }

    /// <summary>Whether the number has the appellate form "3 VSPH 519/2014" (no register).</summary>
    public bool IsAppellate => Register is null;

    /// <summary>The case number without the document mark, such as "KSPH 38 INS 12345/2023".</summary>
    public string Case => IsAppellate ? $"{Senate} {Court} {Number}/{Year}" : $"{Court} {Senate} {Register} {Number}/{Year}";

    /// <summary>The normalised form, such as "KSPH 38 INS 12345/2023-A-12".</summary>
    public override string ToString() => DocumentMark is null ? Case : $"{Case}-{DocumentMark}";

    /// <summary>Creates a case number; arguments that break the forms above throw <see cref="ArgumentException"/>.</summary>
    /// <param name="court">The court code: 2 to 6 capital letters, such as "KSPH".</param>
    /// <param name="senate">The senate number, positive.</param>
    /// <param name="register">The register, such as "INS"; null for the appellate form.</param>
    /// <param name="number">The case number, positive.</param>
    /// <param name="year">The four-digit year.</param>
    /// <param name="documentMark">A document mark such as "A-12" or "P15-2", or null.</param>
    public static CaseNumber Create(string court, int senate, string? register, int number, int year, string? documentMark = null)
    {
        if (!CourtPattern().IsMatch(court))
            throw new ArgumentException($"court code '{court}' is not 2 to 6 capital letters", nameof(court));
        if (register is not null && !RegisterPattern().IsMatch(register))
            throw new ArgumentException($"register '{register}' is not 1 to 5 letters", nameof(register));
        if (documentMark is not null && !DocumentMarkPattern().IsMatch(documentMark))
            throw new ArgumentException($"document mark '{documentMark}' is not like 'A-12' or 'P15-2'", nameof(documentMark));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(senate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new CaseNumber(court, senate, register, number, year, documentMark);
    }

    /// <summary>Parses a case number; throws <see cref="FormatException"/> with the reason.</summary>
    public static CaseNumber Parse(string text) =>
        TryParse(text, out var caseNumber, out var reason) ? caseNumber : throw new FormatException($"case number: {reason}");

    /// <summary>Parses a case number, or returns false.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? caseNumber) =>
        TryParse(text, out caseNumber, out _);

    /// <summary>
    /// Parses a case number (white space around it is ignored), or returns false with a short reason:
    /// "empty" or "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'".
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? caseNumber, out string reason)
    {
        caseNumber = null;
        var trimmed = (text ?? "").Trim();
        var match = CaseNumberPattern().Match(trimmed);
        reason = trimmed.Length == 0 ? "empty"
            : !match.Success ? "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'"
            : "";
        if (!match.Success)
            return false;

        var groups = match.Groups;
        var mark = groups["section"].Success ? $"{groups["section"].Value}-{int.Parse(groups["order"].ValueSpan)}" : null;
        caseNumber = new CaseNumber(
            groups["court"].Value,
            int.Parse(groups["senate"].ValueSpan),
            groups["register"].Success ? groups["register"].Value : null,
            int.Parse(groups["number"].ValueSpan),
            int.Parse(groups["year"].ValueSpan),
            mark);
        return true;
    }

    // First instance "KSPH 38 INS 12345/2023" or appellate "3 VSPH 519/2014", then an optional mark "-A-12", "-P15-2".
    [GeneratedRegex(
        @"^(?:(?<court>\p{Lu}{2,6})\s+(?<senate>[1-9][0-9]{0,3})\s+(?<register>\p{L}{1,5})" +
        @"|(?<senate>[1-9][0-9]{0,3})\s+(?<court>\p{Lu}{2,6}))" +
        @"\s+(?<number>[1-9][0-9]{0,6})\s*/\s*(?<year>[0-9]{4})" +
        @"(?:\s*-\s*(?<section>\p{Lu}(?:[1-9][0-9]{0,5})?)\s*-\s*(?<order>[1-9][0-9]{0,5}))?$")]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"^\p{Lu}{2,6}$")]
    private static partial Regex CourtPattern();

    [GeneratedRegex(@"^\p{L}{1,5}$")]
    private static partial Regex RegisterPattern();

    [GeneratedRegex(@"^\p{Lu}(?:[1-9][0-9]{0,5})?-[1-9][0-9]{0,5}$")]
    private static partial Regex DocumentMarkPattern();
}
