using System.Globalization;

namespace Kdo.Tokenization;

/// <summary>
/// Tells which words a SentencePiece model's normalisation leaves unchanged, so that their encoding can skip it:
/// such a word encodes as "▁" + the word without normalising, exactly as it does with. A word qualifies when each
/// of its characters is left as it is both alone and between letters, and is none of: whitespace, SentencePiece's
/// ▁, a surrogate, a combining mark, a Hangul jamo (marks and jamo combine with their neighbours under NFKC).
/// Each character is judged once, by the model's own normalisation, and remembered, so a word costs one table
/// look-up per character. Most Czech words qualify: letters, digits and punctuation stay as they are.
/// </summary>
internal sealed class NormalizedWords
{
    private const byte Unknown = 0, Same = 1, Changed = 2;

    private readonly Func<string, string> _normalize;
    private readonly byte[] _classes = new byte[0x10000]; // written by any thread; every writer writes the same value

    /// <summary>Judges characters by <paramref name="normalize"/>: the model's normalisation of a text, dummy prefix included.</summary>
    public NormalizedWords(Func<string, string> normalize) => _normalize = normalize;

    /// <summary>
    /// Writes "▁" + <paramref name="word"/> to <paramref name="destination"/> (at least one longer than the word) and
    /// returns true when normalisation would leave the word unchanged; false, with the destination undefined, if not.
    /// One pass does both, for speed.
    /// </summary>
    public bool TryEscape(string word, Span<char> destination)
    {
        if (word.Length == 0)
            return false;
        destination[0] = '▁';
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var verdict = _classes[c];
            if (verdict == Unknown)
                _classes[c] = verdict = Classify(c);
            if (verdict != Same)
                return false;
            destination[i + 1] = c;
        }
        return true;
    }

    private byte Classify(char c)
    {
        var jamo = c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF';
        if (jamo || char.IsSurrogate(c) || char.IsWhiteSpace(c) || c == '▁' || IsMark(c))
            return Changed;
        return _normalize(c.ToString()) == "▁" + c && _normalize("a" + c + "a") == "▁a" + c + "a" ? Same : Changed;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
