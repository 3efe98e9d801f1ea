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
        SeqevalCases.AssertClose(c.GetProperty("accuracy").GetDouble(), scores.Accuracy, $"case {id} accuracy");
        SeqevalCases.AssertAverages(c.GetProperty("default"), scores, $"case {id}");
        AssertReport(c.GetProperty("report_default"), c.GetProperty("report_default_error"), scores);
        SeqevalCases.AssertDictionary(c.GetProperty("report_dict_default"), scores, $"case {id}");
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
                Assert.Throws<ArgumentException>(() => EntityScorer.Score(gold, predicted, SeqevalMode.StrictIob2));
            return;
        }

        Assert.Equal(StrictEntities(c.GetProperty("strict_entities_true")), EntityChunker.StrictEntities(gold));
        Assert.Equal(StrictEntities(c.GetProperty("strict_entities_pred")), EntityChunker.StrictEntities(predicted));

        var scores = EntityScorer.Score(gold, predicted, SeqevalMode.StrictIob2);
        SeqevalCases.AssertClose(c.GetProperty("accuracy").GetDouble(), scores.Accuracy, $"case {id} accuracy");
        SeqevalCases.AssertAverages(c.GetProperty("strict"), scores, $"case {id} strict");
        AssertReport(c.GetProperty("report_strict"), c.GetProperty("report_strict_error"), scores);
        SeqevalCases.AssertDictionary(c.GetProperty("report_dict_strict"), scores, $"case {id} strict");
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
