using Kdo.Corpus;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Decoding;

/// <summary>
/// The most probable BIO-valid label sequence for per-word probabilities: constrained Viterbi over log-probabilities,
/// where I-X may follow only B-X or I-X and never starts the document. Other labels (O, B-X, tags of other schemes)
/// may stand anywhere. When the word-by-word argmax is already valid, it is the answer; otherwise the decoder pays
/// the least probability to repair it (an I-X after O becomes B-X or O, whichever the rows make likelier overall).
/// </summary>
public static class BioDecoder
{
    // log(0) would make a whole path impossible for one zero; a floor keeps paths comparable.
    private const double Floor = 1e-9;

    /// <summary>The label id of every word, BIO-valid.</summary>
    public static int[] Decode(WordProbabilities probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var labels = probabilities.Labels;
        var n = probabilities.Count;
        var k = labels.Count;
        if (n == 0)
            return [];
        var continues = ContinuationTable(labels); // continues[prev, cur]: cur may follow prev
        var startable = Enumerable.Range(0, k).Select(cur => !IsInside(labels.NameOf(cur))).ToArray();

        var score = new double[k];
        var next = new double[k];
        var back = new int[n, k];
        for (var j = 0; j < k; j++)
            score[j] = startable[j] ? Log(probabilities[0, j]) : double.NegativeInfinity;
        for (var w = 1; w < n; w++)
        {
            for (var j = 0; j < k; j++)
            {
                var best = double.NegativeInfinity;
                var from = -1;
                for (var i = 0; i < k; i++)
                {
                    if (continues[i, j] && score[i] > best)
                    {
                        best = score[i];
                        from = i;
                    }
                }
                next[j] = from < 0 ? double.NegativeInfinity : best + Log(probabilities[w, j]);
                back[w, j] = from;
            }
            (score, next) = (next, score);
        }

        var path = new int[n];
        path[n - 1] = ArgMax(score);
        for (var w = n - 1; w > 0; w--)
            path[w - 1] = back[w, path[w]];
        return path;
    }

    /// <summary>Whether <paramref name="tags"/> has no I-X that is not right after B-X or I-X.</summary>
    public static bool IsValid(IReadOnlyList<string> tags)
    {
        for (var w = 0; w < tags.Count; w++)
        {
            if (IsInside(tags[w]) && (w == 0 || !Continues(tags[w - 1], tags[w])))
                return false;
        }
        return true;
    }

    internal static bool IsInside(string label) => label.Length > 2 && label.StartsWith("I-", StringComparison.Ordinal);

    // I-X continues B-X and I-X; anything else may follow anything.
    private static bool Continues(string previous, string current) =>
        !IsInside(current) || previous.Length > 2 && previous[0] is 'B' or 'I' && previous[1] == '-' && previous.AsSpan(2).SequenceEqual(current.AsSpan(2));

    private static bool[,] ContinuationTable(LabelScheme labels)
    {
        var table = new bool[labels.Count, labels.Count];
        for (var i = 0; i < labels.Count; i++)
            for (var j = 0; j < labels.Count; j++)
                table[i, j] = Continues(labels.NameOf(i), labels.NameOf(j));
        return table;
    }

    private static double Log(float p) => Math.Log(Math.Max(p, Floor));

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
            if (values[i] > values[best])
                best = i;
        return best;
    }
}
