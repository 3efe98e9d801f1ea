using Kdo.Corpus;
using Kdo.Extraction.Rules;

namespace Kdo.Extraction.Tagging;

/// <summary>
/// Character spans with scores to per-word probabilities, for taggers that find spans in text (the rules and LLM
/// baselines): each word a span covers gets B- (the first) or I- with the span's score
/// (<see cref="WordProbabilities.FromTags"/>); where spans overlap, the higher score wins, then the earlier span.
/// </summary>
internal static class SpanTags
{
    public static WordProbabilities ToProbabilities(LabelScheme labels, IReadOnlyList<TextSpan> words, IEnumerable<Recognition> spans)
    {
        var tags = Enumerable.Repeat(LabelScheme.Outside, words.Count).ToArray();
        var scores = Enumerable.Repeat(1f, words.Count).ToArray();
        var taken = new bool[words.Count];
        foreach (var span in spans.OrderByDescending(r => r.Score).ThenBy(r => r.Start))
        {
            var covered = Covered(words, span.Start, span.End);
            if (covered.Count == 0 || covered.Any(w => taken[w]))
                continue;
            for (var i = 0; i < covered.Count; i++)
            {
                tags[covered[i]] = (i == 0 ? "B-" : "I-") + span.Type;
                scores[covered[i]] = span.Score;
                taken[covered[i]] = true;
            }
        }
        return WordProbabilities.FromTags(labels, tags, scores);
    }

    // The words that overlap [start, end); word spans are in text order, so a binary search finds the first.
    private static List<int> Covered(IReadOnlyList<TextSpan> words, int start, int end)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].End <= start)
                low = middle + 1;
            else
                high = middle;
        }
        var covered = new List<int>();
        for (var w = low; w < words.Count && words[w].Start < end; w++)
            covered.Add(w);
        return covered;
    }
}
