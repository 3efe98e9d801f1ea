using CsCheck;
using Kdo.Corpus;

namespace Kdo.Tokenization.Tests;

public class SlidingWindowsTests
{
    private static readonly Gen<string[]> Words = Gen.String[Gen.Char["aábcčdeěfghijklmnňoprřsštuůvyzž0123456789/.,"], 1, 14].Array[0, 120];

    private static bool StartsWord(WordEncoding encoding, int position) =>
        position == 1 || position == encoding.Count - 1 || encoding.WordIds[position] != encoding.WordIds[position - 1];

    [Fact]
    public void A_short_document_is_one_window_equal_to_its_encoding()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(HfParity.Cases[1].Words);
        var window = Assert.Single(SlidingWindows.Cut(encoding, null));
        Assert.Equal(encoding.Ids, window.Ids);
        Assert.Equal((1, encoding.Count - 1, 0, 1), (window.Start, window.End, window.Index, window.WindowCount));
        Assert.Null(window.Labels);
    }

    [Fact]
    public void An_empty_document_is_one_window_of_the_special_tokens()
    {
        var window = Assert.Single(SlidingWindows.Cut(HfParity.Tokenizer.EncodeWords([]), null));
        Assert.Equal([0, 2], window.Ids);
    }

    [Fact]
    public void Windows_cover_the_document_break_between_words_and_share_up_to_stride_tokens()
    {
        Gen.Select(Words, Gen.Int[3, 40], Gen.Int[0, 37]).Sample((words, maxLength, strideSeed) =>
        {
            var stride = strideSeed % (maxLength - 2);
            var encoding = HfParity.Tokenizer.EncodeWords(words);
            var spans = SlidingWindows.Spans(encoding, maxLength, stride);
            var longestWord = encoding.WordIds.Where(w => w is not null).GroupBy(w => w).Select(g => g.Count()).DefaultIfEmpty(0).Max();
            Assert.Equal(1, spans[0].Start);
            Assert.Equal(encoding.Count - 1, spans[^1].End);
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, end) = spans[i];
                Assert.InRange(end - start, encoding.ContentCount == 0 ? 0 : 1, maxLength - 2);
                if (longestWord <= maxLength - 2)
                    Assert.True(StartsWord(encoding, start) && StartsWord(encoding, end), $"window {i} [{start}, {end}) cuts a word");
                if (i == 0)
                    continue;
                var previous = spans[i - 1];
                Assert.InRange(start, previous.Start + 1, previous.End); // progress, no gap
                Assert.InRange(previous.End - start, 0, stride);
                if (longestWord <= maxLength - 2) // the earliest word start that keeps the overlap within stride
                    Assert.DoesNotContain(Enumerable.Range(previous.End - stride, Math.Max(0, start - previous.End + stride)),
                        p => p > previous.Start && StartsWord(encoding, p));
            }
            var windows = SlidingWindows.Cut(encoding, null, maxLength, stride);
            foreach (var window in windows)
                Assert.Equal([0, .. encoding.Ids.Take(window.End).Skip(window.Start), 2], window.Ids);
        }, iter: 400);
    }

    [Fact]
    public void A_word_longer_than_a_window_is_cut_with_overlap()
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["Jan", string.Concat(Enumerable.Repeat("850315/1234", 6)), "Novák"]);
        var spans = SlidingWindows.Spans(encoding, maxLength: 12, stride: 3);
        Assert.All(spans, s => Assert.InRange(s.End - s.Start, 1, 10));
        Assert.Equal(encoding.Count - 1, spans[^1].End);
        Assert.Equal(10, spans[0].End - spans[0].Start); // "Jan" and the start of the long word, not "Jan" alone
        Assert.All(spans.Zip(spans.Skip(1)).Where(pair => !StartsWord(encoding, pair.Second.Start)),
            pair => Assert.Equal(3, pair.First.End - pair.Second.Start));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(10, -1)]
    [InlineData(10, 8)]
    public void Sizes_that_leave_no_room_are_refused(int maxLength, int stride)
    {
        var encoding = HfParity.Tokenizer.EncodeWords(["Jan"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => SlidingWindows.Spans(encoding, maxLength, stride));
    }

    [Fact]
    public void Every_word_takes_its_prediction_from_the_window_where_it_has_the_most_context()
    {
        Gen.Select(Words, Gen.Int[6, 30]).Sample((words, maxLength) =>
        {
            var encoding = HfParity.Tokenizer.EncodeWords(words);
            var windows = SlidingWindows.Cut(encoding, null, maxLength, stride: maxLength / 2 - 1);
            // A fake model that answers "window i" for every token of window i.
            var outputs = windows.Select(w => OneHot(w.Length, windows.Count, _ => w.Index)).ToArray();
            var chosen = LabelAlignment.ArgMax(LabelAlignment.WordProbabilities(encoding,
                SlidingWindows.Merge(encoding, windows, outputs, windows.Count), windows.Count, WordPooling.FirstToken), fallback: -1);
            for (var word = 0; word < words.Length; word++)
            {
                var positions = Enumerable.Range(1, encoding.ContentCount).Where(t => encoding.WordIds[t] == word).ToArray();
                if (positions.Length == 0 || positions.Length > maxLength - 2)
                    continue;
                var best = windows.Where(w => w.Start <= positions[0] && positions[^1] < w.End)
                    .OrderByDescending(w => Math.Min(positions[0] - w.Start, w.End - 1 - positions[^1])).ThenBy(w => w.Index).First();
                Assert.Equal(best.Index, chosen[word]);
            }
        }, iter: 300);
    }

    [Fact]
    public void An_entity_after_token_512_is_labelled_in_training_and_predicted_at_inference()
    {
        var scheme = LabelScheme.Default;
        var filler = HfParity.Cases.Take(30).SelectMany(c => c.Words).ToArray();
        var words = new List<string>();
        while (words.Count < 900)
            words.AddRange(filler);
        var entityWord = words.Count - 50;
        words[entityWord] = "Novák";
        words[entityWord + 1] = "850315/1234";
        var tags = words.Select((_, i) => i == entityWord ? "B-prijmeni" : i == entityWord + 1 ? "B-rc" : "O").ToArray();
        var document = new Document("long", words, tags);

        var encoded = new DocumentEncoder(HfParity.Tokenizer, labels: scheme).Encode(document);
        var entityToken = encoded.Encoding.WordIds.ToList().IndexOf(entityWord);
        Assert.True(entityToken > 1000, $"the entity is at token {entityToken}");
        Assert.True(encoded.Windows.Count > 2);
        Assert.All(encoded.Windows, w => Assert.InRange(w.Length, 3, 512));

        // Training: the window that holds the entity carries its labels, B- on the first subtoken, I- after.
        var window = encoded.Windows.Last(w => w.Start <= entityToken && entityToken < w.End);
        var at = entityToken - window.Start + 1;
        Assert.Equal(HfParity.Tokenizer.EncodeWords(["Novák"]).Ids[1], window.Ids[at]);
        Assert.Equal(["B-prijmeni", "B-rc", "I-rc", "I-rc"], window.Labels!.Skip(at).Take(4).Select(scheme.NameOf));

        // Inference: a fake model that labels by token id ("▁Novák" is a surname, "▁85" starts a birth number).
        var surname = HfParity.Tokenizer.EncodeWords(["Novák"]).Ids[1];
        var birthNumber = HfParity.Tokenizer.EncodeWords(["850315"]).Ids[1];
        var outputs = encoded.Windows.Select(w => OneHot(w.Length, scheme.Count,
            t => w.Ids[t] == surname ? scheme.IdOf("B-prijmeni") : w.Ids[t] == birthNumber ? scheme.IdOf("B-rc") : 0)).ToArray();
        var labels = LabelAlignment.ArgMax(encoded.WordProbabilities(outputs, scheme.Count, WordPooling.FirstToken), fallback: 0);
        Assert.Equal("B-prijmeni", scheme.NameOf(labels[entityWord]));
        Assert.Equal("B-rc", scheme.NameOf(labels[entityWord + 1]));

        // And a model that answers each window's own labels gives back every word's tag: nothing is lost anywhere.
        var oracle = encoded.Windows.Select(w => OneHot(w.Length, scheme.Count, t => Math.Max(0, w.Labels![t]))).ToArray();
        var all = LabelAlignment.ArgMax(encoded.WordProbabilities(oracle, scheme.Count, WordPooling.FirstToken), fallback: 0);
        Assert.Equal(tags, all.Select(scheme.NameOf));
    }

    private static float[] OneHot(int tokens, int labels, Func<int, int> label)
    {
        var rows = new float[tokens * labels];
        for (var t = 0; t < tokens; t++)
            rows[t * labels + label(t)] = 1;
        return rows;
    }
}
