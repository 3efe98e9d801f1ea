using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>Which subtokens of a word carry its label in training.</summary>
public enum SubtokenLabeling
{
    /// <summary>Every subtoken: the first gets the word's label, the others its inside label (B-X becomes I-X). The mission's default.</summary>
    EveryToken,

    /// <summary>Only the first subtoken; the others get <see cref="LabelScheme.IgnoreIndex"/>, as HF's token-classification example does.</summary>
    FirstToken,
}

/// <summary>How a word's label is read back from the probabilities of its subtokens.</summary>
public enum WordPooling
{
    /// <summary>The first subtoken's probabilities (the counterpart of <see cref="SubtokenLabeling.FirstToken"/>).</summary>
    FirstToken,

    /// <summary>The mean of the subtokens' probabilities (HF pipeline's aggregation "average").</summary>
    Average,

    /// <summary>The probabilities of the subtoken whose best label is the most probable (HF pipeline's aggregation "max").</summary>
    Max,
}

/// <summary>From word labels to subtoken labels for training, and from subtoken probabilities back to words.</summary>
public static class LabelAlignment
{
    /// <summary>
    /// One label per token of <paramref name="encoding"/> from one label id per word: <see cref="LabelScheme.IgnoreIndex"/>
    /// for the start and end tokens, the word's label on its first subtoken, and on the others the inside label
    /// (<see cref="SubtokenLabeling.EveryToken"/>) or the ignore index (<see cref="SubtokenLabeling.FirstToken"/>).
    /// </summary>
    public static int[] Align(WordEncoding encoding, IReadOnlyList<int> wordLabels, LabelScheme scheme,
        SubtokenLabeling labeling = SubtokenLabeling.EveryToken)
    {
        if (wordLabels.Count != encoding.WordCount)
            throw new ArgumentException($"{wordLabels.Count} labels for {encoding.WordCount} words", nameof(wordLabels));
        var inside = new int[scheme.Count];
        for (var l = 0; l < inside.Length; l++)
            inside[l] = labeling == SubtokenLabeling.EveryToken ? scheme.InsideOf(l) : LabelScheme.IgnoreIndex;
        var byWord = wordLabels as int[] ?? [.. wordLabels]; // an array, for speed on long documents
        var words = encoding.WordIndexSpan;
        var labels = new int[words.Length];
        var previous = -1;
        for (var t = 0; t < words.Length; t++)
        {
            var word = words[t];
            labels[t] = word < 0 ? LabelScheme.IgnoreIndex : word != previous ? byWord[word] : inside[byWord[word]];
            previous = word;
        }
        return labels;
    }

    /// <summary>
    /// One probability row per word from one row per token (<paramref name="tokenProbabilities"/> is [tokens × labels],
    /// row t for token t of <paramref name="encoding"/>). A word without tokens (it normalised to nothing) gets null:
    /// the model said nothing about it.
    /// </summary>
    public static float[]?[] WordProbabilities(WordEncoding encoding, ReadOnlySpan<float> tokenProbabilities, int labelCount,
        WordPooling pooling)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 1);
        if (tokenProbabilities.Length != encoding.Count * labelCount)
            throw new ArgumentException(
                $"expected {encoding.Count} × {labelCount} probabilities, got {tokenProbabilities.Length}", nameof(tokenProbabilities));
        var words = encoding.WordIndexSpan;
        var rows = new float[]?[encoding.WordCount];
        var counts = new int[encoding.WordCount];
        var best = new float[encoding.WordCount];
        for (var t = 0; t < words.Length; t++)
        {
            var word = words[t];
            if (word < 0)
                continue;
            var row = tokenProbabilities.Slice(t * labelCount, labelCount);
            if (counts[word]++ == 0)
            {
                rows[word] = row.ToArray();
                best[word] = Max(row);
            }
            else if (pooling == WordPooling.Average)
            {
                var sum = rows[word]!;
                for (var l = 0; l < labelCount; l++)
                    sum[l] += row[l];
            }
            else if (pooling == WordPooling.Max && Max(row) > best[word])
            {
                best[word] = Max(row);
                row.CopyTo(rows[word]);
            }
        }
        if (pooling == WordPooling.Average)
            for (var w = 0; w < rows.Length; w++)
                if (rows[w] is { } sum)
                    for (var l = 0; l < labelCount; l++)
                        sum[l] /= counts[w];
        return rows;
    }

    /// <summary>The most probable label of each row; <paramref name="fallback"/> for a null row (a word without tokens).</summary>
    public static int[] ArgMax(IReadOnlyList<float[]?> rows, int fallback)
    {
        var labels = new int[rows.Count];
        for (var w = 0; w < rows.Count; w++)
        {
            if (rows[w] is not { } row)
            {
                labels[w] = fallback;
                continue;
            }
            var best = 0;
            for (var l = 1; l < row.Length; l++)
                if (row[l] > row[best])
                    best = l;
            labels[w] = best;
        }
        return labels;
    }

    private static float Max(ReadOnlySpan<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var value in row)
            max = Math.Max(max, value);
        return max;
    }
}
