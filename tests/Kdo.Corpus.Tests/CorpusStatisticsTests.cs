using System.Text.Json;

namespace Kdo.Corpus.Tests;

public class CorpusStatisticsTests
{
    private static Document Words(int count, params string[] tags) =>
        new($"d{count}", Enumerable.Range(0, count).Select(i => $"w{i}").ToArray(),
            tags.Concat(Enumerable.Repeat("O", count - tags.Length)).ToArray());

    private static readonly Document[] Corpus =
    [
        Words(10, "B-jmeno", "B-prijmeni", "I-prijmeni", "O", "B-rc") with { SentenceStarts = [0, 4, 8] },
        Words(20, "I-prijmeni", "B-PER"),
        Words(30),
        Words(40, "B-datum", "I-datum", "I-datum"),
    ];

    [Fact]
    public void Counts_documents_words_sentences_labels_and_entities()
    {
        var statistics = CorpusStatistics.Compute(Corpus);
        Assert.Equal(4, statistics.Documents);
        Assert.Equal(100, statistics.Words);
        Assert.Equal(6, statistics.Sentences);
        Assert.Equal([("O", 91L), ("B-rc", 1L), ("B-prijmeni", 1L), ("I-prijmeni", 2L), ("B-jmeno", 1L), ("B-datum", 1L), ("I-datum", 2L), ("B-PER", 1L)],
            statistics.Labels.Select(c => (c.Name, c.Count)));
        // An I- that continues nothing starts an entity, as conlleval reads it.
        Assert.Equal([("rc", 1L), ("prijmeni", 2L), ("jmeno", 1L), ("datum", 1L), ("PER", 1L)], statistics.Entities.Select(c => (c.Name, c.Count)));
    }

    [Fact]
    public void Length_percentiles_interpolate_as_numpy_does()
    {
        var statistics = CorpusStatistics.Compute(Corpus);
        Assert.Equal((10, 25.0, 37.0, 40), (statistics.MinWords, statistics.MedianWords, statistics.P90Words, statistics.MaxWords));
        // 31 lengths in bins of 4 (the fewest words per bin that give at most ten bins); the last bin is cut at the max.
        Assert.Equal(8, statistics.Histogram.Count);
        Assert.Equal(new HistogramBin(10, 13, 1), statistics.Histogram[0]);
        Assert.Equal(new HistogramBin(38, 40, 1), statistics.Histogram[^1]);
        Assert.Equal(4, statistics.Histogram.Sum(b => b.Documents));
    }

    [Fact]
    public void An_empty_corpus_has_zeros()
    {
        var statistics = CorpusStatistics.Compute([]);
        Assert.Equal((0, 0L, 0.0, 0), (statistics.Documents, statistics.Words, statistics.MedianWords, statistics.MaxWords));
        Assert.Empty(statistics.Histogram);
        Assert.Contains("documents  0", statistics.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_shows_counts_and_bars_but_no_words()
    {
        var text = CorpusStatistics.Compute(Corpus).ToText();
        Assert.Contains("words per document: min 10, median 25, p90 37, max 40", text, StringComparison.Ordinal);
        Assert.Contains("  prijmeni         2", text, StringComparison.Ordinal);
        Assert.Contains("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("w1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("d10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_holds_every_number()
    {
        using var json = JsonDocument.Parse(CorpusStatistics.Compute(Corpus).ToJson());
        var root = json.RootElement;
        Assert.Equal(100, root.GetProperty("words").GetInt32());
        Assert.Equal(2, root.GetProperty("entities").GetProperty("prijmeni").GetInt32());
        Assert.Equal(91, root.GetProperty("labels").GetProperty("O").GetInt32());
        Assert.Equal(37.0, root.GetProperty("document_words").GetProperty("p90").GetDouble());
        Assert.Equal(8, root.GetProperty("document_words").GetProperty("histogram").GetArrayLength());
    }
}
