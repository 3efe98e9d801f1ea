using Kdo.Corpus;
using Kdo.Corpus.Generation;
using Kdo.Modeling.Models;
using Kdo.Tests;
using Kdo.Training.Prediction;

namespace Kdo.Training.Tests.Prediction;

[Collection(GlobalRandomState.Name)]
public class ModelWordTaggerTests
{
    private static readonly Lazy<string> Folder = new(() => TinyModelFolder.Create("tagger-model"));

    private static Document LongDocument() =>
        CorpusGenerator.Create(new GeneratorOptions { Seed = 3, MinWords = 600, MaxWords = 1200 }).DocumentAt(0);

    [Fact]
    public void A_long_document_gets_a_row_summing_to_one_for_every_word()
    {
        using var tagger = ModelWordTagger.Load(Folder.Value);
        var document = LongDocument();
        Assert.True(tagger.Tokenizer.EncodeWords(document.Words).Count > 512, "the document should need several windows");

        var rows = tagger.Tag(document);

        Assert.Equal(document.Words.Count, rows.Count);
        for (var w = 0; w < rows.Count; w++)
        {
            var sum = 0f;
            foreach (var p in rows.Row(w))
                sum += p;
            Assert.InRange(sum, 0.999f, 1.001f);
        }
    }

    [Fact]
    public void Bfloat16_gives_rows_close_to_float32()
    {
        var whole = LongDocument();
        var document = new Document(whole.Id, whole.Words.Take(300).ToArray(), whole.Tags.Take(300).ToArray());
        using var full = ModelWordTagger.Load(Folder.Value);
        using var half = ModelWordTagger.Load(Folder.Value, new ModelTaggerOptions { Precision = Precision.BFloat16, BatchSize = 2 });

        var (a, b) = (full.Tag(document), half.Tag(document));

        Assert.Equal(Precision.BFloat16, half.Model.Precision);
        var largest = 0f;
        for (var w = 0; w < a.Count; w++)
            for (var l = 0; l < a.Labels.Count; l++)
                largest = Math.Max(largest, Math.Abs(a[w, l] - b[w, l]));
        Assert.InRange(largest, 0f, 0.05f);
    }

    [Fact]
    public void A_word_without_tokens_is_outside_with_certainty()
    {
        using var tagger = ModelWordTagger.Load(Folder.Value);
        string[] words = ["Jan", "\u200B", "Novák"];
        var encoding = tagger.Tokenizer.EncodeWords(words);
        Assert.DoesNotContain(1, encoding.WordIds);

        var rows = tagger.Tag(Document.Untagged("d", words));

        Assert.Equal(1f, rows[1, tagger.Labels.IdOf(LabelScheme.Outside)]);
        Assert.NotEqual(1f, rows[0, tagger.Labels.IdOf(LabelScheme.Outside)]);
    }

    [Fact]
    public void Its_name_is_the_folders_and_its_labels_the_models()
    {
        using var tagger = ModelWordTagger.Load(Folder.Value + Path.DirectorySeparatorChar);
        Assert.Equal("tagger-model", tagger.Name);
        Assert.Equal(LabelScheme.Default.Labels, tagger.Labels.Labels);
    }

    [Fact]
    public void A_folder_that_is_no_model_is_an_input_error_naming_it()
    {
        var empty = TestPaths.NewTempFolder();
        var error = Assert.Throws<InputException>(() => ModelWordTagger.Load(empty));
        Assert.Contains(empty, error.Message);

        var withoutTokenizer = Path.Combine(TestPaths.NewTempFolder(), "no-tokenizer");
        Directory.CreateDirectory(withoutTokenizer);
        foreach (var file in new[] { "config.json", "model.safetensors" })
            File.Copy(Path.Combine(Folder.Value, file), Path.Combine(withoutTokenizer, file));
        error = Assert.Throws<InputException>(() => ModelWordTagger.Load(withoutTokenizer));
        Assert.Contains(withoutTokenizer, error.Message);
        Assert.Contains("no tokenizer", error.Message);
    }

    [Theory]
    [InlineData(0, 512, 128, "batch_size")]
    [InlineData(8, 1024, 128, "positions")]
    [InlineData(8, 64, 62, "stride")]
    public void Options_out_of_range_are_input_errors(int batchSize, int maxLength, int stride, string expected)
    {
        var options = new ModelTaggerOptions { BatchSize = batchSize, MaxLength = maxLength, Stride = stride };
        var error = Assert.Throws<InputException>(() => ModelWordTagger.Load(Folder.Value, options));
        Assert.Contains(expected, error.Message);
    }
}
