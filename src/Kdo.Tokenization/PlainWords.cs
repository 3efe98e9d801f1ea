using System.Globalization;
using Microsoft.ML.Tokenizers;

namespace Kdo.Tokenization;

/// <summary>
/// Tells which words a SentencePiece model encodes identically on their own and inside a text joined by spaces.
/// A word is plain when each of its characters is: a BMP character that normalises to something without
/// whitespace and that does not vanish, and, if it is (or normalises to) a combining mark, not the word's first
/// (which could combine with the space before it). Each character is judged once, by the model's own normaliser,
/// and remembered, so the check costs one table look-up per character.
/// </summary>
internal sealed class PlainWords
{
    private const byte Unknown = 0, Plain = 1, PlainInside = 2, Unsafe = 3;

    private readonly Normalizer _normalizer;
    private readonly byte[] _classes = new byte[0x10000]; // written by any thread; every writer writes the same value

    public PlainWords(Normalizer normalizer) => _normalizer = normalizer;

    /// <summary>Whether <paramref name="word"/> is encoded inside joined text exactly as on its own.</summary>
    public bool IsPlain(string word)
    {
        if (word.Length == 0)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var verdict = _classes[c];
            if (verdict == Unknown)
                _classes[c] = verdict = Classify(c);
            if (verdict == Unsafe || (verdict == PlainInside && i == 0))
                return false;
        }
        return true;
    }

    private byte Classify(char c)
    {
        if (char.IsSurrogate(c) || char.IsWhiteSpace(c) || c == '▁')
            return Unsafe;
        var alone = _normalizer.Normalize(c.ToString());
        var inside = _normalizer.Normalize("a" + c + "a");
        // Alone: "▁" + something, without ▁ after the first character. Inside a word: no ▁ either (NFKC can add a
        // space, as in U+00A8 DIAERESIS -> " \u0308", which the word-initial ▁ would swallow when alone).
        if (alone.Length < 2 || alone[0] != '▁' || alone.IndexOf('▁', 1) >= 0 || inside.IndexOf('▁', 1) >= 0)
            return Unsafe;
        return IsMark(c) || IsMark(alone[1]) ? PlainInside : Plain;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
