using Kdo.Corpus.Formats;
using Kdo.Corpus.Generation;
using Kdo.Tests;

namespace Kdo.Corpus.Tests.Generation;

public class CorpusSamplesTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "docs", "samples");

    [Fact]
    public void Docs_samples_are_what_kdo_samples_writes()
    {
        // Fails when the generator changed and docs/samples was not rewritten: run ./kdo samples.
        var samples = CorpusSamples.Select();
        foreach (var sample in samples)
        {
            var path = Path.Combine(Folder, sample.Metadata!["sample"] + ".txt");
            Assert.True(File.Exists(path), $"{path} is missing: run ./kdo samples");
            Assert.True(sample.Text == File.ReadAllText(path), $"{path} is out of date: run ./kdo samples");
        }
        var written = Directory.EnumerateFiles(Folder, "*.txt").Select(f => Path.GetFileName(f)).Where(CorpusSamples.IsSample).Order(StringComparer.Ordinal);
        Assert.Equal(samples.Select(s => s.Metadata!["sample"] + ".txt").Order(StringComparer.Ordinal), written);

        using var expected = new MemoryStream();
        CorpusFiles.Write(expected, CorpusSamples.JsonlName, samples, CorpusFormat.Jsonl);
        Assert.True(System.Text.Encoding.UTF8.GetString(expected.ToArray()) == File.ReadAllText(Path.Combine(Folder, CorpusSamples.JsonlName)),
            "samples.jsonl is out of date: run ./kdo samples");
    }

    [Fact]
    public void Twenty_test_split_samples_cover_every_family_and_two_are_noisy()
    {
        var samples = CorpusSamples.Select();

        Assert.Equal(20, samples.Count);
        Assert.All(samples, s => Assert.Equal("test", s.Metadata!["split"]));
        Assert.All(samples, s => Assert.InRange(s.Words.Count, 1, CorpusSamples.MaxWords + 200));
        Assert.Equal(Catalogue.Families.Select(f => f.Name).Order(), samples.Select(s => s.Metadata!["family"]).Distinct().Order());
        Assert.Equal(2, samples.Count(s => s.Metadata!["sample"].EndsWith("-noisy", StringComparison.Ordinal)));
        Assert.Equal(samples.Count, samples.Select(s => s.Metadata!["sample"]).Distinct().Count());
    }

    [Fact]
    public void Writing_replaces_stale_samples_and_keeps_other_files()
    {
        var folder = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "99-old.txt"), "stale");
        File.WriteAllText(Path.Combine(folder, "README.md"), "keep");

        var samples = CorpusSamples.Write(folder);

        Assert.False(File.Exists(Path.Combine(folder, "99-old.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
        Assert.Equal(samples.Select(s => s.Id), CorpusFiles.Read(Path.Combine(folder, CorpusSamples.JsonlName)).Select(d => d.Id));
        Assert.Equal(samples[0].Text, File.ReadAllText(Path.Combine(folder, samples[0].Metadata!["sample"] + ".txt")));
    }
}
