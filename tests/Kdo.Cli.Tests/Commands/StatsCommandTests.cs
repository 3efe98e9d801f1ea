using System.Text.Json;
using Kdo.Corpus.Formats;
using Kdo.Czech;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class StatsCommandTests
{
    [Fact]
    public void Prints_counts_and_no_personal_data()
    {
        var (code, stdout, _) = CliRunner.Run("stats", ConvertCommandTests.Sample);
        Assert.Equal(0, code);
        Assert.Contains("documents  3", stdout, StringComparison.Ordinal);
        Assert.Contains("sentences  9", stdout, StringComparison.Ordinal);
        Assert.Contains("words per document: min ", stdout, StringComparison.Ordinal);
        var tagged = CorpusFiles.Read(ConvertCommandTests.Sample).SelectMany(d => d.Words.Where((_, i) => d.Tags[i] != "O"));
        foreach (var word in tagged.Where(w => w.Length > 3))
            Assert.DoesNotContain(word, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("usneseni", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_every_number()
    {
        var (code, stdout, _) = CliRunner.Run("stats", ConvertCommandTests.Sample, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var entities = json.RootElement.GetProperty("entities");
        foreach (var type in new[] { "evcu", "rc", "prijmeni", "jmeno", "datum" })
            Assert.Equal(3, entities.GetProperty(type).GetInt32());
    }

    [Fact]
    public void A_missing_file_exits_2() =>
        Assert.Equal(2, CliRunner.Run("stats", Path.Combine(TestPaths.NewTempFolder(), "none.jsonl")).ExitCode);

    [Fact]
    public void The_sample_s_birth_numbers_are_valid_and_match_its_birth_dates()
    {
        foreach (var document in CorpusFiles.Read(ConvertCommandTests.Sample))
        {
            var birthNumber = BirthNumber.Parse(document.Words[document.Tags.ToList().IndexOf("B-rc")]);
            var date = string.Join(' ', document.Words.Where((_, i) => document.Tags[i].EndsWith("-datum", StringComparison.Ordinal)));
            Assert.True(birthNumber.MatchesBirthDate(CzechDate.Parse(date).Date), $"document {document.Id}");
        }
    }
}
