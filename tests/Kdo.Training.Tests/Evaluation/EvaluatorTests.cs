using System.Text.Json;
using Kdo.Corpus;
using Kdo.Corpus.Generation;
using Kdo.Corpus.Metrics;
using Kdo.Tests;
using Kdo.Tokenization;
using Kdo.Training.Evaluation;
using Kdo.Training.Prediction;
using static TorchSharp.torch;

namespace Kdo.Training.Tests.Evaluation;

[Collection(GlobalRandomState.Name)]
public class EvaluatorTests
{
    private static readonly LabelScheme Labels = LabelScheme.Default;

    // Gold: jmeno, prijmeni, rc, datum (2 words), evcu. Predicted: jmeno exact, prijmeni as jmeno (wrong type),
    // rc missed, datum cut short (wrong boundary), evcu begun with I- (an entity in default mode only), and a
    // spurious prijmeni.
    private static readonly string[] Words = ["Jan", "Novák", "nar.", "710315/1234", "dne", "15.", "března", "ev.", "123456789", "a", "Dvořák", "."];
    private static readonly string[] Gold = ["B-jmeno", "B-prijmeni", "O", "B-rc", "O", "B-datum", "I-datum", "O", "B-evcu", "O", "O", "O"];
    private static readonly string[] Predicted = ["B-jmeno", "B-jmeno", "O", "O", "O", "B-datum", "O", "O", "I-evcu", "O", "B-prijmeni", "O"];

    private static DocumentPrediction Prediction(Document gold, IReadOnlyList<string> predicted) =>
        new(gold, predicted.Select(tag =>
        {
            var row = Enumerable.Repeat(0.02f, Labels.Count).ToArray();
            row[Labels.IdOf(tag)] = 1 - 0.02f * (Labels.Count - 1);
            return (float[]?)row;
        }).ToArray(), 0, 0);

    private static EvaluationResult EvaluateExample(EvaluationOptions? options = null) =>
        Evaluator.Evaluate([Prediction(new Document("doc-1", Words, Gold), Predicted)], Labels, withLoss: false, options);

    [Fact]
    public void A_perfect_predictor_scores_one_with_no_errors()
    {
        var documents = CorpusGenerator.Create(new GeneratorOptions { Seed = 5 }).Generate(6).ToArray();

        var result = Evaluator.Evaluate(documents.Select(d => Prediction(d, d.Tags)), Labels, withLoss: false);

        Assert.Equal(1.0, result.MicroF1);
        Assert.Equal(1.0, result.StrictScores.Micro.F1);
        Assert.Equal(0, result.ErrorCount);
        Assert.Empty(result.Errors);
        Assert.Equal(documents.Sum(d => d.Words.Count), result.Words);
        Assert.All(result.Confusion, row => Assert.Equal((row.Gold, 0), (row.Exact, row.Spurious)));
        Assert.Equal(result.Scores.GoldEntities, result.Confusion.Sum(r => r.Gold));
        Assert.Null(result.Loss);
    }

    [Fact]
    public void Scores_are_seqevals_on_the_argmax_tags_in_both_modes()
    {
        var result = EvaluateExample();

        Assert.Equal(EntityScorer.Score([Gold], [Predicted]).ToJson(), result.Scores.ToJson());
        Assert.Equal(EntityScorer.Score([Gold], [Predicted], SeqevalMode.StrictIob2).ToJson(), result.StrictScores.ToJson());
        Assert.Equal(0.4, result.MicroF1, 12); // 2 of 5 predicted, 2 of 5 gold
        Assert.Equal(2 * 0.25 * 0.2 / 0.45, result.StrictScores.Micro.F1, 12); // I-evcu is no entity: 1 of 4, 1 of 5
    }

    [Fact]
    public void The_confusion_table_sorts_each_gold_entity_and_the_spurious_predictions()
    {
        var rows = EvaluateExample().Confusion.ToDictionary(r => r.Type);

        Assert.Equal(["datum", "evcu", "jmeno", "prijmeni", "rc"], rows.Keys);
        Assert.Equal(new TypeConfusion("datum", 1, 0, 0, 1, 0, 0), rows["datum"]);
        Assert.Equal(new TypeConfusion("evcu", 1, 1, 0, 0, 0, 0), rows["evcu"]);
        Assert.Equal(new TypeConfusion("jmeno", 1, 1, 0, 0, 0, 0), rows["jmeno"]); // its second prediction overlaps the surname
        Assert.Equal(new TypeConfusion("prijmeni", 1, 0, 1, 0, 0, 1), rows["prijmeni"]);
        Assert.Equal(new TypeConfusion("rc", 1, 0, 0, 0, 1, 0), rows["rc"]);
    }

    [Fact]
    public void Exact_matches_are_seqevals_correct_entities_for_any_predictor()
    {
        var random = new Random(11);
        var documents = CorpusGenerator.Create(new GeneratorOptions { Seed = 9 }).Generate(5).ToArray();
        var predictions = documents.Select(d => Prediction(d,
            d.Tags.Select(t => random.NextDouble() < 0.2 ? Labels.NameOf(random.Next(Labels.Count)) : t).ToArray())).ToArray();

        var result = Evaluator.Evaluate(predictions, Labels, withLoss: false);

        foreach (var type in result.Scores.Types)
        {
            var row = result.Confusion.Single(r => r.Type == type.Name);
            Assert.Equal((type.Support, type.Correct), (row.Gold, row.Exact));
        }
        Assert.Equal(result.Scores.GoldEntities - result.Scores.CorrectEntities + result.Confusion.Sum(r => r.Spurious), result.ErrorCount);
    }

