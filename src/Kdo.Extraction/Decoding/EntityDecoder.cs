using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Decoding;

/// <summary>
/// Turns per-word probabilities into entities with character offsets: <see cref="BioDecoder"/> chooses BIO-valid
/// labels, each B-X with the I-X after it is one entity, and its confidence is the mean over its words of the
/// probability that the word is of the entity's type, P(B-X) + P(I-X): a model that splits its belief between B- and
/// I- (as subtokens and windows make it) is as sure as its sum, and one doubtful word of a three-word name lowers the
/// name by a third of its doubt.
/// </summary>
public static class EntityDecoder
{
    /// <summary>The entities of <paramref name="document"/>, in text order.</summary>
    /// <param name="document">The document; without text its words are laid out with spaces (<see cref="DocumentLayout"/>).</param>
    /// <param name="probabilities">One row per word of the document.</param>
    /// <exception cref="ArgumentException">The rows are not one per word.</exception>
    public static IReadOnlyList<Entity> Decode(Document document, WordProbabilities probabilities)
    {
        if (probabilities.Count != document.Words.Count)
            throw new ArgumentException($"document '{document.Id}' has {document.Words.Count} words but {probabilities.Count} probability rows", nameof(probabilities));
        var (text, spans) = DocumentLayout.Of(document);
        var ids = BioDecoder.Decode(probabilities);
        var labels = probabilities.Labels;
        var entities = new List<Entity>();
        var w = 0;
        while (w < ids.Length)
        {
            var label = labels.NameOf(ids[w]);
            if (!label.StartsWith("B-", StringComparison.Ordinal) || label.Length < 3)
            {
                w++;
                continue;
            }
            var inside = "I-" + label[2..];
            var end = w + 1;
            while (end < ids.Length && labels.NameOf(ids[end]) == inside)
                end++;
            var type = label[2..];
            var beginning = labels.IdOf(label);
            var continuing = labels.TryGetId(inside, out var id) ? id : -1;
            var confidence = 0f;
            for (var i = w; i < end; i++)
                confidence += Math.Min(1f, probabilities[i, beginning] + (continuing < 0 ? 0 : probabilities[i, continuing]));
            var (start, stop) = (spans[w].Start, spans[end - 1].End);
            entities.Add(new Entity(type, text[start..stop], start, stop, w, end, confidence / (end - w)));
            w = end;
        }
        return entities;
    }
}
