using System.Text.Json;
using Kdo.Tests;
using static TorchSharp.torch;

namespace Kdo.Modeling.Tests;

/// <summary>One case of a ../shared/fixtures/hf-parity parity.json (layout in that folder's README.md).</summary>
internal sealed record ParityCase(
    string Name, Tensor InputIds, Tensor AttentionMask, Tensor? TokenTypeIds, Tensor Logits, Tensor LastHiddenState,
    IReadOnlyList<Tensor> HiddenStates, Tensor PredictedLabelIds);

internal static class ParityCases
{
    public static readonly string[] Models = ["tiny-xlm-roberta-token-cls", "tiny-electra-token-cls"];

    public static string Folder(string model) => TestPaths.Fixture("hf-parity", model);

    public static IReadOnlyList<ParityCase> Read(string model)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(model), "parity.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new ParityCase(
            c.GetProperty("name").GetString()!,
            Ids(c.GetProperty("input_ids")),
            Ids(c.GetProperty("attention_mask")),
            c.GetProperty("token_type_ids_passed").GetBoolean() ? Ids(c.GetProperty("token_type_ids")) : null,
            Floats(c.GetProperty("logits")),
            Floats(c.GetProperty("last_hidden_state")),
            c.GetProperty("hidden_states").EnumerateArray().Select(Floats).ToArray(),
            Ids(c.GetProperty("predicted_label_ids")))).ToArray();
    }

    public static double MaxAbsDifference(Tensor actual, Tensor expected)
    {
        Assert.Equal(expected.shape, actual.shape);
        using var difference = (actual.to(ScalarType.Float64) - expected.to(ScalarType.Float64)).abs().max();
        return difference.item<double>();
    }

    private static Tensor Ids(JsonElement rows)
    {
        var values = rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetInt64()).ToArray()).ToArray();
        return tensor(values.SelectMany(r => r).ToArray(), [values.Length, values[0].Length]);
    }

    private static Tensor Floats(JsonElement nested)
    {
        var shape = new List<long>();
        for (var e = nested; e.ValueKind == JsonValueKind.Array; e = e[0])
            shape.Add(e.GetArrayLength());
        var values = new List<float>();
        Flatten(nested, values);
        return tensor(values.ToArray(), shape.ToArray());
    }

    private static void Flatten(JsonElement e, List<float> into)
    {
        if (e.ValueKind != JsonValueKind.Array)
            into.Add(e.GetSingle());
        else
            foreach (var item in e.EnumerateArray())
                Flatten(item, into);
    }
}
