using Kdo.Corpus;

namespace Kdo.Extraction.Tagging;

/// <summary>
/// A probability for every label of a <see cref="LabelScheme"/> for every word of a document, as a tagger gives
/// them: row w, column i is P(word w has label i). Immutable; rows are checked once, at creation.
/// </summary>
public sealed class WordProbabilities
{
    private const float SumTolerance = 1e-3f;
    private readonly float[] _values; // [words * labels], row-major

    private WordProbabilities(LabelScheme labels, float[] values, int words)
    {
        Labels = labels;
        _values = values;
        Count = words;
    }

    /// <summary>The labels of the columns.</summary>
    public LabelScheme Labels { get; }

    /// <summary>The number of words (rows).</summary>
    public int Count { get; }

    /// <summary>The probabilities of word <paramref name="word"/>, one per label id.</summary>
    public ReadOnlySpan<float> Row(int word)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(word);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(word, Count);
        return _values.AsSpan(word * Labels.Count, Labels.Count);
    }

    /// <summary>P(word <paramref name="word"/> has label <paramref name="label"/>).</summary>
    public float this[int word, int label] => Row(word)[label];

    /// <summary>
    /// Probabilities from rows that a model gives (a softmax per word): each row has one value per label, every value
    /// in [0, 1], summing to 1 within 1e-3.
    /// </summary>
    /// <exception cref="ArgumentException">A row has the wrong length, a value out of [0, 1] or NaN, or does not sum to 1; the message names the row.</exception>
    public static WordProbabilities Create(LabelScheme labels, IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var values = new float[rows.Count * labels.Count];
        for (var w = 0; w < rows.Count; w++)
        {
            var row = rows[w];
            if (row.Length != labels.Count)
                throw new ArgumentException($"row {w} has {row.Length} values but the scheme has {labels.Count} labels", nameof(rows));
            var sum = 0f;
            foreach (var p in row)
            {
                if (!(p >= 0 && p <= 1))
                    throw new ArgumentException($"row {w} has the value {p}, which is not a probability", nameof(rows));
                sum += p;
            }
            if (Math.Abs(sum - 1) > SumTolerance)
                throw new ArgumentException($"row {w} sums to {sum}, not 1", nameof(rows));
            row.CopyTo(values, w * labels.Count);
        }
        return new WordProbabilities(labels, values, rows.Count);
    }

    /// <summary>
    /// Probabilities from one tag per word with its confidence, as a tagger without a distribution gives them (the
    /// rules baseline): the tag gets its confidence and the rest is spread evenly over the other labels, so the tag
    /// stays the most probable label whenever its confidence exceeds 1 / <see cref="LabelScheme.Count"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The counts differ, a tag is not in the scheme, or a confidence is outside [0, 1].</exception>
    public static WordProbabilities FromTags(LabelScheme labels, IReadOnlyList<string> tags, IReadOnlyList<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (tags.Count != confidences.Count)
            throw new ArgumentException($"{tags.Count} tags but {confidences.Count} confidences", nameof(confidences));
        var values = new float[tags.Count * labels.Count];
        for (var w = 0; w < tags.Count; w++)
        {
            if (!labels.TryGetId(tags[w], out var id))
                throw new ArgumentException($"tag '{tags[w]}' of word {w} is not in the scheme [{labels}]", nameof(tags));
            var confidence = confidences[w];
            if (!(confidence >= 0 && confidence <= 1))
                throw new ArgumentException($"confidence {confidence} of word {w} is not a probability", nameof(confidences));
            var rest = labels.Count == 1 ? 0 : (1 - confidence) / (labels.Count - 1);
            var row = values.AsSpan(w * labels.Count, labels.Count);
            row.Fill(rest);
            row[id] = labels.Count == 1 ? 1 : confidence;
        }
        return new WordProbabilities(labels, values, tags.Count);
    }
}
