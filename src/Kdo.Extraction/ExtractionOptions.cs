using System.ComponentModel;

namespace Kdo.Extraction;

/// <summary>
/// How extraction turns entities into a customer record and matches it against the register: thresholds and
/// validation penalties. Read from YAML (<c>found_threshold: 0.6</c>) and overridable by flags (--found-threshold);
/// the defaults are those the rules baseline was measured with on generated test documents.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>A field whose confidence reaches this is Found.</summary>
    [Description("confidence from which a field is found (default 0.5)")]
    public double FoundThreshold { get; init; } = 0.5;

    /// <summary>A field whose confidence reaches this but not <see cref="FoundThreshold"/> is NotSure; below, NotFound.</summary>
    [Description("confidence from which a field is 'not sure' rather than not found (default 0.2)")]
    public double NotSureThreshold { get; init; } = 0.2;

    /// <summary>The share of its confidence that a value failing a soft check keeps (a birth number whose check digit is wrong, as OCR makes them).</summary>
    [Description("share of confidence kept by a value that fails a soft check, e.g. a birth number's checksum (default 0.4)")]
    public double DoubtfulFactor { get; init; } = 0.4;

    /// <summary>The share of their confidence that a birth number and a birth date keep when they disagree.</summary>
    [Description("share of confidence kept by a birth number and a birth date that disagree (default 0.5)")]
    public double MismatchFactor { get; init; } = 0.5;

    /// <summary>Whether a birth date is derived from a valid birth number when the document gives none (marked derived).</summary>
    [Description("derive the birth date from a valid birth number when no date is found (default true)")]
    public bool DeriveBirthDate { get; init; } = true;

    /// <summary>The weight of a name that matches the register only without diacritics, relative to an exact match.</summary>
    [Description("weight of a register name matched only without diacritics, relative to an exact match (default 0.8)")]
    public double FoldedNameWeight { get; init; } = 0.8;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        static void Share(double value, string name)
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
                throw new ArgumentException($"{name} must be in [0, 1], not {value}", name);
        }
        Share(FoundThreshold, nameof(FoundThreshold));
        Share(NotSureThreshold, nameof(NotSureThreshold));
        Share(DoubtfulFactor, nameof(DoubtfulFactor));
        Share(MismatchFactor, nameof(MismatchFactor));
        Share(FoldedNameWeight, nameof(FoldedNameWeight));
        if (NotSureThreshold > FoundThreshold)
            throw new ArgumentException($"{nameof(NotSureThreshold)} ({NotSureThreshold}) must not exceed {nameof(FoundThreshold)} ({FoundThreshold})", nameof(NotSureThreshold));
    }
}
