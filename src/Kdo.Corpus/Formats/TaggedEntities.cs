namespace Kdo.Corpus.Formats;

/// <summary>An entity in a tag sequence: its type and its words [Start, End).</summary>
internal readonly record struct TaggedEntity(string Type, int Start, int End);

/// <summary>
/// Finds entities in IOB2 tags, as the span formats and corpus statistics need them: B-X starts an entity of type
/// X, I-X continues an open X, and an I-X that continues nothing (after O or another type) starts one, as conlleval
/// and seqeval's default mode read it, so that converting to spans loses no tagged word. A tag that is not O, B- or
/// I- (E-, S-, a bare type) ends the open entity and starts none; <see cref="IsIob2"/> lets a writer reject those.
/// </summary>
/// <remarks>
/// The seqeval-identical chunker of the metrics (both modes) is the reference for scoring; this one serves only
/// conversion and statistics.
/// </remarks>
internal static class TaggedEntities
{
    /// <summary>Whether <paramref name="tag"/> is O, B-type or I-type with a non-empty type.</summary>
    public static bool IsIob2(string tag) =>
        tag == LabelScheme.Outside || tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I';

    /// <summary>The entities of <paramref name="tags"/> within <paramref name="range"/> (one sentence, say).</summary>
    public static IEnumerable<TaggedEntity> Find(IReadOnlyList<string> tags, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(tags.Count);
        string? type = null;
        var start = 0;
        for (var i = offset; i < offset + length; i++)
        {
            var tag = tags[i];
            var prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : '\0';
            var continues = prefix == 'I' && type is not null && tag.AsSpan(2).SequenceEqual(type);
            if (continues)
                continue;
            if (type is not null)
                yield return new TaggedEntity(type, start, i);
            type = prefix is 'B' or 'I' ? tag[2..] : null;
            start = i;
        }
        if (type is not null)
            yield return new TaggedEntity(type, start, offset + length);
    }

    /// <summary>The entities of a whole document, sentence by sentence, as seqeval scores a list of sentences.</summary>
    public static IEnumerable<TaggedEntity> Find(Document document) =>
        document.Sentences().SelectMany(sentence => Find(document.Tags, sentence));
}
