using Kdo.Corpus.Metrics;

namespace Kdo.Training.Evaluation;

/// <summary>
/// What <see cref="Evaluator"/> finds over labelled documents: the loss, seqeval's scores on words in default and
/// strict (IOB2) mode, a per-type confusion table and the errors by document. Immutable. It holds no document text:
/// an error's words are masked unless the evaluation was asked to show them (<see cref="EvaluationOptions.ShowIdentifiers"/>).
/// </summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(int documents, long words, double? loss, EntityScores scores, EntityScores strictScores,
        IReadOnlyList<TypeConfusion> confusion, IReadOnlyList<DocumentErrors> errors, int errorCount, bool showsIdentifiers)
    {
        Documents = documents;
        Words = words;
        Loss = loss;
        Scores = scores;
        StrictScores = strictScores;
        Confusion = confusion;
        Errors = errors;
        ErrorCount = errorCount;
        ShowsIdentifiers = showsIdentifiers;
    }

    /// <summary>The number of documents evaluated.</summary>
    public int Documents { get; }

    /// <summary>The number of words scored (every word of every document).</summary>
    public long Words { get; }

    /// <summary>
    /// The weighted cross-entropy over the labelled subtokens, sum(w_y · nll) / sum(w_y) over all documents; null when
    /// evaluated without a loss, NaN when no token carried a label.
    /// </summary>
    public double? Loss { get; }

    /// <summary>seqeval's scores on words in its default (conlleval-compatible) mode.</summary>
    public EntityScores Scores { get; }

    /// <summary>seqeval's scores on words in strict mode with the IOB2 scheme.</summary>
    public EntityScores StrictScores { get; }

    /// <summary>The default mode's micro-averaged entity F1: what the best checkpoint and early stopping follow.</summary>
    public double MicroF1 => Scores.Micro.F1;

    /// <summary>One row per entity type found in the gold or the predicted tags, sorted by name (default-mode entities).</summary>
    public IReadOnlyList<TypeConfusion> Confusion { get; }

    /// <summary>
    /// The documents with errors, in input order, each with its errors in word order; at most
    /// <see cref="EvaluationOptions.MaxErrors"/> errors in all (<see cref="ErrorCount"/> counts every one).
    /// </summary>
    public IReadOnlyList<DocumentErrors> Errors { get; }

    /// <summary>Every error, listed or not: the gold entities not predicted exactly plus the spurious predictions.</summary>
    public int ErrorCount { get; }

    /// <summary>Whether the errors' words are shown (birth numbers still masked) rather than masked.</summary>
    public bool ShowsIdentifiers { get; }

    /// <summary>
    /// The per-epoch summary: a line that says the scores are on words (with the loss when there is one), then
    /// seqeval's classification report in default and in strict mode.
    /// </summary>
    public string FormatScores(int digits = 4) => EvaluationReport.Scores(this, digits);

    /// <summary><see cref="FormatScores"/>, then the confusion table and the errors by document.</summary>
    public string FormatReport(int digits = 4) => EvaluationReport.Full(this, digits);

    /// <summary>
    /// Every number as JSON. Layout: {"scored_on": "words", "documents", "words", "loss" (null without one),
    /// "default" and "strict": <see cref="EntityScores.ToJson"/>, "confusion": [{"type", "gold", "exact",
    /// "wrong_type", "wrong_boundary", "missed", "spurious"}], "error_count", "errors": [{"document", "errors":
    /// [{"kind", "gold", "predicted" ({"type", "start", "end"}: word indexes, end exclusive; null when absent),
    /// "words"}]}]}.
    /// </summary>
    public string ToJson(bool indented = true) => EvaluationReport.Json(this, indented);
}

/// <summary>
/// How the gold entities of one type fared, and how many predictions of that type were spurious. Each gold entity
/// is counted once, in the first of these that holds: <see cref="Exact"/> (a predicted entity with its span and
/// type), <see cref="WrongType"/> (a predicted entity with its span but another type), <see cref="WrongBoundary"/>
/// (a predicted entity of its type that overlaps it with another span), else <see cref="Missed"/> (including one
/// that only an entity of another type and span overlaps). <see cref="Spurious"/> counts the predicted entities of
/// the type that overlap no gold entity at all.
/// </summary>
/// <param name="Type">The entity type.</param>
/// <param name="Gold">The gold entities of the type: Exact + WrongType + WrongBoundary + Missed.</param>
/// <param name="Exact">Predicted with the same span and type (seqeval's correct).</param>
/// <param name="WrongType">A predicted entity has the span but another type.</param>
/// <param name="WrongBoundary">A predicted entity of the type overlaps it with another span.</param>
/// <param name="Missed">Nothing of the above.</param>
/// <param name="Spurious">Predicted entities of the type that overlap no gold entity.</param>
public sealed record TypeConfusion(string Type, int Gold, int Exact, int WrongType, int WrongBoundary, int Missed, int Spurious);

/// <summary>What went wrong with one entity.</summary>
public enum EntityErrorKind
{
    /// <summary>A predicted entity has the gold span but another type.</summary>
    WrongType,

    /// <summary>A predicted entity of the gold type overlaps the gold one with another span.</summary>
    WrongBoundary,

    /// <summary>No prediction of the gold entity's type or span.</summary>
    Missed,

    /// <summary>A predicted entity that overlaps no gold entity.</summary>
    Spurious,
}

/// <summary>An entity as word indexes of its document: words [Start, End).</summary>
/// <param name="Type">The entity type.</param>
/// <param name="Start">The first word's index.</param>
/// <param name="End">The index after the last word.</param>
public readonly record struct EntitySpan(string Type, int Start, int End)
{
    /// <summary>Whether the two spans share a word.</summary>
    public bool Overlaps(EntitySpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether the two cover the same words.</summary>
    public bool SameWords(EntitySpan other) => Start == other.Start && End == other.End;
}

/// <summary>One error: the gold entity and the prediction it concerns (either may be absent) and their words.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Gold">The gold entity; null for a spurious prediction.</param>
/// <param name="Predicted">The predicted entity concerned; null when nothing overlaps a missed entity.</param>
/// <param name="Words">The words both cover, masked unless the evaluation showed identifiers.</param>
public sealed record EntityError(EntityErrorKind Kind, EntitySpan? Gold, EntitySpan? Predicted, string Words);

/// <summary>The listed errors of one document.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Errors">Its errors in word order.</param>
public sealed record DocumentErrors(string DocumentId, IReadOnlyList<EntityError> Errors);
