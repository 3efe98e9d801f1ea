namespace Kdo.Corpus.Text;

/// <summary>A labelled character range [Start, End) of a text, as span annotation tools export them.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">The character after the last.</param>
/// <param name="Type">The entity type ("rc", "prijmeni"), without B-/I-.</param>
public readonly record struct LabeledSpan(int Start, int End, string Type)
{
    /// <summary>The span's characters as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// A text with entity spans on characters (Label Studio's and Doccano's model), and its projection onto words with
/// BIO tags: each word that a span touches gets the span's type, B- on the first such word and I- on the rest.
/// </summary>
public sealed record AnnotatedText
{
    /// <summary>Creates the annotated text; spans must lie inside the text, be non-empty and must not overlap.</summary>
    /// <exception cref="ArgumentException">A span is out of range, empty, or overlaps another; the message names it.</exception>
    public AnnotatedText(string text, IEnumerable<LabeledSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var span = sorted[i];
            if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
                throw new ArgumentException($"span [{span.Start}, {span.End}) '{span.Type}' is empty or outside the text of {text.Length} characters", nameof(spans));
            if (string.IsNullOrWhiteSpace(span.Type))
                throw new ArgumentException($"span [{span.Start}, {span.End}) has no type", nameof(spans));
            if (i > 0 && sorted[i - 1].End > span.Start)
                throw new ArgumentException($"spans [{sorted[i - 1].Start}, {sorted[i - 1].End}) '{sorted[i - 1].Type}' and [{span.Start}, {span.End}) '{span.Type}' overlap", nameof(spans));
        }
        Text = text;
        Spans = sorted;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The spans, ordered by position.</summary>
    public IReadOnlyList<LabeledSpan> Spans { get; }

    /// <summary>
    /// The words of the text (<see cref="WordSegmenter"/>) with BIO tags from the spans, the text and the word spans.
    /// A span that covers only part of a word labels the whole word (see <see cref="MisalignedSpans"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A span touches no word (it covers only white space).</exception>
    public Document ToDocument(string id)
    {
        var words = WordSegmenter.Segment(Text);
        var tags = new string[words.Count];
        Array.Fill(tags, LabelScheme.Outside);
        var w = 0;
        foreach (var span in Spans)
        {
            while (w < words.Count && words[w].End <= span.Start)
                w++;
            var first = w;
            for (; w < words.Count && words[w].Start < span.End; w++)
                tags[w] = (w == first ? "B-" : "I-") + span.Type;
            if (w == first)
                throw new ArgumentException($"document '{id}': span [{span.Start}, {span.End}) '{span.Type}' covers no word");
            // A word can hold the end of one span and the start of the next only if they are misaligned; the next span
            // then starts in that word.
            if (words[w - 1].End > span.End)
                w--;
        }
        return new Document(id, words.Select(s => Text[s.Start..s.End]).ToArray(), tags) { Text = Text, WordSpans = words };
    }

    /// <summary>The spans whose ends do not fall on word boundaries, so that <see cref="ToDocument"/> widens them.</summary>
    public IReadOnlyList<LabeledSpan> MisalignedSpans()
    {
        var words = WordSegmenter.Segment(Text);
        var starts = words.Select(s => s.Start).ToHashSet();
        var ends = words.Select(s => s.End).ToHashSet();
        return Spans.Where(s => !starts.Contains(s.Start) || !ends.Contains(s.End)).ToArray();
    }
}
