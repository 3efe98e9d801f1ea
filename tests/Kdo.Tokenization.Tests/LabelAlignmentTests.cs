using Kdo.Corpus;

namespace Kdo.Tokenization.Tests;

public class LabelAlignmentTests
{
    private static readonly LabelScheme Scheme = LabelScheme.Default; // O 0, B-rc 3, I-rc 4, B-prijmeni 5, I-prijmeni 6, B-jmeno 7
    private static readonly string[] Words = ["Dlužník", "Jan", "Novák,", "850315/1234,"];
    private static readonly int[] Tags = [0, 7, 5, 3];

    private static WordEncoding Encoding { get; } = HfParity.Tokenizer.EncodeWords(Words);

    [Fact]
    public void Every_subtoken_gets_the_label_and_b_becomes_i_after_the_first()
    {
        Assert.Equal(["<s>", "▁D", "lužník", "▁Jan", "▁Novák", ",", "▁85", "03", "15", "/", "12", "34", ",", "</s>"], Encoding.Tokens);
        Assert.Equal([-100, 0, 0, 7, 5, 6, 3, 4, 4, 4, 4, 4, 4, -100], LabelAlignment.Align(Encoding, Tags, Scheme));
    }

    [Fact]
    public void First_subtoken_only_ignores_the_rest()
    {
        Assert.Equal([-100, 0, -100, 7, 5, -100, 3, -100, -100, -100, -100, -100, -100, -100],
            LabelAlignment.Align(Encoding, Tags, Scheme, SubtokenLabeling.FirstToken));
    }

    [Fact]
    public void A_label_count_that_is_not_the_word_count_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LabelAlignment.Align(Encoding, [0, 0], Scheme));
    }

    [Fact]
    public void Words_are_read_back_by_first_subtoken_average_or_max()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["Novák,", "", "Jan"]); // <s> ▁Novák , ▁Jan </s>
        float[] rows =
        [
            0, 0, 0,
            0.6f, 0.4f, 0,   // ▁Novák
            0.1f, 0, 0.9f,   // ,
            0.2f, 0.8f, 0,   // ▁Jan
            0, 0, 0,
        ];
        var first = LabelAlignment.WordProbabilities(encoding, rows, 3, WordPooling.FirstToken);
        var average = LabelAlignment.WordProbabilities(encoding, rows, 3, WordPooling.Average);
        var max = LabelAlignment.WordProbabilities(encoding, rows, 3, WordPooling.Max);
        Assert.Equal([0.6f, 0.4f, 0], first[0]!);
        Assert.Equal([0.35f, 0.2f, 0.45f], average[0]!, new FloatComparer(1e-6f));
        Assert.Equal([0.1f, 0, 0.9f], max[0]!);
        Assert.Null(first[1]);
        Assert.Equal([0.2f, 0.8f, 0], average[2]!);
        Assert.Equal([0, 5, 1], LabelAlignment.ArgMax(first, fallback: 5));
        Assert.Equal([2, 5, 1], LabelAlignment.ArgMax(max, fallback: 5));
    }

    private sealed class FloatComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
