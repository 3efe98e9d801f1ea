namespace Kdo.Extraction.Scoring;

/// <summary>
/// Register matches scored against an answer key (<see cref="Register.RegisterAnswers"/>): per document, the customer
/// it is about, or nobody. A document without a predicted record counts as no match.
/// </summary>
/// <param name="Correct">Matched the right customer.</param>
/// <param name="Wrong">Matched another customer: the costly error, a letter about the wrong person.</param>
/// <param name="Ambiguous">About a customer, answered ambiguous (a person must choose).</param>
/// <param name="Missed">About a customer, answered no match.</param>
/// <param name="CorrectNoMatch">About nobody in the register, answered no match or ambiguous.</param>
/// <param name="FalseMatch">About nobody in the register, matched someone.</param>
public sealed record RegisterScore(int Correct, int Wrong, int Ambiguous, int Missed, int CorrectNoMatch, int FalseMatch)
{
    /// <summary>The documents scored.</summary>
    public int Documents => Correct + Wrong + Ambiguous + Missed + CorrectNoMatch + FalseMatch;

    /// <summary>The share of documents answered right (the right customer, or no match for nobody).</summary>
    public double Accuracy => Documents == 0 ? 0 : (double)(Correct + CorrectNoMatch) / Documents;

    /// <summary>Of the matches made, the share that named the right customer; 0 with none made.</summary>
    public double Precision => Correct + Wrong + FalseMatch == 0 ? 0 : (double)Correct / (Correct + Wrong + FalseMatch);

    /// <summary>Of the documents about a customer, the share matched to them.</summary>
    public double Recall => Correct + Wrong + Ambiguous + Missed == 0 ? 0 : (double)Correct / (Correct + Wrong + Ambiguous + Missed);
}
