namespace Kdo.Czech;

/// <summary>
/// Czech declension of personal names as legal text uses them ("dlužníka Jana Nováka", "dlužnici Janě Novákové",
/// "s Petrem Dvořákem"), and its inverse: the nominatives that an inflected form can come from.
/// </summary>
/// <remarks>
/// <para>Men's names follow the noun paradigms: a consonant is hard (pán: Novák, Nováka, Novákovi, Novákem) or soft
/// (muž: Tomáš, Tomáše; also -s, -z and -x: Mráz, Mráze), with the mobile e of -ek, -ec, -něk and a few -el names
/// (Hájek, Hájka; Němec, Němce; Zdeněk, Zdeňka; Pavel, Pavla); -a as předseda (Svoboda, Svobody, Svobodou), -o as
/// Hugo (Huga), -e as soudce (Andrle, Andrlovi), Latin -us given names drop -us (Darius, Daria); -ý and -í are
/// adjectives (Černý, Černého; Jiří, Jiřího); -ů is indeclinable (Janů).</para>
/// <para>Women's surnames in -á (Nováková, Černá) are adjectives (Novákové, Novákovou); others (Dolejší, Janů, foreign
/// names) do not decline. Women's given names in -a follow žena with the consonant changes of the dative (Jana, Janě;
/// Blanka, Blance; Věra, Věře; Olga, Olze), after a soft consonant růže-like endings (Soňa, Soni, Soně), -ia and -e
/// follow růže (Marie, Marii, Marií); names ending in a consonant (Dagmar, Ester) do not decline.</para>
/// <para>Hyphenated and multi-word names decline word by word; a name in capitals ("NOVÁK") declines into capitals.
/// The dative and locative of men use -ovi throughout ("Janovi Novákovi"), which is what filings write.</para>
/// </remarks>
public static class CzechNames
{
    private const string SoftConsonants = "žščřcjďťň";
    private const string MaleSoftStems = SoftConsonants + "szx";
    private const string Consonants = "bcčdďfghjklmnňpqrřsštťvwxzž";
    private static readonly char[] Separators = ['-', ' '];

    // Names whose -el has a mobile e (Pavel, Pavla); other -el names keep it (Daniel, Daniela; Doležel, Doležela).
    private static readonly HashSet<string> MobileEl = ["pavel", "karel", "havel", "kozel", "orel", "kotel", "vavel"];

    // -ec and -ek names that keep their e (Kadlec, Kadlece); Bogus' cz locale and usage agree on these.
    private static readonly HashSet<string> StableE = ["kadlec", "švec", "bezděk", "lec", "šek"];

    // Endings an inflected form can have, each with the nominative ending it replaces; used to propose candidates
    // that Decline then confirms, so that the inverse is exactly as wide as the declension.
    private static readonly (string Oblique, string Nominative)[] Reversals =
    [
        ("a", ""), ("e", ""), ("ovi", ""), ("em", ""), ("u", ""), ("i", ""), ("ře", "r"), ("če", "c"),
        ("ně", "ň"), ("tě", "ť"), ("dě", "ď"), ("něm", "ň"), ("těm", "ť"), ("děm", "ď"),
        ("a", "us"), ("ovi", "us"), ("em", "us"), ("e", "us"),
        ("y", "a"), ("i", "a"), ("ovi", "a"), ("u", "a"), ("o", "a"), ("ou", "a"), ("e", "a"), ("ě", "a"),
        ("ce", "ka"), ("ze", "ha"), ("ze", "ga"), ("še", "cha"), ("ře", "ra"), ("ně", "ňa"), ("tě", "ťa"), ("dě", "ďa"),
        ("a", "o"), ("ovi", "o"), ("em", "o"),
        ("ovi", "e"), ("m", ""), ("ňovi", "ně"), ("ťovi", "tě"), ("ďovi", "dě"),
        ("ého", "ý"), ("ému", "ý"), ("ém", "ý"), ("ým", "ý"), ("ího", "í"), ("ímu", "í"), ("ím", "í"),
        ("ho", ""), ("mu", ""), ("ni", "ňa"), ("ti", "ťa"), ("di", "ďa"), ("é", "á"), ("ou", "á"),
        ("ie", "ia"), ("ii", "ia"), ("io", "ia"), ("ií", "ia"), ("i", "e"), ("í", "e"),
    ];

    /// <summary>The name in <paramref name="grammaticalCase"/>: Decline("Novák", Genitive, Surname, Male) is "Nováka".</summary>
    /// <param name="name">The name in the nominative: one word, or several joined by hyphens or spaces.</param>
    /// <param name="grammaticalCase">The case to put it in.</param>
    /// <param name="part">Whether it is a given name or a surname.</param>
    /// <param name="sex">The bearer's sex: "Dana" declines as a woman's name, "Dan" as a man's.</param>
    public static string Decline(string name, GrammaticalCase grammaticalCase, NamePart part, Sex sex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (grammaticalCase == GrammaticalCase.Nominative)
            return name;
        return string.Concat(Pieces(name).Select(piece => IsSeparator(piece) ? piece
            : IsCapitals(piece) ? DeclineWord(TitleCase(piece), grammaticalCase, part, sex).ToUpperInvariant()
            : DeclineWord(piece, grammaticalCase, part, sex)));
    }

