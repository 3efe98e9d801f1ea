using System.Text.Json;
using System.Text.Json.Nodes;
using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>
/// Hugging Face's tokenizer_config.json: a flat JSON object of settings (tokenizer_class, special tokens,
/// do_lower_case, ...). Kdo reads the few fields it uses and writes the ones HF needs to load the tokenizer.
/// </summary>
internal static class TokenizerConfig
{
    public const string FileName = "tokenizer_config.json";

    /// <summary>Reads the file as a JSON object.</summary>
    public static JsonObject Read(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InputException(path, null, "tokenizer config must be a JSON object");
        }
        catch (JsonException e) { throw new InputException(path, (int?)e.LineNumber + 1, $"invalid JSON: {e.Message}", e); }
        catch (IOException e) { throw new InputException(path, null, e.Message, e); }
    }

    /// <summary>A boolean field, the default when absent; null when the field is JSON null.</summary>
    public static bool? Boolean(JsonObject config, string field, bool? fallback, string path) =>
        !config.TryGetPropertyValue(field, out var node) ? fallback
        : node is null ? null
        : node.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? node.GetValue<bool>()
        : throw new InputException(path, null, $"field '{field}' must be true, false or null");

    /// <summary>A token field, given as a string or as HF's AddedToken object {"content": ...}.</summary>
    public static string Token(JsonObject config, string field, string fallback, string path) =>
        !config.TryGetPropertyValue(field, out var node) || node is null ? fallback
        : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>()
        : node is JsonObject added && added["content"]?.GetValueKind() == JsonValueKind.String ? added["content"]!.GetValue<string>()
        : throw new InputException(path, null, $"field '{field}' must be a token string");

    /// <summary>Writes <paramref name="fields"/> as an indented JSON object, atomically.</summary>
    public static void Write(string path, JsonObject fields) =>
        AtomicFile.WriteText(path, writer => writer.Write(fields.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"));
}
