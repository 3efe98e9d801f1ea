using System.Globalization;
using System.Text;
using System.Text.Json;
using Kdo.Corpus.Configuration;

namespace Kdo.Training.Evaluation;

/// <summary>The text and JSON of an <see cref="EvaluationResult"/>: the one place its report is laid out.</summary>
internal static class EvaluationReport
{
    private static readonly string[] ConfusionHeaders = ["gold", "exact", "wrong_type", "wrong_boundary", "missed", "spurious"];

    public static string Scores(EvaluationResult result, int digits)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Scored on words ({Count(result.Documents, "document")}, {Count(result.Words, "word")}); the Python practice scored subtokens.");
        if (result.Loss is { } loss)
            text.Append(CultureInfo.InvariantCulture, $" Eval loss {loss:F4}.");
        text.Append('\n');
        foreach (var (title, scores) in new[] { ("default mode", result.Scores), ("strict mode, IOB2", result.StrictScores) })
        {
            text.Append("\nseqeval, ").Append(title).Append(":\n");
            text.Append(scores.HasEntities ? scores.FormatReport(digits) : "no entity in the gold or the predicted tags\n");
        }
        return text.ToString();
    }

    public static string Full(EvaluationResult result, int digits)
    {
        var text = new StringBuilder(Scores(result, digits));
        text.Append("\nEntities by type (default mode):\n");
        AppendConfusion(text, result.Confusion);
        text.Append("exact: same span and type; wrong_type: same span, another type; wrong_boundary: overlapped by the\n" +
            "type with another span; missed: none of these; spurious: predicted where no gold entity overlaps.\n");
        text.Append(CultureInfo.InvariantCulture, $"\nErrors by document ({result.Errors.Sum(d => d.Errors.Count)} of {result.ErrorCount} listed");
        text.Append(result.ShowsIdentifiers ? "; birth numbers masked):\n" : "; words as shapes, X letter, d digit):\n");
        foreach (var document in result.Errors)
        {
            text.Append(document.DocumentId).Append('\n');
            foreach (var error in document.Errors)
            {
                text.Append("  ").Append(Snake(error.Kind).PadRight(15))
                    .Append("gold ").Append(Describe(error.Gold).PadRight(22))
                    .Append("predicted ").Append(Describe(error.Predicted).PadRight(22))
                    .Append(error.Words).Append('\n');
            }
        }
        return text.ToString();
    }

    public static string Json(EvaluationResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("scored_on", "words");
            json.WriteNumber("documents", result.Documents);
            json.WriteNumber("words", result.Words);
            if (result.Loss is { } loss && double.IsFinite(loss))
                json.WriteNumber("loss", loss);
            else
                json.WriteNull("loss");
            json.WritePropertyName("default");
            json.WriteRawValue(result.Scores.ToJson(indented: false));
            json.WritePropertyName("strict");
            json.WriteRawValue(result.StrictScores.ToJson(indented: false));
            json.WriteStartArray("confusion");
            foreach (var row in result.Confusion)
            {
                json.WriteStartObject();
                json.WriteString("type", row.Type);
                foreach (var (name, value) in ConfusionHeaders.Zip(Counts(row)))
                    json.WriteNumber(name, value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("error_count", result.ErrorCount);
            json.WriteStartArray("errors");
            foreach (var document in result.Errors)
            {
                json.WriteStartObject();
                json.WriteString("document", document.DocumentId);
                json.WriteStartArray("errors");
                foreach (var error in document.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", Snake(error.Kind));
                    WriteSpan(json, "gold", error.Gold);
                    WriteSpan(json, "predicted", error.Predicted);
                    json.WriteString("words", error.Words);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Layout: a header row, one row per type and a total row; the type column as wide as its longest name, each
    // count right-aligned under its header.
    private static void AppendConfusion(StringBuilder text, IReadOnlyList<TypeConfusion> rows)
    {
        const string total = "total";
        var width = rows.Select(r => r.Type.Length).Append(total.Length).Max();
        text.Append("".PadRight(width));
        foreach (var header in ConfusionHeaders)
            text.Append("  ").Append(header);
        text.Append('\n');
        var sums = new int[ConfusionHeaders.Length];
        foreach (var row in rows)
        {
            var counts = Counts(row);
            for (var i = 0; i < sums.Length; i++)
                sums[i] += counts[i];
            AppendCounts(text, row.Type.PadRight(width), counts);
        }
        AppendCounts(text, total.PadRight(width), sums);
    }

    private static void AppendCounts(StringBuilder text, string name, int[] counts)
    {
        text.Append(name);
        for (var i = 0; i < counts.Length; i++)
            text.Append("  ").Append(counts[i].ToString(CultureInfo.InvariantCulture).PadLeft(ConfusionHeaders[i].Length));
        text.Append('\n');
    }

    private static int[] Counts(TypeConfusion row) => [row.Gold, row.Exact, row.WrongType, row.WrongBoundary, row.Missed, row.Spurious];

    // Word numbers from 1, inclusive, as a reader counts them.
    private static string Describe(EntitySpan? span) => span switch
    {
        null => "-",
        { } s when s.End == s.Start + 1 => string.Create(CultureInfo.InvariantCulture, $"{s.Type} {s.End}"),
        { } s => string.Create(CultureInfo.InvariantCulture, $"{s.Type} {s.Start + 1}-{s.End}"),
    };

    private static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static void WriteSpan(Utf8JsonWriter json, string name, EntitySpan? span)
    {
        if (span is not { } s)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("type", s.Type);
        json.WriteNumber("start", s.Start);
        json.WriteNumber("end", s.End);
        json.WriteEndObject();
    }

    private static string Snake(EntityErrorKind kind) => ConfigFile.SnakeCase(kind.ToString());
}
