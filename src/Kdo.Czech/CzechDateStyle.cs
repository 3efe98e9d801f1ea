namespace Kdo.Czech;

/// <summary>The ways Czech documents write a date, for <see cref="CzechDate.Format"/>.</summary>
public enum CzechDateStyle
{
    /// <summary>"15. 3. 1985": day and month without leading zeros, a space after each dot.</summary>
    Spaced,

    /// <summary>"15.3.1985": day and month without leading zeros, no spaces.</summary>
    Compact,

    /// <summary>"15.03.1985": two-digit day and month, no spaces.</summary>
    Padded,

    /// <summary>"15. března 1985": the month's name in the genitive.</summary>
    MonthName,

    /// <summary>"1985-03-15": ISO 8601.</summary>
    Iso,
}
