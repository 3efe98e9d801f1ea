namespace Kdo.Tokenization;

/// <summary>
/// A batch of windows padded to the longest: plain row-major arrays of <see cref="Size"/> × <see cref="Length"/>
/// values, ready to become [B, T] int64 tensors. Padding has the tokenizer's pad id, attention 0 and label
/// <see cref="Kdo.Corpus.LabelScheme.IgnoreIndex"/>. The arrays belong to the batch: read them, do not change them.
/// </summary>
public sealed class Batch
{
    internal Batch(IReadOnlyList<TokenWindow> windows, int length, long[] inputIds, long[] attentionMask, long[]? labels)
    {
        Windows = windows;
        Length = length;
        InputIds = inputIds;
        AttentionMask = attentionMask;
        Labels = labels;
    }

    /// <summary>B: the number of rows.</summary>
    public int Size => Windows.Count;

    /// <summary>T: the length of every row, that of the longest window.</summary>
    public int Length { get; }

    /// <summary>Token ids, [B × T].</summary>
    public long[] InputIds { get; }

    /// <summary>1 for a token, 0 for padding, [B × T].</summary>
    public long[] AttentionMask { get; }

    /// <summary>Label ids, [B × T], or null when the windows have no labels.</summary>
    public long[]? Labels { get; }

    /// <summary>The window of each row: its document and its place there, for putting predictions back.</summary>
    public IReadOnlyList<TokenWindow> Windows { get; }

    /// <summary>
    /// Cuts a model output of [B × T × labels] values into one array per row without its padding, [window length ×
    /// labels], in row order: what <see cref="EncodedDocument.WordProbabilities"/> takes for each window.
    /// </summary>
    public IReadOnlyList<float[]> SplitRows(ReadOnlySpan<float> output, int labelCount)
    {
        if (output.Length != Size * Length * labelCount)
            throw new ArgumentException($"expected {Size} × {Length} × {labelCount} values, got {output.Length}", nameof(output));
        var rows = new float[Size][];
        for (var b = 0; b < Size; b++)
            rows[b] = output.Slice(b * Length * labelCount, Windows[b].Length * labelCount).ToArray();
        return rows;
    }
}
