using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Formats;

/// <summary>An entity in a document's tags: its type and its words [Start, End).</summary>
internal readonly record struct TaggedEntity(string Type, int Start, int End);

/// <summary>
/// The entities of a document's tags as word ranges, for the span formats and corpus statistics: seqeval's default
/// (conlleval) reading through <see cref="EntityChunker"/>, sentence by sentence, so that an I-X that continues
/// nothing starts an entity and converting to spans loses no tagged word.
/// </summary>
internal static class TaggedEntities
{
    /// <summary>Whether <paramref name="tag"/> is O, B-type or I-type with a non-empty type.</summary>
    public static bool IsIob2(string tag) =>
        tag == LabelScheme.Outside || tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I';

    /// <summary>The entities of a whole document, sentence by sentence, as seqeval scores a list of sentences.</summary>
    public static IEnumerable<TaggedEntity> Find(Document document)
    {
        foreach (var sentence in document.Sentences())
        {
            var (offset, length) = sentence.GetOffsetAndLength(document.Tags.Count);
            var tags = document.Tags.Skip(offset).Take(length).ToArray();
            // One sentence alone: the chunker's offsets are the words' indexes in it, its ends inclusive.
            foreach (var entity in EntityChunker.Entities([tags]))
                yield return new TaggedEntity(entity.Type, offset + entity.Start, offset + entity.End + 1);
        }
    }
}
