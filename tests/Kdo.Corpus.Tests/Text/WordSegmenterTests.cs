using Kdo.Corpus.Text;

namespace Kdo.Corpus.Tests.Text;

public class WordSegmenterTests
{
    private static string[] Words(string text) => WordSegmenter.Segment(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("r.č. 850315/1234, bytem", new[] { "r.č.", "850315/1234", ",", "bytem" })]
    [InlineData("nar. 15. 3. 1985 v Praze.", new[] { "nar.", "15.", "3.", "1985", "v", "Praze", "." })]
    [InlineData("dne 15.3.1985.", new[] { "dne", "15.3.1985", "." })]
    [InlineData("č.j. KSPH 38 INS 12345/2023-A-12", new[] { "č.j.", "KSPH", "38", "INS", "12345/2023-A-12" })]
    [InlineData("ev.č. 123456789", new[] { "ev.č.", "123456789" })]
    [InlineData("ev. č. 123456789", new[] { "ev.", "č.", "123456789" })]
    [InlineData("VS:123456789;", new[] { "VS", ":", "123456789", ";" })]
    [InlineData("účet 123456789/0800 (Česká spořitelna)", new[] { "účet", "123456789/0800", "(", "Česká", "spořitelna", ")" })]
    [InlineData("částka 1.234,50 Kč, v 12:30 hod.", new[] { "částka", "1.234,50", "Kč", ",", "v", "12:30", "hod." })]
    [InlineData("„Jan Novák“, s.r.o.", new[] { "„", "Jan", "Novák", "“", ",", "s.r.o." })]
    [InlineData("r.č.850315/1234", new[] { "r.č.", "850315/1234" })]
    [InlineData("JUDr. Eva Nováková-Dvořáková...", new[] { "JUDr.", "Eva", "Nováková-Dvořáková", "..." })]
    [InlineData("Co? Nic!", new[] { "Co", "?", "Nic", "!" })]
    public void Splits_legal_text_as_documented(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void White_space_of_every_kind_separates_and_spans_point_into_the_text()
    {
        const string text = "  Jan\u00a0Novák\t\n 850315/1234\u3000 ";
        var spans = WordSegmenter.Segment(text);
        Assert.Equal(["Jan", "Novák", "850315/1234"], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(new TextSpan(2, 5), spans[0]);
        Assert.Empty(WordSegmenter.Segment(""));
        Assert.Empty(WordSegmenter.Segment(" \n "));
    }

    [Fact]
    public void Words_are_ordered_disjoint_non_empty_and_free_of_white_space()
    {
        var random = new Random(7);
        const string alphabet = "aáčB1234567890 ./,:;-()„“\"'\n?!…č.j.";
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var spans = WordSegmenter.Segment(text);
            var previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.End > span.Start, $"bad span {span} in '{text}'");
                Assert.DoesNotContain(text[span.Start..span.End], c => char.IsWhiteSpace(c));
                previousEnd = span.End;
            }
            // Every character that is not white space is in exactly one word.
            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), spans.Sum(s => s.Length));
        }
    }

    [Fact]
    public void ToDocument_keeps_text_and_spans()
    {
        var document = WordSegmenter.ToDocument("d1", "Dlužník Jan Novák.");
        Assert.Equal(["Dlužník", "Jan", "Novák", "."], document.Words);
        Assert.All(document.Tags, t => Assert.Equal("O", t));
        Assert.Equal("Dlužník Jan Novák.", document.Text);
        Assert.Equal(new TextSpan(12, 17), document.WordSpans![2]);
    }
}
