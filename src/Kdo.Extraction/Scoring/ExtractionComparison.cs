using System.Globalization;
using System.Text;

namespace Kdo.Extraction.Scoring;

/// <summary>Several extractors' scores on the same gold records side by side: the table that compares model and rules.</summary>
public static class ExtractionComparison
{
    /// <summary>
    /// A table with one column per extractor: each field's F1, the macro F1, exact records and, where scored, the
    /// register's accuracy and wrong matches.
    /// </summary>
    public static string ToText(IReadOnlyList<(string Name, ExtractionScore Score)> scores)
    {
        var width = Math.Max(9, scores.Max(s => s.Name.Length));
        var text = new StringBuilder();
        void Row(string label, Func<ExtractionScore, string> cell)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label,-22}");
            foreach (var (_, score) in scores)
                text.Append(' ').Append(cell(score).PadLeft(width));
            text.AppendLine();
        }
        text.Append(CultureInfo.InvariantCulture, $"{"",-22}");
        foreach (var (name, _) in scores)
            text.Append(' ').Append(name.PadLeft(width));
        text.AppendLine();
        foreach (var field in Kdo.Corpus.CustomerFields.All)
            Row($"{Kdo.Corpus.CustomerFields.JsonName(field)} F1", s => F4(s.Fields.First(f => f.Field == field).F1));
        Row("macro F1", s => F4(s.MacroF1));
        Row("exact records", s => Percent(s.ExactMatch));
        if (scores.Any(s => s.Score.Register is not null))
        {
            Row("register accuracy", s => s.Register is { } r ? Percent(r.Accuracy) : "-");
            Row("right customer", s => s.Register?.Correct.ToString(CultureInfo.InvariantCulture) ?? "-");
            Row("wrong customer", s => s.Register?.Wrong.ToString(CultureInfo.InvariantCulture) ?? "-");
            Row("missed / ambiguous", s => s.Register is { } r ? $"{r.Missed}/{r.Ambiguous}" : "-");
            Row("nobody: right / false", s => s.Register is { } r ? $"{r.CorrectNoMatch}/{r.FalseMatch}" : "-");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"documents: {scores[0].Score.Documents}");
        return text.ToString();
    }

    /// <summary>A share as "92.2%" (the invariant culture's P1 writes "92.2 %").</summary>
    internal static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
