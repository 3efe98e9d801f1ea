using System.Text.RegularExpressions;
using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Decoding;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Rules;

/// <summary>
/// The rules baseline's recognizer of the debtor's name. First, names that a debtor cue introduces (0.9): after
/// "dlužník", "dlužníka", "dlužnici" ... with "pan"/"paní" and titles between ("vůči dlužnici paní Ing. Janě
/// Novákové"); before ", dlužník" ("Jan Novák, dlužník"); in form rows ("Jméno a příjmení:", "Dlužník:",
/// "Příjmení:", "Jméno:"); after a case number in a subject line ("Věc: KSPH 38 INS 12345/2023 – Jan Novák"); at a
/// line's start before birth data ("NOVÁK Jan, nar. ...", unless a spouse or relative is introduced).
/// Of two words, the one in capitals or else the one that is no known given name (<see cref="GivenNameLexicon"/>) is
/// the surname. The nominatives are chosen over all cued mentions (<see cref="NameResolver"/>); then every other form
/// of the surname in the document (any case, for the debtor's sex, also in capitals) is a mention (0.75), and so is
/// every form of the given name right before or after one.
/// </summary>
internal static partial class NameRecognizer
{
    private const float CuedScore = 0.9f;
    private const float RepeatedScore = 0.75f;

    /// <summary>The debtor's name mentions in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Recognition> Names(string text)
    {
        var cued = Cued(text).ToList();
        var cuedSurnames = cued.Where(m => m.Entity.Type == CustomerField.Surname.EntityType()).ToArray();
        if (cuedSurnames.Length == 0)
            return [];
        var sexes = cued.Select(m => m.Cue.Sex).OfType<Sex>().Distinct().ToArray();
        Sex? sex = sexes.Length == 1 ? sexes[0] : null;
        var surnames = NameResolver.Leading(cuedSurnames, NamePart.Surname, sex);
        sex ??= NameResolver.SexOfSurname(surnames[0]);
        var givens = cued.Where(m => m.Entity.Type == CustomerField.GivenName.EntityType()).ToArray();

        // Every reading the cued mentions leave open is looked for; record building then decides over all mentions.
        var surnameForms = surnames.SelectMany(s => Forms(s, NamePart.Surname, sex)).ToHashSet(StringComparer.Ordinal);
        var givenForms = NameResolver.Leading(givens, NamePart.GivenName, sex).SelectMany(g => Forms(g, NamePart.GivenName, sex)).ToHashSet(StringComparer.Ordinal);
        var words = WordPattern().Matches(text).ToArray();
        var found = cued.Select(m => new Recognition(m.Entity.Start, m.Entity.End, m.Entity.Type, CuedScore)).ToList();
        for (var i = 0; i < words.Length; i++)
        {
            if (surnameForms.Contains(words[i].Value))
                found.Add(new Recognition(words[i].Index, words[i].Index + words[i].Length, CustomerField.Surname.EntityType(), RepeatedScore));
            else if (givenForms.Contains(words[i].Value) && (Adjacent(text, words, i, i - 1, surnameForms) || Adjacent(text, words, i, i + 1, surnameForms)))
                found.Add(new Recognition(words[i].Index, words[i].Index + words[i].Length, CustomerField.GivenName.EntityType(), RepeatedScore));
        }
        return found;
    }

    private static IEnumerable<NameMention> Cued(string text)
    {
        foreach (var pattern in new[] { AfterDebtorCue(), BeforeDebtorCue(), FormRow(), SubjectLine(), BeforeBirthData() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (IsCompany(text, match.Index + match.Length) || pattern == BeforeBirthData() && ContextCues.IsRelative(text, match.Index))
                    continue;
                var cue = pattern == BeforeDebtorCue() ? CueAfter(match) : NameCues.Before(text, match.Groups["n1"].Index);
                foreach (var mention in Parts(match.Groups["n1"], match.Groups["n2"], cue))
                    yield return mention;
            }
        }
        foreach (var (pattern, part) in new[] { (SurnameRow(), NamePart.Surname), (GivenNameRow(), NamePart.GivenName) })
        {
            foreach (Match match in pattern.Matches(text))
                yield return Mention(match.Groups["n1"], part, NameCues.Before(text, match.Groups["n1"].Index));
        }
    }

    // Which of one or two words is the surname: capitals, else the one that is no known given name, else the second.
    private static IEnumerable<NameMention> Parts(Group first, Group second, NameCue cue)
    {
        if (!second.Success)
        {
            yield return Mention(first, NamePart.Surname, cue);
            yield break;
        }
        var surnameFirst = IsCapitals(first.Value) != IsCapitals(second.Value)
            ? IsCapitals(first.Value)
            : !GivenNameLexicon.IsGivenName(first.Value) && GivenNameLexicon.IsGivenName(second.Value);
        yield return Mention(first, surnameFirst ? NamePart.Surname : NamePart.GivenName, cue);
        yield return Mention(second, surnameFirst ? NamePart.GivenName : NamePart.Surname, cue);
    }

