using System.Text.RegularExpressions;

namespace Kdo.Extraction.Rules;

/// <summary>What the text just before a candidate says of it.</summary>
internal enum Context
{
    /// <summary>No cue: the pattern alone.</summary>
    None,

    /// <summary>The nearest cue names what the candidate should be ("r. č.", "VS").</summary>
    Positive,

    /// <summary>The nearest cue names something else ("smlouvy č.", "č. j.", a spouse).</summary>
    Negative,
}

/// <summary>
/// Context words as Presidio's recognizers use them: a window of text before a candidate, on its own line, is
/// searched for positive and negative cues, and the cue nearest to the candidate decides. A separate, wider look
/// back to the clause's start finds a spouse or relative ("manžel Jan Novák, nar. ..."), whose data are never the
/// customer's.
/// </summary>
internal sealed partial class ContextCues
{
    private const int Window = 40;
    private const int ClauseWindow = 120;
    private readonly Regex _positive;
    private readonly Regex _negative;

    public ContextCues(Regex positive, Regex negative)
    {
        _positive = positive;
        _negative = negative;
    }

    /// <summary>The context of a candidate starting at <paramref name="start"/>.</summary>
    public Context Before(string text, int start)
    {
        var from = Math.Max(0, start - Window);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && lineStart > from && lineStart <= start)
            from = lineStart;
        // A form row's label can stand on the line before its value ("Rodné číslo:\n750315/1234").
        if (text.AsSpan(from, start - from).Trim().IsEmpty && lineStart > 0)
            from = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, lineStart - 2)) + 1);
        var window = text[from..start];
        var positive = LastEnd(_positive, window);
        var negative = LastEnd(_negative, window);
        if (IsRelative(text, start))
            return Context.Negative;
        return positive < 0 && negative < 0 ? Context.None : positive > negative ? Context.Positive : Context.Negative;
    }

    /// <summary>Whether the clause before <paramref name="start"/> introduces a spouse or relative of the debtor.</summary>
    public static bool IsRelative(string text, int start)
    {
        var from = Math.Max(0, start - ClauseWindow);
        var clause = text.AsSpan(from, start - from);
        var cut = clause.LastIndexOfAny("(\n;)");
        if (cut >= 0 && clause[cut] != '(')
            clause = clause[(cut + 1)..];
        else if (cut >= 0)
            clause = clause[cut..];
        return RelativePattern().IsMatch(clause);
    }

    private static int LastEnd(Regex pattern, string window)
    {
        var end = -1;
        foreach (Match match in pattern.Matches(window))
            end = match.Index + match.Length;
        return end;
    }

    [GeneratedRegex(@"\b(?:manžel\w*|družk\w*|druh|syn\w*|dcer\w*|spoludlužník\w*|ručitel\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
