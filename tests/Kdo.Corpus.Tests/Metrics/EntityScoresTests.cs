using System.Text.Json;
using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Tests.Metrics;

public class EntityScoresTests
{
    [Fact]
    public void No_entity_at_all_has_NaN_macro_and_no_text_report()
    {
        var scores = EntityScorer.Score([["O", "O"]], [["O", "O"]]);
        Assert.False(scores.HasEntities);
        Assert.Empty(scores.Types);
        Assert.Equal((0.0, 0.0, 0.0), (scores.Micro.Precision, scores.Micro.Recall, scores.Micro.F1));
        Assert.True(double.IsNaN(scores.Macro.Precision) && double.IsNaN(scores.Macro.F1));
        Assert.Equal((0.0, 0.0, 0.0), (scores.Weighted.Precision, scores.Weighted.Recall, scores.Weighted.F1));
        Assert.Equal(1.0, scores.Accuracy);
        Assert.Equal(["micro avg", "macro avg", "weighted avg"], scores.ToDictionary().Keys);
        var e = Assert.Throws<InvalidOperationException>(() => scores.FormatReport());
        Assert.Contains("no rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracy_of_no_tokens_is_NaN()
    {
        Assert.True(double.IsNaN(EntityScorer.Score([], []).Accuracy));
        Assert.True(double.IsNaN(EntityScorer.Score([[]], [[]]).Accuracy));
    }

    [Fact]
    public void Report_rounds_ties_to_even_and_honours_digits()
    {
        // 13 of 32 and 27 of 32: precisions 0.40625 and 0.84375, exact binary ties at four digits.
        var gold = Enumerable.Range(0, 32).Select(_ => (IReadOnlyList<string>)["B-a", "B-b"]).ToArray();
        var predicted = Enumerable.Range(0, 32).Select(i => (IReadOnlyList<string>)[i < 13 ? "B-a" : "O", i < 27 ? "B-b" : "O"]).ToArray();
        var scores = EntityScorer.Score(gold, predicted);
        Assert.Contains("           a     1.0000    0.4062    0.5778        32\n", scores.FormatReport(4), StringComparison.Ordinal);
        Assert.Contains("           b     1.0000    0.8438    0.9153        32\n", scores.FormatReport(4), StringComparison.Ordinal);
        Assert.Contains("           a          1         0         1        32\n", scores.FormatReport(0), StringComparison.Ordinal);
        Assert.Contains("  weighted avg  1.00000000000000 ", scores.FormatReport(14), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.FormatReport(-1));
    }

    [Fact]
    public void Types_sort_by_code_point_and_widths_count_code_points()
    {
        // UTF-16 order would put the surrogate pair of U+1F600 before U+FB01; Python's order is by code point.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 13));
        var scores = EntityScorer.Score([["B-\uFB01", "B-" + emoji, "B-_", "B-Z"]], [["O", "O", "O", "O"]]);
        Assert.Equal(["Z", "_", "\uFB01", emoji], scores.Types.Select(t => t.Name));
        var header = scores.FormatReport().Split('\n')[0];
        Assert.Equal(new string(' ', 15) + "precision    recall  f1-score   support", header);
        Assert.StartsWith(emoji + "       0.00", scores.FormatReport().Split('\n')[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_every_number_and_reads_back()
    {
        var scores = EntityScorer.Score([["B-a", "I-a", "O", "B-b"]], [["B-a", "I-a", "B-b", "O"]]);
        using var json = JsonDocument.Parse(scores.ToJson());
        var root = json.RootElement;
        Assert.Equal("default", root.GetProperty("mode").GetString());
        Assert.Equal(4, root.GetProperty("tokens").GetInt32());
        Assert.Equal(0.5, root.GetProperty("accuracy").GetDouble());
        Assert.Equal((2, 2, 1), (root.GetProperty("gold_entities").GetInt32(), root.GetProperty("predicted_entities").GetInt32(), root.GetProperty("correct_entities").GetInt32()));
        Assert.Equal(["a", "b", "micro avg", "macro avg", "weighted avg"], root.GetProperty("report").EnumerateObject().Select(p => p.Name));
        var b = root.GetProperty("report").GetProperty("b");
        Assert.Equal((0.0, 0.0, 0.0, 1), (b.GetProperty("precision").GetDouble(), b.GetProperty("recall").GetDouble(), b.GetProperty("f1-score").GetDouble(), b.GetProperty("support").GetInt32()));
        Assert.Equal(1, root.GetProperty("entities").GetProperty("b").GetProperty("predicted").GetInt32());

        var none = JsonDocument.Parse(EntityScorer.Score([["O"]], [["O"]]).ToJson(indented: false)).RootElement;
        Assert.Equal("NaN", none.GetProperty("report").GetProperty("macro avg").GetProperty("f1-score").GetString());
    }
}
