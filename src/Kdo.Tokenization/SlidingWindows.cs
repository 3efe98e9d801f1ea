namespace Kdo.Tokenization;

/// <summary>
/// Windows over a whole document, so that nothing after token 512 is lost. A window holds at most
/// <c>maxLength</c> tokens, its start and end tokens included. Consecutive windows share up to <c>stride</c> tokens
/// (Hugging Face's meaning of stride): the next window starts at the first word that begins at or after
/// <c>end - stride</c>. Windows break between words; a word longer than a whole window is, as a last resort, cut
/// into window-sized pieces (with the same overlap) and its inside pieces start mid-word.
/// At inference every word takes its probabilities from the window where it has the most context on both sides,
/// min(tokens before it, tokens after it) within that window; on a tie the earlier window wins.
/// </summary>
public static class SlidingWindows
{
    /// <summary>The default window length: XLM-R's and BERT's 512 positions.</summary>
    public const int DefaultMaxLength = 512;

    /// <summary>The default overlap of consecutive windows, HF question answering's doc_stride.</summary>
    public const int DefaultStride = 128;

    /// <summary>The default overlap for windows of <paramref name="maxLength"/> tokens: 128, or a quarter of a shorter window.</summary>
    public static int DefaultStrideFor(int maxLength) => Math.Min(DefaultStride, Math.Max(0, maxLength / 4));

    /// <summary>
    /// The windows of <paramref name="encoding"/> as ranges [start, end) of its token positions (its start and end
    /// tokens excluded). A document without subtokens has one empty window.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">maxLength is below 3, or stride is not in 0..maxLength - 3.</exception>
    public static IReadOnlyList<(int Start, int End)> Spans(WordEncoding encoding, int maxLength = DefaultMaxLength, int stride = DefaultStride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 3);
        ArgumentOutOfRangeException.ThrowIfNegative(stride);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stride, maxLength - 3);
        var capacity = maxLength - 2;
        var words = encoding.WordIndexSpan;
        var end = encoding.Count - 1;
        var spans = new List<(int, int)>();
        var start = 1;
        if (end <= start)
            return [(start, start)];
        while (true)
        {
            var limit = start + capacity;
            var last = limit >= end ? end : LastWordStart(words, start + 1, limit);
            // A word longer than a window is cut; the window fills up to the cut rather than stopping before it.
            if (last < end && (last <= start || FirstWordStart(words, last + 1, last + capacity + 1) - last > capacity))
                last = limit;
            spans.Add((start, last));
            if (last >= end)
                return spans;
            var target = Math.Max(last - stride, start + 1);
            var next = FirstWordStart(words, target, last);
            start = next <= last ? next : target;
        }
    }

    /// <summary>
    /// Cuts <paramref name="encoding"/> into windows (see <see cref="Spans"/>), each with its slice of
    /// <paramref name="labels"/> (one per token of the encoding, from <see cref="LabelAlignment.Align"/>) when given.
    /// </summary>
    public static IReadOnlyList<TokenWindow> Cut(WordEncoding encoding, int[]? labels, int maxLength = DefaultMaxLength,
        int stride = DefaultStride, int document = 0)
    {
        if (labels is not null && labels.Length != encoding.Count)
            throw new ArgumentException($"{labels.Length} labels for {encoding.Count} tokens", nameof(labels));
        var spans = Spans(encoding, maxLength, stride);
        var windows = new TokenWindow[spans.Count];
        for (var i = 0; i < spans.Count; i++)
            windows[i] = new TokenWindow(encoding, labels, document, i, spans.Count, spans[i].Start, spans[i].End);
        return windows;
    }

    /// <summary>
    /// Puts the windows' predictions together: row t of the result ([encoding tokens × labels]) is token t's row from
    /// the window where its word has the most context; the start and end tokens' rows are zero.
    /// <paramref name="windowProbabilities"/>[i] holds window i's rows, [window length × labels], without padding.
    /// </summary>
    public static float[] Merge(WordEncoding encoding, IReadOnlyList<TokenWindow> windows, IReadOnlyList<float[]> windowProbabilities,
        int labelCount)
    {
        if (windowProbabilities.Count != windows.Count)
            throw new ArgumentException($"{windowProbabilities.Count} probability sets for {windows.Count} windows", nameof(windowProbabilities));
        var words = encoding.WordIndexSpan;
        var (firsts, ends) = WordRanges(encoding);
        var merged = new float[encoding.Count * labelCount];
        var bestContext = new int[encoding.Count];
        Array.Fill(bestContext, -1);
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (windowProbabilities[i].Length != window.Length * labelCount)
                throw new ArgumentException(
                    $"window {i} has {window.Length} tokens × {labelCount} labels but {windowProbabilities[i].Length} probabilities",
                    nameof(windowProbabilities));
            for (var t = window.Start; t < window.End; t++)
            {
                var word = words[t];
                var before = Math.Max(firsts[word], window.Start) - window.Start;
                var after = window.End - Math.Min(ends[word], window.End);
                var context = Math.Min(before, after);
                if (context <= bestContext[t])
                    continue;
                bestContext[t] = context;
                windowProbabilities[i].AsSpan((t - window.Start + 1) * labelCount, labelCount).CopyTo(merged.AsSpan(t * labelCount));
            }
        }
        return merged;
    }

    // For every word, its first token position and the position after its last (both 0 for a word without tokens).
    private static (int[] Firsts, int[] Ends) WordRanges(WordEncoding encoding)
    {
        var firsts = new int[encoding.WordCount];
        var ends = new int[encoding.WordCount];
        var words = encoding.WordIndexSpan;
        for (var t = words.Length - 2; t >= 1; t--)
            firsts[words[t]] = t;
        for (var t = 1; t < words.Length - 1; t++)
            ends[words[t]] = t + 1;
        return (firsts, ends);
    }

    // A word starts at position p (or the content ends there): the first word's first token, a change of word, the end token.
    private static bool IsWordStart(ReadOnlySpan<int> words, int p) => p <= 1 || p >= words.Length - 1 || words[p] != words[p - 1];

    // The last word start in [from, to], or from - 1 if there is none. Scans at most one window.
    private static int LastWordStart(ReadOnlySpan<int> words, int from, int to)
    {
        for (var p = to; p >= from; p--)
            if (IsWordStart(words, p))
                return p;
        return from - 1;
    }

    // The first word start in [from, to], or to + 1 if there is none. Scans at most one window.
    private static int FirstWordStart(ReadOnlySpan<int> words, int from, int to)
    {
        for (var p = from; p <= to; p++)
            if (IsWordStart(words, p))
                return p;
        return to + 1;
    }
}
