namespace Kdo.Corpus.Metrics;

/// <summary>An entity found by <see cref="SequenceChunker"/>: an interned type and the offsets its mode uses.</summary>
internal readonly record struct Chunk(int Type, long Start, long End);

/// <summary>
/// Finds the entities of one tag sequence (gold or predicted), one sentence at a time, with seqeval's rules.
/// Default mode keeps its state across sentences as seqeval does on the flattened sequence (each sentence followed
/// by an O), so chunks carry flattened offsets and an inclusive end; strict mode reads each sentence on its own and
/// gives offsets within the sentence with an exclusive end. Either way chunks come in increasing end order, and
/// every chunk found while reading a sentence ends inside it.
/// </summary>
internal sealed class SequenceChunker
{
    private readonly TagTable _tags;
    private readonly SeqevalMode _mode;
    private int _prevPrefix = 'O';
    private int _prevType = TagTable.NoType;
    private long _begin;
    private long _offset;

    public SequenceChunker(TagTable tags, SeqevalMode mode)
    {
        _tags = tags;
        _mode = mode;
    }

    /// <summary>Appends the entities of the next sentence (interned tag ids) to <paramref name="chunks"/>.</summary>
    public void Read(ReadOnlySpan<int> ids, List<Chunk> chunks)
    {
        if (_mode == SeqevalMode.StrictIob2)
        {
            ReadStrict(ids, chunks);
            return;
        }
        for (var i = 0; i < ids.Length; i++)
            Step(_tags.Prefix(ids[i]), _tags.Type(ids[i]), _offset + i, chunks);
        Step('O', _tags.Type(_tags.Outside), _offset + ids.Length, chunks);
        _offset += ids.Length + 1;
    }

    // seqeval's get_entities: end_of_chunk, then start_of_chunk, for the token at `offset`. A '.' prefix is
    // exempt from the type-change rules, as in conlleval.
    private void Step(int prefix, int type, long offset, List<Chunk> chunks)
    {
        var previous = _prevPrefix;
        if (previous == 'O' && prefix == 'O')
        {
            // The common case, O after O, neither ends nor starts a chunk.
            _prevType = type;
            return;
        }
        var typeChanged = _prevType != type;
        var ends = previous is 'E' or 'S'
            || ((previous is 'B' or 'I') && (prefix is 'B' or 'S' or 'O'))
            || (previous is not ('O' or '.') && typeChanged);
        if (ends)
            chunks.Add(new Chunk(_prevType, _begin, offset - 1));
        var starts = prefix is 'B' or 'S'
            || ((previous is 'E' or 'S' or 'O') && (prefix is 'E' or 'I'))
            || (prefix is not ('O' or '.') && typeChanged);
        if (starts)
            _begin = offset;
        _prevPrefix = prefix;
        _prevType = type;
    }

    // seqeval.scheme.Tokens.entities with IOB2: every B-T starts an entity that takes the following I-T tokens.
    private void ReadStrict(ReadOnlySpan<int> ids, List<Chunk> chunks)
    {
        var open = TagTable.NoType;
        var start = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var prefix = _tags.Prefix(ids[i]);
            var type = _tags.Type(ids[i]);
            if (open != TagTable.NoType && prefix == 'I' && type == open)
                continue;
            if (open != TagTable.NoType)
                chunks.Add(new Chunk(open, start, i));
            open = prefix == 'B' ? type : TagTable.NoType;
            start = i;
        }
        if (open != TagTable.NoType)
            chunks.Add(new Chunk(open, start, ids.Length));
    }
}
