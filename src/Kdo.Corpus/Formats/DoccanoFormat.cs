using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Doccano's JSONL export of a sequence-labelling project, one text per line, spans in code points:
/// <code>
/// {"id": 7, "text": "Dlužník Jan Novák, nar. ...", "label": [[8, 11, "jmeno"], [12, 17, "prijmeni"]]}
/// {"id": 8, "text": "...", "entities": [{"id": 1, "label": "rc", "start_offset": 30, "end_offset": 41}], "relations": []}
/// </code>
/// The first is the classic layout ("labels" in some versions), the second the one of doccano 1.7 and later (with
/// relation labelling). "meta" {...} is carried as metadata; other fields are ignored. Kdo writes the classic
/// layout, which every doccano version imports.
/// </summary>
internal static class DoccanoFormat
{
    // Select maps each record before the reader moves on, as a record's JSON lives only until then.
    public static IEnumerable<Document> Read(Stream stream, string source, CorpusReadOptions options) =>
        JsonLines.Read(stream, source).Select((record, position) => ReadRecord(record, position, options));

    public static void Write(Stream stream, string target, IEnumerable<Document> documents) =>
        JsonLines.Write(stream, documents.Select((document, i) => (document, i + 1)),
            (json, item) => WriteRecord(json, item.document, target, item.Item2));

    private static Document ReadRecord(JsonRecord record, int position, CorpusReadOptions options)
    {
        var id = record.TryField("id", out var idField) ? idField.ScalarText() : position.ToString();
        var text = record.Field("text").String();
        IEnumerable<SpanAnnotations.FileSpan> spans;
        if (record.TryField("entities", out var entities))
            spans = entities.Items().Select(Entity);
        else if (record.TryField("label", out var labels) || record.TryField("labels", out labels))
            spans = labels.Items().Select(Triple);
        else
            spans = [];
        var document = SpanAnnotations.ToDocument(id, text, spans, record, options);
        if (record.TryField("meta", out var meta))
            document = document with { Metadata = meta.StringMap() };
        return document;
    }

    // [start, end, "type"]
    private static SpanAnnotations.FileSpan Triple(JsonRecord item)
    {
        var parts = item.Items().ToArray();
        if (parts.Length != 3)
            throw item.Error($"must be [start, end, label], found {parts.Length} items");
        return new(parts[0].Int(), parts[1].Int(), parts[2].String(), null, item);
    }

    // {"label": "type", "start_offset": 0, "end_offset": 5}
    private static SpanAnnotations.FileSpan Entity(JsonRecord item) =>
        new(item.Field("start_offset").Int(), item.Field("end_offset").Int(), item.Field("label").String(), null, item);

    private static void WriteRecord(Utf8JsonWriter json, Document document, string target, int number)
    {
        var (text, wordSpans) = SpanAnnotations.Layout(document, target, number);
        json.WriteStartObject();
        JsonLines.WriteId(json, document.Id);
        json.WriteString("text", text);
        json.WriteStartArray("label");
        foreach (var (start, end, type, _) in SpanAnnotations.EntitySpans(document, text, wordSpans, target, number))
        {
            json.WriteStartArray();
            json.WriteNumberValue(start);
            json.WriteNumberValue(end);
            json.WriteStringValue(type);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (document.Metadata is { } metadata)
            JsonLines.WriteStringMap(json, "meta", metadata);
        json.WriteEndObject();
    }
}
