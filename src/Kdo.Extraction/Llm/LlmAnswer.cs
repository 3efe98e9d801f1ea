using System.Text.Json;
using Kdo.Corpus;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Llm;

/// <summary>What the model answered for one field: the value as written and how sure it is.</summary>
internal sealed record LlmField(string? Value, FieldStatus Status);

/// <summary>
/// The prompt of the zero-shot baseline and the reading of its answers. The prompt (Czech, with the rules in
/// English too) asks for the debtor's five fields as one JSON object, each {"value", "status"} with status found,
/// not_sure or not_found, as the Python practice's prompt let the model say "not found" or "not sure". Answers are
/// read leniently: a code fence or text around the object is dropped, a field may be a bare string ("nenalezeno",
/// "not found" and the like mean not found) or null; an answer with no JSON object is malformed.
/// </summary>
internal static class LlmAnswer
{
    public const string SystemPrompt =
        "Jsi asistent věřitele, který čte české insolvenční dokumenty (ISIR). Najdi údaje o dlužníkovi / dlužnici, " +
        "tedy o osobě, které se řízení týká: ne o správci, soudci, advokátovi, manželovi či manželce ani jiných osobách.\n" +
        "You extract the debtor's data from a Czech insolvency document. Answer with one JSON object only, with the keys " +
        "given_name (jméno), surname (příjmení), birth_date (datum narození), birth_number (rodné číslo), variable_symbol " +
        "(the creditor's 9-digit variable symbol / evidenční číslo of the customer: never a case number such as č. j. or " +
        "sp. zn., a bank account, a contract or a phone number). Each value is an object {\"value\": the text exactly as " +
        "written in the document, or null, \"status\": \"found\" | \"not_sure\" | \"not_found\"}. Use not_found when the " +
        "document does not give the field, and not_sure when you are unsure. Never invent a value.";

    public static string UserPrompt(string text) => "Dokument:\n\"\"\"\n" + text + "\n\"\"\"";

    /// <summary>The fields of <paramref name="answer"/>, or null when it holds no JSON object.</summary>
    public static IReadOnlyDictionary<CustomerField, LlmField>? Parse(string? answer)
    {
        if (answer is null)
            return null;
        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
            return null;
        try
        {
            using var json = JsonDocument.Parse(answer[start..(end + 1)]);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return null;
            var fields = new Dictionary<CustomerField, LlmField>();
            foreach (var field in CustomerFields.All)
            {
                fields[field] = json.RootElement.TryGetProperty(field.JsonName(), out var value)
                    ? Field(value)
                    : new LlmField(null, FieldStatus.NotFound);
            }
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LlmField Field(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var text = value.TryGetProperty("value", out var v) ? Scalar(v) : null;
                var status = value.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? Status(s.GetString()!) : FieldStatus.Found;
                return string.IsNullOrWhiteSpace(text) || IsNotFound(text) ? new LlmField(null, FieldStatus.NotFound) : new LlmField(text.Trim(), status);
            case JsonValueKind.String or JsonValueKind.Number:
                var bare = Scalar(value)!;
                return IsNotFound(bare) ? new LlmField(null, FieldStatus.NotFound) : new LlmField(bare.Trim(), FieldStatus.Found);
            default:
                return new LlmField(null, FieldStatus.NotFound);
        }
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static FieldStatus Status(string text) => Normal(text) switch
    {
        "notsure" or "unsure" or "uncertain" or "nejiste" or "nejisté" => FieldStatus.NotSure,
        "notfound" or "none" or "nenalezeno" or "neuvedeno" or "missing" => FieldStatus.NotFound,
        _ => FieldStatus.Found,
    };

    private static bool IsNotFound(string text) => Status(text) == FieldStatus.NotFound || Normal(text) is "null" or "-" or "—" or "";

    private static string Normal(string text) => text.Trim().ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}
