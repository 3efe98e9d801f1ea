namespace Kdo.Corpus.Generation;

/// <summary>
/// The part of a generated corpus a document belongs to. Each phrasing of a document family belongs to exactly one
/// split, so that dev and test documents are written in phrasings that training never saw.
/// </summary>
public enum CorpusSplit
{
    /// <summary>Training data.</summary>
    Train,

    /// <summary>Development (validation) data: model selection and early stopping.</summary>
    Dev,

    /// <summary>Held-out test data.</summary>
    Test,
}
