using System.ComponentModel;

namespace Kdo.Corpus.Generation;

/// <summary>
/// What <see cref="CorpusGenerator"/> generates. The same options give the same documents, byte for byte; each
/// document depends only on (<see cref="Seed"/>, <see cref="Split"/>, its index).
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>The seed of every random choice.</summary>
    [Description("seed of every random choice")]
    public int Seed { get; init; } = 1;

    /// <summary>The split whose phrasings the documents use.</summary>
    [Description("split whose phrasings the documents use")]
    public CorpusSplit Split { get; init; } = CorpusSplit.Train;

    /// <summary>The probability that a word gets an OCR error (0/O, 1/l, lost diacritics, a hyphenated line break).</summary>
    [Description("probability per word of an OCR error (0 = clean text)")]
    public double NoiseRate { get; init; }

    /// <summary>The probability that a document is laid out in pages, with a repeated header and page numbers.</summary>
    [Description("probability that a document has page headers and page numbers")]
    public double PageLayoutRate { get; init; } = 0.6;

    /// <summary>The fewest words of a document (as <see cref="Text.WordSegmenter"/> counts them).</summary>
    [Description("fewest words of a document")]
    public int MinWords { get; init; } = 150;

    /// <summary>The most words of a document; at least 1,200, as the longest phrasings run to about 900 words before fillers.</summary>
    [Description("most words of a document")]
    public int MaxWords { get; init; } = 4000;

    /// <summary>The probability that the debtor is a company: the document then names no customer (an empty gold record).</summary>
    [Description("probability that the debtor is a company, so that no customer is named")]
    public double CompanyDebtorRate { get; init; } = 0.05;

    /// <summary>The probability that the document names the customer by surname only.</summary>
    [Description("probability that the customer's given name is absent")]
    public double AbsentGivenNameRate { get; init; } = 0.06;

    /// <summary>The probability that the birth date is not written (it may still be given by the birth number).</summary>
    [Description("probability that the birth date is absent")]
    public double AbsentBirthDateRate { get; init; } = 0.3;

    /// <summary>The probability that the birth number is not written.</summary>
    [Description("probability that the birth number is absent")]
    public double AbsentBirthNumberRate { get; init; } = 0.35;

    /// <summary>The probability that a document a creditor writes does not cite its variable symbol for the customer.</summary>
    [Description("probability that the creditor's variable symbol is absent")]
    public double AbsentVariableSymbolRate { get; init; } = 0.25;

    /// <summary>The probability that the birth data and the symbol appear only at the end, after the long parts.</summary>
    [Description("probability that identifying data appear only in an annex at the end")]
    public double LateIdentificationRate { get; init; } = 0.25;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        static void Probability(double value, string name)
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
                throw new ArgumentException($"{name} must be a probability in [0, 1], not {value}", name);
        }
        Probability(NoiseRate, nameof(NoiseRate));
        Probability(PageLayoutRate, nameof(PageLayoutRate));
        Probability(CompanyDebtorRate, nameof(CompanyDebtorRate));
        Probability(AbsentGivenNameRate, nameof(AbsentGivenNameRate));
        Probability(AbsentBirthDateRate, nameof(AbsentBirthDateRate));
        Probability(AbsentBirthNumberRate, nameof(AbsentBirthNumberRate));
        Probability(AbsentVariableSymbolRate, nameof(AbsentVariableSymbolRate));
        Probability(LateIdentificationRate, nameof(LateIdentificationRate));
        if (MinWords < 50)
            throw new ArgumentException($"{nameof(MinWords)} must be at least 50, not {MinWords}", nameof(MinWords));
        if (MaxWords < Math.Max(1200, MinWords * 2))
            throw new ArgumentException($"{nameof(MaxWords)} must be at least 1200 and twice {nameof(MinWords)}, not {MaxWords}", nameof(MaxWords));
    }
}
