using Kdo.Corpus;

namespace Kdo.Extraction.Scoring;

/// <summary>
/// The counts of one field over a corpus. A field counts as predicted when it is Found and written (not derived);
/// a true positive is a predicted value equal to the gold normalised value; a predicted value that differs is both a
/// false positive and a false negative.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="TruePositives">Predicted and equal to gold.</param>
/// <param name="FalsePositives">Predicted, and gold lacks the field or differs.</param>
/// <param name="FalseNegatives">In gold, and not predicted or predicted differently.</param>
/// <param name="NotSure">Answered NotSure (not predicted), whatever gold says.</param>
/// <param name="NotSureCorrect">Answered NotSure with the gold value.</param>
/// <param name="Derived">Found only as derived (a birth date from the birth number), not counted as predicted.</param>
public sealed record FieldScore(CustomerField Field, int TruePositives, int FalsePositives, int FalseNegatives, int NotSure, int NotSureCorrect, int Derived)
{
    /// <summary>TP / (TP + FP); 0 with nothing predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 with nothing in gold.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>How many documents have the field in gold.</summary>
    public int Support => TruePositives + FalseNegatives;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
