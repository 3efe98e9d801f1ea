using Kdo.Extraction.Decoding;

namespace Kdo.Extraction.Records;

/// <summary>The mentions of one normalised value of a field, each with its weight (confidence after validation).</summary>
internal sealed record ValueGroup(string Normalized, IReadOnlyList<(Entity Entity, double Weight)> Mentions, IReadOnlyList<string> Notes)
{
    /// <summary>The summed weight of the mentions, and of any other evidence (a birth number's date).</summary>
    public double Support => Mentions.Sum(m => m.Weight) + Extra.Sum();

    /// <summary>Evidence beyond the mentions, as weights (a birth number whose date agrees).</summary>
    public List<double> Extra { get; } = [];

    /// <summary>
    /// The group's confidence among <paramref name="all"/> groups of its field: the chance that at least one
    /// supporting piece is right, taken as independent (1 − Π(1 − wᵢ)), times the group's share of all support, so
    /// that agreeing mentions raise it and competing values lower it.
    /// </summary>
    public double Confidence(IReadOnlyList<ValueGroup> all)
    {
        var total = all.Sum(g => g.Support);
        if (total <= 0)
            return 0;
        var none = Mentions.Aggregate(1.0, (p, m) => p * (1 - Math.Clamp(m.Weight, 0, 1)));
        none = Extra.Aggregate(none, (p, w) => p * (1 - Math.Clamp(w, 0, 1)));
        return (1 - none) * Support / total;
    }

    /// <summary>
    /// The strongest of <paramref name="groups"/>: the most support, then the highest single mention, then the
    /// earliest mention; null when there are none.
    /// </summary>
    public static ValueGroup? Strongest(IReadOnlyList<ValueGroup> groups) => groups
        .OrderByDescending(g => g.Support)
        .ThenByDescending(g => g.Mentions.Count == 0 ? 0 : g.Mentions.Max(m => m.Weight))
        .ThenBy(g => g.Mentions.Count == 0 ? int.MaxValue : g.Mentions.Min(m => m.Entity.Start))
        .FirstOrDefault();
}
