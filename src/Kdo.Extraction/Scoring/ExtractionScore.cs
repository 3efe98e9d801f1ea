using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kdo.Extraction.Scoring;

/// <summary>Extraction scored against gold records: per field, and whole records.</summary>
public sealed record ExtractionScore
{
    /// <summary>One score per field, in <see cref="Kdo.Corpus.CustomerFields.All"/> order.</summary>
    public required IReadOnlyList<FieldScore> Fields { get; init; }

    /// <summary>The gold documents scored.</summary>
    public required int Documents { get; init; }

    /// <summary>Documents whose predicted fields are exactly the gold record: every gold field predicted with its value and nothing else predicted.</summary>
    public required int ExactRecords { get; init; }

    /// <summary>Gold documents that have no predicted record (scored as predicting nothing).</summary>
    public required int MissingPredictions { get; init; }

    /// <summary>Predicted records whose document is not in gold (not scored).</summary>
    public required int UnknownPredictions { get; init; }

    /// <summary>The register matches scored against an answer key, when one was given.</summary>
    public RegisterScore? Register { get; init; }

    /// <summary>The share of documents with an exact record; 0 with no documents.</summary>
    public double ExactMatch => Documents == 0 ? 0 : (double)ExactRecords / Documents;

    /// <summary>The fields' F1 averaged with equal weight.</summary>
    public double MacroF1 => Fields.Count == 0 ? 0 : Fields.Average(f => f.F1);

    /// <summary>A table for a terminal: one row per field, then the whole-record line.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"field",-16} {"precision",9} {"recall",9} {"f1",9} {"support",8} {"not sure",9} {"derived",8}");
        foreach (var f in Fields)
            text.AppendLine(CultureInfo.InvariantCulture, $"{Kdo.Corpus.CustomerFields.JsonName(f.Field),-16} {f.Precision,9:F4} {f.Recall,9:F4} {f.F1,9:F4} {f.Support,8} {f.NotSure,9} {f.Derived,8}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"macro avg",-16} {"",9} {"",9} {MacroF1,9:F4}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exact records: {ExactRecords} of {Documents} ({ExtractionComparison.Percent(ExactMatch)}); missing predictions: {MissingPredictions}; unknown predictions: {UnknownPredictions}");
        if (Register is { } r)
            text.AppendLine(CultureInfo.InvariantCulture, $"register: accuracy {ExtractionComparison.Percent(r.Accuracy)}; right customer {r.Correct}, wrong customer {r.Wrong}, ambiguous {r.Ambiguous}, missed {r.Missed}, right no match {r.CorrectNoMatch}, false match {r.FalseMatch}");
        return text.ToString();
    }

    /// <summary>The score as one JSON object, fields by their JSON names.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", Documents);
            json.WriteNumber("exact_records", ExactRecords);
            json.WriteNumber("exact_match", Math.Round(ExactMatch, 4));
            json.WriteNumber("macro_f1", Math.Round(MacroF1, 4));
            json.WriteNumber("missing_predictions", MissingPredictions);
            json.WriteNumber("unknown_predictions", UnknownPredictions);
            if (Register is { } r)
            {
                json.WriteStartObject("register");
                json.WriteNumber("accuracy", Math.Round(r.Accuracy, 4));
                json.WriteNumber("precision", Math.Round(r.Precision, 4));
                json.WriteNumber("recall", Math.Round(r.Recall, 4));
                json.WriteNumber("correct", r.Correct);
                json.WriteNumber("wrong", r.Wrong);
                json.WriteNumber("ambiguous", r.Ambiguous);
                json.WriteNumber("missed", r.Missed);
                json.WriteNumber("correct_no_match", r.CorrectNoMatch);
                json.WriteNumber("false_match", r.FalseMatch);
                json.WriteEndObject();
            }
            json.WriteStartObject("fields");
            foreach (var f in Fields)
            {
                json.WriteStartObject(Kdo.Corpus.CustomerFields.JsonName(f.Field));
                json.WriteNumber("precision", Math.Round(f.Precision, 4));
                json.WriteNumber("recall", Math.Round(f.Recall, 4));
                json.WriteNumber("f1", Math.Round(f.F1, 4));
                json.WriteNumber("support", f.Support);
                json.WriteNumber("true_positives", f.TruePositives);
                json.WriteNumber("false_positives", f.FalsePositives);
                json.WriteNumber("false_negatives", f.FalseNegatives);
                json.WriteNumber("not_sure", f.NotSure);
                json.WriteNumber("not_sure_correct", f.NotSureCorrect);
                json.WriteNumber("derived", f.Derived);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
