namespace Kdo.Corpus;

/// <summary>
/// Bad input: a file, line or field that cannot be read as what it should be.
/// The message always names where the problem is, so a user can fix it; the CLI maps it to exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the error for <paramref name="source"/> (a file path or another name of the input).</summary>
    /// <param name="source">The file or input name.</param>
    /// <param name="line">The 1-based line, when the input has lines.</param>
    /// <param name="message">What is wrong, naming the field where there is one.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InputException(string source, int? line, string message, Exception? inner = null)
        : base(Describe(source, line, message), inner)
    {
        InputName = source;
        Line = line;
        Reason = message;
    }

    /// <summary>The file or input name.</summary>
    public string InputName { get; }

    /// <summary>The 1-based line number, or null when the input has no lines.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string source, int? line, string message) =>
        line is int n ? $"{source}:{n}: {message}" : $"{source}: {message}";
}
