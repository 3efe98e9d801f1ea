namespace Kdo.Czech;

/// <summary>The sex a birth number encodes (women have 50 added to the month).</summary>
public enum Sex
{
    /// <summary>A man: month 1..12, or 21..32 with the extra months.</summary>
    Male,

    /// <summary>A woman: month 51..62, or 71..82 with the extra months.</summary>
    Female,
}
