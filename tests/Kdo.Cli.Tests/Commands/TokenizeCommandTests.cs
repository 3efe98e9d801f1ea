using System.Text.Json;
using Kdo.Tests;
using Kdo.Tokenization;

namespace Kdo.Cli.Tests.Commands;

public class TokenizeCommandTests
{
    private static readonly string FixtureTokenizer = TestPaths.Fixture("hf-parity", "tiny-xlm-roberta-tokenizer");

    private static string Corpus(params string[] lines)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "corpus.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static readonly string Sample = Corpus(
        """{"id": "d1", "tokens": ["Dlužník", "Jan", "Novák,", "r.č.", "850315/1234"], "ner_tags": ["O", "B-jmeno", "B-prijmeni", "O", "B-rc"]}""",
        """{"id": "d2", "tokens": ["Praha"], "ner_tags": ["O"]}""");

    [Fact]
    public void Writes_ids_tokens_word_ids_labels_and_windows_per_document()
    {
        var (code, stdout, stderr) = CliRunner.Run("tokenize", Sample, "--tokenizer", FixtureTokenizer);
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        var expected = XlmRobertaTokenizer.Create(Path.Combine(FixtureTokenizer, "sentencepiece.bpe.model"))
            .EncodeWords(["Dlužník", "Jan", "Novák,", "r.č.", "850315/1234"]);
        Assert.Equal("d1", root.GetProperty("id").GetString());
        Assert.Equal(expected.Ids, root.GetProperty("input_ids").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(expected.Tokens, root.GetProperty("tokens").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(expected.WordIds, root.GetProperty("word_ids").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (int?)null : e.GetInt32()));
        var tags = root.GetProperty("tags").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal([null, "O", "O", "B-jmeno", "B-prijmeni", "I-prijmeni"], tags.Take(6));
        Assert.Equal(-100, root.GetProperty("labels")[0].GetInt32());
        Assert.Equal([1, expected.Count - 1], root.GetProperty("windows")[0].EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Writes_a_file_with_out_and_uses_the_czech_tokenizer_by_default()
    {
        var target = Path.Combine(TestPaths.NewTempFolder(), "tokens.jsonl");
        var (code, stdout, _) = CliRunner.Run("tokenize", Sample, "--out", target, "--max-length", "4", "--stride", "1");
        Assert.Equal(0, code);
        Assert.Contains("2 documents, 6 words", stdout, StringComparison.Ordinal);
        using var first = JsonDocument.Parse(File.ReadLines(target).First());
        Assert.Equal("▁Dlužník", first.RootElement.GetProperty("tokens")[1].GetString());
        Assert.True(first.RootElement.GetProperty("windows").GetArrayLength() > 1);
    }

    [Fact]
    public void Raw_text_has_no_labels()
    {
        var text = Path.Combine(TestPaths.NewTempFolder(), "document.txt");
        File.WriteAllText(text, "Dlužník Jan Novák bydlí v Praze.\n");
        var (code, stdout, _) = CliRunner.Run("tokenize", text);
        Assert.Equal(0, code);
        using var line = JsonDocument.Parse(stdout.Split('\n')[0]);
        Assert.False(line.RootElement.TryGetProperty("labels", out _));
    }

    [Fact]
    public void A_tag_outside_the_scheme_exits_2_and_writes_nothing()
    {
        var corpus = Corpus("""{"id": "spis-9", "tokens": ["Jan"], "ner_tags": ["B-osoba"]}""");
        var target = Path.Combine(TestPaths.NewTempFolder(), "tokens.jsonl");
        var (code, _, stderr) = CliRunner.Run("tokenize", corpus, "--out", target);
        Assert.Equal(2, code);
        Assert.Contains("spis-9", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Theory]
    [InlineData("--stride", "600")]
    [InlineData("--max-length", "2")]
    [InlineData("--tokenizer", "/no/such/folder")]
    public void Bad_options_exit_2(string option, string value)
    {
        var (code, _, stderr) = CliRunner.Run("tokenize", Sample, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option == "--tokenizer" ? "/no/such/folder" : option, stderr, StringComparison.Ordinal);
    }
}
