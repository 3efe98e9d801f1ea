namespace Kdo.Corpus.Metrics;

/// <summary>How entities are read from tags: seqeval's <c>mode</c> argument.</summary>
public enum SeqevalMode
{
    /// <summary>
    /// seqeval's default mode (<c>mode=None</c>), compatible with conlleval.pl: any tag string is read, E-, S- and
    /// typeless tags included, and an entity may begin with I-.
    /// </summary>
    Default,

    /// <summary>
    /// seqeval's <c>mode='strict', scheme=IOB2</c>: an entity is a B-T followed by the I-T tokens of the same type;
    /// an I- that continues no such run belongs to no entity. Only B, I and O prefixes are allowed.
    /// </summary>
    StrictIob2,
}
