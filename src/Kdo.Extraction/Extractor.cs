using Kdo.Corpus;
using Kdo.Extraction.Decoding;
using Kdo.Extraction.Records;
using Kdo.Extraction.Register;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction;

/// <summary>
/// From a document to its customer record: the tagger's probabilities, BIO-valid decoding into entities, the record
/// with validation and evidence, and, when a register is given, the match against it. One instance serves any number
/// of documents; it keeps no state between them.
/// </summary>
public sealed class Extractor
{
    private readonly RegisterMatcher? _matcher;

    /// <summary>Creates an extractor over <paramref name="tagger"/>; <paramref name="register"/> is optional.</summary>
    /// <exception cref="ArgumentException">The options are out of range, or the tagger's labels lack the mission's types.</exception>
    public Extractor(IWordTagger tagger, ExtractionOptions options, CustomerRegister? register = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var missing = LabelScheme.MissionTypes.Where(t => !tagger.Labels.Types.Contains(t)).ToArray();
        if (missing.Length > 0)
            throw new ArgumentException($"tagger '{tagger.Name}' has no B- labels for {string.Join(", ", missing)} in [{tagger.Labels}]", nameof(tagger));
        Tagger = tagger;
        Options = options;
        _matcher = register is null ? null : new RegisterMatcher(register, options);
    }

    /// <summary>The tagger.</summary>
    public IWordTagger Tagger { get; }

    /// <summary>The options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>The entities the tagger finds in <paramref name="document"/>.</summary>
    public IReadOnlyList<Entity> Entities(Document document)
    {
        var probabilities = Tagger.Tag(document);
        if (probabilities.Labels != Tagger.Labels && !probabilities.Labels.Labels.SequenceEqual(Tagger.Labels.Labels))
            throw new InvalidOperationException($"tagger '{Tagger.Name}' returned rows over other labels than its own");
        return EntityDecoder.Decode(document, probabilities);
    }

    /// <summary>The customer record of <paramref name="document"/>, read from <paramref name="source"/>.</summary>
    public CustomerRecord Extract(Document document, string source)
    {
        var record = CustomerRecordBuilder.Build(document, Entities(document), source, Tagger.Name, Options);
        return _matcher is null ? record : record with { Match = _matcher.Match(record) };
    }
}
