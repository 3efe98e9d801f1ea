using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>How windows are grouped into batches.</summary>
public sealed record BatchOptions
{
    /// <summary>Windows per batch.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>
    /// Length bucketing: windows are read in pools of this many batches, sorted by length within the pool and cut
    /// into batches, so that a batch pads little. 0 keeps the stream's order.
    /// </summary>
    public int BucketPool { get; init; }

    /// <summary>With bucketing, shuffles the order of the batches within each pool with this seed (vary it per epoch); null keeps them sorted.</summary>
    public int? Seed { get; init; }
}

/// <summary>Windows into padded batches, lazily: a pool of batches is the most it holds at once.</summary>
public static class Batching
{
    /// <summary>Batches of <paramref name="windows"/>, padded with <paramref name="padId"/> to the longest window of each batch.</summary>
    public static IEnumerable<Batch> Batches(IEnumerable<TokenWindow> windows, int padId, BatchOptions? options = null)
    {
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.BucketPool);
        return options.BucketPool == 0 ? InOrder(windows, padId, options.BatchSize) : Bucketed(windows, padId, options);
    }

    /// <summary>Pads <paramref name="windows"/> into one batch.</summary>
    public static Batch Pad(IReadOnlyList<TokenWindow> windows, int padId)
    {
        if (windows.Count == 0)
            throw new ArgumentException("a batch needs at least one window", nameof(windows));
        var length = windows.Max(w => w.Length);
        var labelled = windows[0].HasLabels;
        if (windows.Any(w => w.HasLabels != labelled))
            throw new ArgumentException("windows with and without labels cannot share a batch", nameof(windows));
        var ids = new long[windows.Count * length];
        var mask = new long[ids.Length];
        var labels = labelled ? new long[ids.Length] : null;
        Array.Fill(ids, padId);
        if (labels is not null)
            Array.Fill(labels, LabelScheme.IgnoreIndex);
        for (var b = 0; b < windows.Count; b++)
        {
            var window = windows[b];
            var row = b * length;
            ids[row] = window.StartId;
            var content = window.ContentIds;
            for (var t = 0; t < content.Length; t++)
                ids[row + 1 + t] = content[t];
            ids[row + window.Length - 1] = window.EndId;
            mask.AsSpan(row, window.Length).Fill(1);
            var contentLabels = window.ContentLabels;
            for (var t = 0; t < contentLabels.Length; t++)
                labels![row + 1 + t] = contentLabels[t];
        }
        return new Batch(windows, length, ids, mask, labels);
    }

    private static IEnumerable<Batch> InOrder(IEnumerable<TokenWindow> windows, int padId, int batchSize)
    {
        foreach (var chunk in windows.Chunk(batchSize))
            yield return Pad(chunk, padId);
    }

    private static IEnumerable<Batch> Bucketed(IEnumerable<TokenWindow> windows, int padId, BatchOptions options)
    {
        var random = options.Seed is int seed ? new Random(seed) : null;
        foreach (var pool in windows.Chunk(options.BatchSize * options.BucketPool))
        {
            var batches = pool.OrderBy(w => w.Length).Chunk(options.BatchSize).ToArray(); // OrderBy is stable
            random?.Shuffle(batches);
            foreach (var batch in batches)
                yield return Pad(batch, padId);
        }
    }
}
