namespace Kdo.Czech;

/// <summary>Why a text is not a valid birth number; <see cref="BirthNumberErrors.Describe"/> gives the phrase.</summary>
public enum BirthNumberError
{
    /// <summary>The text is a valid birth number.</summary>
    None,

    /// <summary>The text is empty or white space ("empty").</summary>
    Empty,

    /// <summary>The text holds a character that is neither a digit, white space nor a slash ("not digits").</summary>
    NotDigits,

    /// <summary>A slash or space that is not right after the six date digits ("separator not after the date").</summary>
    BadSeparator,

    /// <summary>Neither 9 nor 10 digits ("bad length").</summary>
    BadLength,

    /// <summary>9 digits for a year that had 10-digit numbers, 1954 to 1979 ("bad length for its year").</summary>
    BadLengthForYear,

    /// <summary>The first six digits are no calendar date, after removing the month offsets ("bad date").</summary>
    BadDate,

    /// <summary>A 10-digit number whose last digit is not its check digit ("bad checksum").</summary>
    BadChecksum,
}

/// <summary>Short English phrases for <see cref="BirthNumberError"/>, fit for logs: they never hold the number.</summary>
public static class BirthNumberErrors
{
    /// <summary>The phrase for <paramref name="error"/>, such as "bad checksum".</summary>
    public static string Describe(this BirthNumberError error) => error switch
    {
        BirthNumberError.None => "valid",
        BirthNumberError.Empty => "empty",
        BirthNumberError.NotDigits => "not digits",
        BirthNumberError.BadSeparator => "separator not after the date",
        BirthNumberError.BadLength => "bad length",
        BirthNumberError.BadLengthForYear => "bad length for its year",
        BirthNumberError.BadDate => "bad date",
        BirthNumberError.BadChecksum => "bad checksum",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "unknown birth number error"),
    };
}
