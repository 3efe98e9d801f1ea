namespace Kdo.Corpus.Metrics;

/// <summary>
/// seqeval's entity-level scores of predicted tags against gold tags: per type and micro, macro and weighted
/// averages, token accuracy, and seqeval's classification report as text, dictionary and JSON. Immutable; made by
/// <see cref="EntityScorer"/>.
/// </summary>
public sealed class EntityScores
{
    private EntityScores(SeqevalMode mode, IReadOnlyList<ScoreRow> types, int sentences, long tokens, long correctTokens)
    {
        Mode = mode;
        Types = types;
        (Micro, Macro, Weighted) = ScoreMath.Averages(types);
        Sentences = sentences;
        Tokens = tokens;
        CorrectTokens = correctTokens;
    }

    /// <summary>The mode the entities were read in.</summary>
    public SeqevalMode Mode { get; }

    /// <summary>
    /// One row per entity type found in the gold or the predicted tags, sorted by code point as Python sorts
    /// strings ("_", the typeless type, before lowercase letters).
    /// </summary>
    public IReadOnlyList<ScoreRow> Types { get; }

    /// <summary>Micro average: precision and recall of all entities pooled, F1 of those two.</summary>
    public ScoreRow Micro { get; }

    /// <summary>Macro average: the mean of the types' precision, recall and F1; NaN when there is no type at all.</summary>
    public ScoreRow Macro { get; }

    /// <summary>The types' precision, recall and F1 weighted by support; 0 when there is no gold entity.</summary>
    public ScoreRow Weighted { get; }

    /// <summary>The number of sentences (sequences) scored.</summary>
    public int Sentences { get; }

    /// <summary>The number of tokens scored (sentence separators not counted).</summary>
    public long Tokens { get; }

    /// <summary>The number of tokens whose predicted tag equals the gold tag.</summary>
    public long CorrectTokens { get; }

    /// <summary>seqeval's accuracy_score: <see cref="CorrectTokens"/> / <see cref="Tokens"/>; NaN when there are no tokens.</summary>
    public double Accuracy => (double)CorrectTokens / Tokens;

    /// <summary>The number of gold entities.</summary>
    public int GoldEntities => Micro.Support;

    /// <summary>The number of predicted entities.</summary>
    public int PredictedEntities => Micro.Predicted;

    /// <summary>The number of predicted entities that match a gold entity in type and span.</summary>
    public int CorrectEntities => Micro.Correct;

    /// <summary>
    /// Whether the gold or the predicted tags hold any entity. When neither does, seqeval's text report raises
    /// (max() arg is an empty sequence) and <see cref="FormatReport"/> throws; the numbers and
    /// <see cref="ToDictionary"/> are still defined.
    /// </summary>
    public bool HasEntities => Types.Count > 0;

    /// <summary>
    /// seqeval's <c>classification_report(y_true, y_pred, digits=digits)</c> text, character for character: a
    /// header, one row per type, an empty line, the micro, macro and weighted rows, ending with one newline.
    /// Numbers are rounded as Python's '.Nf' does (exactly, ties to even).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">There is no entity at all (<see cref="HasEntities"/> is false).</exception>
    public string FormatReport(int digits = 2) => ReportFormatter.Text(this, digits);

    /// <summary>
    /// seqeval's <c>classification_report(..., output_dict=True)</c>: one row per type in <see cref="Types"/> order,
    /// then "micro avg", "macro avg" and "weighted avg", enumerated in that order.
    /// </summary>
    public IReadOnlyDictionary<string, ScoreRow> ToDictionary() => ReportFormatter.Dictionary(this);

    /// <summary>
    /// Every number as JSON: mode, sentences, tokens, accuracy, entity counts (in total and per type), and "report":
    /// seqeval's dictionary report with its keys (precision, recall, f1-score, support). NaN is written as the string
    /// "NaN" (System.Text.Json reads it with JsonNumberHandling.AllowNamedFloatingPointLiterals).
    /// </summary>
    public string ToJson(bool indented = true) => ReportFormatter.Json(this, indented);

    /// <summary>The scores from per-type counts (types in any order; rows with no entity at all are dropped).</summary>
    internal static EntityScores Create(SeqevalMode mode, IEnumerable<ScoreRow> types, int sentences, long tokens,
        long correctTokens) =>
        new(mode, types.Where(t => t.Support + t.Predicted > 0).OrderBy(t => t.Name, CodePoints.Comparer).ToArray().AsReadOnly(),
            sentences, tokens, correctTokens);
}