    [Fact]
    public void Errors_are_listed_in_word_order_with_their_words_masked()
    {
        var result = EvaluateExample();

        var errors = Assert.Single(result.Errors).Errors;
        Assert.Equal([EntityErrorKind.WrongType, EntityErrorKind.Missed, EntityErrorKind.WrongBoundary, EntityErrorKind.Spurious], errors.Select(e => e.Kind));
        Assert.Equal(new EntitySpan("prijmeni", 1, 2), errors[0].Gold);
        Assert.Equal(new EntitySpan("jmeno", 1, 2), errors[0].Predicted);
        Assert.Equal(["Xxxxx", "dddddd/dddd", "dd. xxxxxx", "Xxxxxx"], errors.Select(e => e.Words));
        var report = result.FormatReport() + result.ToJson();
        foreach (var word in new[] { "Novák", "Dvořák", "710315", "123456789", "března" })
            Assert.DoesNotContain(word, report);
    }

    [Fact]
    public void Shown_identifiers_keep_birth_numbers_masked()
    {
        var result = EvaluateExample(new EvaluationOptions { ShowIdentifiers = true });

        var errors = result.Errors.Single().Errors;
        Assert.Equal(["Novák", "7103**/****", "15. března", "Dvořák"], errors.Select(e => e.Words));
        Assert.DoesNotContain("710315/1234", result.FormatReport());
    }

    [Fact]
    public void At_most_max_errors_are_listed_and_all_are_counted()
    {
        var result = EvaluateExample(new EvaluationOptions { MaxErrors = 2 });

        Assert.Equal([EntityErrorKind.WrongType, EntityErrorKind.Missed], result.Errors.Single().Errors.Select(e => e.Kind)); // the first in word order
        Assert.Equal(4, result.ErrorCount);
        Assert.Contains("(2 of 4 listed", result.FormatReport());

        var spuriousFirst = Evaluator.Evaluate([Prediction(new Document("d", ["Jan", "a", "Novák"], ["O", "O", "B-prijmeni"]), ["B-jmeno", "O", "O"])],
            Labels, withLoss: false, new EvaluationOptions { MaxErrors = 1 });
        Assert.Equal(EntityErrorKind.Spurious, spuriousFirst.Errors.Single().Errors.Single().Kind);
    }

    [Fact]
    public void The_report_says_it_is_on_words_and_the_json_holds_every_part()
    {
        var result = EvaluateExample();

        var scores = result.FormatScores();
        Assert.StartsWith("Scored on words (1 document, 12 words)", scores);
        Assert.Contains("seqeval, default mode:\n" + result.Scores.FormatReport(4), scores);
        Assert.Contains("seqeval, strict mode, IOB2:\n" + result.StrictScores.FormatReport(4), scores);
        Assert.Contains("prijmeni     1      0           1               0       0         1", result.FormatReport());

        using var json = JsonDocument.Parse(result.ToJson());
        var root = json.RootElement;
        Assert.Equal("words", root.GetProperty("scored_on").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("loss").ValueKind);
        Assert.Equal("strict", root.GetProperty("strict").GetProperty("mode").GetString());
        Assert.Equal(5, root.GetProperty("confusion").GetArrayLength());
        var first = root.GetProperty("errors")[0].GetProperty("errors")[0];
        Assert.Equal("wrong_type", first.GetProperty("kind").GetString());
        Assert.Equal(1, first.GetProperty("gold").GetProperty("start").GetInt32());
    }

    [Fact]
    public void A_gold_tag_strict_mode_cannot_read_is_an_input_error_naming_the_document()
    {
        var gold = new Document("doc-7", ["Jan", "Novák"], ["B-jmeno", "E-prijmeni"]);

        var error = Assert.Throws<InputException>(() =>
            Evaluator.Evaluate([Prediction(gold, ["B-jmeno", "O"])], Labels, withLoss: false, new EvaluationOptions { Source = "eval.jsonl" }));

        Assert.Contains("eval.jsonl", error.Message);
        Assert.Contains("document 1 ('doc-7'), word 2", error.Message);
    }

    [Fact]
    public void The_loss_is_the_weighted_mean_over_every_labelled_token_of_every_document()
    {
        using var tagger = ModelWordTagger.Load(TinyModelFolder.Create());
        // Two documents of one window each, so that the expected loss can be computed window by window.
        var documents = CorpusGenerator.Create(new GeneratorOptions { Seed = 4 }).Generate(2)
            .Select(d => new Document(d.Id, d.Words.Take(120).ToArray(), d.Tags.Take(120).ToArray())).ToArray();
        var weights = Enumerable.Range(1, Labels.Count).Select(i => (float)i).ToArray();
        using var loss = new WeightedCrossEntropy(weights, CPU);

        var result = Evaluator.Evaluate(tagger.CreatePredictor(withLabels: true), documents, loss);

        var encoder = new DocumentEncoder(tagger.Tokenizer, tagger.Encoding, Labels);
        using var scope = NewDisposeScope();
        var (logits, labels) = (new List<Tensor>(), new List<Tensor>());
        foreach (var window in documents.Select(d => encoder.Encode(d).Windows.Single()))
        {
            var ids = tensor(window.Ids.Select(i => (long)i).ToArray(), [1, window.Ids.Count]);
            logits.Add(tagger.Model.forward(ids, ones_like(ids), null).view(-1, Labels.Count));
            labels.Add(tensor(window.Labels!.Select(l => (long)l).ToArray()));
        }
        var expected = nn.functional.cross_entropy(cat(logits, 0), cat(labels, 0), tensor(weights), ignore_index: LabelScheme.IgnoreIndex).item<float>();
        Assert.NotNull(result.Loss);
        Assert.Equal(expected, result.Loss.Value, 4);
        Assert.Contains(FormattableString.Invariant($"Eval loss {result.Loss:F4}."), result.FormatScores());
    }
}
