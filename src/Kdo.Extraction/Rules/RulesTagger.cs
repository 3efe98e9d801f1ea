using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Rules;

/// <summary>
/// The rules baseline as a tagger: recognizers in the manner of Microsoft Presidio (patterns, context words,
/// validation, a score per outcome: <see cref="IdentifierRecognizers"/>, <see cref="NameRecognizer"/>) find spans
/// in the document's text; each word a span covers gets B- (first) or I- with the span's score as its probability
/// (<see cref="WordProbabilities.FromTags"/>). Where spans overlap, the higher score wins. So the rules' output goes
/// through the same decoding, records and scoring as a model's.
/// </summary>
public sealed class RulesTagger : IWordTagger
{
    /// <inheritdoc/>
    public string Name => "rules";

    /// <inheritdoc/>
    public LabelScheme Labels => LabelScheme.Default;

    /// <inheritdoc/>
    public WordProbabilities Tag(Document document)
    {
        var (text, spans) = DocumentLayout.Of(document);
        var numbers = IdentifierRecognizers.BirthNumbers(text).ToArray();
        var recognitions = numbers
            .Concat(IdentifierRecognizers.VariableSymbols(text))
            .Concat(IdentifierRecognizers.BirthDates(text, numbers))
            .Concat(NameRecognizer.Names(text))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Start);

        var tags = Enumerable.Repeat(LabelScheme.Outside, spans.Count).ToArray();
        var scores = Enumerable.Repeat(1f, spans.Count).ToArray();
        var taken = new bool[spans.Count];
        foreach (var recognition in recognitions)
        {
            var words = Enumerable.Range(0, spans.Count)
                .Where(w => spans[w].Start < recognition.End && spans[w].End > recognition.Start).ToArray();
            if (words.Length == 0 || words.Any(w => taken[w]))
                continue;
            for (var i = 0; i < words.Length; i++)
            {
                tags[words[i]] = (i == 0 ? "B-" : "I-") + recognition.Type;
                scores[words[i]] = recognition.Score;
                taken[words[i]] = true;
            }
        }
        return WordProbabilities.FromTags(Labels, tags, scores);
    }
}
