using System.Collections.ObjectModel;

namespace Kdo.Corpus;

/// <summary>One field of a gold customer record: as the document wrote it, and in its normalised form.</summary>
/// <param name="Written">The text as it stands in the document at its first mention ("Nováka", "15. 3. 1975").</param>
/// <param name="Normalized">
/// The canonical value: a name in the nominative ("Novák"), a date as yyyy-MM-dd, a birth number as "YYMMDD/XXXX",
/// a variable symbol as its digits.
/// </param>
public sealed record GoldValue(string Written, string Normalized);

/// <summary>
/// The customer a labelled document is about, as its annotator (or the generator) knows it: the five fields of
/// <see cref="CustomerField"/>, each absent when the document does not give it. Extraction is scored against this.
/// </summary>
public sealed record GoldCustomer
{
    /// <summary>A record of the given fields; fields not in <paramref name="fields"/> are absent.</summary>
    public GoldCustomer(IReadOnlyDictionary<CustomerField, GoldValue> fields) =>
        Fields = new ReadOnlyDictionary<CustomerField, GoldValue>(new Dictionary<CustomerField, GoldValue>(fields));

    /// <summary>The fields the document gives.</summary>
    public IReadOnlyDictionary<CustomerField, GoldValue> Fields { get; }

    /// <summary>The field's value, or null when the document does not give it.</summary>
    public GoldValue? this[CustomerField field] => Fields.GetValueOrDefault(field);

    /// <summary>A record with no field: the document names no customer.</summary>
    public static GoldCustomer None { get; } = new(new Dictionary<CustomerField, GoldValue>());

    /// <inheritdoc/>
    public bool Equals(GoldCustomer? other) =>
        other is not null && Fields.Count == other.Fields.Count &&
        Fields.All(pair => other.Fields.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        Fields.OrderBy(p => p.Key).Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));
}
