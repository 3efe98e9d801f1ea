namespace Kdo.Tokenization;

/// <summary>
/// A list of words as a model reads it, as Hugging Face's tokenizer gives it for <c>is_split_into_words=True</c>:
/// one start token, the subtokens of every word in order, one end token. Immutable.
/// </summary>
public sealed class WordEncoding
{
    private readonly int[] _ids;
    private readonly int[] _wordIndexes;

    internal WordEncoding(int[] ids, int[] wordIndexes, int wordCount, Func<int, string> tokenOf)
    {
        _ids = ids;
        _wordIndexes = wordIndexes;
        WordCount = wordCount;
        Ids = Array.AsReadOnly(ids);
        // Views over the two arrays rather than three more arrays: encoding is on the hot path of training.
        Tokens = new ListView<string>(ids.Length, t => tokenOf(ids[t]));
        WordIds = new ListView<int?>(ids.Length, t => wordIndexes[t] < 0 ? null : wordIndexes[t]);
        AttentionMask = new ListView<int>(ids.Length, _ => 1);
    }

    /// <summary>The token ids, the start and end tokens included.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>The token strings (subword pieces as the vocabulary spells them, the unknown token for unknown ones).</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>For every token, the index of the word it comes from; null for the start and end tokens.</summary>
    public IReadOnlyList<int?> WordIds { get; }

    /// <summary>One per token, all 1: an encoding has no padding (batches add it).</summary>
    public IReadOnlyList<int> AttentionMask { get; }

    /// <summary>The number of tokens, the start and end tokens included.</summary>
    public int Count => _ids.Length;

    /// <summary>The number of words encoded; a word that normalises to nothing has no token.</summary>
    public int WordCount { get; }

    /// <summary>The number of subtokens between the start and the end token.</summary>
    public int ContentCount => _ids.Length - 2;

    // The arrays themselves, for the windows and batches built from them (never handed out to callers).
    internal ReadOnlySpan<int> IdSpan => _ids;

    /// <summary>Word index per token, -1 for the start and end tokens.</summary>
    internal ReadOnlySpan<int> WordIndexSpan => _wordIndexes;
}
