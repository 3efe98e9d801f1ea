using Kdo.Corpus.Metrics;

namespace Kdo.Training.Evaluation;

/// <summary>
/// Pairs the gold and predicted entities of one sentence (seqeval's default-mode entities, <see cref="EntityChunker"/>)
/// as <see cref="TypeConfusion"/> defines: every gold entity once, with its outcome, then every spurious prediction.
/// </summary>
internal static class EntityComparison
{
    /// <summary>
    /// One outcome per gold entity (Kind null when predicted exactly) with the prediction it concerns, and one per
    /// spurious prediction (Gold null), in word order; spans are word indexes of the document.
    /// </summary>
    public static List<(EntityErrorKind? Kind, EntitySpan? Gold, EntitySpan? Predicted)> Compare(
        IReadOnlyList<string> goldTags, IReadOnlyList<string> predictedTags, Range sentence)
    {
        var gold = Entities(goldTags, sentence);
        var predicted = Entities(predictedTags, sentence);
        var outcomes = new List<(EntityErrorKind?, EntitySpan?, EntitySpan?)>();
        foreach (var g in gold)
        {
            var overlapping = predicted.Where(p => p.Overlaps(g)).ToArray();
            if (overlapping.Any(p => p == g))
                outcomes.Add((null, g, g));
            else if (overlapping.FirstOrDefault(p => p.SameWords(g)) is { Type: not null } retyped)
                outcomes.Add((EntityErrorKind.WrongType, g, retyped));
            else if (overlapping.FirstOrDefault(p => p.Type == g.Type) is { Type: not null } shifted)
                outcomes.Add((EntityErrorKind.WrongBoundary, g, shifted));
            else
                outcomes.Add((EntityErrorKind.Missed, g, overlapping.Length > 0 ? overlapping[0] : null));
        }
        foreach (var p in predicted)
            if (!gold.Any(g => g.Overlaps(p)))
                outcomes.Add((EntityErrorKind.Spurious, null, p));
        outcomes.Sort((a, b) => (a.Item2 ?? a.Item3)!.Value.Start.CompareTo((b.Item2 ?? b.Item3)!.Value.Start));
        return outcomes;
    }

    private static EntitySpan[] Entities(IReadOnlyList<string> tags, Range sentence)
    {
        var (start, length) = sentence.GetOffsetAndLength(tags.Count);
        var slice = new string[length];
        for (var i = 0; i < length; i++)
            slice[i] = tags[start + i];
        // One sentence alone: offsets are within it, ends inclusive.
        return EntityChunker.Entities([slice]).Select(e => new EntitySpan(e.Type, start + e.Start, start + e.End + 1)).ToArray();
    }
}
