using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Label Studio's JSON export of a text-labelling project: one array of tasks, each with the text and its
/// annotations (and a model's predictions), every region a character span with one label:
/// <code>
/// [{"id": 7, "data": {"text": "Dlužník Jan Novák, nar. ..."},
///   "annotations": [{"result": [{"value": {"start": 8, "end": 11, "text": "Jan", "labels": ["jmeno"]},
///                                "from_name": "label", "to_name": "text", "type": "labels"}, ...]}],
///   "predictions": [...], "meta": {...}}, ...]
/// </code>
/// Offsets count code points. Kdo reads the first annotation that was not cancelled (or the one
/// <see cref="CorpusReadOptions.Annotation"/> names, or a prediction with <see cref="CorpusReadOptions.Predictions"/>),
/// takes the results that carry "labels" (relations and choices have none) and ignores the rest. It writes one
/// task per line with one annotation, which Label Studio imports as labelled tasks.
/// </summary>
internal static class LabelStudioFormat
{
    // Select maps each record before the reader moves on, as a record's JSON lives only until then.
    public static IEnumerable<Document> Read(Stream stream, string source, CorpusReadOptions options) =>
        JsonArrayReader.Read(stream, source).Select((record, position) => ReadTask(record, position, options));

    public static void Write(Stream stream, string target, IEnumerable<Document> documents)
    {
        stream.Write("["u8);
        var first = true;
        using var json = new Utf8JsonWriter(stream, JsonLines.WriterOptions);
        var number = 0;
        foreach (var document in documents)
        {
            stream.Write(first ? "\n"u8 : ",\n"u8);
            first = false;
            WriteTask(json, document, target, ++number);
            json.Flush();
            json.Reset();
        }
        stream.Write("\n]\n"u8);
    }

    private static Document ReadTask(JsonRecord task, int position, CorpusReadOptions options)
    {
        if (!task.IsObject)
            throw task.Error($"must be a task object, found {task.Kind}");
        var id = task.TryField("id", out var idField) ? idField.ScalarText() : position.ToString();
        var text = task.Field("data").Field("text").String();
        var name = options.Predictions ? "predictions" : "annotations";
        var list = task.Field(name);
        var candidates = list.Items().Where(a => !Cancelled(a)).ToArray();
        if (options.Annotation >= candidates.Length)
            throw list.Error($"has {candidates.Length} usable items (not cancelled); item {options.Annotation} was asked for");
        var result = candidates[options.Annotation].Field("result");
        var spans = result.Items().Where(HasLabels).Select(Span);
        var document = SpanAnnotations.ToDocument(id, text, spans, result, options);
        if (task.TryField("meta", out var meta))
            document = document with { Metadata = meta.StringMap() };
        return document;
    }

    private static bool Cancelled(JsonRecord annotation) =>
        annotation.TryField("was_cancelled", out var cancelled) && cancelled.Element.ValueKind == JsonValueKind.True;

    private static bool HasLabels(JsonRecord region) =>
        region.TryField("value", out var value) && value.IsObject && value.TryField("labels", out _);

    private static SpanAnnotations.FileSpan Span(JsonRecord region)
    {
        var value = region.Field("value");
        var labels = value.Field("labels").Strings();
        if (labels.Length != 1)
            throw value.Field("labels").Error($"has {labels.Length} labels; a span for NER needs exactly one");
        var text = value.TryField("text", out var repeated) ? repeated.String() : null;
        return new(value.Field("start").Int(), value.Field("end").Int(), labels[0], text, value);
    }

    private static void WriteTask(Utf8JsonWriter json, Document document, string target, int number)
    {
        var (text, wordSpans) = SpanAnnotations.Layout(document, target, number);
        json.WriteStartObject();
        JsonLines.WriteId(json, document.Id);
        json.WriteStartObject("data");
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteStartArray("annotations");
        json.WriteStartObject();
        json.WriteStartArray("result");
        foreach (var (start, end, type, covered) in SpanAnnotations.EntitySpans(document, text, wordSpans, target, number))
        {
            json.WriteStartObject();
            json.WriteStartObject("value");
            json.WriteNumber("start", start);
            json.WriteNumber("end", end);
            json.WriteString("text", covered);
            json.WriteStartArray("labels");
            json.WriteStringValue(type);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("from_name", "label");
            json.WriteString("to_name", "text");
            json.WriteString("type", "labels");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (document.Metadata is { } metadata)
            JsonLines.WriteStringMap(json, "meta", metadata);
        json.WriteEndObject();
    }
}
