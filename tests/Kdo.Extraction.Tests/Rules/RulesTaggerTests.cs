using Kdo.Corpus;
using Kdo.Corpus.Generation;
using Kdo.Corpus.Text;
using Kdo.Extraction.Records;
using Kdo.Extraction.Rules;
using Kdo.Extraction.Scoring;

namespace Kdo.Extraction.Tests.Rules;

public class RulesTaggerTests
{
    private static readonly Extractor Rules = new(new RulesTagger(), new ExtractionOptions());

    private static CustomerRecord Extract(string text) => Rules.Extract(WordSegmenter.ToDocument("doc", text), "test");

    [Fact]
    public void Finds_a_debtor_named_after_a_female_cue_with_her_numbers()
    {
        var record = Extract("Věřitel uplatňuje vůči dlužnici paní Ing. Janě Novákové, nar. 15. 3. 1975, r. č. 755315/1232, " +
            "pohledávku vedenou pod ev. č. 123456789. Paní Nováková byla vyzvána. Podpis: Jana Nováková");
        Assert.Equal("Jana", record[CustomerField.GivenName].Normalized);
        Assert.Equal("Nováková", record[CustomerField.Surname].Normalized);
        Assert.Equal(3, record[CustomerField.Surname].Evidence.Count);
        Assert.Equal("1975-03-15", record[CustomerField.BirthDate].Normalized);
        Assert.Equal("755315/1232", record[CustomerField.BirthNumber].Normalized);
        Assert.Equal("123456789", record[CustomerField.VariableSymbol].Normalized);
        Assert.All(CustomerFields.All, f => Assert.Equal(FieldStatus.Found, record[f].Status));
    }

    [Fact]
    public void A_case_reference_a_contract_and_an_account_are_never_the_symbol()
    {
        var record = Extract("Dlužník Jan Novák, č. j. 123456789, smlouva č. 987654321, účet č. 123456789/0800.");
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.VariableSymbol].Status);
    }

    [Fact]
    public void A_spouses_birth_data_are_not_the_customers()
    {
        var record = Extract("vůči dlužníkovi Janu Novákovi (manželka Eva Nováková, nar. 1. 5. 1980, r. č. 805501/0005, není účastníkem řízení)");
        Assert.Equal("Novák", record[CustomerField.Surname].Normalized);
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.BirthNumber].Status);
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.BirthDate].Status);
    }

    [Fact]
    public void An_uncued_valid_birth_number_is_only_not_sure()
    {
        var record = Extract("Dlužník Jan Novák. Číslo 7503151238 uvedeno.");
        Assert.Equal(FieldStatus.NotSure, record[CustomerField.BirthNumber].Status);
    }

    [Fact]
    public void A_company_debtor_names_no_customer()
    {
        var record = Extract("Dlužník Potraviny Dvořák s.r.o., IČO 12345678, se sídlem Praha.");
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.Surname].Status);
    }

    // Measured on 500 generated test-split documents (seed 1): F1 1.00 symbol, 0.97 birth number, 0.96 birth date,
    // 0.92 and 0.93 for the names, 84 % exact (joint petitions of spouses are the hard part). The thresholds leave room for
    // other seeds and for changes to the generator's phrasings, and fail when a recognizer breaks (a lost cue list
    // drops a field's F1 below 0.5).
    [Fact]
    public void Reaches_its_measured_scores_on_generated_test_documents()
    {
        var documents = CorpusGenerator.Create(new GeneratorOptions { Seed = 2, Split = CorpusSplit.Test }).Generate(150).ToArray();
        var score = ExtractionScorer.Score(documents, documents.Select(d => Rules.Extract(d, "generated")));
        var f1 = score.Fields.ToDictionary(f => f.Field, f => f.F1);
        Assert.True(f1[CustomerField.BirthNumber] >= 0.9, score.ToText());
        Assert.True(f1[CustomerField.VariableSymbol] >= 0.9, score.ToText());
        Assert.True(f1[CustomerField.BirthDate] >= 0.9, score.ToText());
        Assert.True(f1[CustomerField.Surname] >= 0.8, score.ToText());
        Assert.True(f1[CustomerField.GivenName] >= 0.8, score.ToText());
        Assert.True(score.ExactMatch >= 0.75, score.ToText());
    }
}
