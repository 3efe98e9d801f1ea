using System.Globalization;
using System.Text;

namespace Kdo.Tokenization.Text;

/// <summary>
/// Unicode NFC and NFD (UAX #15, canonical only) from an embedded table. .NET's string.Normalize leaves text unchanged
/// in invariant-globalization mode, which Kdo runs in, while Hugging Face's BasicTokenizer needs both forms (NFC
/// always, NFD to strip accents); the table comes from Python's unicodedata, the module Hugging Face itself uses.
/// </summary>
internal static class CanonicalNormalization
{
    // Table layout (unicode-canonical.txt, written by scripts/make-unicode-table.py): '#' comment lines, then one
    // line per code point that has a combining class or a canonical decomposition:
    //   CODE;CCC;DECOMPOSITION;COMPOSES   hex code points, DECOMPOSITION one level (space-separated, may be empty),
    //   COMPOSES 1 when NFC recomposes the code point from its two-character decomposition.
    private const string TableResource = "Kdo.Tokenization.Text.unicode-canonical.txt";

    private const int HangulBase = 0xAC00, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int LeadCount = 19, VowelCount = 21, TrailCount = 28, HangulCount = LeadCount * VowelCount * TrailCount;

    private static readonly Dictionary<int, int> CombiningClasses = [];
    private static readonly Dictionary<int, int[]> Decompositions = [];
    private static readonly Dictionary<long, int> Compositions = [];

    // BMP characters that NFD (or NFC) leaves as they are wherever they stand; text made only of them skips the work.
    // NFD: no class, no decomposition. NFC: no class, never the second half of a composition, and either no
    // decomposition or one that NFC recomposes and whose first character composes with nothing before it.
    private static readonly bool[] NfdInert = new bool[0x10000];
    private static readonly bool[] NfcInert = new bool[0x10000];

    static CanonicalNormalization()
    {
        using var stream = typeof(CanonicalNormalization).Assembly.GetManifestResourceStream(TableResource)
            ?? throw new InvalidOperationException($"resource {TableResource} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var oneLevel = new Dictionary<int, int[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split(';');
            var code = int.Parse(fields[0], NumberStyles.HexNumber);
            if (int.Parse(fields[1]) is var combiningClass and > 0)
                CombiningClasses[code] = combiningClass;
            if (fields[2].Length == 0)
                continue;
            var parts = fields[2].Split(' ').Select(p => int.Parse(p, NumberStyles.HexNumber)).ToArray();
            oneLevel[code] = parts;
            if (fields[3] == "1")
                Compositions[Pair(parts[0], parts[1])] = code;
        }
        foreach (var code in oneLevel.Keys)
            Decompositions[code] = [.. Expand(code, oneLevel)];

        var seconds = Compositions.Keys.Select(k => (int)(k & 0x1FFFFF)).ToHashSet();
        var composites = Compositions.Values.ToHashSet();
        for (var c = 0; c < 0x10000; c++)
        {
            var hangul = c is >= LeadBase and < TrailBase + TrailCount or >= HangulBase and < HangulBase + HangulCount;
            if (hangul || char.IsSurrogate((char)c) || CombiningClasses.ContainsKey(c))
                continue;
            var decomposed = Decompositions.TryGetValue(c, out var parts);
            NfdInert[c] = !decomposed;
            NfcInert[c] = !seconds.Contains(c)
                && (!decomposed || (composites.Contains(c) && !seconds.Contains(parts![0])));
        }
    }

    /// <summary>Canonical decomposition (NFD).</summary>
    public static string Nfd(string text) => IsInert(text, NfdInert) ? text : ToString(Decompose(text));

    /// <summary>Canonical decomposition followed by canonical composition (NFC).</summary>
    public static string Nfc(string text) => IsInert(text, NfcInert) ? text : ToString(Compose(Decompose(text)));

    private static bool IsInert(string text, bool[] inert)
    {
        foreach (var c in text)
            if (!inert[c])
                return false;
        return true;
    }

    private static List<int> Decompose(string text)
    {
        var output = new List<int>(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var code = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (code is >= HangulBase and < HangulBase + HangulCount)
            {
                var index = code - HangulBase;
                output.Add(LeadBase + index / (VowelCount * TrailCount));
                output.Add(VowelBase + index % (VowelCount * TrailCount) / TrailCount);
                if (index % TrailCount != 0)
                    output.Add(TrailBase + index % TrailCount);
            }
            else if (Decompositions.TryGetValue(code, out var parts))
                output.AddRange(parts);
            else
                output.Add(code);
        }
        // Canonical ordering: a stable sort of every run of combining marks by class.
        for (var i = 1; i < output.Count; i++)
        {
            var combiningClass = ClassOf(output[i]);
            if (combiningClass == 0)
                continue;
            for (var j = i; j > 0 && ClassOf(output[j - 1]) > combiningClass; j--)
                (output[j - 1], output[j]) = (output[j], output[j - 1]);
        }
        return output;
    }

    private static List<int> Compose(List<int> codes)
    {
        if (codes.Count == 0)
            return codes;
        var starter = 0;
        var lastClass = ClassOf(codes[0]) == 0 ? 0 : 256; // a leading mark blocks nothing before it
        var kept = 1;
        for (var i = 1; i < codes.Count; i++)
        {
            var code = codes[i];
            var combiningClass = ClassOf(code);
            if ((lastClass < combiningClass || lastClass == 0) && TryCompose(codes[starter], code, out var composite))
            {
                codes[starter] = composite;
                continue;
            }
            if (combiningClass == 0)
                starter = kept;
            lastClass = combiningClass;
            codes[kept++] = code;
        }
        codes.RemoveRange(kept, codes.Count - kept);
        return codes;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LeadBase and < LeadBase + LeadCount && second is >= VowelBase and < VowelBase + VowelCount)
        {
            composite = HangulBase + ((first - LeadBase) * VowelCount + second - VowelBase) * TrailCount;
            return true;
        }
        if (first is >= HangulBase and < HangulBase + HangulCount && (first - HangulBase) % TrailCount == 0
            && second is > TrailBase and < TrailBase + TrailCount)
        {
            composite = first + second - TrailBase;
            return true;
        }
        return Compositions.TryGetValue(Pair(first, second), out composite);
    }

    private static IEnumerable<int> Expand(int code, Dictionary<int, int[]> oneLevel) =>
        oneLevel.TryGetValue(code, out var parts) ? parts.SelectMany(p => Expand(p, oneLevel)) : [code];

    private static int ClassOf(int code) => CombiningClasses.GetValueOrDefault(code);

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static string ToString(List<int> codes)
    {
        var builder = new StringBuilder(codes.Count);
        foreach (var code in codes)
            builder.Append(char.ConvertFromUtf32(code));
        return builder.ToString();
    }
}
