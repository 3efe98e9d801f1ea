namespace Kdo.Czech;

/// <summary>
/// Czech letters with and without their diacritics: for e-mail addresses, for OCR that loses them, and for matching
/// that forgives their loss (Novakova for Nováková). String normalisation cannot do this here, as the projects run
/// with invariant globalization, where <see cref="string.Normalize()"/> leaves letters as they are.
/// </summary>
public static class Diacritics
{
    /// <summary>The Czech letters with diacritics, small then capital.</summary>
    public const string Accented = "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ";

    /// <summary>The same letters without, position by position.</summary>
    public const string Plain = "acdeeinorstuuyzACDEEINORSTUUYZ";

    /// <summary><paramref name="c"/> without its diacritic ('ř' → 'r'); other characters stay.</summary>
    public static char Strip(char c) => Accented.IndexOf(c) is var i and >= 0 ? Plain[i] : c;

    /// <summary><paramref name="text"/> with every Czech letter's diacritic removed.</summary>
    public static string Strip(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = Strip(source[i]);
    });
}
