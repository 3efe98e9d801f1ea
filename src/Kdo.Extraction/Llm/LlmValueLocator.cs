using System.Text.RegularExpressions;
using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Records;
using Kdo.Extraction.Rules;

namespace Kdo.Extraction.Llm;

/// <summary>
/// Finds where a value the model answered stands in the document, so that the answer becomes evidence spans and
/// word labels like any tagger's: identifiers wherever text of their shape reads as the same normalised value
/// (the model may drop the slash of a birth number), dates wherever a Czech date is the same day, names wherever a
/// word can be a case of the answered name. A value the text does not hold (invented, or derived by the model) has
/// no span and so is not found.
/// </summary>
internal static class LlmValueLocator
{
    public static IEnumerable<(int Start, int End)> Locate(string text, CustomerField field, string value)
    {
        var wanted = FieldReadings.Read(field, value, out _)?.Normalized;
        if (wanted is null)
            return [];
        return field switch
        {
            CustomerField.BirthNumber => Same(IdentifierRecognizers.BirthNumberPattern(), text, field, wanted),
            CustomerField.VariableSymbol => Same(IdentifierRecognizers.SymbolPattern(), text, field, wanted),
            CustomerField.BirthDate => CzechDate.FindAll(text).Where(d => FieldReadings.Read(field, d.Text, out _)?.Normalized == wanted).Select(d => (d.Start, d.End)),
            _ => Names(text, field == CustomerField.GivenName ? NamePart.GivenName : NamePart.Surname, wanted),
        };
    }

    private static IEnumerable<(int, int)> Same(Regex shape, string text, CustomerField field, string wanted) =>
        shape.Matches(text).Where(m => FieldReadings.Read(field, m.Value, out _)?.Normalized == wanted).Select(m => (m.Index, m.Index + m.Length));

    // A multi-word answer ("Nováková Dvořáková") is looked for word by word.
    private static IEnumerable<(int, int)> Names(string text, NamePart part, string wanted)
    {
        var parts = wanted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameResolver.TitleCase).ToHashSet(StringComparer.Ordinal);
        foreach (Match word in NameRecognizer.WordPattern().Matches(text))
        {
            if (!char.IsUpper(word.Value[0]))
                continue;
            var form = NameResolver.TitleCase(word.Value);
            if (parts.Contains(form) || CzechNames.NominativeCandidates(form, part).Any(parts.Contains))
                yield return (word.Index, word.Index + word.Length);
        }
    }
}
