using Kdo.Corpus;

namespace Kdo.Extraction.Tagging;

/// <summary>
/// The seam between a tagger and extraction: anything that gives each word of a document a probability for every
/// label. A TorchSharp model, the rules baseline and the LLM baseline all implement it, so that their output goes
/// through the same BIO decoding, record building, register matching and scoring.
/// </summary>
/// <remarks>
/// Contract: <see cref="Tag"/> returns one row per word of <see cref="Document.Words"/>, in order, each row over
/// <see cref="Labels"/> (row[i] is the probability of label id i), non-negative and summing to 1 (a softmax; within
/// 1e-3). Rows need not be BIO-valid: decoding enforces that. A tagger may read <see cref="Document.Text"/> and
/// <see cref="Document.WordSpans"/> when present and must not depend on <see cref="Document.Tags"/> (gold labels).
/// It never logs document text or identifiers. A tagger that holds native resources is disposed by its owner.
/// </remarks>
public interface IWordTagger
{
    /// <summary>A short name for reports and output records ("rules", "llm:MODEL", a model folder's name).</summary>
    string Name { get; }

    /// <summary>The labels the probability rows are over; must have B-/I- of the mission's types to find customers.</summary>
    LabelScheme Labels { get; }

    /// <summary>The probability of every label for every word of <paramref name="document"/>.</summary>
    WordProbabilities Tag(Document document);
}
