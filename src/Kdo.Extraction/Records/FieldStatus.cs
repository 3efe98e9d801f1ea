namespace Kdo.Extraction.Records;

/// <summary>What extraction says of a customer field, as the Python practice's LLM prompt let it answer.</summary>
public enum FieldStatus
{
    /// <summary>No candidate, or none confident enough: the document does not give the field.</summary>
    NotFound,

    /// <summary>A candidate whose confidence lies between the not-sure and the found thresholds: a person should look.</summary>
    NotSure,

    /// <summary>A candidate confident enough to act on.</summary>
    Found,
}
