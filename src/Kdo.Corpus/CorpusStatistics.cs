using System.Text;
using System.Text.Json;
using Kdo.Corpus.Formats;

namespace Kdo.Corpus;

/// <summary>A name with a count: a label or an entity type.</summary>
public readonly record struct NamedCount(string Name, long Count);

/// <summary>One bar of a histogram: the documents of [From, To] words.</summary>
public readonly record struct HistogramBin(int From, int To, int Documents);

/// <summary>
/// What a corpus holds, in counts only: documents, words, sentences, label counts, entities per type, and the
/// distribution of document lengths in words. It never holds document text or identifiers (personal data), so it
/// may be printed and shared.
/// </summary>
public sealed record CorpusStatistics
{
    private const int MostBins = 10;
    private const int BarWidth = 40;

    /// <summary>The number of documents.</summary>
    public int Documents { get; private init; }

    /// <summary>The number of words in all documents.</summary>
    public long Words { get; private init; }

    /// <summary>The number of sentences (a document that marks none is one).</summary>
    public long Sentences { get; private init; }

    /// <summary>How often each tag occurs, the mission's labels first in id order, then others by name.</summary>
    public IReadOnlyList<NamedCount> Labels { get; private init; } = [];

    /// <summary>Entities per type (IOB2 chunks within sentences), the mission's types first, then others by name.</summary>
    public IReadOnlyList<NamedCount> Entities { get; private init; } = [];

    /// <summary>The shortest document, in words (0 for an empty corpus).</summary>
    public int MinWords { get; private init; }

    /// <summary>The median document length, interpolated as numpy.percentile does by default.</summary>
    public double MedianWords { get; private init; }

    /// <summary>The 90th percentile of document lengths, interpolated as numpy.percentile does by default.</summary>
    public double P90Words { get; private init; }

    /// <summary>The longest document, in words.</summary>
    public int MaxWords { get; private init; }

    /// <summary>Document lengths in up to ten bins of equal width from <see cref="MinWords"/> to <see cref="MaxWords"/>.</summary>
    public IReadOnlyList<HistogramBin> Histogram { get; private init; } = [];

    /// <summary>Counts <paramref name="documents"/>, enumerating them once; memory grows with the number of documents only.</summary>
    public static CorpusStatistics Compute(IEnumerable<Document> documents)
    {
        var lengths = new List<int>();
        var labels = new Dictionary<string, long>(StringComparer.Ordinal);
        var entities = new Dictionary<string, long>(StringComparer.Ordinal);
        long sentences = 0;
        foreach (var document in documents)
        {
            lengths.Add(document.Words.Count);
            sentences += document.Sentences().Count(s => s.End.Value > s.Start.Value);
            foreach (var tag in document.Tags)
                labels[tag] = labels.GetValueOrDefault(tag) + 1;
            foreach (var entity in TaggedEntities.Find(document))
                entities[entity.Type] = entities.GetValueOrDefault(entity.Type) + 1;
        }
        lengths.Sort();
        return new CorpusStatistics
        {
            Documents = lengths.Count,
            Words = lengths.Sum(l => (long)l),
            Sentences = sentences,
            Labels = Ordered(labels, name => LabelScheme.Default.TryGetId(name, out var id) ? id : -1),
            Entities = Ordered(entities, type => LabelScheme.Default.TryGetId("B-" + type, out var id) ? id : -1),
            MinWords = lengths.Count > 0 ? lengths[0] : 0,
            MedianWords = Percentile(lengths, 50),
            P90Words = Percentile(lengths, 90),
            MaxWords = lengths.Count > 0 ? lengths[^1] : 0,
            Histogram = Bins(lengths),
        };
    }

    /// <summary>The statistics as a few aligned lines of text with a histogram of bars.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append($"documents  {Documents}\nwords      {Words}\nsentences  {Sentences}\n");
        AppendCounts(text, "labels", Labels);
        AppendCounts(text, "entities", Entities);
        text.Append($"words per document: min {MinWords}, median {MedianWords:0.#}, p90 {P90Words:0.#}, max {MaxWords}\n");
        var most = Histogram.Count > 0 ? Histogram.Max(b => b.Documents) : 0;
        var width = Histogram.Count > 0 ? Histogram.Max(b => Range(b).Length) : 0;
        foreach (var bin in Histogram)
        {
            var bar = bin.Documents == 0 ? 0 : Math.Max(1, (int)Math.Round((double)BarWidth * bin.Documents / most));
            text.Append($"  {Range(bin).PadLeft(width)}  {new string('#', bar)}{(bar > 0 ? " " : "")}{bin.Documents}\n");
        }
        return text.ToString();
    }

    /// <summary>The statistics as an indented JSON object with snake_case names.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonLines.WriterOptions.Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", Documents);
            json.WriteNumber("words", Words);
            json.WriteNumber("sentences", Sentences);
            WriteCounts(json, "labels", Labels);
            WriteCounts(json, "entities", Entities);
            json.WriteStartObject("document_words");
            json.WriteNumber("min", MinWords);
            json.WriteNumber("median", MedianWords);
            json.WriteNumber("p90", P90Words);
            json.WriteNumber("max", MaxWords);
            json.WriteStartArray("histogram");
            foreach (var bin in Histogram)
            {
                json.WriteStartObject();
                json.WriteNumber("from", bin.From);
                json.WriteNumber("to", bin.To);
                json.WriteNumber("documents", bin.Documents);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Range(HistogramBin bin) => bin.From == bin.To ? $"{bin.From}" : $"{bin.From}-{bin.To}";

    // numpy.percentile's default ("linear"): interpolate between the two nearest ranks of the sorted values.
    private static double Percentile(List<int> sorted, double percent)
    {
        if (sorted.Count == 0)
            return 0;
        var rank = percent / 100 * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }

    private static HistogramBin[] Bins(List<int> sorted)
    {
        if (sorted.Count == 0)
            return [];
        var (min, max) = (sorted[0], sorted[^1]);
        var span = max - min + 1;
        var width = (span + MostBins - 1) / MostBins;
        var bins = new HistogramBin[(span + width - 1) / width];
        for (var i = 0; i < bins.Length; i++)
            bins[i] = new HistogramBin(min + i * width, Math.Min(max, min + (i + 1) * width - 1), 0);
        foreach (var length in sorted)
        {
            var i = (length - min) / width;
            bins[i] = bins[i] with { Documents = bins[i].Documents + 1 };
        }
        return bins;
    }

    private static NamedCount[] Ordered(Dictionary<string, long> counts, Func<string, int> knownOrder) =>
        counts.Select(p => new NamedCount(p.Key, p.Value))
            .OrderBy(c => knownOrder(c.Name) is var order && order >= 0 ? order : int.MaxValue)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

    private static void AppendCounts(StringBuilder text, string title, IReadOnlyList<NamedCount> counts)
    {
        text.Append(title).Append('\n');
        var width = counts.Count > 0 ? counts.Max(c => c.Name.Length) : 0;
        foreach (var (name, count) in counts)
            text.Append($"  {name.PadRight(width)}  {count,8}\n");
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<NamedCount> counts)
    {
        json.WriteStartObject(name);
        foreach (var (label, count) in counts)
            json.WriteNumber(label, count);
        json.WriteEndObject();
    }
}
