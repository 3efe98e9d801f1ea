using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class ScoreCommandTests
{
    [Fact]
    public void Compares_extractors_and_scores_register_matches_against_the_answer_key()
    {
        var folder = TestPaths.NewTempFolder();
        var corpus = Path.Combine(folder, "test.jsonl");
        var register = Path.Combine(folder, "register.csv");
        var answers = Path.Combine(folder, "answers.csv");
        var records = Path.Combine(folder, "rules.jsonl");
        Assert.Equal(0, CliRunner.Run("generate", "--docs", "20", "--seed", "4", "--split", "test", "--out", corpus).ExitCode);
        Assert.Equal(0, CliRunner.Run("register", "--from", corpus, "--extra", "100", "--out", register, "--answers", answers).ExitCode);
        Assert.Equal(0, CliRunner.Run("extract", corpus, "--rules", "--register", register, "--out", records).ExitCode);

        var single = CliRunner.Run("score", "--gold", corpus, "--pred", records, "--answers", answers);
        Assert.True(single.ExitCode == 0, single.Error);
        Assert.Contains("register: accuracy", single.Output, StringComparison.Ordinal);

        var compared = CliRunner.Run("score", "--gold", corpus, "--pred", "rules=" + records, "--pred", "again=" + records, "--answers", answers);
        Assert.True(compared.ExitCode == 0, compared.Error);
        var lines = compared.Output.Split('\n');
        Assert.Contains("rules", lines[0], StringComparison.Ordinal);
        Assert.Contains("again", lines[0], StringComparison.Ordinal);
        var accuracy = lines.Single(l => l.StartsWith("register accuracy", StringComparison.Ordinal));
        var cells = accuracy["register accuracy".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, cells.Length);
        Assert.Equal(cells[0], cells[1]);

        var json = CliRunner.Run("score", "--gold", corpus, "--pred", "rules=" + records, "--pred", "again=" + records, "--answers", answers, "--json");
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.True(parsed.RootElement.GetProperty("rules").GetProperty("register").GetProperty("correct").GetInt32() > 0);
    }

    [Fact]
    public void A_bad_answer_file_is_bad_input()
    {
        var folder = TestPaths.NewTempFolder();
        var corpus = Path.Combine(folder, "test.jsonl");
        var records = Path.Combine(folder, "rules.jsonl");
        var answers = Path.Combine(folder, "answers.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--docs", "3", "--split", "test", "--out", corpus).ExitCode);
        Assert.Equal(0, CliRunner.Run("extract", corpus, "--rules", "--out", records).ExitCode);
        File.WriteAllText(answers, "doc,customer\n");
        var (code, _, error) = CliRunner.Run("score", "--gold", corpus, "--pred", records, "--answers", answers);
        Assert.Equal(2, code);
        Assert.Contains("answers.csv:1:", error, StringComparison.Ordinal);
    }
}
