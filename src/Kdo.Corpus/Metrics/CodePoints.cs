namespace Kdo.Corpus.Metrics;

/// <summary>
/// Python's view of a string (a sequence of code points) where seqeval's results depend on it: the first character
/// of a tag, the length and sort order of type names in the report.
/// </summary>
internal static class CodePoints
{
    /// <summary>Orders strings as Python's sorted() does: by code point, which differs from UTF-16 order above U+E000.</summary>
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(Compare);

    /// <summary>The number of UTF-16 chars of the first code point of <paramref name="text"/> (1 or 2).</summary>
    public static int FirstLength(string text) =>
        text.Length > 1 && char.IsSurrogatePair(text[0], text[1]) ? 2 : 1;

    /// <summary>The first code point of a non-empty string.</summary>
    public static int First(string text) =>
        FirstLength(text) == 2 ? char.ConvertToUtf32(text[0], text[1]) : text[0];

    /// <summary>Python's len(): the number of code points (a lone surrogate counts as one).</summary>
    public static int Length(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return text.Length - pairs;
    }

    /// <summary>Python's format(text, '>width'): right-aligned in <paramref name="width"/> code points.</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Length(text))) + text;

    private static int Compare(string? a, string? b)
    {
        if (a is null || b is null)
            return a is null ? (b is null ? 0 : -1) : 1;
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
                return CodePointOrder(a[i]).CompareTo(CodePointOrder(b[i]));
        }
        return a.Length.CompareTo(b.Length);
    }

    // Surrogates (U+D800..DFFF) encode code points above U+FFFF, so they must sort after U+E000..FFFF.
    private static int CodePointOrder(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