    private static NameMention Mention(Group word, NamePart part, NameCue cue)
    {
        var type = (part == NamePart.Surname ? CustomerField.Surname : CustomerField.GivenName).EntityType();
        return new NameMention(new Entity(type, word.Value, word.Index, word.Index + word.Length, 0, 0, CuedScore), word.Value, CuedScore, cue);
    }

    // "Jan Novák, dlužník": the apposition is in the nominative and tells the sex.
    private static NameCue CueAfter(Match match) => new(
        new HashSet<GrammaticalCase> { GrammaticalCase.Nominative },
        match.Groups["cue"].Value.EndsWith("ce", StringComparison.Ordinal) ? Sex.Female : Sex.Male,
        true);

    private static HashSet<string> Forms(string nominative, NamePart part, Sex? sex)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sex is { } known ? [known] : new[] { Sex.Male, Sex.Female })
        {
            foreach (var c in Enum.GetValues<GrammaticalCase>())
            {
                var form = CzechNames.Decline(nominative, c, part, s);
                forms.Add(form);
                forms.Add(form.ToUpperInvariant());
            }
        }
        return forms;
    }

    private static bool Adjacent(string text, Match[] words, int i, int j, HashSet<string> surnameForms)
    {
        if (j < 0 || j >= words.Length || !surnameForms.Contains(words[j].Value))
            return false;
        var (left, right) = i < j ? (words[i], words[j]) : (words[j], words[i]);
        return text.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length).Trim(' ').IsEmpty;
    }

    private static bool IsCapitals(string word) => word.Length > 1 && !word.Any(char.IsLower);

    // A company named after a person ("Potraviny Dvořák a syn s.r.o.") or a creditor in a form row: a legal form
    // before the clause ends.
    private static bool IsCompany(string text, int end)
    {
        var clauseEnd = text.IndexOfAny([',', ';', '\n', '('], end);
        var rest = text.AsSpan(end, Math.Min(clauseEnd < 0 ? text.Length - end : clauseEnd - end, 60));
        return CompanyMark().IsMatch(rest);
    }

    private const string Title = @"(?:(?:Ing|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|MgA|doc|prof|PaedDr|MVDr)\.|arch\.|et)";
    private const string Word = @"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?";
    private const string Space = @"[ \u00A0]+";
    private const string Names2 = $@"(?:{Title}{Space})*(?<n1>{Word})(?:{Space}(?<n2>{Word}))?(?![\p{{L}}])";

    [GeneratedRegex($@"\b(?:[Dd]lužní(?:k|ka|kovi|ku|kem)|[Dd]lužnic(?:e|i|í)){Space}(?:(?:pan|paní|pana|panu|panem|pane){Space})?{Names2}")]
    private static partial Regex AfterDebtorCue();

    [GeneratedRegex($@"(?<n1>{Word}){Space}(?<n2>{Word}),{Space}(?<cue>dlužník|dlužnice)(?=[ \u00A0]*(?:[;,.)\n]|$))")]
    private static partial Regex BeforeDebtorCue();

    [GeneratedRegex($@"(?m)^(?:Jméno a příjmení(?: dlužníka| dlužnice)?|Jméno, příjmení|Dlužník|Dlužnice|Osoba dlužníka|Zmocnitel|Zmocnitelka)[ \u00A0]*:[ \u00A0]*(?:(?:pan|paní){Space})?{Names2}")]
    private static partial Regex FormRow();

    [GeneratedRegex($@"(?m)^Věc:[^\n]*?[0-9]+/[0-9]{{4}}[ \u00A0]*[–-][ \u00A0]*(?:(?:pan|paní){Space})?{Names2}")]
    private static partial Regex SubjectLine();

    [GeneratedRegex($@"(?m)^(?:{Title}{Space})*(?<n1>{Word})(?:{Space}(?<n2>{Word}))?,{Space}(?:nar\.|narozen|datum narození|dat\. nar\.|r\.\s?č\.|RČ|rodné číslo|rod\. č\.)")]
    private static partial Regex BeforeBirthData();

    [GeneratedRegex($@"(?m)^Příjmení(?: dlužníka| dlužnice)?[ \u00A0]*:[ \u00A0]*(?<n1>{Word})")]
    private static partial Regex SurnameRow();

    [GeneratedRegex($@"(?m)^Jméno(?: \(jména\))?[ \u00A0]*:[ \u00A0]*(?<n1>{Word})")]
    private static partial Regex GivenNameRow();

    /// <summary>A word of letters, apostrophes and inner hyphens.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*")]
    internal static partial Regex WordPattern();

    [GeneratedRegex(@"s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.|\bIČO?\b|v\.\s?o\.\s?s\.|k\.\s?s\.|z\.\s?s\.")]
    private static partial Regex CompanyMark();
}
