using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// JSONL in Hugging Face datasets style, one document per line:
/// <code>
/// {"id": "7", "tokens": ["Dlužník", "Jan", "Novák", ...], "ner_tags": ["O", "B-jmeno", "B-prijmeni", ...]}
/// </code>
/// "ner_tags" holds label names (free strings) or label ids of the <see cref="LabelScheme"/> (HF's ClassLabel), one
/// per token. Optional fields, read and written: "text" with "word_spans" [[start, end], ...] (each token's
/// characters in the text, in code points as Python counts them), "sentence_starts" [0, 14, ...] (token indexes),
/// "customer" {"surname": {"written": "Nováka", "normalized": "Novák"}, ...} (names from
/// <see cref="CustomerFields.JsonName"/>) and "meta" {"family": "...", ...}. Other fields are ignored; a document
/// without "id" is named by its 0-based position in the file, as HF datasets number rows.
/// </summary>
internal static class JsonlFormat
{
    // Select maps each record before the reader moves on, as a record's JSON lives only until then.
    public static IEnumerable<Document> Read(Stream stream, string source, CorpusReadOptions options) =>
        JsonLines.Read(stream, source).Select((record, position) => ReadDocument(record, position, options.Labels));

    public static void Write(Stream stream, string target, IEnumerable<Document> documents, CorpusWriteOptions options) =>
        JsonLines.Write(stream, documents.Select((document, i) => (document, i + 1)),
            (json, item) => WriteDocument(json, item.document, item.Item2, target, options));

    private static Document ReadDocument(JsonRecord record, int position, LabelScheme labels)
    {
        var id = record.TryField("id", out var idField) ? idField.ScalarText() : position.ToString();
        var tokens = record.Field("tokens").Strings();
        var tagsField = record.Field("ner_tags");
        var tags = tagsField.Items().Select(item => Tag(item, labels)).ToArray();
        if (tags.Length != tokens.Length)
            throw tagsField.Error($"has {tags.Length} tags but 'tokens' has {tokens.Length}");
        var document = new Document(id, tokens, tags);

        if (record.TryField("text", out var textField))
        {
            var text = textField.String();
            document = document with { Text = text, WordSpans = WordSpans(record.Field("word_spans"), text, tokens) };
        }
        else if (record.TryField("word_spans", out var orphan))
            throw orphan.Error("needs the field 'text' that its spans point into");
        if (record.TryField("sentence_starts", out var starts))
            document = document with { SentenceStarts = SentenceStarts(starts, tokens.Length) };
        if (record.TryField("customer", out var customer))
            document = document with { Customer = Customer(customer) };
        if (record.TryField("meta", out var meta))
            document = document with { Metadata = meta.StringMap() };
        return document;
    }

    private static string Tag(JsonRecord item, LabelScheme labels)
    {
        if (item.Element.ValueKind != JsonValueKind.Number)
            return item.Element.ValueKind == JsonValueKind.String ? item.String() : throw item.Error($"must be a tag name or a label id, found {item.Kind}");
        var id = item.Int();
        return id >= 0 && id < labels.Count
            ? labels.NameOf(id)
            : throw item.Error($"is {id}, which is not a label id: the scheme has ids 0..{labels.Count - 1} [{labels}]");
    }

    private static TextSpan[] WordSpans(JsonRecord field, string text, string[] tokens)
    {
        var index = new CodePointIndex(text);
        var items = field.Items().ToArray();
        if (items.Length != tokens.Length)
            throw field.Error($"has {items.Length} spans but 'tokens' has {tokens.Length}");
        var spans = new TextSpan[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var pair = items[i].Items().ToArray();
            if (pair.Length != 2)
                throw items[i].Error($"must be [start, end], found {pair.Length} numbers");
            var (start, end) = (pair[0].Int(), pair[1].Int());
            if (start < 0 || start > end || end > index.CodePointLength)
                throw items[i].Error($"is [{start}, {end}), outside the text of {index.CodePointLength} characters or reversed");
            spans[i] = new TextSpan(index.ToUtf16(start), index.ToUtf16(end));
            if (!text.AsSpan(spans[i].Start, spans[i].Length).SequenceEqual(tokens[i]))
                throw items[i].Error($"covers other characters than tokens[{i}]");
        }
        return spans;
    }

    private static int[] SentenceStarts(JsonRecord field, int words)
    {
        var items = field.Items().ToArray();
        var starts = items.Select(item => item.Int()).ToArray();
        for (var i = 0; i < starts.Length; i++)
        {
            var valid = i == 0 ? starts[0] == 0 : starts[i] > starts[i - 1] && starts[i] < words;
            if (!valid)
                throw items[i].Error($"is {starts[i]}: sentence starts must begin with 0 and rise within the {words} tokens");
        }
        return starts;
    }

    private static GoldCustomer Customer(JsonRecord field)
    {
        var values = new Dictionary<CustomerField, GoldValue>();
        foreach (var (name, value) in field.Fields())
        {
            if (!CustomerFields.TryFromJsonName(name, out var customerField))
                throw value.Error($"is not a customer field ({string.Join(", ", CustomerFields.All.Select(f => f.JsonName()))})");
            values[customerField] = new GoldValue(value.Field("written").String(), value.Field("normalized").String());
        }
        return new GoldCustomer(values);
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document, int number, string target, CorpusWriteOptions options)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteStartArray("tokens");
        foreach (var word in document.Words)
            json.WriteStringValue(word);
        json.WriteEndArray();
        json.WriteStartArray("ner_tags");
        for (var w = 0; w < document.Tags.Count; w++)
        {
            if (!options.TagIds)
                json.WriteStringValue(document.Tags[w]);
            else if (options.Labels.TryGetId(document.Tags[w], out var id))
                json.WriteNumberValue(id);
            else
                throw new InputException(target, null, $"document {number} ('{document.Id}'): tag '{document.Tags[w]}' of word {w} is not in the label scheme [{options.Labels}], so it has no id");
        }
        json.WriteEndArray();
        if (document.Text is { } text)
        {
            json.WriteString("text", text);
            var index = new CodePointIndex(text);
            json.WriteStartArray("word_spans");
            foreach (var span in SpanAnnotations.Layout(document, target, number).WordSpans)
            {
                json.WriteStartArray();
                json.WriteNumberValue(index.ToCodePoint(span.Start));
                json.WriteNumberValue(index.ToCodePoint(span.End));
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        if (document.SentenceStarts is { } starts)
        {
            json.WriteStartArray("sentence_starts");
            foreach (var start in starts)
                json.WriteNumberValue(start);
            json.WriteEndArray();
        }
        if (document.Customer is { } customer)
        {
            json.WriteStartObject("customer");
            foreach (var (field, value) in customer.Fields.OrderBy(f => f.Key))
            {
                json.WriteStartObject(field.JsonName());
                json.WriteString("written", value.Written);
                json.WriteString("normalized", value.Normalized);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        if (document.Metadata is { } metadata)
            JsonLines.WriteStringMap(json, "meta", metadata);
        json.WriteEndObject();
    }
}
