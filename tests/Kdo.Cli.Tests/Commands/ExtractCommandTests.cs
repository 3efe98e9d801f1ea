using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class ExtractCommandTests
{
    private static string Corpus(string folder, int documents = 12)
    {
        var corpus = Path.Combine(folder, "test.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--docs", documents.ToString(), "--seed", "6", "--split", "test", "--out", corpus).ExitCode);
        return corpus;
    }

    [Fact]
    public void Extracts_scores_and_skips_what_is_done_on_a_rerun()
    {
        var folder = TestPaths.NewTempFolder();
        var corpus = Corpus(folder);
        var register = Path.Combine(folder, "register.csv");
        var output = Path.Combine(folder, "out", "records.jsonl");
        Assert.Equal(0, CliRunner.Run("register", "--from", corpus, "--extra", "50", "--out", register).ExitCode);

        var (code, stdout, error) = CliRunner.Run("extract", corpus, "--rules", "--register", register, "--out", output);
        Assert.True(code == 0, error);
        Assert.StartsWith("12 documents extracted, 0 already done", stdout, StringComparison.Ordinal);
        Assert.Equal(12, File.ReadAllLines(output).Length);
        Assert.Contains("\"status\":\"matched\"", File.ReadAllText(output), StringComparison.Ordinal);

        var rerun = CliRunner.Run("extract", corpus, "--rules", "--register", register, "--out", output);
        Assert.StartsWith("0 documents extracted, 12 already done", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(12, File.ReadAllLines(output).Length);

        var score = CliRunner.Run("score", "--gold", corpus, "--pred", output);
        Assert.Equal(0, score.ExitCode);
        Assert.Contains("variable_symbol", score.Output, StringComparison.Ordinal);
        Assert.Contains("exact records:", score.Output, StringComparison.Ordinal);
        var json = CliRunner.Run("score", "--gold", corpus, "--pred", output, "--json");
        Assert.Contains("\"documents\": 12", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_come_from_a_config_file_and_flags()
    {
        var folder = TestPaths.NewTempFolder();
        var text = Path.Combine(folder, "filing.txt");
        File.WriteAllText(text, "Dlužník Jan Novák, pohledávka pod ev. č. 123456789.");
        var config = Path.Combine(folder, "extraction.yaml");
        File.WriteAllText(config, "found_threshold: 0.95\n");
        var output = Path.Combine(folder, "records.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", text, "--rules", "--config", config, "--out", output).ExitCode);
        Assert.Contains("\"variable_symbol\":{\"status\":\"not_sure\"", File.ReadAllText(output), StringComparison.Ordinal);

        var flagged = Path.Combine(folder, "flagged.jsonl");
        Assert.Equal(0, CliRunner.Run("extract", text, "--rules", "--config", config, "--found-threshold", "0.5", "--out", flagged).ExitCode);
        Assert.Contains("\"variable_symbol\":{\"status\":\"found\"", File.ReadAllText(flagged), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_folder_tags_and_writes_one_record_per_document()
    {
        var folder = TestPaths.NewTempFolder();
        var corpus = Corpus(folder, 3);
        var model = TinyModelFolder.Create("extract-model");
        var output = Path.Combine(folder, "records.jsonl");

        var (code, stdout, error) = CliRunner.Run("extract", corpus, "--model", model, "--batch-size", "2", "--precision", "bfloat16", "--out", output);

        Assert.True(code == 0, error);
        Assert.StartsWith("3 documents extracted, 0 already done, tagger extract-model", stdout, StringComparison.Ordinal);
        var records = File.ReadAllLines(output);
        Assert.Equal(3, records.Length);
        Assert.All(records, r => Assert.Contains("\"tagger\":\"extract-model\"", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("two-taggers")]
    [InlineData("no-model")]
    [InlineData("missing-input")]
    [InlineData("no-tagger")]
    [InlineData("bad-config")]
    [InlineData("bad-register")]
    [InlineData("bad-llm-url")]
    [InlineData("threshold-out-of-range")]
    public void Bad_input_is_exit_2(string problem)
    {
        var folder = TestPaths.NewTempFolder();
        var text = Path.Combine(folder, "filing.txt");
        File.WriteAllText(text, "Dlužník Jan Novák.");
        var output = Path.Combine(folder, "records.jsonl");
        File.WriteAllText(Path.Combine(folder, "bad.yaml"), "no_such_option: 1\n");
        File.WriteAllText(Path.Combine(folder, "bad.csv"), "id,surname,birth_number\nC1,Novák,123\n");
        string[] args = problem switch
        {
            "missing-input" => ["extract", Path.Combine(folder, "nothing.txt"), "--rules", "--out", output],
            "no-tagger" => ["extract", text, "--out", output],
            "two-taggers" => ["extract", text, "--rules", "--model", folder, "--out", output],
            "no-model" => ["extract", text, "--model", folder, "--out", output],
            "bad-config" => ["extract", text, "--rules", "--config", Path.Combine(folder, "bad.yaml"), "--out", output],
            "bad-register" => ["extract", text, "--rules", "--register", Path.Combine(folder, "bad.csv"), "--out", output],
            "bad-llm-url" => ["extract", text, "--llm", "not a url", "--llm-model", "m", "--out", output],
            _ => ["extract", text, "--rules", "--not-sure-threshold", "0.9", "--out", output],
        };
        var (code, _, error) = CliRunner.Run(args);
        Assert.True(code == 2, $"{problem}: exit {code}: {error}");
        Assert.StartsWith("kdo:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_of_a_file_that_is_no_extraction_output_is_exit_2()
    {
        var folder = TestPaths.NewTempFolder();
        var corpus = Corpus(folder, 2);
        var (code, _, error) = CliRunner.Run("score", "--gold", corpus, "--pred", corpus);
        Assert.Equal(2, code);
        Assert.Contains(":1:", error, StringComparison.Ordinal);
    }
}
