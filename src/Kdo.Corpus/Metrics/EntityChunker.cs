namespace Kdo.Corpus.Metrics;

/// <summary>
/// The entities of tag sequences exactly as seqeval reads them: <see cref="Entities"/> is seqeval's
/// <c>get_entities</c> (default, conlleval-compatible mode) and <see cref="StrictEntities"/> is
/// <c>Entities(y, IOB2)</c> (strict mode). Tags are free strings: "B-x", "I-x", "E-x", "S-x", "O", or typeless.
/// </summary>
public static class EntityChunker
{
    /// <summary>
    /// The entities of <paramref name="sentences"/> in seqeval's default mode, in increasing offset order. Offsets are
    /// in the flattened sequence in which every sentence is followed by one O, ends are inclusive
    /// (see <see cref="Entity"/>). A tag's prefix is its first character and its type what follows the first '-' after
    /// it ("_" when empty), so an entity may start with I-, and B-x I-y gives two entities.
    /// </summary>
    /// <exception cref="InvalidTagException">A tag is null or empty.</exception>
    public static IReadOnlyList<Entity> Entities(IEnumerable<IReadOnlyList<string>> sentences) =>
        Read(sentences, SeqevalMode.Default, (tags, _, chunk) =>
            new Entity(tags.TypeName(chunk.Type), checked((int)chunk.Start), checked((int)chunk.End)));

    /// <summary>
    /// The entities of <paramref name="sentences"/> in seqeval's strict IOB2 mode: an entity starts at every B-T and
    /// takes the immediately following I-T tokens; offsets are within the sentence, ends exclusive.
    /// </summary>
    /// <exception cref="InvalidTagException">A tag is null, empty, or has a prefix other than B, I and O.</exception>
    public static IReadOnlyList<StrictEntity> StrictEntities(IEnumerable<IReadOnlyList<string>> sentences) =>
        Read(sentences, SeqevalMode.StrictIob2, (tags, sentence, chunk) =>
            new StrictEntity(sentence, tags.TypeName(chunk.Type), (int)chunk.Start, (int)chunk.End));

    private static List<T> Read<T>(IEnumerable<IReadOnlyList<string>> sentences, SeqevalMode mode,
        Func<TagTable, int, Chunk, T> entity)
    {
        var tags = new TagTable(mode);
        var chunker = new SequenceChunker(tags, mode);
        var chunks = new List<Chunk>();
        var entities = new List<T>();
        var sentence = 0;
        foreach (var tagsOfSentence in sentences)
        {
            var ids = new int[tagsOfSentence.Count];
            tags.Intern(tagsOfSentence, 0, ids, nameof(sentences), sentence);
            chunks.Clear();
            chunker.Read(ids, chunks);
            foreach (var chunk in chunks)
                entities.Add(entity(tags, sentence, chunk));
            sentence++;
        }
        return entities;
    }
}
