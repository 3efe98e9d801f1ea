namespace Kdo.Corpus;

/// <summary>
/// A whole document as words with one tag per word (IOB2 as the mission uses it, though tags are free strings:
/// seqeval takes E-, S- and typeless tags too). Word spans, when known, are character offsets into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    /// <summary>Creates a document; <paramref name="tags"/> must have one tag per word.</summary>
    public Document(string id, IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        if (words.Count != tags.Count)
            throw new ArgumentException($"document '{id}' has {words.Count} words but {tags.Count} tags", nameof(tags));
        Id = id;
        Words = words;
        Tags = tags;
    }

    /// <summary>The document's identifier (unique within a corpus).</summary>
    public string Id { get; init; }

    /// <summary>The words, in order.</summary>
    public IReadOnlyList<string> Words { get; init; }

    /// <summary>One tag per word ("O", "B-rc", ...).</summary>
    public IReadOnlyList<string> Tags { get; init; }

    /// <summary>The original text, when the document came from text or span annotations.</summary>
    public string? Text { get; init; }

    /// <summary>Each word's character span in <see cref="Text"/>, when known.</summary>
    public IReadOnlyList<TextSpan>? WordSpans { get; init; }

    /// <summary>
    /// Word indexes where a sentence begins (the first is 0), when the source marks sentences (CoNLL blank lines).
    /// Null means the document is one sequence. Metrics score each sentence as its own sequence, as seqeval does.
    /// </summary>
    public IReadOnlyList<int>? SentenceStarts { get; init; }

    /// <summary>The customer the document is about, when it is labelled with one (generated or annotated data).</summary>
    public GoldCustomer? Customer { get; init; }

    /// <summary>
    /// Free key-value facts about the document that formats carry along (the generator writes "family" and
    /// "split"); never personal data.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>The document's sentences as word ranges, or the whole document as one when it marks none.</summary>
    public IEnumerable<Range> Sentences()
    {
        if (SentenceStarts is not { Count: > 0 } starts)
        {
            yield return 0..Words.Count;
            yield break;
        }
        for (var i = 0; i < starts.Count; i++)
            yield return starts[i]..(i + 1 < starts.Count ? starts[i + 1] : Words.Count);
    }

    /// <summary>A document of words that are all tagged O.</summary>
    public static Document Untagged(string id, IReadOnlyList<string> words) =>
        new(id, words, Enumerable.Repeat(LabelScheme.Outside, words.Count).ToArray());
}

/// <summary>A half-open character range [Start, End) in a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;
}
