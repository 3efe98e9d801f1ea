namespace Kdo.Corpus.Metrics;

/// <summary>One row of seqeval's classification report: an entity type, or one of the averages over the types.</summary>
/// <param name="Name">The entity type, or "micro avg", "macro avg", "weighted avg".</param>
/// <param name="Precision">Correct / predicted entities (0 when nothing was predicted); for averages, the average.</param>
/// <param name="Recall">Correct / gold entities (0 when there is no gold entity); for averages, the average.</param>
/// <param name="F1">2PR / (P + R) (0 when P + R = 0); for macro and weighted, the average of the types' F1.</param>
/// <param name="Support">The number of gold entities (of all types, in an average row).</param>
/// <param name="Predicted">The number of predicted entities (of all types, in an average row).</param>
/// <param name="Correct">The number of predicted entities that match a gold one in type and span.</param>
public sealed record ScoreRow(string Name, double Precision, double Recall, double F1, int Support, int Predicted, int Correct);
