using System.Text.Json;
using System.Text.Json.Nodes;
using Kdo.Corpus;
using Kdo.Modeling.Checkpoints;
using static TorchSharp.torch;

namespace Kdo.Modeling.Models;

/// <summary>
/// A model's raw outputs for given token ids, so that anyone can check Kdo against another implementation
/// (<c>kdo logits</c>).
/// Input layout: a JSON object with "input_ids" and "attention_mask" ([B][T] integers, 1 = token, 0 = padding) and
/// optionally "token_type_ids" ([B][T]); other fields are ignored, so a case of hf-parity's parity.json is an input.
/// Output layout: a JSON object with "architecture" (HF class name), "labels" (the label of each logit, in order),
/// "logits" ([B][T][labels] float32) and, when asked for, "last_hidden_state" ([B][T][hidden] float32); eval mode,
/// float32, on the CPU.
/// </summary>
public static class RawLogits
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Loads the model in <paramref name="modelFolder"/>, runs it on the input file and writes the JSON.</summary>
    /// <exception cref="InputException">The model folder or the input file cannot be read.</exception>
    public static void Write(string modelFolder, string inputPath, bool lastHiddenState, TextWriter output)
    {
        using var scope = NewDisposeScope();
        var (ids, mask, types) = ReadInput(inputPath);
        var (model, _) = HfCheckpoint.Load(modelFolder);
        using var _model = model;
        if (ids.shape[1] > model.Config.MaxSequenceLength)
            throw new InputException(inputPath, null, $"rows have {ids.shape[1]} tokens; this model takes at most {model.Config.MaxSequenceLength}");
        if (ids.max().item<long>() >= model.Config.VocabSize || ids.min().item<long>() < 0)
            throw new InputException(inputPath, null, $"field 'input_ids' has ids outside 0..{model.Config.VocabSize - 1}");
        using var noGrad = no_grad();
        using var result = model.Run(ids, mask, types);
        var json = new JsonObject
        {
            ["architecture"] = model.ArchitectureName,
            ["labels"] = new JsonArray(model.Labels.Labels.Select(l => (JsonNode)l!).ToArray()),
            ["logits"] = Nested(result.Logits),
        };
        if (lastHiddenState)
            json["last_hidden_state"] = Nested(result.LastHiddenState);
        output.Write(json.ToJsonString(Compact));
        output.WriteLine();
    }

    private static (Tensor Ids, Tensor Mask, Tensor? Types) ReadInput(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new InputException(path, null, e.Message, e); }
        JsonObject input;
        try
        {
            input = JsonNode.Parse(text) as JsonObject ?? throw new InputException(path, null, "the input must be a JSON object");
        }
        catch (JsonException e) { throw new InputException(path, (int?)e.LineNumber + 1, $"invalid JSON: {e.Message}", e); }

        var ids = Matrix(input, "input_ids", path, null);
        var mask = Matrix(input, "attention_mask", path, ids);
        var types = input.ContainsKey("token_type_ids") ? Matrix(input, "token_type_ids", path, ids) : null;
        return (ToTensor(ids), ToTensor(mask), types is null ? null : ToTensor(types));
    }

    private static long[][] Matrix(JsonObject input, string field, string path, long[][]? shapeOf)
    {
        if (input[field] is not JsonArray rows || rows.Count == 0)
            throw new InputException(path, null, $"field '{field}' must be a non-empty [B][T] array of integers");
        var matrix = new long[rows.Count][];
        for (var b = 0; b < rows.Count; b++)
        {
            try
            {
                matrix[b] = rows[b]!.AsArray().Select(v => v!.GetValue<long>()).ToArray();
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException)
            {
                throw new InputException(path, null, $"field '{field}' row {b} must be an array of integers", e);
            }
            if (matrix[b].Length == 0 || matrix[b].Length != matrix[0].Length)
                throw new InputException(path, null, $"field '{field}' row {b} has {matrix[b].Length} values; row 0 has {matrix[0].Length}");
        }
        if (shapeOf is not null && (shapeOf.Length != matrix.Length || shapeOf[0].Length != matrix[0].Length))
            throw new InputException(path, null,
                $"field '{field}' is [{matrix.Length}][{matrix[0].Length}]; input_ids is [{shapeOf.Length}][{shapeOf[0].Length}]");
        return matrix;
    }

    private static Tensor ToTensor(long[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, rows[0].Length]);

    // [B][T][D] float32 as nested JSON arrays, each float written in its shortest round-trip form.
    private static JsonArray Nested(Tensor values)
    {
        var (batch, length, width) = (values.shape[0], values.shape[1], values.shape[2]);
        var flat = values.contiguous().data<float>().ToArray();
        return new JsonArray(Enumerable.Range(0, (int)batch).Select(b => (JsonNode)new JsonArray(
            Enumerable.Range(0, (int)length).Select(t => (JsonNode)new JsonArray(
                flat.AsSpan((int)(((b * length) + t) * width), (int)width).ToArray().Select(v => (JsonNode)v).ToArray())).ToArray())).ToArray());
    }
}
