using System.Text.Json;
using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Tests.Metrics;

/// <summary>Every case of cases_public.jsonl, in both modes: entities, numbers to 1e-9, the reports exactly.</summary>
public class SeqevalCaseTests
{
    public static TheoryData<int> CaseIds()
    {
        var ids = new TheoryData<int>();
        foreach (var c in SeqevalCases.All)
            ids.Add(c.GetProperty("id").GetInt32());
        return ids;
    }

    [Fact]
    public void Fixture_has_the_300_public_cases()
    {
        Assert.Equal(Enumerable.Range(0, 300), SeqevalCases.All.Select(c => c.GetProperty("id").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Default_mode_matches_seqeval(int id)
    {
        var c = SeqevalCases.Get(id);
        var gold = SeqevalCases.Sentences(c.GetProperty("y_true"));
        var predicted = SeqevalCases.Sentences(c.GetProperty("y_pred"));

        Assert.Equal(DefaultEntities(c.GetProperty("entities_true")), EntityChunker.Entities(gold));
        Assert.Equal(DefaultEntities(c.GetProperty("entities_pred")), EntityChunker.Entities(predicted));

        var scores = EntityScorer.Score(gold, predicted);
        Assert.Equal(c.GetProperty("entities_true").GetArrayLength(), scores.GoldEntities);
        Assert.Equal(c.GetProperty("entities_pred").GetArrayLength(), scores.PredictedEntities);
        AssertScores(c, "default", "report_default", "report_dict_default", scores);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Strict_mode_matches_seqeval(int id)
    {
        var c = SeqevalCases.Get(id);
        var gold = SeqevalCases.Sentences(c.GetProperty("y_true"));
        var predicted = SeqevalCases.Sentences(c.GetProperty("y_pred"));
        if (!c.GetProperty("iob2_only").GetBoolean())
        {
            // seqeval's IOB2 tokens accept the prefixes B, I and O only (bare B and I included) and raise otherwise.
            var allowed = gold.Concat(predicted).SelectMany(s => s).All(t => t[0] is 'B' or 'I' or 'O');
            if (allowed)
                Assert.Equal(gold.Length, EntityScorer.Score(gold, predicted, SeqevalMode.StrictIob2).Sentences);
            else
                Assert.Throws<InvalidTagException>(() => EntityScorer.Score(gold, predicted, SeqevalMode.StrictIob2));
            return;
        }

        Assert.Equal(StrictEntities(c.GetProperty("strict_entities_true")), EntityChunker.StrictEntities(gold));
        Assert.Equal(StrictEntities(c.GetProperty("strict_entities_pred")), EntityChunker.StrictEntities(predicted));

        AssertScores(c, "strict", "report_strict", "report_dict_strict", EntityScorer.Score(gold, predicted, SeqevalMode.StrictIob2));
    }

    // Accuracy, the averages, the text report with four digits (or seqeval's error) and the dictionary report.
    private static void AssertScores(JsonElement c, string averages, string report, string dictionary, EntityScores scores)
    {
        var context = $"case {c.GetProperty("id").GetInt32()} {averages}";
        SeqevalCases.AssertClose(c.GetProperty("accuracy").GetDouble(), scores.Accuracy, context + " accuracy");
        SeqevalCases.AssertAverages(c.GetProperty(averages), scores, context);
        AssertReport(c.GetProperty(report), c.GetProperty(report + "_error"), scores);
        SeqevalCases.AssertDictionary(c.GetProperty(dictionary), scores, context);
    }

    private static void AssertReport(JsonElement expected, JsonElement error, EntityScores scores)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("ValueError: max() arg is an empty sequence", error.GetString());
            Assert.False(scores.HasEntities);
            Assert.Throws<InvalidOperationException>(() => scores.FormatReport(4));
            return;
        }
        Assert.True(scores.HasEntities);
        Assert.Equal(expected.GetString(), scores.FormatReport(4));
    }

    private static Entity[] DefaultEntities(JsonElement entities) =>
        entities.EnumerateArray()
            .Select(e => new Entity(e[0].GetString()!, e[1].GetInt32(), e[2].GetInt32()))
            .ToArray();

    private static StrictEntity[] StrictEntities(JsonElement entities) =>
        entities.EnumerateArray()
            .Select(e => new StrictEntity(e[0].GetInt32(), e[1].GetString()!, e[2].GetInt32(), e[3].GetInt32()))
            .ToArray();
}
