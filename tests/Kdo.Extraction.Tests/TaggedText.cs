using System.Text;
using System.Text.RegularExpressions;
using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Decoding;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Tests;

/// <summary>
/// Documents written with their entities marked in brackets, for hand-made cases: "dlužník [jmeno:Jan] [prijmeni:Novák]"
/// is the text "dlužník Jan Novák" with Jan a given name and Novák a surname; "[rc@0.4:750315/1234]" gives the
/// entity's words probability 0.4 (default 0.9).
/// </summary>
internal static partial class TaggedText
{
    public static (Document Document, WordProbabilities Probabilities) Parse(string marked)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, string Type, float P)>();
        var at = 0;
        foreach (Match match in Marker().Matches(marked))
        {
            text.Append(marked, at, match.Index - at);
            var start = text.Length;
            text.Append(match.Groups["text"].Value);
            var p = match.Groups["p"].Success ? float.Parse(match.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0.9f;
            spans.Add((start, text.Length, match.Groups["type"].Value, p));
            at = match.Index + match.Length;
        }
        text.Append(marked, at, marked.Length - at);
        var document = WordSegmenter.ToDocument("doc", text.ToString());
        var tags = new string[document.Words.Count];
        var probabilities = new float[document.Words.Count];
        for (var w = 0; w < tags.Length; w++)
        {
            var word = document.WordSpans![w];
            var span = spans.FirstOrDefault(s => s.Start <= word.Start && word.End <= s.End);
            tags[w] = span.Type is null ? "O" : (span.Start == word.Start ? "B-" : "I-") + span.Type;
            probabilities[w] = span.Type is null ? 1 : span.P;
        }
        return (document, WordProbabilities.FromTags(LabelScheme.Default, tags, probabilities));
    }

    public static IReadOnlyList<Entity> Entities(string marked, out Document document)
    {
        var (parsed, probabilities) = Parse(marked);
        document = parsed;
        return EntityDecoder.Decode(parsed, probabilities);
    }

    [GeneratedRegex(@"\[(?<type>[a-z]+)(?:@(?<p>[0-9.]+))?:(?<text>[^\]]+)\]")]
    private static partial Regex Marker();
}
