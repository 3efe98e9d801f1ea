namespace Kdo.Extraction.Records;

/// <summary>What validation says of one candidate value.</summary>
internal enum Validity
{
    /// <summary>Passes every check.</summary>
    Valid,

    /// <summary>Fails a soft check (a birth number's check digit): kept with <see cref="ExtractionOptions.DoubtfulFactor"/>.</summary>
    Doubtful,
}

/// <summary>A candidate's text read as a field: its normalised value, validity and, when doubtful, why.</summary>
internal sealed record Reading(string Normalized, Validity Validity, string? Note = null);
