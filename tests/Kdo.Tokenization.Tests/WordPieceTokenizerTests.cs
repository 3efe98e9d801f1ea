using System.Text.Json;
using Kdo.Corpus;
using Kdo.Tests;

namespace Kdo.Tokenization.Tests;

/// <summary>
/// WordPiece over TestData/wordpiece/vocab.txt (ids: [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4, "," 5, "/" 7,
/// jan 9, novak 10, nov 11, ##ak 12, ##a 13, a 14, dluz 15, ##nik 16, ##ník 17, dluž 18, Nov 20, ##ák 21, un 22,
/// ##aff 23, ##able 24, 東 26, 京 27, 850315 28, 12 29, ##34 30, i 31, σας 32). Expectations follow HF's
/// BasicTokenizer and WordpieceTokenizer by hand.
/// </summary>
public class WordPieceTokenizerTests
{
    private static readonly string VocabPath = Path.Combine(AppContext.BaseDirectory, "TestData", "wordpiece", "vocab.txt");

    private static WordPieceTokenizer Uncased { get; } = WordPieceTokenizer.Create(VocabPath);

    private static WordPieceTokenizer With(bool lowerCase, bool? stripAccents = null, bool chinese = true) =>
        WordPieceTokenizer.Create(VocabPath, new WordPieceConfig { LowerCase = lowerCase, StripAccents = stripAccents, TokenizeChineseChars = chinese });

    private static int[] Content(SubwordTokenizer tokenizer, params string[] words) =>
        [.. tokenizer.EncodeWords(words).Ids.Skip(1).SkipLast(1)];

    [Fact]
    public void Uncased_lowercases_strips_accents_and_splits_off_punctuation()
    {
        var encoding = Uncased.EncodeWords(["Jan", "Novák,"]);
        Assert.Equal([2, 9, 10, 5, 3], encoding.Ids);
        Assert.Equal(["[CLS]", "jan", "novak", ",", "[SEP]"], encoding.Tokens);
        Assert.Equal([null, 0, 1, 1, null], encoding.WordIds);
    }

    [Fact]
    public void Longest_match_first_with_continuation_pieces()
    {
        Assert.Equal([15, 16], Content(Uncased, "Dlužník"));
        Assert.Equal([22, 23, 24], Content(Uncased, "unaffable"));
        Assert.Equal([28, 7, 29, 30, 5], Content(Uncased, "850315/1234,"));
    }

    [Fact]
    public void A_basic_token_that_cannot_be_matched_whole_is_one_unknown()
    {
        Assert.Equal([1], Content(Uncased, "unaffablex"));
        Assert.Equal([9, 1, 10], Content(Uncased, "jan xyz novak"));
    }

    [Fact]
    public void Casing_and_accents_follow_the_config()
    {
        Assert.Equal([20, 21], Content(With(lowerCase: false), "Novák"));
        Assert.Equal([20, 12], Content(With(lowerCase: false, stripAccents: true), "Novák"));
        Assert.Equal([11, 21], Content(With(lowerCase: true, stripAccents: false), "Novák"));
        Assert.Equal([18, 17], Content(With(lowerCase: true, stripAccents: false), "Dlužník"));
    }

    [Fact]
    public void Decomposed_text_is_composed_first()
    {
        Assert.Equal([20, 21], Content(With(lowerCase: false), "Nova\u0301k"));
    }

    [Fact]
    public void Lowercasing_is_pythons()
    {
        Assert.Equal([31], Content(Uncased, "İ")); // "i\u0307", then the dot goes with the accents
        Assert.Equal([32], Content(With(lowerCase: true, stripAccents: false), "ΣΑΣ")); // final sigma
    }

    [Fact]
    public void Chinese_characters_are_words_of_their_own_when_configured()
    {
        Assert.Equal([26, 27], Content(Uncased, "東京"));
        Assert.Equal([1], Content(With(lowerCase: true, chinese: false), "東京"));
    }

    [Fact]
    public void Control_characters_go_and_whitespace_splits_inside_a_word()
    {
        var encoding = Uncased.EncodeWords(["No\u200Bvá\u00ADk", "", "\u200B", "jan\tnovak"]);
        Assert.Equal([2, 10, 9, 10, 3], encoding.Ids);
        Assert.Equal([null, 0, 3, 3, null], encoding.WordIds);
    }

    [Fact]
    public void A_word_over_the_character_limit_is_unknown()
    {
        Assert.Equal(100, Content(Uncased, new string('a', 100)).Length);
        Assert.Equal([1], Content(Uncased, new string('a', 101)));
    }

    [Fact]
    public void Special_token_text_is_split_like_any_word()
    {
        Assert.DoesNotContain(Content(Uncased, "[SEP]", "[CLS]"), id => id is 2 or 3);
    }

    [Fact]
    public void Special_ids_come_from_the_vocabulary()
    {
        Assert.Equal((2, 3, 0, 1, 4, 33), (Uncased.StartId, Uncased.EndId, Uncased.PadId, Uncased.UnknownId, Uncased.MaskId, Uncased.VocabSize));
    }

    [Fact]
    public void A_folder_with_a_tokenizer_config_loads_its_settings_and_saves_them_back()
    {
        var folder = TestPaths.NewTempFolder();
        File.Copy(VocabPath, Path.Combine(folder, "vocab.txt"));
        File.WriteAllText(Path.Combine(folder, "tokenizer_config.json"),
            """{"do_lower_case": false, "strip_accents": null, "unk_token": {"content": "[UNK]"}, "model_max_length": 512}""");
        var loaded = Assert.IsType<WordPieceTokenizer>(SubwordTokenizer.FromFolder(folder));
        Assert.Equal([20, 21], Content(loaded, "Novák"));

        var saved = TestPaths.NewTempFolder();
        loaded.Save(saved);
        Assert.Equal(File.ReadAllText(VocabPath), File.ReadAllText(Path.Combine(saved, "vocab.txt")));
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(saved, "tokenizer_config.json")));
        Assert.False(config.RootElement.GetProperty("do_lower_case").GetBoolean());
        Assert.Equal(loaded.Config, ((WordPieceTokenizer)SubwordTokenizer.FromFolder(saved)).Config);
    }

    [Fact]
    public void A_vocabulary_without_a_special_token_is_bad_input()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "vocab.txt");
        File.WriteAllLines(path, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a"]);
        var e = Assert.Throws<InputException>(() => WordPieceTokenizer.Create(path));
        Assert.Contains("mask_token '[MASK]'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_tokenizer_is_bad_input()
    {
        var e = Assert.Throws<InputException>(() => SubwordTokenizer.FromFolder(TestPaths.NewTempFolder()));
        Assert.Contains("vocab.txt", e.Message, StringComparison.Ordinal);
    }
}
