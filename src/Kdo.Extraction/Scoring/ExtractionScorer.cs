using Kdo.Corpus;
using Kdo.Extraction.Records;
using Kdo.Extraction.Register;

namespace Kdo.Extraction.Scoring;

/// <summary>
/// Compares extracted records with gold records (<see cref="Document.Customer"/>, normalised values, compared
/// exactly). Records pair with gold documents by document id; a gold document without a record predicts nothing.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Scores <paramref name="predicted"/> against the gold records of <paramref name="gold"/>.</summary>
    /// <param name="gold">Labelled documents, streamed; a document without a customer record has none (an empty record).</param>
    /// <param name="predicted">Extracted records; several for one document id count the first.</param>
    /// <param name="answers">The register's answer key (document id to customer id), to score the records' register
    /// matches too; null to skip that.</param>
    public static ExtractionScore Score(IEnumerable<Document> gold, IEnumerable<CustomerRecord> predicted,
        IReadOnlyDictionary<string, string>? answers = null)
    {
        var byId = new Dictionary<string, CustomerRecord>(StringComparer.Ordinal);
        foreach (var record in predicted)
            byId.TryAdd(record.DocumentId, record);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var matches = new int[6];
        var pairs = gold.Select(document =>
        {
            seen.Add(document.Id);
            var record = byId.GetValueOrDefault(document.Id);
            if (answers is not null)
                matches[(int)Judge(record?.Match, answers.GetValueOrDefault(document.Id))]++;
            return (document.Customer ?? GoldCustomer.None, record);
        });
        var score = Score(pairs);
        return score with
        {
            UnknownPredictions = byId.Keys.Count(id => !seen.Contains(id)),
            Register = answers is null ? null : new RegisterScore(matches[0], matches[1], matches[2], matches[3], matches[4], matches[5]),
        };
    }

    private enum MatchOutcome { Correct, Wrong, Ambiguous, Missed, CorrectNoMatch, FalseMatch }

    private static MatchOutcome Judge(RegisterMatch? match, string? truth) => (match?.Status ?? MatchStatus.NoMatch, truth) switch
    {
        (MatchStatus.Matched, null) => MatchOutcome.FalseMatch,
        (MatchStatus.Matched, _) => match!.CustomerId == truth ? MatchOutcome.Correct : MatchOutcome.Wrong,
        (_, null) => MatchOutcome.CorrectNoMatch,
        (MatchStatus.Ambiguous, _) => MatchOutcome.Ambiguous,
        _ => MatchOutcome.Missed,
    };

    /// <summary>Scores pairs of a gold record and its prediction (null: nothing predicted).</summary>
    public static ExtractionScore Score(IEnumerable<(GoldCustomer Gold, CustomerRecord? Predicted)> pairs)
    {
        var counts = CustomerFields.All.ToDictionary(f => f, _ => new int[6]); // tp, fp, fn, not sure, not sure correct, derived
        int documents = 0, exact = 0, missing = 0;
        foreach (var (gold, predicted) in pairs)
        {
            documents++;
            if (predicted is null)
                missing++;
            var allRight = true;
            foreach (var field in CustomerFields.All)
            {
                var truth = gold[field]?.Normalized;
                var answer = predicted?[field] ?? ExtractedField.NotFound;
                var c = counts[field];
                if (answer.IsPredicted)
                {
                    var right = answer.Normalized == truth;
                    c[right ? 0 : 1]++;
                    if (!right && truth is not null)
                        c[2]++;
                    allRight &= right;
                }
                else
                {
                    if (truth is not null)
                        c[2]++;
                    allRight &= truth is null;
                }
                if (answer.Status == FieldStatus.NotSure)
                {
                    c[3]++;
                    if (answer.Normalized == truth)
                        c[4]++;
                }
                if (answer.Status == FieldStatus.Found && answer.Derived)
                    c[5]++;
            }
            if (allRight)
                exact++;
        }
        return new ExtractionScore
        {
            Fields = CustomerFields.All.Select(f => new FieldScore(f, counts[f][0], counts[f][1], counts[f][2], counts[f][3], counts[f][4], counts[f][5])).ToArray(),
            Documents = documents,
            ExactRecords = exact,
            MissingPredictions = missing,
            UnknownPredictions = 0,
        };
    }
}