    /// <summary>
    /// Every nominative that <paramref name="inflected"/> can be a case of, for either sex: "Nováka" gives "Novák" (and
    /// "Nováka", a nominative too), "Novákové" gives "Nováková", "Janě" gives "Jana". The form itself is included
    /// whenever it can be a nominative. Candidates come in no order of likelihood; match them against what is known.
    /// </summary>
    public static IReadOnlyList<string> NominativeCandidates(string inflected, NamePart part)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inflected);
        IEnumerable<string> results = [""];
        foreach (var piece in Pieces(inflected))
        {
            IReadOnlyList<string> options = IsSeparator(piece) ? [piece]
                : IsCapitals(piece) ? WordCandidates(TitleCase(piece), part).Select(c => c.ToUpperInvariant()).ToList()
                : WordCandidates(piece, part);
            results = results.SelectMany(prefix => options.Select(option => prefix + option)).Take(64).ToArray();
        }
        return results.ToArray();
    }

    private static string DeclineWord(string word, GrammaticalCase c, NamePart part, Sex sex)
    {
        if (c == GrammaticalCase.Nominative)
            return word;
        if (sex == Sex.Female)
            return part == NamePart.Surname ? FemaleSurname(word, c) : FemaleGivenName(word, c);
        var lower = word.ToLowerInvariant();
        var stem = word[..^1];
        return lower[^1] switch
        {
            'ý' => stem + Pick(c, "ého", "ému", "ého", "ý", "ém", "ým"),
            'í' => stem + Pick(c, "ího", "ímu", "ího", "í", "ím", "ím"),
            'a' => stem + Pick(c, SoftConsonants.Contains(char.ToLowerInvariant(At(stem, 1))) ? "i" : "y", "ovi", "u", "o", "ovi", "ou"),
            'o' => stem + Pick(c, "a", "ovi", "a", "o", "ovi", "em"),
            'e' => Pick(c, word, stem + "ovi", word, word, stem + "ovi", word + "m"),
            'ě' => Pick(c, word, Soften(stem) + "ovi", word, word, Soften(stem) + "ovi", word + "m"),
            'i' or 'y' => word + Pick(c, "ho", "mu", "ho", "", "m", "m"),
            _ when !Consonants.Contains(lower[^1]) => word,
            _ when part == NamePart.GivenName && lower.EndsWith("us") && lower.Length > 4 => MaleConsonant(word[..^2], c, false),
            _ => MaleConsonant(MobileStem(word, lower), c, lower.EndsWith("ec") && MobileStem(word, lower).Length < word.Length),
        };
    }

    private static string MaleConsonant(string stem, GrammaticalCase c, bool lostEc)
    {
        var lower = stem.ToLowerInvariant();
        var soft = MaleSoftStems.Contains(lower[^1]);
        string vocative;
        if (soft)
            vocative = lostEc ? stem[..^1] + "če" : stem + "i";
        else if (lower[^1] is 'k' or 'h' or 'g')
            vocative = stem + "u";
        else if (lower[^1] == 'r' && lower.Length > 1 && Consonants.Contains(lower[^2]))
            vocative = stem[..^1] + "ře";
        else
            vocative = Join(stem, "e");
        return c == GrammaticalCase.Vocative
            ? vocative
            : Join(stem, Pick(c, soft ? "e" : "a", "ovi", soft ? "e" : "a", "", "ovi", "em"));
    }

    private static string FemaleSurname(string word, GrammaticalCase c) =>
        char.ToLowerInvariant(word[^1]) == 'á' ? word[..^1] + Pick(c, "é", "é", "ou", "á", "é", "ou") : word;

    private static string FemaleGivenName(string word, GrammaticalCase c)
    {
        var lower = word.ToLowerInvariant();
        var stem = word[..^1];
        if (lower.EndsWith("ia") && lower.Length > 2)
            return stem + Pick(c, "e", "i", "i", "o", "i", "í");
        if (lower[^1] is 'e' or 'ě')
            return Pick(c, word, stem + "i", stem + "i", word, stem + "i", stem + "í");
        if (lower[^1] != 'a' || lower.Length < 2)
            return word;
        var last = lower[^2];
        if (SoftConsonants.Contains(last))
            return Join(stem, Pick(c, "i", "e", "u", "o", "e", "ou"));
        var dative = lower.EndsWith("cha") ? word[..^3] + "še"
            : last == 'k' ? stem[..^1] + "ce"
            : last is 'h' or 'g' ? stem[..^1] + "ze"
            : last == 'r' ? stem[..^1] + "ře"
            : "lszxaeiouy".Contains(last) ? stem + "e"
            : stem + "ě";
        return c is GrammaticalCase.Dative or GrammaticalCase.Locative ? dative : stem + Pick(c, "y", "", "u", "o", "", "ou");
    }

    // Hájek → Hájk, Němec → Němc, Zdeněk → Zdeňk, Pavel → Pavl; everything else is its own stem.
    private static string MobileStem(string word, string lower)
    {
        if (lower.Length < 4 || StableE.Contains(lower))
            return word;
        if (lower.EndsWith("něk"))
            return word[..^3] + "ňk";
        if ((lower.EndsWith("ek") || lower.EndsWith("ec")) && Consonants.Contains(lower[^3]) || MobileEl.Contains(lower))
            return word[..^2] + word[^1];
        return word;
    }

    private static List<string> WordCandidates(string word, NamePart part)
    {
        var raw = new List<string> { word };
        var lower = word.ToLowerInvariant();
        foreach (var (oblique, nominative) in Reversals)
        {
            if (lower.Length <= oblique.Length || !lower.EndsWith(oblique))
                continue;
            var candidate = word[..^oblique.Length] + nominative;
            raw.Add(candidate);
            raw.AddRange(WithMobileE(candidate));
        }
        return raw.Distinct().Where(candidate => Forms(candidate, part).Contains(word)).ToList();
    }

    // The nominatives with a mobile e whose stem is this one: Hájk → Hájek, Zdeňk → Zdeněk, Němc → Němec, Pavl → Pavel.
    private static IEnumerable<string> WithMobileE(string stem)
    {
        var lower = stem.ToLowerInvariant();
        if (lower.Length < 3 || !Consonants.Contains(lower[^2]))
            yield break;
        if (lower.EndsWith("ňk"))
            yield return stem[..^2] + "něk";
        if (lower[^1] is 'k' or 'c' or 'l')
            yield return stem[..^1] + "e" + stem[^1];
    }

    private static IEnumerable<string> Forms(string nominative, NamePart part) =>
        from sex in new[] { Sex.Male, Sex.Female }
        from c in Enum.GetValues<GrammaticalCase>()
        select DeclineWord(nominative, c, part, sex);

    // The name split into words and the separators between them, so that each word declines on its own.
    private static List<string> Pieces(string name)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && !Separators.Contains(name[i]))
                continue;
            if (i > start)
                pieces.Add(name[start..i]);
            if (i < name.Length)
                pieces.Add(name[i].ToString());
            start = i + 1;
        }
        return pieces;
    }

    private static bool IsSeparator(string piece) => piece.Length == 1 && Separators.Contains(piece[0]);

    // A word in capitals declines as the title-case word put back into capitals: NOVÁK → NOVÁKA.
    private static bool IsCapitals(string word) => word.Length > 1 && !word.Any(char.IsLower);

    private static string TitleCase(string word) => word[0] + word[1..].ToLowerInvariant();

    private static string Pick(GrammaticalCase c, string genitive, string dative, string accusative, string vocative, string locative, string instrumental) => c switch
    {
        GrammaticalCase.Genitive => genitive,
        GrammaticalCase.Dative => dative,
        GrammaticalCase.Accusative => accusative,
        GrammaticalCase.Vocative => vocative,
        GrammaticalCase.Locative => locative,
        GrammaticalCase.Instrumental => instrumental,
        _ => "",
    };

    // Czech spelling: ň, ť, ď before e are written n, t, d with ě (Bartoň, Bartoně), before i as n, t, d (Soňa, Soni).
    private static string Join(string stem, string ending)
    {
        if (ending.Length == 0 || ending[0] is not ('e' or 'i' or 'í') || stem.Length == 0)
            return stem + ending;
        var hard = char.ToLowerInvariant(stem[^1]) switch { 'ň' => 'n', 'ť' => 't', 'ď' => 'd', _ => '\0' };
        if (hard == '\0')
            return stem + ending;
        var plain = stem[..^1] + (char.IsUpper(stem[^1]) ? char.ToUpperInvariant(hard) : hard);
        return ending[0] == 'e' ? plain + "ě" + ending[1..] : plain + ending;
    }

    // The stem of a man's name in -ně, -tě, -dě: Purkyně → Purkyň (Purkyňovi).
    private static string Soften(string stem) => char.ToLowerInvariant(At(stem, 1)) switch
    {
        'n' => stem[..^1] + "ň",
        't' => stem[..^1] + "ť",
        'd' => stem[..^1] + "ď",
        _ => stem,
    };

    private static char At(string text, int fromEnd) => text.Length >= fromEnd ? text[^fromEnd] : '\0';
}
