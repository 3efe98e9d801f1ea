namespace Kdo.Training.Evaluation;

/// <summary>What an evaluation lists besides its scores.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The most errors listed (the confusion table and <see cref="EvaluationResult.ErrorCount"/> count all).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Shows the words of the listed errors; otherwise each is its shape ("Xxxxx", "dddddd/dddd"). A birth number is
    /// masked either way (BirthNumber.Mask). Off by default: documents hold personal data.
    /// </summary>
    public bool ShowIdentifiers { get; init; }

    /// <summary>The documents' name (their file) in error messages.</summary>
    public string Source { get; init; } = "documents";
}
