namespace Kdo.Corpus.Metrics;

/// <summary>
/// A tag that seqeval cannot read: null, empty, or (strict IOB2 mode) with a prefix other than B, I and O. Says
/// where it is, so that a caller that knows the file can point at it.
/// </summary>
public sealed class InvalidTagException : ArgumentException
{
    /// <summary>Creates the error for token <paramref name="token"/> of sentence <paramref name="sentence"/>.</summary>
    /// <param name="side">Which tags: "gold", "predicted", or "sentences" for a single sequence of sentences.</param>
    /// <param name="sentence">The 0-based sentence, counted over everything scored so far.</param>
    /// <param name="token">The 0-based token within the sentence.</param>
    /// <param name="reason">What is wrong with the tag.</param>
    public InvalidTagException(string side, int sentence, int token, string reason)
        : base($"sentence {sentence}, {side} token {token}: {reason}")
    {
        Side = side;
        Sentence = sentence;
        Token = token;
        Reason = reason;
    }

    /// <summary>Which tags hold the bad one: "gold", "predicted" or "sentences".</summary>
    public string Side { get; }

    /// <summary>The 0-based sentence.</summary>
    public int Sentence { get; }

    /// <summary>The 0-based token within the sentence.</summary>
    public int Token { get; }

    /// <summary>What is wrong with the tag, without the location.</summary>
    public string Reason { get; }
}
