using Kdo.Corpus;

namespace Kdo.Extraction.Register;

/// <summary>How a record relates to the register.</summary>
public enum MatchStatus
{
    /// <summary>No customer matches.</summary>
    NoMatch,

    /// <summary>One customer matches best.</summary>
    Matched,

    /// <summary>Two or more customers match equally well: a person must choose (their ids are the candidates).</summary>
    Ambiguous,
}

/// <summary>How one field of a record agrees with a register customer.</summary>
public enum Agreement
{
    /// <summary>The same normalised value.</summary>
    Exact,

    /// <summary>A name that agrees through another nominative of a written mention (Nováka read as Nováka, matching Novák).</summary>
    Inflected,

    /// <summary>A name that agrees only without diacritics (Novak, Novák): a weaker match.</summary>
    Diacritics,

    /// <summary>Both have the field and the values differ.</summary>
    Conflict,
}

/// <summary>One field's part in a match.</summary>
/// <param name="Field">The field.</param>
/// <param name="Agreement">How it agrees.</param>
public sealed record FieldAgreement(CustomerField Field, Agreement Agreement);

/// <summary>
/// The result of matching a record against the register: the customer, the fields that agree (and conflict), and a
/// score in [0, 1], the weighted share of the five fields that agree (<see cref="RegisterMatcher"/>).
/// </summary>
public sealed record RegisterMatch
{
    /// <summary>Matched, ambiguous or no match.</summary>
    public required MatchStatus Status { get; init; }

    /// <summary>The matched customer's id; null unless <see cref="MatchStatus.Matched"/>.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The best candidate's score; 0 when nothing matched.</summary>
    public double Score { get; init; }

    /// <summary>The fields of the best candidate that agree or conflict.</summary>
    public IReadOnlyList<FieldAgreement> Evidence { get; init; } = [];

    /// <summary>The ids of the customers that tie for the best score, when ambiguous.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>No customer matches.</summary>
    public static RegisterMatch None { get; } = new() { Status = MatchStatus.NoMatch };
}
