using Kdo.Czech;
using Kdo.Extraction.Decoding;

namespace Kdo.Extraction.Records;

/// <summary>One mention of a name: the entity, its cleaned text, its weight (confidence) and the cue before it.</summary>
internal sealed record NameMention(Entity Entity, string Name, double Weight, NameCue Cue);

/// <summary>The mentions that one nominative explains, with their summed weight.</summary>
internal sealed record NameGroup(string Nominative, IReadOnlyList<NameMention> Mentions, double Support);

/// <summary>
/// Chooses the nominative of a name from all its mentions. Each mention proposes the nominatives it can be a case of
/// (<see cref="CzechNames.NominativeCandidates"/>), narrowed to those that decline to it in the case and for the sex
/// the cue before it allows (<see cref="NameCues"/>) and for the sex the document gives (a birth number); a cue that
/// leaves nothing is ignored. The nominative that explains the most mention weight wins, and the mentions it explains
/// are its evidence; the rest form competing groups the same way. Ties go to a nominative that declines into a mention
/// (Březinová rather than an indeclinable woman's surname Březinové), then to one without a bare stem cluster (Hájek rather than Hájk), then to
/// one written as such in the document, then in ordinal order.
/// </summary>
internal static class NameResolver
{
    private const string Consonants = "bcčdďfghjklmnňpqrřsštťvwxzž";
    private static readonly Sex[] BothSexes = [Sex.Male, Sex.Female];

    /// <summary>The groups of <paramref name="mentions"/>, strongest first.</summary>
    public static IReadOnlyList<NameGroup> Resolve(IReadOnlyList<NameMention> mentions, NamePart part, Sex? sex)
    {
        var candidates = mentions.Select(m => Candidates(m, part, sex)).ToArray();
        var remaining = Enumerable.Range(0, mentions.Count).ToList();
        var groups = new List<NameGroup>();
        while (remaining.Count > 0)
        {
            var best = Rank(mentions, candidates, remaining, part, sex)[0];
            var explained = remaining.Where(i => candidates[i].Contains(best.Name)).ToList();
            groups.Add(new NameGroup(best.Name, explained.Select(i => mentions[i]).ToArray(), best.Support));
            remaining.RemoveAll(explained.Contains);
        }
        return groups;
    }

    /// <summary>The nominatives that explain as much mention weight as the best one: the names a mention may be of.</summary>
    public static IReadOnlyList<string> Leading(IReadOnlyList<NameMention> mentions, NamePart part, Sex? sex)
    {
        var candidates = mentions.Select(m => Candidates(m, part, sex)).ToArray();
        var ranked = Rank(mentions, candidates, Enumerable.Range(0, mentions.Count).ToList(), part, sex);
        return ranked.Count == 0 ? [] : ranked.TakeWhile(r => r.Support >= ranked[0].Support - 1e-9).Select(r => r.Name).ToArray();
    }

    private static List<(string Name, double Support)> Rank(IReadOnlyList<NameMention> mentions, IReadOnlyList<string>[] candidates, List<int> remaining, NamePart part, Sex? sex) =>
        remaining.SelectMany(i => candidates[i]).Distinct(StringComparer.Ordinal).Select(c => (
                Name: c,
                Support: remaining.Where(i => candidates[i].Contains(c)).Sum(i => mentions[i].Weight),
                OnlyUnchanged: !remaining.Any(i => candidates[i].Contains(c) && DeclinesInto(c, mentions[i], part, sex)),
                Cluster: EndsInStemCluster(c),
                Ending: part == NamePart.Surname ? SurnameEndingRank(c) : 0,
                Written: remaining.Count(i => TitleCase(mentions[i].Name) == c)))
            .OrderByDescending(s => s.Support).ThenBy(s => s.OnlyUnchanged).ThenBy(s => s.Cluster).ThenByDescending(s => s.Written).ThenBy(s => s.Ending)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (s.Name, s.Support)).ToList();

    /// <summary>
    /// The nominatives <paramref name="mention"/> can come from, in title case ("NOVÁKA" gives "Novák"), narrowed by
    /// its cue and <paramref name="sex"/> (which, from a birth number, outranks the cue's) when that leaves any.
    /// </summary>
    public static IReadOnlyList<string> Candidates(NameMention mention, NamePart part, Sex? sex)
    {
        var form = TitleCase(mention.Name);
        var all = CzechNames.NominativeCandidates(form, part);
        var fitting = all.Where(c => Sexes(mention, sex).Any(s => mention.Cue.Cases.Any(k => CzechNames.Decline(c, k, part, s) == form))).ToArray();
        return fitting.Length > 0 ? fitting : all;
    }

    private static Sex[] Sexes(NameMention mention, Sex? sex) => sex is { } known ? [known] : mention.Cue.Sex is { } cued ? [cued] : BothSexes;

    // Whether the mention is a case of the name for a sex in which the name declines at all. "Havránkovi" is a
    // woman's indeclinable surname only, a poorer reading than the dative of Havránek.
    private static bool DeclinesInto(string name, NameMention mention, NamePart part, Sex? sex)
    {
        var form = TitleCase(mention.Name);
        return Sexes(mention, sex).Any(s =>
        {
            var forms = Enum.GetValues<GrammaticalCase>().Select(c => CzechNames.Decline(name, c, part, s)).ToArray();
            return forms.Any(f => f != name) && mention.Cue.Cases.Any(c => forms[(int)c] == form);
        });
    }

    /// <summary>A name in title case word by word: "NOVÁK-DVOŘÁK" is "Novák-Dvořák"; mixed case stays.</summary>
    public static string TitleCase(string name) => string.Concat(Pieces(name).Select(piece =>
        piece.Length > 1 && !piece.Any(char.IsLower) ? piece[0] + piece[1..].ToLowerInvariant() : piece));

    /// <summary>The sex a woman's surname in -á shows (Nováková, Černá); null for any other ending.</summary>
    public static Sex? SexOfSurname(string surname) => surname.EndsWith('á') ? Sex.Female : null;

    // How common a surname's ending is among Czech nominatives: a consonant (Novák, Hájek), then the adjectival
    // -ý, -í, -á (Černý, Nováková), then -a (Svoboda), -ů (Janů), -o (Lacko), anything else.
    private static int SurnameEndingRank(string name) => char.ToLowerInvariant(name[^1]) switch
    {
        var c when Consonants.Contains(c) => 0,
        'ý' or 'í' or 'á' => 1,
        'a' => 2,
        'ů' => 3,
        'o' => 4,
        _ => 5,
    };

    // Hájk, Němc, Pavl: stems that need a mobile e to be names.
    private static bool EndsInStemCluster(string name) =>
        name.Length > 2 && char.ToLowerInvariant(name[^1]) is 'k' or 'c' or 'l' && Consonants.Contains(char.ToLowerInvariant(name[^2]));

    private static IEnumerable<string> Pieces(string name)
    {
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] is not ('-' or ' '))
                continue;
            yield return name[start..i];
            if (i < name.Length)
                yield return name[i].ToString();
            start = i + 1;
        }
    }
}
