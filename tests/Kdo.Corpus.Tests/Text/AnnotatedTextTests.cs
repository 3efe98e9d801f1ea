using Kdo.Corpus.Text;

namespace Kdo.Corpus.Tests.Text;

public class AnnotatedTextTests
{
    private const string Sentence = "Dlužník Jan Novák, r.č. 850315/1234, ev. č. 123456789.";

    private static LabeledSpan SpanOf(string text, string part, string type)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new LabeledSpan(start, start + part.Length, type);
    }

    [Fact]
    public void Spans_become_BIO_tags_on_words()
    {
        var annotated = new AnnotatedText(Sentence,
        [
            SpanOf(Sentence, "123456789", "evcu"), SpanOf(Sentence, "Jan", "jmeno"),
            SpanOf(Sentence, "Novák", "prijmeni"), SpanOf(Sentence, "850315/1234", "rc"),
        ]);
        var document = annotated.ToDocument("d");
        Assert.Equal(["Dlužník", "Jan", "Novák", ",", "r.č.", "850315/1234", ",", "ev.", "č.", "123456789", "."], document.Words);
        Assert.Equal(["O", "B-jmeno", "B-prijmeni", "O", "O", "B-rc", "O", "O", "O", "B-evcu", "O"], document.Tags);
        Assert.Empty(annotated.MisalignedSpans());
    }

    [Fact]
    public void A_span_over_several_words_gets_B_then_I()
    {
        const string text = "nar. 15. března 1985 v Brně";
        var document = new AnnotatedText(text, [SpanOf(text, "15. března 1985", "datum")]).ToDocument("d");
        Assert.Equal(["O", "B-datum", "I-datum", "I-datum", "O", "O"], document.Tags);
    }

    [Fact]
    public void A_span_inside_a_word_labels_the_word_and_is_reported()
    {
        const string text = "rč850315/1234 konec";
        var annotated = new AnnotatedText(text, [new LabeledSpan(2, 13, "rc")]);
        Assert.Equal(["B-rc", "O"], annotated.ToDocument("d").Tags);
        Assert.Single(annotated.MisalignedSpans());
    }

    [Fact]
    public void Bad_spans_are_rejected_with_their_position()
    {
        var overlap = Assert.Throws<ArgumentException>(() => new AnnotatedText("abc def", [new(0, 5, "a"), new(4, 7, "b")]));
        Assert.Contains("overlap", overlap.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AnnotatedText("abc", [new(1, 9, "a")]));
        var blank = Assert.Throws<ArgumentException>(() => new AnnotatedText("abc   def", [new(4, 5, "a")]).ToDocument("d7"));
        Assert.Contains("d7", blank.Message, StringComparison.Ordinal);
    }
}
