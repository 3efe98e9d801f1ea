using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>
/// One model input cut from a document: the start token, the document's tokens [<see cref="Start"/>,
/// <see cref="End"/>) (positions in its <see cref="WordEncoding"/>), the end token; with the aligned labels when the
/// document has them. It knows which document of a stream it came from, for putting predictions back. Immutable;
/// it shares the document's arrays rather than copying them.
/// </summary>
public sealed class TokenWindow
{
    private readonly WordEncoding _encoding;
    private readonly int[]? _labels; // the whole document's, one per token of the encoding

    internal TokenWindow(WordEncoding encoding, int[]? labels, int document, int index, int count, int start, int end)
    {
        _encoding = encoding;
        _labels = labels;
        Document = document;
        Index = index;
        WindowCount = count;
        Start = start;
        End = end;
        Ids = new ListView<int>(Length, t => t == 0 ? StartId : t == Length - 1 ? EndId : encoding.IdSpan[start + t - 1]);
        Labels = labels is null ? null
            : new ListView<int>(Length, t => t == 0 || t == Length - 1 ? LabelScheme.IgnoreIndex : labels[start + t - 1]);
    }

    /// <summary>The index of the document in the stream it was cut from (0 for a single document).</summary>
    public int Document { get; }

    /// <summary>The window's number within its document, from 0.</summary>
    public int Index { get; }

    /// <summary>How many windows its document has.</summary>
    public int WindowCount { get; }

    /// <summary>The position in the document's encoding of the window's first subtoken (window position 1).</summary>
    public int Start { get; }

    /// <summary>The position in the document's encoding just after the window's last subtoken.</summary>
    public int End { get; }

    /// <summary>The number of tokens, the start and end tokens included.</summary>
    public int Length => End - Start + 2;

    /// <summary>The token ids: start token, subtokens, end token.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>One label per token (<see cref="LabelScheme.IgnoreIndex"/> on the start and end tokens), or null without labels.</summary>
    public IReadOnlyList<int>? Labels { get; }

    internal bool HasLabels => _labels is not null;

    internal int StartId => _encoding.IdSpan[0];

    internal int EndId => _encoding.IdSpan[^1];

    /// <summary>The subtoken ids, without the start and end tokens.</summary>
    internal ReadOnlySpan<int> ContentIds => _encoding.IdSpan[Start..End];

    /// <summary>The subtokens' labels, without the start and end tokens' (empty without labels).</summary>
    internal ReadOnlySpan<int> ContentLabels => _labels is null ? default : _labels.AsSpan(Start..End);
}
