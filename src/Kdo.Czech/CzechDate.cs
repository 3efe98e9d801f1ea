using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Kdo.Czech;

/// <summary>
/// A date as a Czech document wrote it: the date, the original text and where that text lies in its source.
/// </summary>
/// <remarks>
/// Recognised forms (white space between the parts is free, also no-break spaces and line breaks):
/// "15. 3. 1985", "15.3.1985", "15.03.1985", "15.3. 1985"; "15. března 1985", "15 března 1985", "15. březen 1985"
/// (month names in the genitive or the nominative, in any case, with or without diacritics); "1985-03-15".
/// Years have four digits. Impossible dates such as 31. 2. 1985 are not dates.
/// </remarks>
public sealed record CzechDate
{
    // Genitive then nominative, January first; diacritic-free spellings are derived from these.
    private static readonly string[][] MonthNames =
    [
        ["ledna", "leden"], ["února", "únor"], ["března", "březen"], ["dubna", "duben"],
        ["května", "květen"], ["června", "červen"], ["července", "červenec"], ["srpna", "srpen"],
        ["září", "září"], ["října", "říjen"], ["listopadu", "listopad"], ["prosince", "prosinec"],
    ];

    private static readonly Dictionary<string, int> MonthByName = BuildMonthByName();

    // One pattern for every form, so that FindAll reads a text once, left to right, without overlapping matches.
    private static readonly Regex DatePattern = BuildDatePattern();

    private CzechDate(DateOnly date, string text, int start)
    {
        Date = date;
        Text = text;
        Start = start;
    }

    /// <summary>The date.</summary>
    public DateOnly Date { get; }

    /// <summary>The date's text exactly as the source wrote it.</summary>
    public string Text { get; }

    /// <summary>The index of the text's first character in its source.</summary>
    public int Start { get; }

    /// <summary>The number of characters of the text.</summary>
    public int Length => Text.Length;

    /// <summary>The index just after the text's last character in its source.</summary>
    public int End => Start + Length;

    /// <summary>The original text.</summary>
    public override string ToString() => Text;

    /// <summary>Writes <paramref name="date"/> in <paramref name="style"/>, such as "15. března 1985".</summary>
    public static string Format(DateOnly date, CzechDateStyle style) => style switch
    {
        CzechDateStyle.Spaced => $"{date.Day}. {date.Month}. {date.Year:D4}",
        CzechDateStyle.Compact => $"{date.Day}.{date.Month}.{date.Year:D4}",
        CzechDateStyle.Padded => $"{date.Day:D2}.{date.Month:D2}.{date.Year:D4}",
        CzechDateStyle.MonthName => $"{date.Day}. {MonthNames[date.Month - 1][0]} {date.Year:D4}",
        CzechDateStyle.Iso => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown date style"),
    };

    /// <summary>Parses one date; throws <see cref="FormatException"/> with the reason.</summary>
    public static CzechDate Parse(string text) =>
        TryParse(text, out var date, out var reason) ? date : throw new FormatException($"date: {reason}");

    /// <summary>Parses one date, or returns false.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CzechDate? date) => TryParse(text, out date, out _);

    /// <summary>
    /// Parses one date (white space around it is ignored; <see cref="Start"/> is where it begins in
    /// <paramref name="text"/>), or returns false with a short reason: "empty", "not a date in a Czech form" or
    /// "impossible date: ...".
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CzechDate? date, out string reason)
    {
        date = null;
        text ??= "";
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            reason = "empty";
            return false;
        }
        var match = DatePattern.Match(trimmed);
        if (!match.Success || match.Length != trimmed.Length)
        {
            reason = "not a date in a Czech form";
            return false;
        }
        reason = ToDate(match, out var value);
        if (reason.Length > 0)
            return false;
        date = new CzechDate(value, trimmed, text.Length - text.TrimStart().Length);
        return true;
    }

    /// <summary>Every possible date in <paramref name="text"/>, in order, with its span; impossible dates are left out.</summary>
    public static IReadOnlyList<CzechDate> FindAll(string text)
    {
        var dates = new List<CzechDate>();
        foreach (Match match in DatePattern.Matches(text))
        {
            if (ToDate(match, out var date).Length == 0)
                dates.Add(new CzechDate(date, match.Value, match.Index));
        }
        return dates;
    }

    // The match's date, or the reason it is impossible (empty when possible).
    private static string ToDate(Match match, out DateOnly date)
    {
        date = default;
        var day = int.Parse(match.Groups["day"].ValueSpan);
        var year = int.Parse(match.Groups["year"].ValueSpan);
        var name = match.Groups["name"];
        var month = name.Success ? MonthByName[name.Value] : int.Parse(match.Groups["month"].ValueSpan);
        if (year < 1)
            return "impossible date: no year 0";
        if (month is < 1 or > 12)
            return $"impossible date: no month {month}";
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return $"impossible date: no day {day} in month {month}";
        date = new DateOnly(year, month, day);
        return "";
    }

    private static Dictionary<string, int> BuildMonthByName()
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < MonthNames.Length; i++)
        {
            foreach (var name in MonthNames[i])
            {
                byName[name] = i + 1;
                byName[Diacritics.Strip(name)] = i + 1;
            }
        }
        return byName;
    }

    private static Regex BuildDatePattern()
    {
        // Longest names first, so that "červenec" is not read as "červen" followed by letters.
        // [0-9], not \d: \d also matches other scripts' digits, which int.Parse does not read.
        var names = string.Join("|", MonthByName.Keys.OrderByDescending(name => name.Length).Select(Regex.Escape));
        var pattern =
            @"(?<![0-9])(?:" +
            @"(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})" +
            @"|(?<day>[0-9]{1,2})\.\s*(?<month>[0-9]{1,2})\.\s*(?<year>[0-9]{4})" +
            $@"|(?<day>[0-9]{{1,2}})(?:\.\s*|\s+)(?<name>{names})\s+(?<year>[0-9]{{4}})" +
            @")(?![0-9])";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
