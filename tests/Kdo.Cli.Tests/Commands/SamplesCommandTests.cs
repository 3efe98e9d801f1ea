using Kdo.Corpus.Formats;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class SamplesCommandTests
{
    [Fact]
    public void Writes_twenty_sample_texts_and_their_jsonl()
    {
        var folder = TestPaths.NewTempFolder();
        var (code, stdout, _) = CliRunner.Run("samples", "--out", folder);

        Assert.Equal(0, code);
        Assert.StartsWith("20 samples and samples.jsonl -> ", stdout, StringComparison.Ordinal);
        var texts = Directory.GetFiles(folder, "*.txt");
        Assert.Equal(20, texts.Length);
        var documents = CorpusFiles.Read(Path.Combine(folder, "samples.jsonl")).ToList();
        Assert.Equal(texts.Select(Path.GetFileNameWithoutExtension).Order(), documents.Select(d => d.Metadata!["sample"]).Order());
    }
}
