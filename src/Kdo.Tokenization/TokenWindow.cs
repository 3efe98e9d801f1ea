namespace Kdo.Tokenization;

/// <summary>
/// One model input cut from a document: the start token, the document's tokens [<see cref="Start"/>,
/// <see cref="End"/>) (positions in its <see cref="WordEncoding"/>), the end token; with the aligned labels when the
/// document has them. It knows which document of a stream it came from, for putting predictions back. Immutable.
/// </summary>
public sealed class TokenWindow
{
    private readonly int[] _ids;
    private readonly int[]? _labels;

    internal TokenWindow(int document, int index, int count, int start, int end, int[] ids, int[]? labels)
    {
        Document = document;
        Index = index;
        WindowCount = count;
        Start = start;
        End = end;
        _ids = ids;
        _labels = labels;
        Ids = Array.AsReadOnly(ids);
        Labels = labels is null ? null : Array.AsReadOnly(labels);
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
    public int Length => _ids.Length;

    /// <summary>The token ids: start token, subtokens, end token.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>One label per token (<see cref="Kdo.Corpus.LabelScheme.IgnoreIndex"/> on the start and end tokens), or null without labels.</summary>
    public IReadOnlyList<int>? Labels { get; }

    internal ReadOnlySpan<int> IdSpan => _ids;

    internal ReadOnlySpan<int> LabelSpan => _labels;

    internal bool HasLabels => _labels is not null;
}
