using System.Text.Json;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class ReportCommandTests
{
    private static readonly string GroundTruth = TestPaths.Fixture("seqeval", "ground_truth.txt");

    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("seqeval", "conll_ground_truth.json"))).RootElement;

    [Theory]
    [InlineData("report_default_digits2")]
    [InlineData("report_default", "--digits", "4")]
    [InlineData("report_strict", "--digits", "4", "--strict")]
    public void Prints_seqeval_s_report_of_a_file_with_both_columns(string expected, params string[] flags)
    {
        var (code, stdout, stderr) = CliRunner.Run(["report", GroundTruth, GroundTruth, "--tag-column", "3", "--pred-tag-column", "4", .. flags]);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal(Expected.GetProperty(expected).GetString(), stdout);
    }

    [Fact]
    public void Json_gives_every_number()
    {
        var (code, stdout, _) = CliRunner.Run("report", GroundTruth, GroundTruth, "--tag-column", "3", "--pred-tag-column", "4", "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Expected.GetProperty("accuracy").GetDouble(), json.GetProperty("accuracy").GetDouble());
        Assert.Equal(961, json.GetProperty("tokens").GetInt32());
        Assert.Equal(371, json.GetProperty("correct_entities").GetInt32());
        foreach (var row in Expected.GetProperty("report_dict_default").EnumerateObject())
        {
            var actual = json.GetProperty("report").GetProperty(row.Name);
            foreach (var field in new[] { "precision", "recall", "f1-score", "support" })
                Assert.Equal(row.Value.GetProperty(field).GetDouble(), actual.GetProperty(field).GetDouble());
        }
    }

    [Fact]
    public void Reads_gold_and_predictions_in_different_formats()
    {
        // The sample has three entities of each type; the predictions miss every birth number and write the dates
        // in IOBES, which the default mode reads as seqeval does.
        var predicted = Path.Combine(TestPaths.NewTempFolder(), "predicted.jsonl");
        CorpusFiles.Write(predicted, CorpusFiles.Read(ConvertCommandTests.Sample).Select(d => d with { Tags = Predict(d.Tags) }));
        var (code, stdout, _) = CliRunner.Run("report", ConvertCommandTests.Sample, predicted);
        Assert.Equal(0, code);
        Assert.Contains("E-datum", File.ReadAllText(predicted), StringComparison.Ordinal);
        Assert.Contains("          rc       0.00      0.00      0.00         3\n", stdout, StringComparison.Ordinal);
        Assert.Contains("       datum       1.00      1.00      1.00         3\n", stdout, StringComparison.Ordinal);
        Assert.Contains("   micro avg       1.00      0.80      0.89        15\n", stdout, StringComparison.Ordinal);

        static string[] Predict(IReadOnlyList<string> tags) => tags.Select((tag, i) => tag switch
        {
            "B-rc" or "I-rc" => "O",
            "I-datum" when i + 1 == tags.Count || tags[i + 1] != "I-datum" => "E-datum",
            _ => tag,
        }).ToArray();
    }

    [Fact]
    public void Different_words_or_lengths_exit_2_naming_the_file_and_the_document()
    {
        var folder = TestPaths.NewTempFolder();
        var gold = Path.Combine(folder, "gold.conll");
        File.WriteAllText(gold, "-DOCSTART- a\n\nJan B-jmeno\nNovák B-prijmeni\n\n-DOCSTART- b\n\nPetr B-jmeno\nSvoboda B-prijmeni\n");
        var otherWord = Path.Combine(folder, "word.jsonl");
        File.WriteAllText(otherWord, """{"id":"a","tokens":["Jan","Novák"],"ner_tags":["B-jmeno","B-prijmeni"]}""" + "\n" +
                                     """{"id":"b","tokens":["Petr","Svobodová"],"ner_tags":["B-jmeno","B-prijmeni"]}""" + "\n");
        var (code, _, stderr) = CliRunner.Run("report", gold, otherWord);
        Assert.Equal(2, code);
        Assert.Contains($"{otherWord}: document 2 ('b'): word 2 differs from word 2 of {gold}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Svobod", stderr, StringComparison.Ordinal);

        var shorter = Path.Combine(folder, "short.jsonl");
        File.WriteAllText(shorter, """{"id":"a","tokens":["Jan"],"ner_tags":["B-jmeno"]}""" + "\n");
        (code, _, stderr) = CliRunner.Run("report", gold, shorter);
        Assert.Equal(2, code);
        Assert.Contains($"{shorter}: document 1 ('a') has 1 words, but document 1 of {gold} has 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_strict_mode_cannot_read_exits_2()
    {
        var folder = TestPaths.NewTempFolder();
        var gold = Path.Combine(folder, "gold.jsonl");
        var predicted = Path.Combine(folder, "predicted.jsonl");
        File.WriteAllText(gold, """{"id":"a","tokens":["Jan","Novák"],"ner_tags":["B-jmeno","B-prijmeni"]}""" + "\n");
        File.WriteAllText(predicted, """{"id":"a","tokens":["Jan","Novák"],"ner_tags":["S-jmeno","S-prijmeni"]}""" + "\n");
        Assert.Equal(0, CliRunner.Run("report", gold, predicted).ExitCode);
        var (code, _, stderr) = CliRunner.Run("report", gold, predicted, "--strict");
        Assert.Equal(2, code);
        Assert.Contains($"{predicted}: document 1 ('a'), word 1: tag 'S-jmeno' is not IOB2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_entity_at_all_exits_2_but_json_has_the_numbers()
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "plain.jsonl");
        CorpusFiles.Write(file, [Document.Untagged("a", ["nic", "tu", "není"])]);
        var (code, stdout, stderr) = CliRunner.Run("report", file, file);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("has an entity, so the report has no rows", stderr, StringComparison.Ordinal);
        (code, stdout, _) = CliRunner.Run("report", file, file, "--json");
        Assert.Equal(0, code);
        Assert.Equal("NaN", JsonDocument.Parse(stdout).RootElement.GetProperty("report").GetProperty("macro avg").GetProperty("f1-score").GetString());
    }

    [Fact]
    public void Bad_usage_and_missing_files_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("report", GroundTruth, GroundTruth, "--digits", "-1").ExitCode);
        Assert.Equal(2, CliRunner.Run("report", GroundTruth).ExitCode);
        Assert.Equal(2, CliRunner.Run("report", GroundTruth, Path.Combine(TestPaths.NewTempFolder(), "none.conll")).ExitCode);
    }
}
