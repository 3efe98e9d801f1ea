using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class GenerateCommandTests
{
    [Fact]
    public void Writes_a_corpus_that_reads_back_with_its_tags()
    {
        var output = Path.Combine(TestPaths.NewTempFolder(), "dev.jsonl");
        var (code, stdout, _) = CliRunner.Run("generate", "--docs", "12", "--seed", "4", "--split", "dev", "--out", output);

        Assert.Equal(0, code);
        Assert.StartsWith("12 dev documents, ", stdout, StringComparison.Ordinal);
        var documents = CorpusFiles.Read(output).ToList();
        Assert.Equal(12, documents.Count);
        Assert.All(documents, d => Assert.StartsWith("dev-4-", d.Id, StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Tags.Any(t => t != LabelScheme.Outside));
    }

    [Fact]
    public void The_same_seed_gives_the_same_file_in_conll_too()
    {
        var folder = TestPaths.NewTempFolder();
        string Generate(string name)
        {
            var path = Path.Combine(folder, name);
            Assert.Equal(0, CliRunner.Run("generate", "--docs", "5", "--seed", "8", "--out", path, "--format", "conll", "--noise", "0.05").ExitCode);
            return File.ReadAllText(path);
        }
        var first = Generate("a.txt");
        Assert.Equal(first, Generate("b.txt"));
        Assert.Contains("B-prijmeni", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--split", "validation")]
    [InlineData("--docs", "0")]
    [InlineData("--noise", "2")]
    public void Bad_options_are_bad_usage(string flag, string value)
    {
        var output = Path.Combine(TestPaths.NewTempFolder(), "x.jsonl");
        string[] args = flag == "--docs" ? ["generate", flag, value, "--out", output] : ["generate", "--docs", "3", flag, value, "--out", output];
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.True(error.Contains(flag, StringComparison.Ordinal) || error.Contains(value, StringComparison.Ordinal), error);
        Assert.False(File.Exists(output));
    }
}
