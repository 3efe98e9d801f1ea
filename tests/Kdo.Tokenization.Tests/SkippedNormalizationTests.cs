using CsCheck;

namespace Kdo.Tokenization.Tests;

/// <summary>
/// Skipping normalisation for the words it leaves unchanged must give exactly what normalising every word gives,
/// for any words: Czech letters and the characters normalisation does change (whitespace inside or around a word,
/// characters that vanish, that NFKC turns into a space or composes, combining marks, unknown and non-BMP
/// characters), and random BMP characters.
/// </summary>
public class SkippedNormalizationTests
{
    private const string Czech = "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzžAÁBCČDĎEÉĚFGHIÍJKLMNŇOÓPQRŘSŠTŤUÚŮVWXYÝZŽ0123456789";
    private const string Punctuation = ".,;:/-()§\"'!?%&*+=<>[]@#";
    private static readonly string[] Tricky =
    [
        " ", "\t", "\n", "\u00A0", "\u3000", "\u200B", "\u00AD", "\u00A8", "\u00B4", "\u0301", "\u030C", "ﬁ", "Ａ", "１",
        "\u2581", "東", "Ж", "ß", "😀", "\uD83D", "<s>", "</s>", "<unk>", "<mask>", "\u0000", "\uFEFF", "\u309B", "ﾞ", "\u2028",
    ];

    // Any BMP character but surrogates, and Hangul jamo, which NFKC composes although each stands alone as itself.
    private static readonly Gen<char> AnyBmp = Gen.OneOf(Gen.Char['\u0000', '\uD7FF'], Gen.Char['\uE000', '\uFFFF']);
    private static readonly Gen<char> Jamo = Gen.Char['\u1100', '\u11FF'];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.String[Gen.Char[Czech], 1, 8]),
        (2, Gen.String[Gen.Char[Punctuation], 1, 2]),
        (2, Gen.OneOfConst(Tricky)),
        (1, Gen.String[AnyBmp, 1, 3]),
        (1, Gen.String[Jamo, 1, 3]));

    private static readonly Gen<string> Word = Gen.Frequency(
        (8, Piece.Array[1, 3].Select(parts => string.Concat(parts))),
        (1, Gen.Const("")),
        (1, Gen.OneOfConst(Tricky)));

    private static readonly XlmRobertaTokenizer CzechNormalizing =
        XlmRobertaTokenizer.Create(XlmRobertaTokenizer.CzechModel(), "czech", skipNormalizing: false);

    [Theory]
    [InlineData("fixture")]
    [InlineData("czech")]
    public void Skipping_normalisation_changes_no_encoding(string model)
    {
        var (fast, reference) = model == "czech"
            ? (XlmRobertaTokenizer.CreateCzech(), CzechNormalizing)
            : (HfParity.Tokenizer, HfParity.Normalizing);
        Word.Array[0, 40].Sample(words =>
        {
            var skipped = fast.EncodeWords(words);
            var normalized = reference.EncodeWords(words);
            Assert.Equal(normalized.Ids, skipped.Ids);
            Assert.Equal(normalized.WordIds, skipped.WordIds);
        }, iter: 5000);
    }

    [Fact]
    public void Every_word_id_points_to_a_word_in_order()
    {
        Word.Array[0, 40].Sample(words =>
        {
            var encoding = HfParity.Tokenizer.EncodeWords(words);
            var ids = encoding.WordIds.Skip(1).SkipLast(1).Select(id => id!.Value).ToArray();
            Assert.All(ids, id => Assert.InRange(id, 0, words.Length - 1));
            Assert.Equal(ids.Order(), ids);
            Assert.Null(encoding.WordIds[0]);
            Assert.Null(encoding.WordIds[^1]);
        }, iter: 500);
    }

    [Theory]
    [InlineData("Novák", true)]
    [InlineData("850315/1234,", true)]
    [InlineData("<mask>", true)]
    [InlineData("ﬁrma", false)]           // NFKC: fi
    [InlineData("Ｊａｎ", false)]          // fullwidth
    [InlineData("Dvor\u030Cák", false)]    // composes to ř
    [InlineData("\u1112\u1161", false)]    // Hangul jamo compose to 하
    [InlineData("a\u00A8", false)]         // NFKC: a space and a combining diaeresis
    [InlineData("a\u00A0b", false)]        // whitespace inside
    [InlineData("\u200B", false)]          // vanishes
    [InlineData("a\u2581b", false)]        // SentencePiece's own space
    [InlineData("😀", false)]              // outside the BMP
    [InlineData("", false)]
    public void Words_are_judged_by_what_normalisation_does_to_their_characters(string word, bool unchanged)
    {
        var words = new NormalizedWords(HfParity.Tokenizer.Normalized);
        var escaped = new char[word.Length + 1];
        Assert.Equal(unchanged, words.TryEscape(word, escaped));
        if (unchanged)
            Assert.Equal(HfParity.Tokenizer.Normalized(word), new string(escaped));
    }
}
