using Kdo.Corpus;
using Kdo.Extraction.Register;

namespace Kdo.Extraction.Records;

/// <summary>The customer one document is about, as extraction found it: the five fields and the register match.</summary>
public sealed record CustomerRecord
{
    /// <summary>The document's identifier.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The file the document came from, as given to extraction.</summary>
    public required string Source { get; init; }

    /// <summary>The tagger that found the entities (<see cref="Tagging.IWordTagger.Name"/>).</summary>
    public required string Tagger { get; init; }

    /// <summary>Every field of <see cref="CustomerFields.All"/>, NotFound included.</summary>
    public required IReadOnlyDictionary<CustomerField, ExtractedField> Fields { get; init; }

    /// <summary>The match against the customer register; null when no register was given.</summary>
    public RegisterMatch? Match { get; init; }

    /// <summary>The field, NotFound when absent.</summary>
    public ExtractedField this[CustomerField field] => Fields.GetValueOrDefault(field) ?? ExtractedField.NotFound;
}
