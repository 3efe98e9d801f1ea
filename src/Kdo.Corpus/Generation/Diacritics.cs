namespace Kdo.Corpus.Generation;

/// <summary>Czech letters with and without their diacritics, for e-mail addresses and for OCR that loses them.</summary>
internal static class Diacritics
{
    public const string Accented = "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ";
    public const string Plain = "acdeeinorstuuyzACDEEINORSTUUYZ";

    public static char Strip(char c) => Accented.IndexOf(c) is var i and >= 0 ? Plain[i] : c;

    public static string Strip(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = Strip(source[i]);
    });
}
