using System.Text.Json;
using Kdo.Corpus.Formats;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    private static readonly Lazy<string> Model = new(() => TinyModelFolder.Create("eval-model"));

    private static string Corpus(int documents = 3)
    {
        var corpus = Path.Combine(TestPaths.NewTempFolder(), "test.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--docs", documents.ToString(), "--seed", "8", "--split", "test", "--out", corpus).ExitCode);
        return corpus;
    }

    // The words of the gold entities of a type, each entity's words joined by spaces.
    private static string[] GoldWords(string corpus, string type) =>
        CorpusFiles.Read(corpus, new CorpusReadOptions()).SelectMany(d => d.Words.Select((w, i) => (Word: w, Tag: d.Tags[i])))
            .Where(p => p.Tag.EndsWith("-" + type, StringComparison.Ordinal)).Select(p => p.Word).Distinct().ToArray();

    [Fact]
    public void Prints_both_reports_the_table_and_the_errors_with_words_masked()
    {
        var corpus = Corpus();

        var (code, output, error) = CliRunner.Run("evaluate", "--model", Model.Value, "--data", corpus, "--max-errors", "1000");

        Assert.True(code == 0, error);
        Assert.StartsWith("Scored on words (3 documents", output, StringComparison.Ordinal);
        Assert.Contains("the Python practice scored subtokens", output, StringComparison.Ordinal);
        Assert.Contains("Eval loss", output, StringComparison.Ordinal);
        Assert.Contains("seqeval, default mode:", output, StringComparison.Ordinal);
        Assert.Contains("seqeval, strict mode, IOB2:", output, StringComparison.Ordinal);
        Assert.Contains("Entities by type (default mode):", output, StringComparison.Ordinal);
        Assert.Contains("Errors by document", output, StringComparison.Ordinal);
        var surnames = GoldWords(corpus, "prijmeni");
        Assert.NotEmpty(surnames);
        Assert.All(surnames, surname => Assert.DoesNotContain(surname, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_identifiers_shows_names_but_not_birth_numbers()
    {
        var corpus = Corpus();

        var (code, output, error) = CliRunner.Run("evaluate", "--model", Model.Value, "--data", corpus, "--max-errors", "1000", "--show-identifiers", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var words = json.RootElement.GetProperty("errors").EnumerateArray()
            .SelectMany(d => d.GetProperty("errors").EnumerateArray()).Select(e => e.GetProperty("words").GetString()!).ToArray();
        Assert.Contains(words, w => GoldWords(corpus, "prijmeni").Any(s => w.Contains(s, StringComparison.Ordinal)));
        var birthNumbers = GoldWords(corpus, "rc").Where(w => w.Count(char.IsAsciiDigit) > 4).ToArray();
        Assert.NotEmpty(birthNumbers);
        Assert.All(birthNumbers, number => Assert.DoesNotContain(number, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_every_number()
    {
        var (code, output, error) = CliRunner.Run("evaluate", "--model", Model.Value, "--data", Corpus(2), "--json", "--max-errors", "3");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("words", root.GetProperty("scored_on").GetString());
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("loss").GetDouble() > 0);
        Assert.Equal("default", root.GetProperty("default").GetProperty("mode").GetString());
        Assert.Equal(3, root.GetProperty("errors").EnumerateArray().Sum(d => d.GetProperty("errors").GetArrayLength()));
        Assert.True(root.GetProperty("error_count").GetInt32() >= 3);
    }

    [Fact]
    public void A_folder_that_is_no_model_is_exit_2_naming_it()
    {
        var folder = TestPaths.NewTempFolder();

        var (code, _, error) = CliRunner.Run("evaluate", "--model", folder, "--data", Corpus(1));

        Assert.Equal(2, code);
        Assert.Contains(folder, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_data_is_exit_2()
    {
        var missing = Path.Combine(TestPaths.NewTempFolder(), "none.jsonl");

        var (code, _, error) = CliRunner.Run("evaluate", "--model", Model.Value, "--data", missing);

        Assert.Equal(2, code);
        Assert.Contains("none.jsonl", error, StringComparison.Ordinal);
    }
}
