using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>What <see cref="EncodingJsonl.Write"/> wrote.</summary>
public sealed record EncodingSummary(int Documents, long Words, long Tokens, long Windows);

/// <summary>
/// Encoded documents as JSONL, one per line, for a person to inspect (what <c>kdo tokenize</c> writes):
/// <code>
/// {"id": "7", "input_ids": [0, 37, ..., 2], "tokens": ["&lt;s&gt;", "▁D", ...], "word_ids": [null, 0, ...],
///  "labels": [-100, 0, ...], "tags": [null, "O", ...], "windows": [[1, 511], [384, 880]]}
/// </code>
/// "labels" (ids) and "tags" (their names, null for the ignore index) only for documents encoded with a label
/// scheme; "windows" holds each window's [start, end) range of token positions.
/// </summary>
public static class EncodingJsonl
{
    // Czech letters as they are, not \u escapes: the file is for reading.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one line per document, as the enumeration yields them.</summary>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="documents">The documents, encoded.</param>
    /// <param name="labels">The scheme they were encoded with, for the tag names; null when they have no labels.</param>
    public static EncodingSummary Write(TextWriter writer, IEnumerable<EncodedDocument> documents, LabelScheme? labels)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var (count, words, tokens, windows) = (0, 0L, 0L, 0L);
        foreach (var document in documents)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
                WriteDocument(json, document, labels);
            writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            writer.Write('\n');
            (count, words, tokens, windows) = (count + 1, words + document.Encoding.WordCount,
                tokens + document.Encoding.Count, windows + document.Windows.Count);
        }
        return new EncodingSummary(count, words, tokens, windows);
    }

    private static void WriteDocument(Utf8JsonWriter json, EncodedDocument document, LabelScheme? labels)
    {
        var encoding = document.Encoding;
        json.WriteStartObject();
        json.WriteString("id", document.Document.Id);
        json.WriteStartArray("input_ids");
        foreach (var id in encoding.Ids)
            json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteStartArray("tokens");
        foreach (var token in encoding.Tokens)
            json.WriteStringValue(token);
        json.WriteEndArray();
        json.WriteStartArray("word_ids");
        foreach (var word in encoding.WordIds)
        {
            if (word is int index)
                json.WriteNumberValue(index);
            else
                json.WriteNullValue();
        }
        json.WriteEndArray();
        if (document.Labels is { } ids && labels is not null)
        {
            json.WriteStartArray("labels");
            foreach (var id in ids)
                json.WriteNumberValue(id);
            json.WriteEndArray();
            json.WriteStartArray("tags");
            foreach (var id in ids)
            {
                if (id == LabelScheme.IgnoreIndex)
                    json.WriteNullValue();
                else
                    json.WriteStringValue(labels.NameOf(id));
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("windows");
        foreach (var window in document.Windows)
        {
            json.WriteStartArray();
            json.WriteNumberValue(window.Start);
            json.WriteNumberValue(window.End);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
