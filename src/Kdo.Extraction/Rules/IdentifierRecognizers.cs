using System.Text.RegularExpressions;
using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Rules;

/// <summary>
/// The rules baseline's recognizers of numbers and dates, each a pattern, context words and validation with a score
/// per outcome (Presidio's PatternRecognizer with its context enhancement and validate_result):
/// <list type="bullet">
/// <item>Birth number: six digits, an optional slash or space, three or four digits (OCR's O, l, I read as digits).
/// Valid and cued ("r. č.", "rodné číslo", "RČ") 0.95; valid and uncued 0.4; a wrong check digit only when cued, 0.9
/// (record building then marks it doubtful); cued for something else ("smlouvy č.", a bank account, a spouse) never.</item>
/// <item>Variable symbol: exactly nine digits, not part of an account or a longer number. Cued ("ev. č.", "VS",
/// "variabilní symbol", "zn. opr.", "číslo klienta") 0.9; uncued 0.3; "č. j." and other numbers' cues never.</item>
/// <item>Birth date: a Czech date (<see cref="CzechDate.FindAll"/>) cued by "nar.", "narozen(a)", "datum narození"
/// 0.9; uncued but equal to the date of a valid birth number in the document 0.8; otherwise never.</item>
/// </list>
/// </summary>
internal static partial class IdentifierRecognizers
{
    private static readonly ContextCues BirthNumberCues = new(BirthNumberCue(), NumberElsewhereCue());
    private static readonly ContextCues SymbolCues = new(SymbolCue(), NumberElsewhereCue());
    private static readonly ContextCues DateCues = new(BirthDateCue(), DateElsewhereCue());

    /// <summary>The birth numbers of <paramref name="text"/>.</summary>
    public static IEnumerable<Recognition> BirthNumbers(string text)
    {
        foreach (Match match in BirthNumberPattern().Matches(text))
        {
            if (match.Value.Count(char.IsAsciiDigit) < 8)
                continue;
            var context = BirthNumberCues.Before(text, match.Index);
            // Nine bare digits are as likely a symbol or a contract number as an old birth number: only a cue tells.
            if (context == Context.Negative || context == Context.None && !match.Value.Contains('/') && match.Value.Count(char.IsAsciiDigit) == 9)
                continue;
            var valid = BirthNumber.TryParse(FieldReadings.RepairDigits(match.Value), out _, out var error);
            float score = valid ? (context == Context.Positive ? 0.95f : 0.4f)
                : error == BirthNumberError.BadChecksum && context == Context.Positive ? 0.9f : 0f;
            if (score > 0)
                yield return new Recognition(match.Index, match.Index + match.Length, CustomerField.BirthNumber.EntityType(), score);
        }
    }

    /// <summary>The creditor's variable symbols of <paramref name="text"/>.</summary>
    public static IEnumerable<Recognition> VariableSymbols(string text)
    {
        foreach (Match match in SymbolPattern().Matches(text))
        {
            if (match.Value.Count(char.IsAsciiDigit) < 8)
                continue;
            var context = SymbolCues.Before(text, match.Index);
            if (context != Context.Negative)
                yield return new Recognition(match.Index, match.Index + match.Length, CustomerField.VariableSymbol.EntityType(), context == Context.Positive ? 0.9f : 0.3f);
        }
    }

    /// <summary>The birth dates of <paramref name="text"/>, given the birth numbers recognised in it.</summary>
    public static IEnumerable<Recognition> BirthDates(string text, IEnumerable<Recognition> birthNumbers)
    {
        var encoded = birthNumbers
            .Select(r => BirthNumber.TryParse(FieldReadings.RepairDigits(text[r.Start..r.End]), out var number) ? number.BirthDate : (DateOnly?)null)
            .OfType<DateOnly>().ToHashSet();
        foreach (var date in CzechDate.FindAll(text))
        {
            if (!FieldReadings.IsPlausibleBirthDate(date.Date))
                continue;
            var context = DateCues.Before(text, date.Start);
            float score = context == Context.Positive ? 0.9f : context == Context.None && encoded.Contains(date.Date) ? 0.8f : 0f;
            if (score > 0)
                yield return new Recognition(date.Start, date.End, CustomerField.BirthDate.EntityType(), score);
        }
    }

    /// <summary>Text shaped like a birth number: six digits, an optional slash or space, three or four digits.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])[0-9OlI]{6}(?: ?/ ?| )?[0-9OlI]{3,4}(?![\p{L}\p{N}/-])")]
    internal static partial Regex BirthNumberPattern();

    /// <summary>Text shaped like a creditor's symbol: nine digits, not part of an account or a longer number.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])[0-9OlI]{9}(?![\p{L}\p{N}/-]|[.,][0-9])")]
    internal static partial Regex SymbolPattern();

    [GeneratedRegex(@"\br\.\s?č\.|\brod\.\s?č\.|\brodné\s+č|\brodn[éého]+\s+čísl|\bRČ\b|\bR\.\s?Č\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthNumberCue();

    [GeneratedRegex(@"\bev\.\s?č|\bevid\.\s?č|\bevidenční\s+číslo|\bzn\.\s?opr|\bnaše\s+zn|\bnaše\s+značk|\bVS\b|\bvar\.\s?s|\bvariabilní\w*\s+symbol|\bčíslo\s+klienta|\bklientské\s+číslo", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SymbolCue();

    [GeneratedRegex(@"\bč\.\s?j\.|\bčj\.|\bsmlouv\w*|\búčt\w*|\búčet|\bč\.\s?ú\.|\bprůkaz\w*|\bpas\w*|\bOP\b|\btel\w*|\bmobil\w*|\bIČO?\b|\bDIČ\b|\bČAK\b|\bsp\.\s?zn|\bspis\w*|\bfaktur\w*|\bpojist\w*|\bpříkaz\w*|\bparc\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberElsewhereCue();

    [GeneratedRegex(@"\bnar\.|\bnarozen\w*|\bnarození|\bdat\.\s?nar", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthDateCue();

    [GeneratedRegex(@"\bze\s+dne|\bsmlouv\w*|\bsplatn\w*|\bprávní\w*\s+moc\w*|\bk\s+datu|\bke\s+dni|\bdoručen\w*|\bpodán\w*|\bvydán\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateElsewhereCue();
}
