using CsCheck;
using Kdo.Tokenization.Text;

namespace Kdo.Tokenization.Tests;

public class CanonicalNormalizationTests
{
    [Theory]
    [InlineData("č", "c\u030C")]
    [InlineData("Dlužník", "Dluz\u030Cni\u0301k")]
    [InlineData("ậ", "a\u0323\u0302")]              // marks in canonical order: below (220) before above (230)
    [InlineData("한", "\u1112\u1161\u11AB")]         // Hangul, algorithmic
    [InlineData("\u212B", "A\u030A")]                // a singleton decomposes through Å
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")] // outside the BMP
    [InlineData("abc", "abc")]
    public void Nfd_decomposes_fully_and_orders_marks(string text, string expected) =>
        Assert.Equal(expected, CanonicalNormalization.Nfd(text));

    [Theory]
    [InlineData("c\u030C", "č")]
    [InlineData("a\u0302\u0323", "ậ")]               // reordered, then composed
    [InlineData("\u1112\u1161\u11AB", "한")]
    [InlineData("\u212B", "Å")]                      // singletons never come back
    [InlineData("\u2126", "Ω")]
    [InlineData("\u0958", "\u0915\u093C")]           // a composition exclusion stays decomposed
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")]
    [InlineData("a\u0301\u0301", "á\u0301")]         // the second mark finds the starter taken
    [InlineData("\u0301a", "\u0301a")]               // a leading mark has nothing to combine with
    [InlineData("Novák", "Novák")]
    public void Nfc_composes_what_may_be_composed(string text, string expected) =>
        Assert.Equal(expected, CanonicalNormalization.Nfc(text));

    [Fact]
    public void Both_forms_are_idempotent_and_agree()
    {
        const string alphabet = "aceinoruyzACEZ \u0301\u030C\u0308\u0323\u0302\u030AáčéěíňóřšťúůýžÅ\u212B\u2126\u0958\u1112\u1161\u11AB한ǖ";
        Gen.String[Gen.Char[alphabet], 0, 12].Sample(text =>
        {
            var nfd = CanonicalNormalization.Nfd(text);
            var nfc = CanonicalNormalization.Nfc(text);
            Assert.Equal(nfd, CanonicalNormalization.Nfd(nfd));
            Assert.Equal(nfc, CanonicalNormalization.Nfc(nfc));
            Assert.Equal(nfc, CanonicalNormalization.Nfc(nfd));
            Assert.Equal(nfd, CanonicalNormalization.Nfd(nfc));
        }, iter: 2000);
    }
}
