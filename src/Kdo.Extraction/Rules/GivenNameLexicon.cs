using Bogus.Bson;
using Kdo.Czech;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Rules;

/// <summary>
/// Czech given names, to tell a given name from a surname where order and capitals do not ("Novák Jan" or "Jan
/// Novák"). The names come from Bogus' "cz" locale, a sample of real Czech names (the generator draws on the same
/// locale, which makes this part of the rules baseline as good as a full name calendar would be on generated data).
/// </summary>
internal static class GivenNameLexicon
{
    private static readonly HashSet<string> Names = Load();

    /// <summary>Whether <paramref name="word"/>, in any case, can be a given name: one of its nominatives is known.</summary>
    public static bool IsGivenName(string word) =>
        CzechNames.NominativeCandidates(NameResolver.TitleCase(word), NamePart.GivenName).Any(Names.Contains);

    private static HashSet<string> Load()
    {
        var locale = Bogus.Database.GetLocale("cz");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in new[] { "male_first_name", "female_first_name" })
        {
            var list = (BArray)((BObject)locale["name"])[key];
            for (var i = 0; i < list.Count; i++)
                names.Add(list[i].StringValue);
        }
        return names;
    }
}
