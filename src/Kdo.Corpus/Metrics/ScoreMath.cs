namespace Kdo.Corpus.Metrics;

/// <summary>
/// seqeval's arithmetic (numpy and scikit-learn underneath), operation for operation, so that results are the same
/// doubles and not only close: the zero-division rules of <c>_prf_divide</c> and numpy's pairwise summation.
/// </summary>
internal static class ScoreMath
{
    /// <summary>The names of the average rows, in seqeval's order.</summary>
    public const string Micro = "micro avg", Macro = "macro avg", Weighted = "weighted avg";

    /// <summary>A type's row from its counts.</summary>
    public static ScoreRow Row(string name, int gold, int predicted, int correct)
    {
        var precision = Divide(correct, predicted);
        var recall = Divide(correct, gold);
        return new ScoreRow(name, precision, recall, F1(precision, recall), gold, predicted, correct);
    }

    /// <summary>The micro, macro and weighted rows over <paramref name="types"/>.</summary>
    public static (ScoreRow Micro, ScoreRow Macro, ScoreRow Weighted) Averages(IReadOnlyList<ScoreRow> types)
    {
        int gold = 0, predicted = 0, correct = 0;
        foreach (var t in types)
        {
            gold += t.Support;
            predicted += t.Predicted;
            correct += t.Correct;
        }
        var micro = Row(Micro, gold, predicted, correct);
        var precision = types.Select(t => t.Precision).ToArray();
        var recall = types.Select(t => t.Recall).ToArray();
        var f1 = types.Select(t => t.F1).ToArray();
        // np.average of an empty array is NaN (0/0): seqeval's macro row when no entity exists at all.
        var macro = new ScoreRow(Macro, Mean(precision), Mean(recall), Mean(f1), gold, predicted, correct);
        var weights = types.Select(t => (double)t.Support).ToArray();
        var weighted = gold == 0
            ? new ScoreRow(Weighted, 0, 0, 0, gold, predicted, correct)
            : new ScoreRow(Weighted, Average(precision, weights), Average(recall, weights), Average(f1, weights),
                gold, predicted, correct);
        return (micro, macro, weighted);
    }

    /// <summary>numerator / denominator, or 0 when the denominator is 0 (zero_division='warn').</summary>
    public static double Divide(long numerator, long denominator) =>
        denominator == 0 ? 0.0 : (double)numerator / denominator;

    /// <summary>F-beta with beta = 1 as scikit-learn computes it: (1 + 1) * P * R / (1 * P + R), 0 when P + R = 0.</summary>
    public static double F1(double precision, double recall)
    {
        var denominator = precision + recall;
        return denominator == 0 ? 0.0 : 2.0 * precision * recall / denominator;
    }

    /// <summary>numpy's <c>x.mean()</c>: the pairwise sum divided by the count.</summary>
    public static double Mean(ReadOnlySpan<double> values) => Sum(values) / values.Length;

    /// <summary>numpy's <c>np.average(x, weights=w)</c>: sum(x * w) / sum(w), both sums pairwise.</summary>
    public static double Average(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var products = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
            products[i] = values[i] * weights[i];
        return Sum(products) / Sum(weights);
    }

    /// <summary>numpy's <c>np.add.reduce</c> on float64: the identity 0 plus the pairwise sum of the values.</summary>
    public static double Sum(ReadOnlySpan<double> values) => 0.0 + PairwiseSum(values);

    // numpy's pairwise_sum (loops_utils.h): a plain loop below 8 values, eight interleaved partial sums up to the
    // block size of 128, and halves (at a multiple of 8) above it.
    private static double PairwiseSum(ReadOnlySpan<double> a)
    {
        const int blockSize = 128;
        if (a.Length < 8)
        {
            var sum = 0.0;
            foreach (var x in a)
                sum += x;
            return sum;
        }
        if (a.Length <= blockSize)
        {
            Span<double> r = stackalloc double[8];
            a[..8].CopyTo(r);
            var i = 8;
            for (; i < a.Length - (a.Length % 8); i += 8)
            {
                for (var j = 0; j < 8; j++)
                    r[j] += a[i + j];
            }
            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < a.Length; i++)
                result += a[i];
            return result;
        }
        var half = a.Length / 2;
        half -= half % 8;
        return PairwiseSum(a[..half]) + PairwiseSum(a[half..]);
    }
}
