using Bogus.Bson;
using static Kdo.Czech.GrammaticalCase;

namespace Kdo.Czech.Tests;

public class CzechNamesTests
{
    [Theory]
    // Men's surnames: hard, soft, mobile e, -a, adjectival, indeclinable.
    [InlineData("Novák", Genitive, "Nováka")]
    [InlineData("Novák", Dative, "Novákovi")]
    [InlineData("Novák", Instrumental, "Novákem")]
    [InlineData("Novák", Vocative, "Nováku")]
    [InlineData("Hájek", Genitive, "Hájka")]
    [InlineData("Hájek", Instrumental, "Hájkem")]
    [InlineData("Němec", Genitive, "Němce")]
    [InlineData("Němec", Vocative, "Němče")]
    [InlineData("Bartůněk", Genitive, "Bartůňka")]
    [InlineData("Kadlec", Genitive, "Kadlece")]
    [InlineData("Havel", Dative, "Havlovi")]
    [InlineData("Doležel", Genitive, "Doležela")]
    [InlineData("Beneš", Genitive, "Beneše")]
    [InlineData("Beneš", Vocative, "Beneši")]
    [InlineData("Bartoň", Genitive, "Bartoně")]
    [InlineData("Bartoň", Instrumental, "Bartoněm")]
    [InlineData("Mráz", Genitive, "Mráze")]
    [InlineData("Svoboda", Genitive, "Svobody")]
    [InlineData("Svoboda", Dative, "Svobodovi")]
    [InlineData("Svoboda", Accusative, "Svobodu")]
    [InlineData("Svoboda", Instrumental, "Svobodou")]
    [InlineData("Janča", Genitive, "Janči")]
    [InlineData("Heczko", Genitive, "Heczka")]
    [InlineData("Andrle", Dative, "Andrlovi")]
    [InlineData("Andrle", Instrumental, "Andrlem")]
    [InlineData("Černý", Genitive, "Černého")]
    [InlineData("Černý", Dative, "Černému")]
    [InlineData("Černý", Instrumental, "Černým")]
    [InlineData("Dolejší", Genitive, "Dolejšího")]
    [InlineData("Janků", Genitive, "Janků")]
    [InlineData("Dvořák", Instrumental, "Dvořákem")]
    [InlineData("NOVÁK", Genitive, "NOVÁKA")]
    public void Mens_surnames_decline(string name, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, CzechNames.Decline(name, grammaticalCase, NamePart.Surname, Sex.Male));

    [Theory]
    [InlineData("Jan", Genitive, "Jana")]
    [InlineData("Jan", Vocative, "Jane")]
    [InlineData("Petr", Genitive, "Petra")]
    [InlineData("Petr", Vocative, "Petře")]
    [InlineData("Petr", Instrumental, "Petrem")]
    [InlineData("Pavel", Genitive, "Pavla")]
    [InlineData("Karel", Instrumental, "Karlem")]
    [InlineData("Marek", Genitive, "Marka")]
    [InlineData("Zdeněk", Dative, "Zdeňkovi")]
    [InlineData("Jiří", Genitive, "Jiřího")]
    [InlineData("Jiří", Instrumental, "Jiřím")]
    [InlineData("Tomáš", Genitive, "Tomáše")]
    [InlineData("Tomáš", Dative, "Tomášovi")]
    [InlineData("Ondřej", Genitive, "Ondřeje")]
    [InlineData("Hugo", Instrumental, "Hugem")]
    [InlineData("Darius", Genitive, "Daria")]
    [InlineData("Vojtěch", Vocative, "Vojtěchu")]
    [InlineData("Daniel", Genitive, "Daniela")]
    public void Mens_given_names_decline(string name, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, CzechNames.Decline(name, grammaticalCase, NamePart.GivenName, Sex.Male));

    [Theory]
    [InlineData("Nováková", Genitive, "Novákové")]
    [InlineData("Nováková", Dative, "Novákové")]
    [InlineData("Nováková", Accusative, "Novákovou")]
    [InlineData("Nováková", Instrumental, "Novákovou")]
    [InlineData("Černá", Genitive, "Černé")]
    [InlineData("Černá", Instrumental, "Černou")]
    [InlineData("Dolejší", Genitive, "Dolejší")]
    [InlineData("Nováková-Dvořáková", Dative, "Novákové-Dvořákové")]
    public void Womens_surnames_decline(string name, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, CzechNames.Decline(name, grammaticalCase, NamePart.Surname, Sex.Female));

    [Theory]
    [InlineData("Jana", Genitive, "Jany")]
    [InlineData("Jana", Dative, "Janě")]
    [InlineData("Jana", Accusative, "Janu")]
    [InlineData("Jana", Instrumental, "Janou")]
    [InlineData("Blanka", Dative, "Blance")]
    [InlineData("Věra", Dative, "Věře")]
    [InlineData("Olga", Dative, "Olze")]
    [InlineData("Kamila", Dative, "Kamile")]
    [InlineData("Eva", Locative, "Evě")]
    [InlineData("Soňa", Genitive, "Soni")]
    [InlineData("Soňa", Dative, "Soně")]
    [InlineData("Marie", Genitive, "Marie")]
    [InlineData("Marie", Dative, "Marii")]
    [InlineData("Marie", Instrumental, "Marií")]
    [InlineData("Alice", Accusative, "Alici")]
    [InlineData("Dagmar", Genitive, "Dagmar")]
    public void Womens_given_names_decline(string name, GrammaticalCase grammaticalCase, string expected) =>
        Assert.Equal(expected, CzechNames.Decline(name, grammaticalCase, NamePart.GivenName, Sex.Female));

