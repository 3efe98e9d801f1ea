using Kdo.Corpus.Generation;

namespace Kdo.Corpus.Tests.Generation;

/// <summary>Documents generated once for all generator tests: clean train, dev and test splits, and a noisy one.</summary>
public sealed class GeneratedCorpus
{
    public IReadOnlyList<Document> Train { get; } = Make(CorpusSplit.Train, 2000);
    public IReadOnlyList<Document> Dev { get; } = Make(CorpusSplit.Dev, 700);
    public IReadOnlyList<Document> Test { get; } = Make(CorpusSplit.Test, 700);
    public IReadOnlyList<Document> Noisy { get; } = CorpusGenerator.Create(new GeneratorOptions { Seed = 5, NoiseRate = 0.08 }).Generate(300).ToArray();

    public IEnumerable<Document> Clean => Train.Concat(Dev).Concat(Test);

    private static Document[] Make(CorpusSplit split, int count) =>
        CorpusGenerator.Create(new GeneratorOptions { Seed = 11, Split = split }).Generate(count).ToArray();

    /// <summary>The entities of a document as (type, text, first word) from its tags and word spans.</summary>
    public static IEnumerable<(string Type, string Text, int Word)> Entities(Document document)
    {
        for (var w = 0; w < document.Words.Count; w++)
        {
            if (!document.Tags[w].StartsWith("B-", StringComparison.Ordinal))
                continue;
            var end = w + 1;
            while (end < document.Words.Count && document.Tags[end] == "I-" + document.Tags[w][2..])
                end++;
            var spans = document.WordSpans!;
            yield return (document.Tags[w][2..], document.Text![spans[w].Start..spans[end - 1].End], w);
        }
    }
}
