using System.Text.Encodings.Web;
using System.Text.Json;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;
using Kdo.Extraction.Records;
using Kdo.Extraction.Register;

namespace Kdo.Extraction.Output;

/// <summary>
/// One customer record as one JSON object, the line layout of extraction output:
/// <code>
/// {"id": "test-1-000001", "source": "data/test.jsonl", "tagger": "rules",
///  "fields": {"variable_symbol": {"status": "found", "value": "805914025", "normalized": "805914025",
///             "confidence": 0.9, "derived": false, "evidence": [{"start": 812, "end": 821, "text": "805914025"}],
///             "notes": []}, "birth_number": {...}, "surname": {...}, "given_name": {...}, "birth_date": {...}},
///  "match": {"status": "matched", "customer_id": "C000123", "score": 0.85,
///            "evidence": [{"field": "variable_symbol", "agreement": "exact"}], "candidates": []}}
/// </code>
/// Status is found, not_sure or not_found (value and normalized are then null); evidence offsets are code points of
/// the document's text (or its words joined by spaces); "match" is null without a register; enum values in snake_case.
/// </summary>
internal static class RecordJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter json, CustomerRecord record)
    {
        json.WriteStartObject();
        json.WriteString("id", record.DocumentId);
        json.WriteString("source", record.Source);
        json.WriteString("tagger", record.Tagger);
        json.WriteStartObject("fields");
        foreach (var field in CustomerFields.All)
        {
            var value = record[field];
            json.WriteStartObject(field.JsonName());
            json.WriteString("status", ConfigFile.SnakeCase(value.Status.ToString()));
            json.WriteString("value", value.Value);
            json.WriteString("normalized", value.Normalized);
            json.WriteNumber("confidence", Math.Round(value.Confidence, 4));
            json.WriteBoolean("derived", value.Derived);
            json.WriteStartArray("evidence");
            foreach (var span in value.Evidence)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteString("text", span.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteStrings(json, "notes", value.Notes);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (record.Match is { } match)
        {
            json.WriteStartObject("match");
            json.WriteString("status", ConfigFile.SnakeCase(match.Status.ToString()));
            json.WriteString("customer_id", match.CustomerId);
            json.WriteNumber("score", match.Score);
            json.WriteStartArray("evidence");
            foreach (var agreement in match.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("field", agreement.Field.JsonName());
                json.WriteString("agreement", ConfigFile.SnakeCase(agreement.Agreement.ToString()));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteStrings(json, "candidates", match.Candidates);
            json.WriteEndObject();
        }
        else
            json.WriteNull("match");
        json.WriteEndObject();
    }

    /// <summary>The record of one line; <see cref="JsonException"/>, <see cref="KeyNotFoundException"/>, <see cref="InvalidOperationException"/> or <see cref="FormatException"/> when it is not one.</summary>
    public static CustomerRecord Read(JsonElement root)
    {
        var fields = new Dictionary<CustomerField, ExtractedField>();
        foreach (var property in root.GetProperty("fields").EnumerateObject())
        {
            if (!CustomerFields.TryFromJsonName(property.Name, out var field))
                throw new FormatException($"'{property.Name}' is not a customer field");
            var f = property.Value;
            fields[field] = new ExtractedField
            {
                Status = Enum<FieldStatus>(f.GetProperty("status")),
                Value = f.GetProperty("value").GetString(),
                Normalized = f.GetProperty("normalized").GetString(),
                Confidence = f.GetProperty("confidence").GetDouble(),
                Derived = f.TryGetProperty("derived", out var derived) && derived.GetBoolean(),
                Evidence = f.GetProperty("evidence").EnumerateArray()
                    .Select(e => new EvidenceSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? "")).ToArray(),
                Notes = Strings(f, "notes"),
            };
        }
        RegisterMatch? match = null;
        if (root.TryGetProperty("match", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            match = new RegisterMatch
            {
                Status = Enum<MatchStatus>(m.GetProperty("status")),
                CustomerId = m.GetProperty("customer_id").GetString(),
                Score = m.GetProperty("score").GetDouble(),
                Evidence = m.GetProperty("evidence").EnumerateArray().Select(e => new FieldAgreement(
                    CustomerFields.TryFromJsonName(e.GetProperty("field").GetString() ?? "", out var field) ? field : throw new FormatException("unknown field in match evidence"),
                    Enum<Agreement>(e.GetProperty("agreement")))).ToArray(),
                Candidates = Strings(m, "candidates"),
            };
        }
        return new CustomerRecord
        {
            DocumentId = root.GetProperty("id").GetString() ?? throw new FormatException("'id' is null"),
            Source = root.GetProperty("source").GetString() ?? "",
            Tagger = root.GetProperty("tagger").GetString() ?? "",
            Fields = fields,
            Match = match,
        };
    }

    private static T Enum<T>(JsonElement value) where T : struct, Enum => (T)ConfigFile.ParseEnum(typeof(T), value.GetString() ?? "");

    private static string[] Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
