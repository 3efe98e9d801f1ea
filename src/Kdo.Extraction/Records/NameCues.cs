using System.Collections.Frozen;
using Kdo.Czech;

namespace Kdo.Extraction.Records;

/// <summary>What the words before a name say of it: its grammatical case and its bearer's sex.</summary>
/// <param name="Cases">The cases the name can be in; all seven when nothing tells.</param>
/// <param name="Sex">The bearer's sex when a word tells it (dlužnice, paní), else null.</param>
/// <param name="IsDebtor">Whether the word names the debtor (dlužník, dlužnice, ...).</param>
internal sealed record NameCue(IReadOnlySet<GrammaticalCase> Cases, Sex? Sex, bool IsDebtor)
{
    public static NameCue None { get; } = new(Enum.GetValues<GrammaticalCase>().ToHashSet(), null, false);
}

/// <summary>
/// Reads the cue before a name in Czech legal text: "dlužníka Jana Nováka" is genitive or accusative and male,
/// "vůči dlužnici paní Janě" dative, accusative or locative and female (the masculine "dlužník" tells no sex: filings
/// use it for women too), "s Janem" instrumental; a colon or a line
/// start before it ("Dlužník: Jan Novák", a signature) is the nominative. Titles (Ing., Mgr. et Mgr.) between the
/// cue and the name are skipped.
/// </summary>
internal static class NameCues
{
    private const GrammaticalCase Nom = GrammaticalCase.Nominative, Gen = GrammaticalCase.Genitive, Dat = GrammaticalCase.Dative,
        Acc = GrammaticalCase.Accusative, Voc = GrammaticalCase.Vocative, Loc = GrammaticalCase.Locative, Ins = GrammaticalCase.Instrumental;

    private static readonly FrozenDictionary<string, NameCue> Cues = new Dictionary<string, NameCue>
    {
        ["dlužník"] = Debtor(null, Nom), ["dlužníka"] = Debtor(null, Gen, Acc), ["dlužníkovi"] = Debtor(null, Dat, Loc),
        ["dlužníku"] = Debtor(null, Dat, Loc, Voc), ["dlužníkem"] = Debtor(null, Ins),
        ["dlužnice"] = Debtor(Sex.Female, Nom, Gen, Voc), ["dlužnici"] = Debtor(Sex.Female, Dat, Acc, Loc), ["dlužnicí"] = Debtor(Sex.Female, Ins),
        ["pan"] = Cue(Sex.Male, Nom), ["pana"] = Cue(Sex.Male, Gen, Acc), ["panu"] = Cue(Sex.Male, Dat, Loc), ["panem"] = Cue(Sex.Male, Ins),
        ["pane"] = Cue(Sex.Male, Voc), ["paní"] = Cue(Sex.Female, Nom, Gen, Dat, Acc, Voc, Loc, Ins),
        ["s"] = Cue(null, Ins), ["se"] = Cue(null, Ins), ["k"] = Cue(null, Dat), ["ke"] = Cue(null, Dat), ["vůči"] = Cue(null, Dat),
        ["proti"] = Cue(null, Dat), ["od"] = Cue(null, Gen), ["u"] = Cue(null, Gen), ["pro"] = Cue(null, Acc), ["o"] = Cue(null, Loc, Acc),
        ["za"] = Cue(null, Gen, Acc, Ins),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Academic titles written before a name, lower case; "et" joins two of them (Mgr. et Mgr.).
    private static readonly FrozenSet<string> Titles = new[]
    {
        "ing.", "mgr.", "bc.", "mudr.", "judr.", "phdr.", "rndr.", "mga.", "arch.", "et", "doc.", "prof.", "paeddr.", "mvdr.", "ing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cue for a name that starts at character <paramref name="start"/> of <paramref name="text"/>.</summary>
    public static NameCue Before(string text, int start)
    {
        var end = start;
        while (true)
        {
            var i = end;
            while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00A0')
                i--;
            if (i == 0 || text[i - 1] is '\n' or '\r')
                return Nominative;
            var wordEnd = i;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
                i--;
            var word = text[i..wordEnd];
            if (Titles.Contains(word))
            {
                end = i;
                continue;
            }
            if (word.EndsWith(':'))
                return Nominative;
            var cue = Cues.GetValueOrDefault(word) ?? NameCue.None;
            // "paní" tells the sex but not the case: the word before it may tell that ("dlužnici paní Janě").
            if (cue.Sex is { } sex && cue.Cases.Count == NameCue.None.Cases.Count)
            {
                var before = Before(text, i);
                return before with { Sex = before.Sex ?? sex, IsDebtor = before.IsDebtor };
            }
            return cue;
        }
    }

    /// <summary>Whether <paramref name="word"/> is an academic title (or "et" between two).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    private static readonly NameCue Nominative = new(new HashSet<GrammaticalCase> { Nom }, null, false);

    // Legal Czech uses "dlužník" for debtors of either sex ("k dlužníkovi Janě Novákové"); only "dlužnice" tells.
    private static NameCue Debtor(Sex? sex, params GrammaticalCase[] cases) => new(cases.ToHashSet(), sex, true);

    private static NameCue Cue(Sex? sex, params GrammaticalCase[] cases) => new(cases.ToHashSet(), sex, false);
}
