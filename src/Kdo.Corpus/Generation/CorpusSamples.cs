using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The sample documents of docs/samples, chosen from the generator's test split by a fixed rule so that one command
/// (<c>kdo samples</c>) rewrites them and a test checks that they are up to date: of seed <see cref="Seed"/>, the
/// first documents of each family under <see cref="MaxWords"/> words (one of every family, then a second of the
/// first seven families, in the catalogue's order), and the first claim and the first resolution again with OCR noise
/// at <see cref="NoiseRate"/>.
/// </summary>
/// <remarks>
/// Layout of the folder: <c>NN-family.txt</c> (and <c>NN-family-noisy.txt</c>), each the document's text as the
/// model sees it; <c>samples.jsonl</c>, one line per sample in the same order, in Kdo's JSONL layout (id, tokens,
/// ner_tags, customer, meta with family, split, template and the sample's name).
/// </remarks>
public static class CorpusSamples
{
    /// <summary>The seed of the samples' test split.</summary>
    public const int Seed = 2024;

    /// <summary>The most words a sample has, so that a reader can read it.</summary>
    public const int MaxWords = 1800;

    /// <summary>The noise rate of the noisy samples.</summary>
    public const double NoiseRate = 0.03;

    /// <summary>The name of the JSONL file beside the text files.</summary>
    public const string JsonlName = "samples.jsonl";

    private const int FamiliesWithTwo = 7;
    private const int Search = 20_000;

    /// <summary>The samples, in order, each with its name in its metadata ("sample": "01-claim").</summary>
    public static IReadOnlyList<Document> Select()
    {
        var clean = CorpusGenerator.Create(new GeneratorOptions { Seed = Seed, Split = CorpusSplit.Test });
        var noisy = CorpusGenerator.Create(new GeneratorOptions { Seed = Seed, Split = CorpusSplit.Test, NoiseRate = NoiseRate });
        var families = Catalogue.Families.Select(f => f.Name).ToArray();
        var wanted = families.Select((f, i) => (Family: f, Count: i < FamiliesWithTwo ? 2 : 1)).ToDictionary(p => p.Family, p => p.Count);
        var picked = families.ToDictionary(f => f, _ => new List<int>());
        for (var i = 0; i < Search && picked.Any(p => p.Value.Count < wanted[p.Key]); i++)
        {
            var document = clean.DocumentAt(i);
            var family = document.Metadata!["family"];
            if (document.Words.Count <= MaxWords && picked[family].Count < wanted[family])
                picked[family].Add(i);
        }
        var order = families.Select(f => (f, picked[f][0], false))
            .Concat(families.Take(FamiliesWithTwo).Select(f => (f, picked[f][1], false)))
            .Concat(families.Take(2).Select(f => (f, picked[f][0], true)));
        return order.Select((p, n) =>
        {
            var (family, index, isNoisy) = p;
            var document = (isNoisy ? noisy : clean).DocumentAt(index);
            var name = $"{n + 1:D2}-{family}{(isNoisy ? "-noisy" : "")}";
            return document with { Metadata = new Dictionary<string, string>(document.Metadata!) { ["sample"] = name } };
        }).ToArray();
    }

    /// <summary>Whether <paramref name="fileName"/> is a sample's text file: "NN-name.txt".</summary>
    public static bool IsSample(string fileName) =>
        fileName.Length > 7 && char.IsAsciiDigit(fileName[0]) && char.IsAsciiDigit(fileName[1]) && fileName[2] == '-' && fileName.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>
    /// Writes the samples into <paramref name="folder"/>: their text files and <see cref="JsonlName"/>; sample text
    /// files of an earlier selection ("NN-*.txt") that the new one lacks are removed.
    /// </summary>
    public static IReadOnlyList<Document> Write(string folder)
    {
        var samples = Select();
        var names = samples.Select(s => s.Metadata!["sample"] + ".txt").ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.txt").Where(f => IsSample(Path.GetFileName(f)) && !names.Contains(Path.GetFileName(f))))
                File.Delete(stale);
        }
        foreach (var sample in samples)
            AtomicFile.WriteText(Path.Combine(folder, sample.Metadata!["sample"] + ".txt"), writer => writer.Write(sample.Text));
        CorpusFiles.Write(Path.Combine(folder, JsonlName), samples, CorpusFormat.Jsonl);
        return samples;
    }
}
