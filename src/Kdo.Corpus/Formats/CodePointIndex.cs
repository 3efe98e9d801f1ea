namespace Kdo.Corpus.Formats;

/// <summary>
/// Converts character offsets between .NET strings (UTF-16 code units) and files (Unicode code points, as Python's
/// str counts them, and so Label Studio, Doccano and HF tooling). The two differ only after a character outside the
/// Basic Multilingual Plane (an emoji, say); for text without one, both are the same and no table is built.
/// </summary>
public sealed class CodePointIndex
{
    private readonly int[]? _utf16OfCodePoint; // code point i starts at UTF-16 index _utf16OfCodePoint[i]; last = length

    /// <summary>The index of <paramref name="text"/>.</summary>
    public CodePointIndex(string text)
    {
        Utf16Length = text.Length;
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            CodePointLength = text.Length;
            return;
        }
        var starts = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            starts.Add(i);
        starts.Add(text.Length);
        _utf16OfCodePoint = starts.ToArray();
        CodePointLength = starts.Count - 1;
    }

    /// <summary>The text's length in code points.</summary>
    public int CodePointLength { get; }

    /// <summary>The text's length in UTF-16 code units.</summary>
    public int Utf16Length { get; }

    /// <summary>The UTF-16 offset of code point offset <paramref name="codePoint"/> (0..<see cref="CodePointLength"/>).</summary>
    public int ToUtf16(int codePoint)
    {
        if (codePoint < 0 || codePoint > CodePointLength)
            throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, $"offset must be in 0..{CodePointLength}");
        return _utf16OfCodePoint is null ? codePoint : _utf16OfCodePoint[codePoint];
    }

    /// <summary>The code point offset of UTF-16 offset <paramref name="utf16"/>, which must not split a surrogate pair.</summary>
    public int ToCodePoint(int utf16)
    {
        if (utf16 < 0 || utf16 > Utf16Length)
            throw new ArgumentOutOfRangeException(nameof(utf16), utf16, $"offset must be in 0..{Utf16Length}");
        if (_utf16OfCodePoint is null)
            return utf16;
        var index = Array.BinarySearch(_utf16OfCodePoint, utf16);
        return index >= 0 ? index : throw new ArgumentException($"offset {utf16} splits a surrogate pair", nameof(utf16));
    }
}
