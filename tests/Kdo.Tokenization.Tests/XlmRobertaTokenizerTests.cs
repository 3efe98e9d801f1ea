using System.Text.Json;

namespace Kdo.Tokenization.Tests;

public class XlmRobertaTokenizerTests
{
    public static TheoryData<int> CaseIndexes() => [.. Enumerable.Range(0, HfParity.Cases.Count)];

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Words_encode_as_hugging_face_does(int index)
    {
        var expected = HfParity.Cases[index];
        foreach (var tokenizer in new[] { HfParity.Tokenizer, HfParity.Normalizing })
        {
            var encoding = tokenizer.EncodeWords(expected.Words);
            Assert.Equal(expected.InputIds, encoding.Ids);
            Assert.Equal(expected.Tokens, encoding.Tokens);
            Assert.Equal(expected.WordIds, encoding.WordIds);
            Assert.Equal(Enumerable.Repeat(1, expected.InputIds.Length), encoding.AttentionMask);
            Assert.Equal(expected.Words.Length, encoding.WordCount);
        }
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Each_word_encodes_on_its_own_as_sentencepiece_does(int index)
    {
        var expected = HfParity.Cases[index];
        for (var w = 0; w < expected.Words.Length; w++)
        {
            var encoding = HfParity.Tokenizer.EncodeWords([expected.Words[w]]);
            var spmIds = expected.WordSpmIds[w].Select(id => id == 0 ? 3 : id + 1);
            Assert.Equal([0, .. spmIds, 2], encoding.Ids);
        }
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void A_sentence_as_one_word_list_matches_the_whole_text_ids(int index)
    {
        var expected = HfParity.Cases[index];
        Assert.Equal(expected.SentenceInputIds, HfParity.Tokenizer.EncodeWords(expected.Words).Ids);
    }

    [Fact]
    public void A_word_encodes_the_same_whatever_precedes_it()
    {
        // One SentencePiece call over a whole document sums scores along all of it, so a tie inside a word such as
        // "000" (0+00 or 00+0) can fall the other way after a long text; HF encodes every word alone, and so does Kdo.
        var prefix = HfParity.Cases.SelectMany(c => c.Words).ToArray();
        var alone = HfParity.Tokenizer.EncodeWords(["000"]).Ids.Skip(1).SkipLast(1);
        foreach (var repeat in new[] { 1, 10, 50 })
        {
            var words = Enumerable.Repeat(prefix, repeat).SelectMany(w => w).Append("000").ToArray();
            var encoding = HfParity.Tokenizer.EncodeWords(words);
            Assert.Equal(alone, encoding.Ids.Where((_, t) => encoding.WordIds[t] == words.Length - 1));
        }
    }

    [Fact]
    public void Special_ids_follow_fairseq()
    {
        var tokenizer = HfParity.Tokenizer;
        Assert.Equal((0, 1, 2, 3, 801, 802), (tokenizer.StartId, tokenizer.PadId, tokenizer.EndId, tokenizer.UnknownId, tokenizer.MaskId, tokenizer.VocabSize));
        Assert.Equal(800, tokenizer.PieceCount);
        Assert.Equal(["<s>", "<pad>", "</s>", "<unk>", "<mask>"], new[] { 0, 1, 2, 3, 801 }.Select(tokenizer.TokenOf));
        Assert.Equal("▁Jan", tokenizer.TokenOf(401));
    }

    [Fact]
    public void A_run_of_unknown_characters_is_one_unknown_token()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["東京", "Jan東京Novák", "東"]);
        Assert.Equal(["<s>", "▁", "<unk>", "▁Jan", "<unk>"], encoding.Tokens.Take(5));
        Assert.Equal(2, encoding.Tokens.Count(t => t == "<unk>") - 1); // one per word, the middle word's after ▁Jan
        Assert.Equal([null, 0, 0, 1, 1], encoding.WordIds.Take(5));
    }

    [Fact]
    public void Words_that_normalise_to_nothing_have_no_tokens()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["Jan", "", "   ", "\u200B", "Novák"]);
        Assert.Equal([0, 401, 686, 2], encoding.Ids);
        Assert.Equal([null, 0, 4, null], encoding.WordIds);
        Assert.Equal(5, encoding.WordCount);
    }

    [Fact]
    public void Text_is_never_read_as_special_tokens()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["<s>", "<mask>", "</s>"]);
        Assert.DoesNotContain(encoding.Ids.Skip(1).SkipLast(1), id => id is 0 or 1 or 2 or 801);
    }

    [Fact]
    public void No_words_give_the_start_and_end_tokens()
    {
        var encoding = HfParity.Tokenizer.EncodeWords([]);
        Assert.Equal([0, 2], encoding.Ids);
        Assert.Equal(0, encoding.ContentCount);
    }

    [Fact]
    public void Save_writes_a_folder_that_loads_back()
    {
        var folder = Kdo.Tests.TestPaths.NewTempFolder();
        HfParity.Tokenizer.Save(folder);
        Assert.Equal(File.ReadAllBytes(HfParity.ModelPath), File.ReadAllBytes(Path.Combine(folder, "sentencepiece.bpe.model")));
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "tokenizer_config.json")));
        Assert.Equal("XLMRobertaTokenizer", config.RootElement.GetProperty("tokenizer_class").GetString());
        var loaded = SubwordTokenizer.FromFolder(folder);
        var words = HfParity.Cases[1].Words;
        Assert.Equal(HfParity.Tokenizer.EncodeWords(words).Ids, loaded.EncodeWords(words).Ids);
    }

    [Fact]
    public void A_file_that_is_no_model_is_bad_input_naming_the_file()
    {
        var path = Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), "sentencepiece.bpe.model");
        File.WriteAllText(path, "not a model");
        var e = Assert.Throws<Kdo.Corpus.InputException>(() => XlmRobertaTokenizer.Create(path));
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }
}
