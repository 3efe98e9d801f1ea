using CsCheck;

namespace Kdo.Tokenization.Tests;

/// <summary>
/// The whole-text encoding (one SentencePiece call per document) must give exactly what one call per word gives,
/// for any words: Czech letters and the characters that could break the equivalence (whitespace inside or around a
/// word, characters that vanish, that NFKC turns into a space or composes, combining marks, unknown and non-BMP
/// characters), and random BMP characters.
/// </summary>
public class WholeTextEncodingTests
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

    [Fact]
    public void Whole_text_encoding_equals_one_call_per_word()
    {
        Word.Array[0, 40].Sample(words =>
        {
            var joined = HfParity.Tokenizer.EncodeWords(words);
            var byWord = HfParity.WordByWord.EncodeWords(words);
            Assert.Equal(byWord.Ids, joined.Ids);
            Assert.Equal(byWord.WordIds, joined.WordIds);
            Assert.Equal(byWord.Tokens, joined.Tokens);
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
    [InlineData("Novák", WordKind.Normalized)]
    [InlineData("850315/1234,", WordKind.Normalized)]
    [InlineData("ﬁrma", WordKind.Plain)]           // NFKC: fi
    [InlineData("Ｊａｎ", WordKind.Plain)]          // fullwidth
    [InlineData("Dvor\u030Cák", WordKind.Plain)]    // composes to ř
    [InlineData("\u1112\u1161", WordKind.Plain)]    // Hangul jamo compose to 하
    [InlineData("\u0301a", WordKind.Other)]         // a leading mark could combine with the space before it
    [InlineData("a\u00A8", WordKind.Other)]         // NFKC: a space and a combining diaeresis
    [InlineData("a\u00A0b", WordKind.Other)]        // whitespace inside
    [InlineData("\u200B", WordKind.Other)]          // vanishes
    [InlineData("a\u2581b", WordKind.Other)]        // SentencePiece's own space
    [InlineData("😀", WordKind.Other)]              // outside the BMP
    [InlineData("", WordKind.Other)]
    internal void Words_are_judged_by_what_normalisation_does_to_their_characters(string word, WordKind expected)
    {
        var plainWords = new PlainWords(text => HfParity.Tokenizer.Normalized(text));
        Assert.Equal(expected, plainWords.Copy(word, new char[word.Length]));
    }
}
