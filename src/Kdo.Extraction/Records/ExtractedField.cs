namespace Kdo.Extraction.Records;

/// <summary>A mention that supports a field's value: where it stands in the document's text and what it says there.</summary>
/// <param name="Start">The first character, in code points of the document's text (as corpus files and Python count).</param>
/// <param name="End">Just after the last character, in code points.</param>
/// <param name="Text">The mention as written.</param>
public sealed record EvidenceSpan(int Start, int End, string Text);

/// <summary>One field of an extracted customer record.</summary>
public sealed record ExtractedField
{
    /// <summary>Found, NotSure or NotFound.</summary>
    public required FieldStatus Status { get; init; }

    /// <summary>The value as the document wrote it at its first supporting mention; null when not found.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// The canonical value, as gold records hold it: a name in the nominative, a date as yyyy-MM-dd, a birth number
    /// as "YYMMDD/XXXX", a symbol as its digits; null when not found.
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>The confidence in [0, 1] the status was decided on (also for NotFound: the best rejected candidate's).</summary>
    public double Confidence { get; init; }

    /// <summary>Whether the value was not written but derived (a birth date from the birth number).</summary>
    public bool Derived { get; init; }

    /// <summary>Every mention that supports the value, in text order.</summary>
    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];

    /// <summary>Why the confidence was lowered or a candidate set aside, in words that never hold a value.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A field with no candidate.</summary>
    public static ExtractedField NotFound { get; } = new() { Status = FieldStatus.NotFound };

    /// <summary>Whether the field counts as predicted: found and written in the document (not derived).</summary>
    public bool IsPredicted => Status == FieldStatus.Found && !Derived;
}
