using System.Globalization;

namespace Kdo.Tokenization;

/// <summary>What a SentencePiece model does with a word inside text joined by spaces.</summary>
internal enum WordKind
{
    /// <summary>It could encode differently than on its own: encode it alone.</summary>
    Other,

    /// <summary>It encodes exactly as on its own.</summary>
    Plain,

    /// <summary>It encodes exactly as on its own and normalisation leaves it unchanged, so the text can skip normalising.</summary>
    Normalized,
}

/// <summary>
/// Tells which words a SentencePiece model encodes identically on their own and inside a text joined by spaces.
/// A word is plain when each of its characters is: a BMP character that normalises to something without
/// whitespace and that does not vanish, and, if it is (or normalises to) a combining mark, not the word's first
/// (which could combine with the space before it). A word is normalised when each character is also left as it is,
/// alone and between letters, and is neither a mark nor a Hangul jamo (the only starters NFKC composes).
/// Each character is judged once, by the model's own normaliser, and remembered, so a word costs one table
/// look-up per character.
/// </summary>
internal sealed class PlainWords
{
    private const byte Unknown = 0, Same = 1, Plain = 2, PlainInside = 3, Unsafe = 4;

    private readonly Func<string, string> _normalize;
    private readonly byte[] _classes = new byte[0x10000]; // written by any thread; every writer writes the same value

    /// <summary>Judges characters by <paramref name="normalize"/>: the model's normalisation of a text, dummy prefix included.</summary>
    public PlainWords(Func<string, string> normalize) => _normalize = normalize;

    /// <summary>
    /// Judges <paramref name="word"/> and, unless it is <see cref="WordKind.Other"/>, copies it to
    /// <paramref name="destination"/> (whose content is undefined otherwise). One pass does both, for speed.
    /// </summary>
    public WordKind Copy(string word, Span<char> destination)
    {
        if (word.Length == 0)
            return WordKind.Other;
        var kind = WordKind.Normalized;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var verdict = _classes[c];
            if (verdict == Unknown)
                _classes[c] = verdict = Classify(c);
            if (verdict == Unsafe || (verdict == PlainInside && i == 0))
                return WordKind.Other;
            if (verdict != Same)
                kind = WordKind.Plain;
            destination[i] = c;
        }
        return kind;
    }

    private byte Classify(char c)
    {
        if (char.IsSurrogate(c) || char.IsWhiteSpace(c) || c == '▁')
            return Unsafe;
        var alone = _normalize(c.ToString());
        var inside = _normalize("a" + c + "a");
        // Alone: "▁" + something, without ▁ after the first character. Inside a word: no ▁ either (NFKC can add a
        // space, as in U+00A8 DIAERESIS -> " \u0308", which the word-initial ▁ would swallow when alone).
        if (alone.Length < 2 || alone[0] != '▁' || alone.IndexOf('▁', 1) >= 0 || inside.IndexOf('▁', 1) >= 0)
            return Unsafe;
        if (IsMark(c) || IsMark(alone[1]))
            return PlainInside;
        var jamo = c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF';
        return !jamo && alone == "▁" + c && inside == "▁a" + c + "a" ? Same : Plain;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
