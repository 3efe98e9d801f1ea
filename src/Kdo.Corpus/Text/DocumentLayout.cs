namespace Kdo.Corpus.Text;

/// <summary>
/// A document's text and each word's character span in it, whatever the document holds: its own text and spans; its
/// text without spans (a document made in code), the words then found in the text in order; or words only (CoNLL,
/// JSONL without text), laid out with single spaces between words and a line break between sentences.
/// </summary>
public static class DocumentLayout
{
    /// <summary>The text of <paramref name="document"/> and the span of each of its words in that text.</summary>
    /// <exception cref="ArgumentException">The document has text but a word of it is not in the text after the word before.</exception>
    public static (string Text, IReadOnlyList<TextSpan> WordSpans) Of(Document document)
    {
        if (document.Text is { } own)
            return (own, document.WordSpans ?? Locate(document, own));
        var text = new System.Text.StringBuilder();
        var spans = new TextSpan[document.Words.Count];
        var sentenceStarts = document.Sentences().Select(s => s.Start.Value).ToHashSet();
        for (var w = 0; w < spans.Length; w++)
        {
            if (w > 0)
                text.Append(sentenceStarts.Contains(w) ? '\n' : ' ');
            spans[w] = new TextSpan(text.Length, text.Length + document.Words[w].Length);
            text.Append(document.Words[w]);
        }
        return (text.ToString(), spans);
    }

    private static TextSpan[] Locate(Document document, string text)
    {
        var spans = new TextSpan[document.Words.Count];
        var at = 0;
        for (var w = 0; w < spans.Length; w++)
        {
            var found = text.IndexOf(document.Words[w], at, StringComparison.Ordinal);
            if (found < 0)
                throw new ArgumentException($"word {w} is not in the document's text after word {w - 1}", nameof(document));
            spans[w] = new TextSpan(found, found + document.Words[w].Length);
            at = spans[w].End;
        }
        return spans;
    }
}
