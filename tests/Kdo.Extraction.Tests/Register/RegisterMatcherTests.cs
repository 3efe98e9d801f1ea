using Kdo.Czech;
using Kdo.Extraction.Records;
using Kdo.Extraction.Register;

namespace Kdo.Extraction.Tests.Register;

public class RegisterMatcherTests
{
    private static readonly BirthNumber NovakNumber = BirthNumber.Parse("750315/1238");

    private static readonly CustomerRegister Register = CustomerRegister.Create(
    [
        new RegisterCustomer("C1", "Jan", "Novák", new DateOnly(1975, 3, 15), NovakNumber, ["123456789"]),
        new RegisterCustomer("C2", "Jana", "Nováková", new DateOnly(1980, 5, 1), null, ["222222222", "333333333"]),
        new RegisterCustomer("C3", "Petr", "Dvořák", new DateOnly(1960, 1, 2), null, []),
        new RegisterCustomer("C4", "Petr", "Dvořák", new DateOnly(1960, 1, 2), null, []),
        new RegisterCustomer("C5", "Jan", "Novák", new DateOnly(1990, 7, 7), null, ["444444444"]),
    ]);

    private static RegisterMatch Match(string marked)
    {
        var entities = TaggedText.Entities(marked, out var document);
        var record = CustomerRecordBuilder.Build(document, entities, "test", "hand", new ExtractionOptions());
        return new RegisterMatcher(Register, new ExtractionOptions()).Match(record);
    }

    [Fact]
    public void An_exact_symbol_matches_first_whatever_the_name()
    {
        var match = Match("dlužník [jmeno:Karel] [prijmeni:Veselý], VS [evcu:333333333]");
        Assert.Equal((MatchStatus.Matched, "C2"), (match.Status, match.CustomerId));
        Assert.Contains(match.Evidence, e => e is { Field: Kdo.Corpus.CustomerField.VariableSymbol, Agreement: Agreement.Exact });
        Assert.Contains(match.Evidence, e => e is { Field: Kdo.Corpus.CustomerField.Surname, Agreement: Agreement.Conflict });
    }

    [Fact]
    public void An_exact_birth_number_matches()
    {
        var match = Match("r. č. [rc:7503151238]");
        Assert.Equal("C1", match.CustomerId);
        Assert.Contains(match.Evidence, e => e is { Field: Kdo.Corpus.CustomerField.BirthDate, Agreement: Agreement.Exact });
    }

    [Fact]
    public void Inflected_names_with_the_birth_date_match()
    {
        var man = Match("za dlužníkem [jmeno:Janem] [prijmeni:Novákem], nar. [datum:15. 3. 1975]");
        Assert.Equal((MatchStatus.Matched, "C1"), (man.Status, man.CustomerId));
        var woman = Match("vůči dlužnici [jmeno:Janě] [prijmeni:Novákové], nar. [datum:1. 5. 1980]");
        Assert.Equal("C2", woman.CustomerId);
    }

    [Fact]
    public void A_name_without_diacritics_matches_with_a_lower_score()
    {
        var exact = Match("dlužník [jmeno:Petr] [prijmeni:Novák], nar. [datum:15. 3. 1975]");
        var plain = Match("dlužník [jmeno:Jan] [prijmeni:Novak], nar. [datum:15. 3. 1975]");
        Assert.Equal("C1", plain.CustomerId);
        Assert.Contains(plain.Evidence, e => e is { Field: Kdo.Corpus.CustomerField.Surname, Agreement: Agreement.Diacritics });
        Assert.Equal(MatchStatus.NoMatch, exact.Status); // the given name conflicts
        Assert.True(plain.Score < Match("dlužník [jmeno:Jan] [prijmeni:Novák], nar. [datum:15. 3. 1975]").Score);
    }

    [Fact]
    public void Two_customers_matching_equally_are_ambiguous()
    {
        var match = Match("dlužník [jmeno:Petr] [prijmeni:Dvořák], nar. [datum:2. 1. 1960]");
        Assert.Equal(MatchStatus.Ambiguous, match.Status);
        Assert.Null(match.CustomerId);
        Assert.Equal(["C3", "C4"], match.Candidates);
    }

    [Fact]
    public void A_name_without_a_matching_birth_date_does_not_match()
    {
        Assert.Equal(MatchStatus.NoMatch, Match("dlužník [jmeno:Jan] [prijmeni:Novák], nar. [datum:1. 1. 1950]").Status);
        Assert.Equal(MatchStatus.NoMatch, Match("dlužník [jmeno:Jan] [prijmeni:Novák]").Status);
        Assert.Equal(MatchStatus.NoMatch, Match("VS [evcu:999999999]").Status);
    }
}
