using Kdo.Corpus;
using Kdo.Czech;

namespace Kdo.Training.Evaluation;

/// <summary>How the words of an error are written where a report may be logged: masked, or shown on request.</summary>
internal static class IdentifierMask
{
    private static readonly string BirthNumberType = CustomerField.BirthNumber.EntityType();

    /// <summary>
    /// The words <paramref name="start"/>..<paramref name="end"/> of <paramref name="words"/> joined by spaces. Masked:
    /// each word's shape (an uppercase letter X, a lowercase x, a digit d, anything else itself), which tells OCR
    /// noise and number formats apart without the value. Shown: the words, but a birth number is masked all the
    /// same, both where an entity of the span is typed as one and where a word parses as one.
    /// </summary>
    public static string Words(IReadOnlyList<string> words, int start, int end, bool show, params ReadOnlySpan<string?> types)
    {
        var span = Enumerable.Range(start, end - start).Select(i => words[i]);
        if (!show)
            return string.Join(' ', span.Select(Shape));
        var text = string.Join(' ', span.Select(w => BirthNumber.TryParse(w, out _) ? BirthNumber.Mask(w) : w));
        foreach (var type in types)
            if (type == BirthNumberType)
                return BirthNumber.Mask(text);
        return text;
    }

    /// <summary>A word's shape: "Novák" is "Xxxxx", "710315/1234" is "dddddd/dddd".</summary>
    public static string Shape(string word) => string.Create(word.Length, word, static (shape, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            shape[i] = char.IsDigit(c) ? 'd' : char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : c;
        }
    });
}
