using System.Text.Json;
using Kdo.Tests;

namespace Kdo.Tokenization.Tests;

public class CzechTokenizerTests
{
    private static readonly XlmRobertaTokenizer Czech = XlmRobertaTokenizer.CreateCzech();

    [Fact]
    public void The_shipped_model_has_xlm_r_ids_and_a_czech_vocabulary()
    {
        Assert.Equal(24_000, Czech.PieceCount);
        Assert.Equal((0, 1, 2, 3, 24_001, 24_002), (Czech.StartId, Czech.PadId, Czech.EndId, Czech.UnknownId, Czech.MaskId, Czech.VocabSize));
        var encoding = Czech.EncodeWords(["Krajský", "soud", "v", "Českých", "Budějovicích", "rozhodl", "o", "úpadku", "dlužníka"]);
        Assert.Equal(["<s>", "▁Krajský", "▁soud", "▁v", "▁Českých", "▁Budějovicích", "▁rozhodl", "▁o", "▁úpadku", "▁dlužníka", "</s>"], encoding.Tokens);
    }

    [Fact]
    public void It_normalises_as_xlm_r_does_and_merges_unknown_runs()
    {
        Assert.Equal(Czech.EncodeWords(["firma", "12"]).Ids, Czech.EncodeWords(["ﬁrma", "１２"]).Ids); // nmt_nfkc
        var unknown = Czech.EncodeWords(["東京"]);
        Assert.Equal(1, unknown.Tokens.Count(t => t == "<unk>"));
    }

    [Fact]
    public void Whole_documents_encode_as_word_by_word_with_the_shipped_model()
    {
        var wordByWord = XlmRobertaTokenizer.Create(XlmRobertaTokenizer.CzechModel(), "czech", skipNormalizing: false);
        var sample = Path.Combine(TestPaths.RepositoryRoot, "docs", "samples", "sample.conll");
        foreach (var document in Kdo.Corpus.Formats.CorpusFiles.Read(sample))
            Assert.Equal(wordByWord.EncodeWords(document.Words).Ids, Czech.EncodeWords(document.Words).Ids);
        foreach (var words in HfParity.Cases.Select(c => c.Words))
            Assert.Equal(wordByWord.EncodeWords(words).Ids, Czech.EncodeWords(words).Ids);
    }

    [Fact]
    public void It_saves_as_a_hugging_face_folder_under_two_megabytes()
    {
        var folder = TestPaths.NewTempFolder();
        Czech.Save(folder);
        var model = new FileInfo(Path.Combine(folder, "sentencepiece.bpe.model"));
        Assert.InRange(model.Length, 100_000, 2_000_000);
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "tokenizer_config.json")));
        Assert.Equal("<mask>", config.RootElement.GetProperty("mask_token").GetString());
        var loaded = SubwordTokenizer.FromFolder(folder);
        Assert.Equal(Czech.EncodeWords(["Dlužnice", "Marie", "Dvořáková"]).Ids, loaded.EncodeWords(["Dlužnice", "Marie", "Dvořáková"]).Ids);
        Assert.Same(Czech, XlmRobertaTokenizer.CreateCzech());
    }
}
