namespace Kdo.Corpus.Metrics;

/// <summary>
/// An entity as seqeval's <c>get_entities</c> gives it in default mode: offsets into the flattened sequence in which
/// every sentence is followed by one extra O token (token j of sentence k is at Σ_{i&lt;k}(len_i + 1) + j), and an
/// inclusive <see cref="End"/>.
/// </summary>
/// <param name="Type">The entity type; "_" for typeless tags (B, I, E, S).</param>
/// <param name="Start">The offset of the first token.</param>
/// <param name="End">The offset of the last token (inclusive).</param>
public readonly record struct Entity(string Type, int Start, int End);

/// <summary>
/// An entity as seqeval's strict mode (<c>Entities(y, IOB2)</c>) gives it: offsets within its sentence and an
/// exclusive <see cref="End"/>.
/// </summary>
/// <param name="Sentence">The 0-based index of the sentence.</param>
/// <param name="Type">The entity type; "_" for typeless tags.</param>
/// <param name="Start">The index of the first token in the sentence.</param>
/// <param name="End">The index after the last token (exclusive).</param>
public readonly record struct StrictEntity(int Sentence, string Type, int Start, int End);
