using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// JSON Lines, the container of the JSONL and Doccano formats: one JSON object per line, blank lines ignored,
/// UTF-8. Reading streams line by line; each record knows its line for error messages.
/// </summary>
internal static class JsonLines
{
    /// <summary>
    /// How Kdo writes JSON: Czech letters as they are rather than \u escapes, so that files stay readable; the
    /// escaping that only matters inside HTML is not needed in data files.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each non-blank line of <paramref name="stream"/> as a JSON object, parsed lazily.</summary>
    /// <remarks>A record's element lives until the enumeration moves on: map it before asking for the next.</remarks>
    public static IEnumerable<JsonRecord> Read(Stream stream, string source)
    {
        using var reader = Utf8Text.Open(stream);
        var line = 0;
        while (Utf8Text.ReadLine(reader, source) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            using var json = Parse(text, source, line);
            var record = new JsonRecord(json.RootElement, source, line);
            if (!record.IsObject)
                throw record.Error($"must be a JSON object, found {record.Kind}");
            yield return record;
        }
    }

    /// <summary>The first non-blank line's record, for telling formats apart; null when the file has none.</summary>
    public static JsonRecord? First(Stream stream, string source) => Read(stream, source).Select(r => (JsonRecord?)(r with { Element = r.Element.Clone() })).FirstOrDefault();

    /// <summary>Writes one line per item: <paramref name="write"/> writes the item as one JSON value.</summary>
    public static void Write<T>(Stream stream, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        foreach (var item in items)
        {
            write(json, item);
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    /// <summary>
    /// Writes "id": a number when the id is one (annotation tools number their tasks and records), else a string;
    /// <see cref="JsonRecord.ScalarText"/> reads both back as the same text.
    /// </summary>
    public static void WriteId(Utf8JsonWriter json, string id)
    {
        if (long.TryParse(id, out var number) && number.ToString() == id)
            json.WriteNumber("id", number);
        else
            json.WriteString("id", id);
    }

    /// <summary>Writes the field <paramref name="name"/> as an object of string values (metadata).</summary>
    public static void WriteStringMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> values)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in values)
            json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static JsonDocument Parse(string text, string source, int line)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException e) { throw new InputException(source, line, $"invalid JSON at byte {e.BytePositionInLine + 1} of the line: {FirstSentence(e.Message)}", e); }
    }

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 12." to its messages; the line is ours to give.
    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