    [Theory]
    [InlineData("Nováka", NamePart.Surname, "Novák")]
    [InlineData("Novákové", NamePart.Surname, "Nováková")]
    [InlineData("Hájka", NamePart.Surname, "Hájek")]
    [InlineData("Němcem", NamePart.Surname, "Němec")]
    [InlineData("Svobodou", NamePart.Surname, "Svoboda")]
    [InlineData("Svobodovou", NamePart.Surname, "Svobodová")]
    [InlineData("Černému", NamePart.Surname, "Černý")]
    [InlineData("NOVÁKOVI", NamePart.Surname, "NOVÁK")]
    [InlineData("Janě", NamePart.GivenName, "Jana")]
    [InlineData("Jiřího", NamePart.GivenName, "Jiří")]
    [InlineData("Pavla", NamePart.GivenName, "Pavel")]
    [InlineData("Pavla", NamePart.GivenName, "Pavla")]
    [InlineData("Marii", NamePart.GivenName, "Marie")]
    [InlineData("Blance", NamePart.GivenName, "Blanka")]
    [InlineData("Petře", NamePart.GivenName, "Petr")]
    public void Inflected_forms_give_their_nominative_among_the_candidates(string inflected, NamePart part, string nominative) =>
        Assert.Contains(nominative, CzechNames.NominativeCandidates(inflected, part));

    [Fact]
    public void Candidates_are_only_forms_that_decline_back()
    {
        var candidates = CzechNames.NominativeCandidates("Nováka", NamePart.Surname);

        Assert.All(candidates, c => Assert.Contains(Enum.GetValues<GrammaticalCase>(), g =>
            CzechNames.Decline(c, g, NamePart.Surname, Sex.Male) == "Nováka" || CzechNames.Decline(c, g, NamePart.Surname, Sex.Female) == "Nováka"));
        Assert.DoesNotContain("Novákový", candidates);
    }

    [Fact]
    public void Declined_womens_names_keep_their_ending()
    {
        foreach (var c in Enum.GetValues<GrammaticalCase>())
            Assert.StartsWith("Novákov", CzechNames.Decline("Nováková", c, NamePart.Surname, Sex.Female), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name.male_first_name", NamePart.GivenName, Sex.Male)]
    [InlineData("name.female_first_name", NamePart.GivenName, Sex.Female)]
    [InlineData("name.male_last_name", NamePart.Surname, Sex.Male)]
    [InlineData("name.female_last_name", NamePart.Surname, Sex.Female)]
    public void Every_bogus_cz_name_declines_and_comes_back(string list, NamePart part, Sex sex)
    {
        var names = BogusNames(list);
        Assert.True(names.Count > 500, $"{list} has {names.Count} names");
        foreach (var name in names)
        {
            foreach (var c in Enum.GetValues<GrammaticalCase>())
            {
                var declined = CzechNames.Decline(name, c, part, sex);
                Assert.False(string.IsNullOrWhiteSpace(declined));
                Assert.True(CzechNames.NominativeCandidates(declined, part).Contains(name),
                    $"{name} ({sex}) in the {c} is {declined}, whose candidates are [{string.Join(", ", CzechNames.NominativeCandidates(declined, part))}]");
            }
        }
    }

    [Fact]
    public void Mens_oblique_surname_stems_agree_with_the_womens_forms_of_bogus()
    {
        // Bogus lists each man's surname beside his wife's (Hájek, Hájková): the stem before -ová is the stem of
        // the man's oblique cases, except where usage differs (Berger: Bergrová beside Bergera). Most must agree.
        var men = BogusNames("name.male_last_name");
        var women = BogusNames("name.female_last_name");
        var pairs = men.Zip(women).Where(p => p.Second.EndsWith("ová", StringComparison.Ordinal)).ToArray();
        var agreeing = pairs.Count(p => CzechNames.Decline(p.First, Instrumental, NamePart.Surname, Sex.Male) == p.Second[..^3] + "em"
            || CzechNames.Decline(p.First, Genitive, NamePart.Surname, Sex.Male) != p.First + "a" && p.First.EndsWith('a'));
        Assert.True(agreeing > 0.97 * pairs.Length, $"{agreeing} of {pairs.Length} agree");
    }

    private static List<string> BogusNames(string path)
    {
        BValue value = Bogus.Database.GetLocale("cz");
        foreach (var key in path.Split('.'))
            value = ((BObject)value)[key];
        var array = (BArray)value;
        return Enumerable.Range(0, array.Count).Select(i => array[i].StringValue).ToList();
    }
}
