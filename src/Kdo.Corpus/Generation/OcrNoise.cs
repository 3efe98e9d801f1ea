using System.Text;
using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// What turning a PDF or a scan into text does to a document: page headers and page numbers repeated through the
/// text, and OCR errors. Noise on a labelled segment keeps its label (the model must find "75O315/1234" too) and the
/// gold record keeps the true normalised value; hyphenated line breaks and page furniture fall only between or inside
/// unlabelled words, so that every entity stays on one line.
/// </summary>
internal static class OcrNoise
{
    private static readonly (string From, string To)[] Confusions =
    [
        ("0", "O"), ("O", "0"), ("1", "l"), ("l", "1"), ("1", "I"), ("5", "S"), ("8", "B"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "í"), ("c", "e"),
    ];

    /// <summary>Inserts a footer with the page number and the document's header every few hundred words.</summary>
    public static List<Segment> Paginate(List<Segment> segments, Random random, string header)
    {
        var pageWords = random.Next(320, 520);
        var totalWords = segments.Sum(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var pages = Math.Max(1, (totalWords + pageWords - 1) / pageWords);
        var style = random.Next(4);
        string Footer(int page) => style switch
        {
            0 => $"Strana {page} (celkem {pages})",
            1 => $"- {page} -",
            2 => $"{page}/{pages}",
            _ => $"Stránka {page} z {pages}",
        };
        var result = new List<Segment>();
        var words = 0;
        var page = 1;
        foreach (var segment in segments)
        {
            if (segment.Type is not null || words < pageWords * page || !segment.Text.Contains('\n'))
            {
                result.Add(segment);
                words += CountWords(segment.Text);
                continue;
            }
            var cut = segment.Text.IndexOf('\n');
            result.Add(segment with { Text = segment.Text[..cut] });
            result.Add(new Segment($"\n{Footer(page)}\n\n{header}\n", null));
            result.Add(segment with { Text = segment.Text[(cut + 1)..] });
            words += CountWords(segment.Text);
            page++;
        }
        return result;
    }

    /// <summary>Gives each word an OCR error with probability <paramref name="rate"/>.</summary>
    public static List<Segment> Apply(List<Segment> segments, Random random, double rate)
    {
        if (rate <= 0)
            return segments;
        var result = new List<Segment>(segments.Count);
        foreach (var segment in segments)
        {
            var text = new StringBuilder();
            var start = 0;
            for (var i = 0; i <= segment.Text.Length; i++)
            {
                if (i < segment.Text.Length && !char.IsWhiteSpace(segment.Text[i]))
                    continue;
                var word = segment.Text[start..i];
                text.Append(word.Length > 0 && random.Chance(rate) ? Corrupt(word, random, segment.Type is null) : word);
                if (i < segment.Text.Length)
                    text.Append(segment.Text[i]);
                start = i + 1;
            }
            result.Add(segment with { Text = text.ToString() });
        }
        return result;
    }

    private static string Corrupt(string word, Random random, bool mayBreakLine)
    {
        var kind = random.Next(mayBreakLine && word.Length >= 7 && word.All(char.IsLetter) ? 3 : 2);
        if (kind == 2)
        {
            var cut = random.Next(3, word.Length - 2);
            return word[..cut] + "-\n" + word[cut..];
        }
        if (kind == 1)
        {
            var accented = Enumerable.Range(0, word.Length).Where(i => Diacritics.Accented.Contains(word[i])).ToArray();
            if (accented.Length > 0)
            {
                var at = random.Pick(accented);
                return word[..at] + Diacritics.Strip(word[at]) + word[(at + 1)..];
            }
        }
        var candidates = Confusions.Where(c => word.Contains(c.From, StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
            return word;
        var (from, to) = random.Pick(candidates);
        var index = word.IndexOf(from, StringComparison.Ordinal);
        return word[..index] + to + word[(index + from.Length)..];
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
