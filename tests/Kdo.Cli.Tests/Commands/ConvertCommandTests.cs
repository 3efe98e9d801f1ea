using Kdo.Corpus.Formats;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class ConvertCommandTests
{
    internal static string Sample => Path.Combine(TestPaths.RepositoryRoot, "docs", "samples", "sample.conll");

    [Fact]
    public void Converts_the_sample_and_prints_a_summary()
    {
        var output = Path.Combine(TestPaths.NewTempFolder(), "out", "sample.jsonl");
        var (code, stdout, _) = CliRunner.Run("convert", Sample, output);
        Assert.Equal(0, code);
        Assert.StartsWith("3 documents, ", stdout, StringComparison.Ordinal);
        Assert.Contains("0 misaligned spans", stdout, StringComparison.Ordinal);
        var documents = CorpusFiles.Read(output).ToList();
        Assert.Equal(["usneseni-1", "prihlaska-2", "vyhlaska-3"], documents.Select(d => d.Id));
        Assert.Equal(CorpusFiles.Read(Sample).SelectMany(d => d.Tags), documents.SelectMany(d => d.Tags));
    }

    [Fact]
    public void Formats_and_tag_ids_can_be_asked_for()
    {
        var folder = TestPaths.NewTempFolder();
        var doccano = Path.Combine(folder, "spans.jsonl");
        Assert.Equal(0, CliRunner.Run("convert", Sample, doccano, "--to", "doccano").ExitCode);
        Assert.Equal(CorpusFormat.Doccano, CorpusFiles.DetectFormat(doccano));
        var ids = Path.Combine(folder, "ids.jsonl");
        Assert.Equal(0, CliRunner.Run("convert", doccano, ids, "--from", "doccano", "--ids").ExitCode);
        Assert.Contains("\"ner_tags\":[0,", File.ReadAllText(ids), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_2_with_the_line_and_leaves_the_output_untouched()
    {
        var folder = TestPaths.NewTempFolder();
        var input = Path.Combine(folder, "bad.conll");
        File.WriteAllText(input, "Jan B-jmeno\nNovák\n");
        var output = Path.Combine(folder, "out.jsonl");
        File.WriteAllText(output, "previous\n");
        var (code, stdout, error) = CliRunner.Run("convert", input, output);
        Assert.Equal(2, code);
        Assert.Contains("bad.conll:2: the line has 1 column", error, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.Equal("previous\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("--to", "xml")]
    [InlineData("--tag-column", "0")]
    [InlineData("--annotation", "-1")]
    public void Bad_options_exit_2(string option, string value)
    {
        var output = Path.Combine(TestPaths.NewTempFolder(), "out.jsonl");
        var (code, _, error) = CliRunner.Run("convert", Sample, output, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_input_exits_2()
    {
        var folder = TestPaths.NewTempFolder();
        Assert.Equal(2, CliRunner.Run("convert", Path.Combine(folder, "none.conll"), Path.Combine(folder, "out.jsonl")).ExitCode);
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var (code, stdout, _) = CliRunner.Run("convert", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--labels", stdout, StringComparison.Ordinal);
        Assert.Contains("--ids", stdout, StringComparison.Ordinal);
    }
}
