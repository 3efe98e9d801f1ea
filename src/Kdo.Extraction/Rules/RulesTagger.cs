using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Rules;

/// <summary>
/// The rules baseline as a tagger: recognizers in the manner of Microsoft Presidio (patterns, context words,
/// validation, a score per outcome: <see cref="IdentifierRecognizers"/>, <see cref="NameRecognizer"/>) find spans
/// in the document's text, and each word a span covers gets its label with the span's score as probability
/// (<see cref="SpanTags"/>). So the rules' output goes through the same decoding, records and scoring as a model's.
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
            .Concat(NameRecognizer.Names(text));
        return SpanTags.ToProbabilities(Labels, spans, recognitions);
    }
}
