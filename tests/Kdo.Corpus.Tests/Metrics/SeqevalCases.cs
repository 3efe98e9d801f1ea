using System.Text.Json;
using Kdo.Corpus.Metrics;
using Kdo.Tests;

namespace Kdo.Corpus.Tests.Metrics;

/// <summary>The cases of ../shared/fixtures/seqeval/cases_public.jsonl (computed by seqeval itself), read once.</summary>
internal static class SeqevalCases
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Cases = new(() =>
        File.ReadLines(TestPaths.Fixture("seqeval", "cases_public.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToArray());

    public static IReadOnlyList<JsonElement> All => Cases.Value;

    public static JsonElement Get(int id) => All[id];

    public static string[][] Sentences(JsonElement sentences) =>
        sentences.EnumerateArray().Select(s => s.EnumerateArray().Select(t => t.GetString()!).ToArray()).ToArray();

    /// <summary>A number as the fixtures write it: a JSON number, or the string "NaN".</summary>
    public static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDouble();

    /// <summary>Asserts micro, macro and weighted {"precision", "recall", "f1"} (NaN matches NaN).</summary>
    public static void AssertAverages(JsonElement expected, EntityScores scores, string context)
    {
        foreach (var (name, row) in new[] { ("micro", scores.Micro), ("macro", scores.Macro), ("weighted", scores.Weighted) })
        {
            var averages = expected.GetProperty(name);
            AssertClose(Number(averages.GetProperty("precision")), row.Precision, $"{context} {name} precision");
            AssertClose(Number(averages.GetProperty("recall")), row.Recall, $"{context} {name} recall");
            AssertClose(Number(averages.GetProperty("f1")), row.F1, $"{context} {name} f1");
        }
    }

    /// <summary>Asserts seqeval's output_dict report: the same keys in the same order, every number.</summary>
    public static void AssertDictionary(JsonElement expected, EntityScores scores, string context)
    {
        var actual = scores.ToDictionary();
        Assert.Equal(expected.EnumerateObject().Select(p => p.Name), actual.Keys);
        foreach (var property in expected.EnumerateObject())
        {
            var row = actual[property.Name];
            var where = $"{context} [{property.Name}]";
            AssertClose(Number(property.Value.GetProperty("precision")), row.Precision, where + " precision");
            AssertClose(Number(property.Value.GetProperty("recall")), row.Recall, where + " recall");
            AssertClose(Number(property.Value.GetProperty("f1-score")), row.F1, where + " f1-score");
            Assert.Equal(property.Value.GetProperty("support").GetInt32(), row.Support);
        }
    }

    public static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
        else
            Assert.True(Math.Abs(expected - actual) <= 1e-9, $"{what}: expected {expected:R}, got {actual:R}");
    }
}
