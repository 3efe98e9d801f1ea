using Kdo.Corpus.Text;

namespace Kdo.Corpus.Formats;

/// <summary>
/// The bridge between documents and the span formats (Label Studio, Doccano), both ways: text plus character spans
/// in code points (as those tools count) to words with BIO tags through <see cref="AnnotatedText"/>, and words with
/// IOB2 tags back to text plus spans.
/// </summary>
internal static class SpanAnnotations
{
    /// <summary>
    /// A span as a file gives it: code point offsets, a type, the text it covers when the file repeats it, and the
    /// record it came from.
    /// </summary>
    public readonly record struct FileSpan(int Start, int End, string Type, string? Text, JsonRecord Origin);

    /// <summary>
    /// The document of <paramref name="text"/> with <paramref name="spans"/>: words from <see cref="WordSegmenter"/>,
    /// BIO tags from the spans. Exact duplicates (one span given twice) count once; a span that reaches into a word is
    /// widened to the whole word and reported to <see cref="CorpusReadOptions.OnMisalignedSpan"/>.
    /// </summary>
    /// <exception cref="InputException">
    /// A span is out of the text, empty, overlaps another, covers no word, or repeats other text than it covers.
    /// </exception>
    public static Document ToDocument(string id, string text, IEnumerable<FileSpan> spans, JsonRecord record, CorpusReadOptions options)
    {
        var index = new CodePointIndex(text);
        var labeled = new List<LabeledSpan>();
        foreach (var span in spans.DistinctBy(s => (s.Start, s.End, s.Type)))
        {
            if (span.Start < 0 || span.End > index.CodePointLength || span.Start >= span.End)
                throw span.Origin.Error($"is the span [{span.Start}, {span.End}), which is empty or outside the text of {index.CodePointLength} characters");
            var (start, end) = (index.ToUtf16(span.Start), index.ToUtf16(span.End));
            if (span.Text is { } repeated && !text.AsSpan(start, end - start).SequenceEqual(repeated))
                throw span.Origin.Error($"gives a text of {repeated.Length} characters that is not the text's characters [{span.Start}, {span.End})");
            labeled.Add(new LabeledSpan(start, end, span.Type));
        }
        try
        {
            var annotated = new AnnotatedText(text, labeled);
            if (options.OnMisalignedSpan is { } report)
            {
                foreach (var span in annotated.MisalignedSpans())
                    report(id, span);
            }
            return annotated.ToDocument(id);
        }
        catch (ArgumentException e)
        {
            // AnnotatedText names the spans by offsets and types, never by their text.
            throw record.Error($"has bad spans: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>
    /// The text of <paramref name="document"/> and each word's span in it (<see cref="DocumentLayout.Of"/>), with a
    /// word missing from the text reported as an error of document <paramref name="number"/> of <paramref name="target"/>.
    /// </summary>
    public static (string Text, IReadOnlyList<TextSpan> WordSpans) Layout(Document document, string target, int number)
    {
        try { return DocumentLayout.Of(document); }
        catch (ArgumentException e) { throw new InputException(target, null, $"document {number} ('{document.Id}'): {e.Message.Split(" (Parameter", 2)[0]}", e); }
    }

    /// <summary>
    /// The entities of <paramref name="document"/> as character spans in code points of <paramref name="text"/>, with
    /// the text they cover.
    /// </summary>
    /// <exception cref="InputException">A tag is not IOB2 (O, B-type, I-type): spans cannot hold E-, S- or bare tags.</exception>
    public static IReadOnlyList<(int Start, int End, string Type, string Text)> EntitySpans(Document document, string text, IReadOnlyList<TextSpan> wordSpans, string target, int number)
    {
        for (var w = 0; w < document.Tags.Count; w++)
        {
            if (!TaggedEntities.IsIob2(document.Tags[w]))
                throw new InputException(target, null, $"document {number} ('{document.Id}'): tag '{document.Tags[w]}' of word {w} is not O, B-type or I-type, which span formats need");
        }
        var index = new CodePointIndex(text);
        return TaggedEntities.Find(document)
            .Select(e => (wordSpans[e.Start].Start, wordSpans[e.End - 1].End, e.Type))
            .Select(e => (index.ToCodePoint(e.Item1), index.ToCodePoint(e.Item2), e.Type, text[e.Item1..e.Item2]))
            .ToArray();
    }
}
