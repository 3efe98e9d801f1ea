using Kdo.Corpus;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Tests.Records;

public class CustomerRecordBuilderTests
{
    private static CustomerRecord Build(string marked, ExtractionOptions? options = null)
    {
        var entities = TaggedText.Entities(marked, out var document);
        return CustomerRecordBuilder.Build(document, entities, "test", "hand", options ?? new ExtractionOptions());
    }

    [Fact]
    public void Names_are_given_in_the_nominative_from_inflected_mentions()
    {
        var record = Build("Pohledávka za dlužníkem [jmeno:Janem] [prijmeni:Novákem]; dlužníka [jmeno:Jana] [prijmeni:Nováka] zastupuje advokát.");
        Assert.Equal(("Jan", "Novák"), (record[CustomerField.GivenName].Normalized, record[CustomerField.Surname].Normalized));
        Assert.Equal(2, record[CustomerField.Surname].Evidence.Count);
        Assert.Equal("Janem", record[CustomerField.GivenName].Value);
    }

    [Fact]
    public void A_womans_name_after_a_female_cue_is_her_nominative()
    {
        var record = Build("Věřitel uplatňuje vůči dlužnici paní [jmeno:Janě] [prijmeni:Novákové] pohledávku.");
        Assert.Equal(("Jana", "Nováková"), (record[CustomerField.GivenName].Normalized, record[CustomerField.Surname].Normalized));
    }

    [Fact]
    public void The_birth_numbers_sex_decides_an_ambiguous_given_name()
    {
        // "Jana" is Jan's genitive or Jana's nominative; the birth number (month + 50) says a woman.
        var record = Build("Dlužník [jmeno:Jana] [prijmeni:Nováková], r. č. [rc:755315/1232].");
        Assert.Equal("Jana", record[CustomerField.GivenName].Normalized);
        var man = Build("Za dlužníka [jmeno:Jana] [prijmeni:Nováka], r. č. [rc:750315/1238].");
        Assert.Equal("Jan", man[CustomerField.GivenName].Normalized);
    }

    [Fact]
    public void Identifiers_are_normalised_and_found()
    {
        var record = Build("r. č. [rc:7503151238], nar. [datum:15. března 1975], VS [evcu:123456789]");
        Assert.Equal("750315/1238", record[CustomerField.BirthNumber].Normalized);
        Assert.Equal("1975-03-15", record[CustomerField.BirthDate].Normalized);
        Assert.Equal("123456789", record[CustomerField.VariableSymbol].Normalized);
        Assert.All(CustomerFields.All.Where(f => f is not (CustomerField.GivenName or CustomerField.Surname)), f => Assert.Equal(FieldStatus.Found, record[f].Status));
    }

    [Fact]
    public void A_symbol_of_other_than_nine_digits_is_rejected()
    {
        var record = Build("VS [evcu:12345678] a VS [evcu:1234567890]");
        Assert.Equal(FieldStatus.NotFound, record[CustomerField.VariableSymbol].Status);
        Assert.Contains(record[CustomerField.VariableSymbol].Notes, n => n.Contains("9 digits", StringComparison.Ordinal));
    }

    [Fact]
    public void A_birth_number_with_a_wrong_check_digit_is_only_not_sure()
    {
        var record = Build("r. č. [rc:750315/1235]");
        var field = record[CustomerField.BirthNumber];
        Assert.Equal(FieldStatus.NotSure, field.Status);
        Assert.Equal("750315/1235", field.Normalized);
        Assert.Contains(field.Notes, n => n.Contains("check digit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_birth_number_with_an_impossible_date_is_rejected()
    {
        Assert.Equal(FieldStatus.NotFound, Build("r. č. [rc:751335/1234]")[CustomerField.BirthNumber].Status);
    }

    [Fact]
    public void The_birth_number_and_a_disagreeing_birth_date_both_lose_confidence()
    {
        var record = Build("nar. [datum:16. 3. 1975], r. č. [rc:750315/1238]");
        Assert.Equal(FieldStatus.NotSure, record[CustomerField.BirthDate].Status);
        Assert.Equal(FieldStatus.NotSure, record[CustomerField.BirthNumber].Status);
        Assert.Contains(record[CustomerField.BirthDate].Notes, n => n.Contains("disagrees", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_the_birth_number_encodes_beats_another_date()
    {
        var record = Build("nar. [datum:16. 3. 1975], nar. [datum:15. 3. 1975], r. č. [rc:750315/1238]");
        Assert.Equal("1975-03-15", record[CustomerField.BirthDate].Normalized);
        Assert.Equal(FieldStatus.Found, record[CustomerField.BirthNumber].Status);
    }

    [Fact]
    public void Without_a_written_date_the_birth_numbers_date_is_derived()
    {
        var field = Build("r. č. [rc:750315/1238]")[CustomerField.BirthDate];
        Assert.Equal(("1975-03-15", true, FieldStatus.Found), (field.Normalized, field.Derived, field.Status));
        Assert.False(field.IsPredicted);
        var off = Build("r. č. [rc:750315/1238]", new ExtractionOptions { DeriveBirthDate = false })[CustomerField.BirthDate];
        Assert.Equal(FieldStatus.NotFound, off.Status);
    }

    [Fact]
    public void The_more_supported_of_conflicting_symbols_wins_with_lowered_confidence()
    {
        var record = Build("VS [evcu:111111111], VS [evcu:111111111], VS [evcu:222222222]");
        var field = record[CustomerField.VariableSymbol];
        Assert.Equal("111111111", field.Normalized);
        Assert.Equal(2, field.Evidence.Count);
        // Each mention is 0.9 + 0.1 / 10 sure (B- plus I-): (1 - 0.09²) × 2/3 of the support.
        Assert.Equal((1 - 0.09 * 0.09) * 2 / 3, field.Confidence, 3);
        Assert.Contains(field.Notes, n => n.Contains("competing", StringComparison.Ordinal));
    }

    [Fact]
    public void Thresholds_decide_found_not_sure_and_not_found()
    {
        Assert.Equal(FieldStatus.Found, Build("VS [evcu@0.6:123456789]")[CustomerField.VariableSymbol].Status);
        Assert.Equal(FieldStatus.NotSure, Build("VS [evcu@0.3:123456789]")[CustomerField.VariableSymbol].Status);
        var lost = Build("VS [evcu@0.05:123456789]")[CustomerField.VariableSymbol];
        Assert.Equal((FieldStatus.NotFound, null), (lost.Status, lost.Normalized));
        var strict = new ExtractionOptions { FoundThreshold = 0.95 };
        Assert.Equal(FieldStatus.NotSure, Build("VS [evcu:123456789]", strict)[CustomerField.VariableSymbol].Status);
    }

    [Fact]
    public void Evidence_offsets_count_code_points()
    {
        var record = Build("😀 VS [evcu:123456789]");
        var span = Assert.Single(record[CustomerField.VariableSymbol].Evidence);
        Assert.Equal((5, 14), (span.Start, span.End));
    }
}
