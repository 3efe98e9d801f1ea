using Kdo.Corpus;
using Kdo.Extraction.Records;
using Kdo.Extraction.Scoring;

namespace Kdo.Extraction.Tests.Scoring;

public class ExtractionScorerTests
{
    private static GoldCustomer Gold(params (CustomerField Field, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => new GoldValue(f.Value, f.Value)));

    private static CustomerRecord Predicted(params (CustomerField Field, string Value, FieldStatus Status)[] fields) => new()
    {
        DocumentId = "d",
        Source = "s",
        Tagger = "t",
        Fields = fields.ToDictionary(f => f.Field, f => new ExtractedField { Status = f.Status, Value = f.Value, Normalized = f.Value, Confidence = 0.9 }),
    };

    [Fact]
    public void Counts_hits_misses_wrong_values_and_not_sure_per_field()
    {
        var pairs = new (GoldCustomer, CustomerRecord?)[]
        {
            (Gold((CustomerField.Surname, "Novák")), Predicted((CustomerField.Surname, "Novák", FieldStatus.Found))),
            (Gold((CustomerField.Surname, "Dvořák")), Predicted((CustomerField.Surname, "Dvořáka", FieldStatus.Found))),
            (Gold((CustomerField.Surname, "Malý")), Predicted((CustomerField.Surname, "Malý", FieldStatus.NotSure))),
            (Gold(), Predicted((CustomerField.Surname, "Černý", FieldStatus.Found))),
            (Gold((CustomerField.Surname, "Bílý")), null),
        };
        var score = ExtractionScorer.Score(pairs);
        var surname = score.Fields.Single(f => f.Field == CustomerField.Surname);

        Assert.Equal((1, 2, 3, 1, 1), (surname.TruePositives, surname.FalsePositives, surname.FalseNegatives, surname.NotSure, surname.NotSureCorrect));
        Assert.Equal(1.0 / 3, surname.Precision, 6);
        Assert.Equal(0.25, surname.Recall, 6);
        Assert.Equal(2 * (1.0 / 3) * 0.25 / (1.0 / 3 + 0.25), surname.F1, 6);
        Assert.Equal((5, 1, 1), (score.Documents, score.ExactRecords, score.MissingPredictions));
    }

    [Fact]
    public void An_empty_prediction_of_an_empty_gold_record_is_exact_and_a_derived_date_is_not_predicted()
    {
        var derived = Predicted() with
        {
            Fields = new Dictionary<CustomerField, ExtractedField>
            {
                [CustomerField.BirthDate] = new() { Status = FieldStatus.Found, Normalized = "1975-03-15", Derived = true, Confidence = 1 },
            },
        };
        var score = ExtractionScorer.Score([(Gold(), Predicted()), (Gold(), derived)]);
        Assert.Equal(2, score.ExactRecords);
        var date = score.Fields.Single(f => f.Field == CustomerField.BirthDate);
        Assert.Equal((0, 0, 1), (date.FalsePositives, date.TruePositives + date.FalseNegatives, date.Derived));
        Assert.Contains("\"exact_match\": 1", score.ToJson(), StringComparison.Ordinal);
        Assert.Contains("birth_date", score.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_records_with_documents_by_id_and_counts_strangers()
    {
        var gold = new Document("a", ["x"], ["O"]) { Customer = Gold((CustomerField.VariableSymbol, "123456789")) };
        var hit = Predicted((CustomerField.VariableSymbol, "123456789", FieldStatus.Found)) with { DocumentId = "a" };
        var stranger = hit with { DocumentId = "zzz" };
        var score = ExtractionScorer.Score([gold], [hit, stranger]);
        Assert.Equal((1, 1, 0), (score.ExactRecords, score.UnknownPredictions, score.MissingPredictions));
    }
}
