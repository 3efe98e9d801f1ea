using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>How documents become model inputs; the defaults are the mission's recipe.</summary>
public sealed record EncodingOptions
{
    /// <summary>Tokens per window, the start and end tokens included.</summary>
    public int MaxLength { get; init; } = SlidingWindows.DefaultMaxLength;

    /// <summary>Tokens shared by consecutive windows (at most; windows break between words).</summary>
    public int Stride { get; init; } = SlidingWindows.DefaultStride;

    /// <summary>Which subtokens of a word carry its label.</summary>
    public SubtokenLabeling Labeling { get; init; } = SubtokenLabeling.EveryToken;
}

/// <summary>A document as the model sees it: its encoding, its token labels (when labelled) and its windows.</summary>
public sealed class EncodedDocument
{
    internal EncodedDocument(Document document, int index, WordEncoding encoding, int[]? labels, IReadOnlyList<TokenWindow> windows)
    {
        Document = document;
        Index = index;
        Encoding = encoding;
        Labels = labels is null ? null : Array.AsReadOnly(labels);
        Windows = windows;
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>Its index in the stream it came from.</summary>
    public int Index { get; }

    /// <summary>The whole document's tokens.</summary>
    public WordEncoding Encoding { get; }

    /// <summary>One label id per token of <see cref="Encoding"/>, or null when encoded without a label scheme.</summary>
    public IReadOnlyList<int>? Labels { get; }

    /// <summary>The windows, in order.</summary>
    public IReadOnlyList<TokenWindow> Windows { get; }

    /// <summary>
    /// One probability row per word from the windows' predictions: each token's row from the window where its word
    /// has the most context (<see cref="SlidingWindows.Merge"/>), pooled over the word's subtokens. Null for a word
    /// without tokens. <paramref name="windowProbabilities"/>[i] is window i's [length × labels] rows.
    /// </summary>
    public float[]?[] WordProbabilities(IReadOnlyList<float[]> windowProbabilities, int labelCount, WordPooling pooling) =>
        LabelAlignment.WordProbabilities(Encoding, SlidingWindows.Merge(Encoding, Windows, windowProbabilities, labelCount), labelCount, pooling);
}

/// <summary>
/// Tokenizes, aligns and windows documents, one at a time: streams in, streams out, so a corpus of any size passes
/// through in the memory of one document.
/// </summary>
public sealed class DocumentEncoder
{
    private readonly SubwordTokenizer _tokenizer;
    private readonly LabelScheme? _labels;

    /// <summary>Encodes with <paramref name="tokenizer"/>; with <paramref name="labels"/>, documents' tags become label ids.</summary>
    public DocumentEncoder(SubwordTokenizer tokenizer, EncodingOptions? options = null, LabelScheme? labels = null)
    {
        _tokenizer = tokenizer;
        _labels = labels;
        Options = options ?? new EncodingOptions();
        // Fail on bad sizes now rather than at the first document.
        _ = SlidingWindows.Spans(tokenizer.EncodeWords([]), Options.MaxLength, Options.Stride);
    }

    /// <summary>The window and labelling settings.</summary>
    public EncodingOptions Options { get; }

    /// <summary>Encodes one document.</summary>
    /// <exception cref="InputException">A tag is not in the label scheme (the message names the document and word).</exception>
    public EncodedDocument Encode(Document document, int index = 0)
    {
        var encoding = _tokenizer.EncodeWords(document.Words);
        var labels = _labels is null ? null
            : LabelAlignment.Align(encoding, LabelIds(document), _labels, Options.Labeling);
        var windows = SlidingWindows.Cut(encoding, labels, Options.MaxLength, Options.Stride, index);
        return new EncodedDocument(document, index, encoding, labels, windows);
    }

    /// <summary>Encodes a stream of documents lazily, numbering them from 0.</summary>
    public IEnumerable<EncodedDocument> Encode(IEnumerable<Document> documents)
    {
        var index = 0;
        foreach (var document in documents)
            yield return Encode(document, index++);
    }

    /// <summary>The windows of a stream of documents, lazily: what training batches are made of.</summary>
    public IEnumerable<TokenWindow> Windows(IEnumerable<Document> documents) => Encode(documents).SelectMany(d => d.Windows);

    private int[] LabelIds(Document document)
    {
        var ids = new int[document.Tags.Count];
        var (previousTag, previousId) = ("", -1); // most tags repeat the one before (O), which skips the look-up
        for (var w = 0; w < ids.Length; w++)
        {
            var tag = document.Tags[w];
            if (tag == previousTag)
            {
                ids[w] = previousId;
                continue;
            }
            if (!_labels!.TryGetId(tag, out ids[w]))
                throw new InputException($"document '{document.Id}'", null,
                    $"word {w} has tag '{tag}', which is not in the label scheme [{_labels}]");
            (previousTag, previousId) = (tag, ids[w]);
        }
        return ids;
    }
}
