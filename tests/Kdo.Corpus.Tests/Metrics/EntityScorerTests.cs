using CsCheck;
using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Tests.Metrics;

public class EntityScorerTests
{
    private static readonly string[] AnyTags = ["O", "O", "O", "B-a", "I-a", "E-a", "S-a", "B-b", "I-b", "B", "I", "E", "S", "X"];
    private static readonly string[] Iob2Tags = ["O", "O", "O", "B-a", "I-a", "B-b", "I-b", "I-c"];

    // Gold and predicted sentences of the same shapes.
    private static Gen<(string[][] Gold, string[][] Predicted)> Pairs(string[] tags) =>
        from lengths in Gen.Int[0, 12].Array[0, 5]
        from gold in Sentences(tags, lengths)
        from predicted in Sentences(tags, lengths)
        select (gold, predicted);

    private static Gen<string[][]> Sentences(string[] tags, int[] lengths) =>
        lengths.Aggregate(Gen.Const(Array.Empty<string[]>()),
            (sentences, length) => from s in sentences from t in Gen.OneOfConst(tags).Array[length] select (string[][])[.. s, t]);

    [Fact]
    public void Perfect_prediction_scores_one()
    {
        Pairs(AnyTags).Sample(pair => AssertPerfect(EntityScorer.Score(pair.Gold, pair.Gold)));
        Pairs(Iob2Tags).Sample(pair => AssertPerfect(EntityScorer.Score(pair.Gold, pair.Gold, SeqevalMode.StrictIob2)));
    }

    [Fact]
    public void Counts_equal_the_intersection_of_the_entity_sets()
    {
        Pairs(AnyTags).Sample(pair => AssertCounts(EntityScorer.Score(pair.Gold, pair.Predicted),
            EntityChunker.Entities(pair.Gold), EntityChunker.Entities(pair.Predicted), e => e.Type));
        Pairs(Iob2Tags).Sample(pair => AssertCounts(EntityScorer.Score(pair.Gold, pair.Predicted, SeqevalMode.StrictIob2),
            EntityChunker.StrictEntities(pair.Gold), EntityChunker.StrictEntities(pair.Predicted), e => e.Type));
    }

    [Fact]
    public void Swapping_gold_and_predicted_swaps_precision_and_recall()
    {
        Pairs(AnyTags).Sample(pair =>
        {
            var forward = EntityScorer.Score(pair.Gold, pair.Predicted);
            var backward = EntityScorer.Score(pair.Predicted, pair.Gold);
            Assert.Equal(forward.Types.Select(t => (t.Name, t.Precision, t.Recall, t.F1)),
                backward.Types.Select(t => (t.Name, t.Recall, t.Precision, t.F1)));
            Assert.Equal((forward.Micro.Precision, forward.Micro.Recall), (backward.Micro.Recall, backward.Micro.Precision));
        });
    }

    [Fact]
    public void Valid_IOB2_reads_the_same_in_both_modes()
    {
        Pairs(Iob2Tags).Sample(pair =>
        {
            var valid = ToIob2(pair.Gold);
            var offsets = valid.Select((_, k) => valid.Take(k).Sum(s => s.Length + 1)).ToArray();
            Assert.Equal(EntityChunker.StrictEntities(valid).Select(e => new Entity(e.Type, offsets[e.Sentence] + e.Start, offsets[e.Sentence] + e.End - 1)),
                EntityChunker.Entities(valid));
        });
    }

    [Fact]
    public void Adding_one_sentence_at_a_time_with_snapshots_equals_the_batch()
    {
        Pairs(AnyTags).Sample(pair =>
        {
            var scorer = new EntityScorer();
            for (var i = 0; i < pair.Gold.Length; i++)
            {
                scorer.Add(pair.Gold[i], pair.Predicted[i]);
                _ = scorer.Result();
            }
            var batch = EntityScorer.Score(pair.Gold, pair.Predicted);
            Assert.Equal(batch.FormatReportOrEmpty(), scorer.Result().FormatReportOrEmpty());
            Assert.Equal(batch.ToJson(), scorer.Result().ToJson());
        });
    }

    [Fact]
    public void Ranges_of_a_document_score_as_its_sentences()
    {
        string[] gold = ["B-a", "I-a", "O", "B-b", "I-b", "I-b", "O"];
        string[] predicted = ["B-a", "O", "O", "I-b", "I-b", "B-b", "O"];
        var scorer = new EntityScorer();
        scorer.Add(gold, predicted, 0..2);
        scorer.Add(gold, predicted, 2..);
        var expected = EntityScorer.Score([gold[..2], gold[2..]], [predicted[..2], predicted[2..]]);
        Assert.Equal(expected.ToJson(), scorer.Result().ToJson());
        Assert.Equal(2, scorer.Sentences);
    }

    [Fact]
    public void Bad_input_is_rejected_and_leaves_the_scorer_unchanged()
    {
        var scorer = new EntityScorer(SeqevalMode.StrictIob2);
        scorer.Add(["B-a", "O"], ["B-a", "B-a"]);
        var before = scorer.Result().ToJson();
        var lengths = Assert.Throws<ArgumentException>(() => scorer.Add(["O"], ["O", "O"]));
        Assert.Contains("sentence 1: 1 gold tags but 2 predicted tags", lengths.Message, StringComparison.Ordinal);
        var tag = Assert.Throws<InvalidTagException>(() => scorer.Add(["B-a", "O"], ["B-a", "E-a"]));
        Assert.Equal(("predicted", 1, 1), (tag.Side, tag.Sentence, tag.Token));
        Assert.Equal("sentence 1, predicted token 1: tag 'E-a' is not IOB2: strict mode allows only the prefixes B, I and O", tag.Message);
        Assert.Equal(before, scorer.Result().ToJson());
        Assert.Equal(1, scorer.Sentences);

        var count = Assert.Throws<ArgumentException>(() => EntityScorer.Score([["O"], ["O"]], [["O"]]));
        Assert.Contains("gold has more than 1 sentences, predicted has 1", count.Message, StringComparison.Ordinal);
    }

    private static void AssertPerfect(EntityScores scores)
    {
        Assert.All(scores.Types, t => Assert.Equal((1.0, 1.0, 1.0), (t.Precision, t.Recall, t.F1)));
        Assert.Equal(scores.HasEntities ? 1.0 : 0.0, scores.Micro.F1);
        Assert.Equal(scores.GoldEntities, scores.CorrectEntities);
        Assert.True(scores.Tokens == 0 || scores.Accuracy == 1.0);
    }

    private static void AssertCounts<T>(EntityScores scores, IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, string> type)
    {
        var types = gold.Concat(predicted).Select(type).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(types, scores.Types.Select(t => t.Name));
        foreach (var row in scores.Types)
        {
            var g = gold.Where(e => type(e) == row.Name).ToHashSet();
            var p = predicted.Where(e => type(e) == row.Name).ToHashSet();
            Assert.Equal((g.Count, p.Count, g.Intersect(p).Count()), (row.Support, row.Predicted, row.Correct));
        }
    }

    // Repairs IOB2: an I- that does not continue its type's run becomes B-.
    private static string[][] ToIob2(string[][] sentences) =>
        sentences.Select(s => s.Select((tag, i) =>
            tag.StartsWith("I-", StringComparison.Ordinal) && (i == 0 || s[i - 1] == "O" || s[i - 1][2..] != tag[2..]) ? "B-" + tag[2..] : tag)
            .ToArray()).ToArray();
}

internal static class EntityScoresExtensions
{
    public static string FormatReportOrEmpty(this EntityScores scores) => scores.HasEntities ? scores.FormatReport(4) : "";
}
