using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Records;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Tests;

public class ExtractorTests
{
    // A stand-in for a model: softmax-like rows from a word-to-label table, the rest of the mass on O (and B-).
    private sealed class TableTagger(LabelScheme labels, Func<string, (string Label, float P)?> table) : IWordTagger
    {
        public string Name => "table";

        public LabelScheme Labels => labels;

        public WordProbabilities Tag(Document document) => WordProbabilities.Create(labels, document.Words.Select(word =>
        {
            var row = new float[labels.Count];
            if (table(word) is { } guess)
            {
                // An I- guess keeps some mass on its B-, as a softmax would.
                var runnerUp = guess.Label.StartsWith("I-", StringComparison.Ordinal) ? (1 - guess.P) * 2 / 3 : 0;
                row[labels.IdOf(guess.Label)] = guess.P;
                if (runnerUp > 0)
                    row[labels.IdOf("B-" + guess.Label[2..])] = runnerUp;
                row[labels.IdOf("O")] = 1 - guess.P - runnerUp;
            }
            else
                row[labels.IdOf("O")] = 1;
            return row;
        }).ToArray());
    }

    [Fact]
    public void A_model_tagger_plugs_in_and_its_invalid_labels_are_decoded_validly()
    {
        // The "model" puts I-prijmeni on the surname without a B- before it; decoding makes it B-prijmeni.
        var tagger = new TableTagger(LabelScheme.Default, word => word switch
        {
            "Jana" => ("B-jmeno", 0.9f),
            "Nováková" or "Novákové" => ("I-prijmeni", 0.7f),
            "123456789" => ("B-evcu", 0.8f),
            _ => null,
        });
        var document = WordSegmenter.ToDocument("m", "Dlužnice Jana Nováková, ev. č. 123456789, podpis: Jana Nováková.");
        var record = new Extractor(tagger, new ExtractionOptions()).Extract(document, "memory");

        Assert.Equal("table", record.Tagger);
        Assert.Equal(("Jana", "Nováková", "123456789"), (record[CustomerField.GivenName].Normalized, record[CustomerField.Surname].Normalized, record[CustomerField.VariableSymbol].Normalized));
        Assert.Equal(2, record[CustomerField.Surname].Evidence.Count);
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.BirthNumber].Status);
    }

    [Fact]
    public void A_mention_of_another_person_is_outweighed_by_the_customers_mentions()
    {
        var entities = TaggedText.Entities("dlužník [prijmeni:Novák], dlužníka [prijmeni:Nováka], správce [prijmeni@0.5:Dvořák]", out var document);
        var field = CustomerRecordBuilder.Build(document, entities, "s", "t", new ExtractionOptions())[CustomerField.Surname];
        Assert.Equal("Novák", field.Normalized);
        Assert.Equal(2, field.Evidence.Count);
        Assert.Contains(field.Notes, n => n.Contains("competing", StringComparison.Ordinal));
        Assert.True(field.Confidence < 0.99 * 0.9);
    }

    [Fact]
    public void A_tagger_without_the_missions_labels_is_refused()
    {
        var tagger = new TableTagger(LabelScheme.FromTypes(["PER", "LOC"]), _ => null);
        var error = Assert.Throws<ArgumentException>(() => new Extractor(tagger, new ExtractionOptions()));
        Assert.Contains("evcu", error.Message, StringComparison.Ordinal);
    }
}
