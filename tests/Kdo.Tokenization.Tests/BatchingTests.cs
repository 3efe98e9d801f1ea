using Kdo.Corpus;

namespace Kdo.Tokenization.Tests;

public class BatchingTests
{
    private static readonly DocumentEncoder Encoder = new(HfParity.Tokenizer, labels: LabelScheme.Default);

    private static IEnumerable<Document> Documents(int count) =>
        Enumerable.Range(0, count).Select(i => Document.Untagged($"d{i}", HfParity.Cases[i % HfParity.Cases.Count].Words));

    [Fact]
    public void A_batch_pads_to_its_longest_window()
    {
        var windows = Encoder.Windows(Documents(3)).ToArray(); // lengths 4, 31, 20
        var batch = Batching.Pad(windows, HfParity.Tokenizer.PadId);
        Assert.Equal((3, windows.Max(w => w.Length)), (batch.Size, batch.Length));
        for (var b = 0; b < 3; b++)
        {
            var row = Enumerable.Range(b * batch.Length, batch.Length).ToArray();
            var n = windows[b].Length;
            Assert.Equal(windows[b].Ids.Select(i => (long)i).Concat(Enumerable.Repeat(1L, batch.Length - n)), row.Select(i => batch.InputIds[i]));
            Assert.Equal(Enumerable.Repeat(1L, n).Concat(Enumerable.Repeat(0L, batch.Length - n)), row.Select(i => batch.AttentionMask[i]));
            Assert.Equal(windows[b].Labels!.Select(l => (long)l).Concat(Enumerable.Repeat(-100L, batch.Length - n)), row.Select(i => batch.Labels![i]));
        }
        Assert.Equal(windows, batch.Windows);
    }

    [Fact]
    public void Without_bucketing_batches_keep_the_stream_order()
    {
        var windows = Encoder.Windows(Documents(10)).ToArray();
        var batches = Batching.Batches(windows, 1, new BatchOptions { BatchSize = 4 }).ToArray();
        Assert.Equal([4, 4, 2], batches.Select(b => b.Size));
        Assert.Equal(windows, batches.SelectMany(b => b.Windows));
    }

    [Fact]
    public void Bucketing_sorts_by_length_within_a_pool_and_the_seed_shuffles_the_batches()
    {
        var windows = Encoder.Windows(Documents(40)).ToArray();
        var sorted = Batching.Batches(windows, 1, new BatchOptions { BatchSize = 4, BucketPool = 5 }).ToArray();
        Assert.Equal(10, sorted.Length);
        foreach (var pool in sorted.Chunk(5))
        {
            var lengths = pool.SelectMany(b => b.Windows).Select(w => w.Length).ToArray();
            Assert.Equal(lengths.Order(), lengths);
        }
        Assert.True(sorted.Sum(b => b.Size * b.Length) < Batching.Batches(windows, 1, new BatchOptions { BatchSize = 4 }).Sum(b => b.Size * b.Length));

        var shuffled = Batching.Batches(windows, 1, new BatchOptions { BatchSize = 4, BucketPool = 5, Seed = 7 }).ToArray();
        var again = Batching.Batches(windows, 1, new BatchOptions { BatchSize = 4, BucketPool = 5, Seed = 7 }).ToArray();
        Assert.Equal(shuffled.Select(b => b.Windows), again.Select(b => b.Windows));
        Assert.NotEqual(sorted.Select(b => b.Windows[0]), shuffled.Select(b => b.Windows[0]));
        Assert.Equal(windows.OrderBy(w => (w.Document, w.Index)), shuffled.SelectMany(b => b.Windows).OrderBy(w => (w.Document, w.Index)));
    }

    [Fact]
    public void Batches_stream_from_an_endless_corpus()
    {
        static IEnumerable<Document> Endless()
        {
            for (var i = 0; ; i++)
                yield return Document.Untagged($"d{i}", ["Jan", "Novák"]);
        }
        var batches = Batching.Batches(Encoder.Windows(Endless()), 1, new BatchOptions { BatchSize = 2, BucketPool = 3, Seed = 1 }).Take(7).ToArray();
        Assert.Equal(7, batches.Length);
    }

    [Fact]
    public void A_model_output_splits_into_rows_without_padding()
    {
        var windows = Encoder.Windows(Documents(2)).ToArray();
        var batch = Batching.Pad(windows, 1);
        var output = Enumerable.Range(0, batch.Size * batch.Length * 2).Select(i => (float)i).ToArray();
        var rows = batch.SplitRows(output, 2);
        Assert.Equal(Enumerable.Range(0, windows[0].Length * 2).Select(i => (float)i), rows[0]);
        Assert.Equal(Enumerable.Range(batch.Length * 2, windows[1].Length * 2).Select(i => (float)i), rows[1]);
    }

    [Fact]
    public void Windows_with_and_without_labels_do_not_mix()
    {
        var labelled = Encoder.Windows(Documents(1)).Single();
        var unlabelled = new DocumentEncoder(HfParity.Tokenizer).Windows(Documents(1)).Single();
        Assert.Null(Batching.Pad([unlabelled], 1).Labels);
        Assert.Throws<ArgumentException>(() => Batching.Pad([labelled, unlabelled], 1));
    }
}
