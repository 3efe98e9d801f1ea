using System.Collections.Frozen;

namespace Kdo.Corpus.Text;

/// <summary>
/// Splits raw text into words with their character offsets, in the way Czech legal text needs: identifiers stay whole
/// so that one entity is one word or a few, and punctuation that ends a sentence or a clause is a word of its own.
/// </summary>
/// <remarks>
/// The rules, applied in this order:
/// <list type="number">
/// <item>White space (any Unicode white space, no-break spaces included) separates words and is never part of one.</item>
/// <item>Inside a white-space-free run, a ',' or ':' is a word of its own unless it stands between two digits
/// ("1.234,50", "12:30" stay whole; "VS:123456789" is "VS", ":", "123456789").</item>
/// <item>A dot that ends an abbreviation and is directly followed by a digit ends a word: "r.č.850315/1234" is
/// "r.č." and "850315/1234".</item>
/// <item>Opening brackets and quotes at the start of a run and closing ones, ';', '!', '?' and '…' at its end are
/// words of their own: "(dále" is "(", "dále".</item>
/// <item>A final dot stays with its word when the word is an abbreviation: it has inner dots and ends in letters or
/// in one or two digits ("č.j.", "ev.č.", "s.r.o.", "15.3."), it is a single letter ("č.", "J."), one or two digits
/// (a day, a month or an ordinal: "15." in "15. 3. 1985"), or a known abbreviation ("nar.", "odst.", "JUDr.").
/// Otherwise the dot ends a sentence and is a word of its own: "Praze." is "Praze", "."; "15.3.1985." is
/// "15.3.1985", ".". A run of dots ("...") is one word, also after a word ("tak..." is "tak", "...").</item>
/// <item>Everything else stays whole: "850315/1234", "15.3.1985", "123456789/0800", "12345/2023-A-12",
/// "Nováková-Dvořáková", "+420".</item>
/// </list>
/// </remarks>
public static class WordSegmenter
{
    private const string Opening = "([{„‚“‘«‹\"'<";
    private const string Closing = ")]}“”‘’»›\"'>;!?…";

    // Czech abbreviations that end in a dot in legal text, lower case, without the dot. Single letters need no entry.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "nar", "naroz", "ev", "zn", "opr", "sp", "ul", "nám", "tř", "odst", "písm", "čl", "tel", "mob", "tzv", "resp",
        "např", "atd", "apod", "mj", "tj", "tzn", "popř", "cca", "sb", "str", "příl", "pozn", "odd", "hod", "min",
        "max", "st", "ml", "sr", "obv", "okr", "pí", "sl", "vl", "zast", "zást", "dat", "spol", "vs", "ks", "ss",
        "kč", "ing", "mgr", "judr", "mudr", "phdr", "rndr", "paeddr", "bc", "doc", "prof", "phd", "csc", "drsc",
        "llm", "mba", "dipl", "akad", "arch", "insolv", "usn", "rozh", "věc", "čj", "sen", "reg", "oddl", "pol",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="text"/> as character spans, in order, never overlapping, never empty.</summary>
    public static IReadOnlyList<TextSpan> Segment(string text)
    {
        var words = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!boundary && start < 0)
                start = i;
            else if (boundary && start >= 0)
            {
                SplitRun(text, start, i, words);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>An untagged document of the words of <paramref name="text"/>, with the text and the word spans.</summary>
    public static Document ToDocument(string id, string text)
    {
        var spans = Segment(text);
        return Document.Untagged(id, spans.Select(s => text[s.Start..s.End]).ToArray()) with { Text = text, WordSpans = spans };
    }

    // Rules 2 and 3: cut the run at separators, then peel each piece (rules 4 and 5).
    private static void SplitRun(string text, int start, int end, List<TextSpan> words)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((c is ',' or ':') && !BetweenDigits(text, i, start, end))
            {
                Peel(text, pieceStart, i, words);
                words.Add(new TextSpan(i, i + 1));
                pieceStart = i + 1;
            }
            else if (c == '.' && i + 1 < end && char.IsDigit(text[i + 1]) && i > start && char.IsLetter(text[i - 1]))
            {
                Peel(text, pieceStart, i + 1, words);
                pieceStart = i + 1;
            }
        }
        Peel(text, pieceStart, end, words);
    }

    // Rules 4 and 5: opening marks off the front, closing marks and sentence dots off the back.
    private static void Peel(string text, int start, int end, List<TextSpan> words)
    {
        while (start < end && Opening.Contains(text[start]))
        {
            words.Add(new TextSpan(start, start + 1));
            start++;
        }
        var tail = new List<TextSpan>();
        while (end > start)
        {
            var last = text[end - 1];
            var run = text.AsSpan(start, end - start);
            var dots = run.Length - run.TrimEnd('.').Length;
            if (dots > 1 && dots < end - start)
            {
                tail.Add(new TextSpan(end - dots, end)); // an ellipsis after a word
                end -= dots;
            }
            else if (Closing.Contains(last) && end - start > 1 || last == '.' && !KeepsFinalDot(text.AsSpan(start, end - start)))
            {
                tail.Add(new TextSpan(end - 1, end));
                end--;
            }
            else
                break;
        }
        if (end > start)
            words.Add(new TextSpan(start, end));
        for (var i = tail.Count - 1; i >= 0; i--)
            words.Add(tail[i]);
    }

    private static bool KeepsFinalDot(ReadOnlySpan<char> word)
    {
        var core = word[..^1];
        if (core.IsEmpty || !core.ContainsAnyExcept('.'))
            return true; // "." or "..." is a word of its own as it stands
        var lastDot = core.LastIndexOf('.');
        var lastPart = core[(lastDot + 1)..];
        if (lastDot >= 0)
            return lastPart.Length > 0 && (IsLetters(lastPart) || IsShortNumber(lastPart));
        return IsShortNumber(core) || core.Length == 1 && char.IsLetter(core[0]) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core);
    }

    private static bool IsShortNumber(ReadOnlySpan<char> part) => part.Length is 1 or 2 && char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[^1]);

    private static bool IsLetters(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }

    private static bool BetweenDigits(string text, int i, int start, int end) =>
        i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
