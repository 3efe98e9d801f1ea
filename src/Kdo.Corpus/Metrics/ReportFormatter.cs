using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kdo.Corpus.Metrics;

/// <summary>seqeval's StringReporter and DictReporter, and the JSON form of <see cref="EntityScores"/>.</summary>
internal static class ReportFormatter
{
    private static readonly string[] Headers = ["precision", "recall", "f1-score", "support"];

    // StringReporter: width = max(longest type name, len('weighted avg'), digits); the header is the width in
    // spaces, ' ', then ' ' + each header right-aligned in 9; rows are joined with '\n' after "\n\n".
    public static string Text(EntityScores scores, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        if (!scores.HasEntities)
            throw new InvalidOperationException(
                "neither the gold nor the predicted tags hold an entity, so the report has no rows " +
                "(seqeval raises 'max() arg is an empty sequence' here)");
        var width = Math.Max(Math.Max(scores.Types.Max(t => CodePoints.Length(t.Name)), ScoreMath.Weighted.Length), digits);
        var text = new StringBuilder();
        text.Append(' ', width).Append(' ');
        foreach (var header in Headers)
            text.Append(' ').Append(header.PadLeft(9));
        text.Append("\n\n");
        foreach (var row in scores.Types)
            AppendRow(text, row, width, digits);
        text.Append('\n');
        foreach (var row in (ScoreRow[])[scores.Micro, scores.Macro, scores.Weighted])
            AppendRow(text, row, width, digits);
        return text.ToString();
    }

    public static IReadOnlyDictionary<string, ScoreRow> Dictionary(EntityScores scores)
    {
        // Assigning by key as Python's dict does: a type named like an average row keeps its place, the value
        // of the average replaces it.
        var rows = new OrderedDictionary<string, ScoreRow>(StringComparer.Ordinal);
        foreach (var row in scores.Types.Append(scores.Micro).Append(scores.Macro).Append(scores.Weighted))
            rows[row.Name] = row;
        return new ReadOnlyDictionary<string, ScoreRow>(rows);
    }

    // Layout: {"mode", "sentences", "tokens", "correct_tokens", "accuracy", "gold_entities", "predicted_entities",
    // "correct_entities", "report": {name: {"precision", "recall", "f1-score", "support"}},
    // "entities": {type: {"gold", "predicted", "correct"}}}.
    public static string Json(EntityScores scores, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("mode", scores.Mode == SeqevalMode.Default ? "default" : "strict");
            json.WriteNumber("sentences", scores.Sentences);
            json.WriteNumber("tokens", scores.Tokens);
            json.WriteNumber("correct_tokens", scores.CorrectTokens);
            WriteDouble(json, "accuracy", scores.Accuracy);
            json.WriteNumber("gold_entities", scores.GoldEntities);
            json.WriteNumber("predicted_entities", scores.PredictedEntities);
            json.WriteNumber("correct_entities", scores.CorrectEntities);
            json.WriteStartObject("report");
            foreach (var (name, row) in Dictionary(scores))
            {
                json.WriteStartObject(name);
                WriteDouble(json, "precision", row.Precision);
                WriteDouble(json, "recall", row.Recall);
                WriteDouble(json, "f1-score", row.F1);
                json.WriteNumber("support", row.Support);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("entities");
            foreach (var row in scores.Types)
            {
                json.WriteStartObject(row.Name);
                json.WriteNumber("gold", row.Support);
                json.WriteNumber("predicted", row.Predicted);
                json.WriteNumber("correct", row.Correct);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Row: name right-aligned in width, ' ', then ' ' + each of P, R, F1 as '>9.{digits}f', then ' ' + support '>9'.
    private static void AppendRow(StringBuilder text, ScoreRow row, int width, int digits)
    {
        text.Append(CodePoints.PadLeft(row.Name, width)).Append(' ');
        foreach (var value in (ReadOnlySpan<double>)[row.Precision, row.Recall, row.F1])
            text.Append(' ').Append(PythonFixed(value, digits).PadLeft(9));
        text.Append(' ').Append(row.Support.ToString(CultureInfo.InvariantCulture).PadLeft(9)).Append('\n');
    }

    // Python's format(x, '.Nf'). .NET Core 3+ "F" formats the exact binary value with ties to even, as Python does;
    // only the names of the special values differ.
    private static string PythonFixed(double value, int digits) =>
        double.IsNaN(value) ? "nan"
        : double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void WriteDouble(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }
}
