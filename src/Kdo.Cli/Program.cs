using System.CommandLine;
using Kdo.Cli.Commands;
using Kdo.Corpus;

namespace Kdo.Cli;

/// <summary>The kdo command line. Exit codes: 0 success, 2 bad input or usage, 1 any other failure.</summary>
public static class Program
{
    /// <summary>Exit code of a successful command.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a failure that is not the input's fault.</summary>
    public const int Failure = 1;

    /// <summary>Exit code of bad input or bad usage.</summary>
    public const int BadInput = 2;

    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs kdo with <paramref name="args"/>, writing to the given streams (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Kdo finds who a Czech insolvency document is about: train, evaluate and run NER models.");
        foreach (var command in Commands())
            root.Subcommands.Add(command);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"kdo: {problem.Message}");
            error.WriteLine($"Run 'kdo {parsed.CommandResult.Command.Name} --help' for usage.".Replace("kdo kdo", "kdo", StringComparison.Ordinal));
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsBadInput(e))
        {
            error.WriteLine($"kdo: {e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"kdo: failed: {e.Message}");
            if (Environment.GetEnvironmentVariable("KDO_DEBUG") == "1")
                error.WriteLine(e);
            return Failure;
        }
    }

    private static IEnumerable<Command> Commands() =>
    [
        ConvertCommand.Create(),
        EvaluateCommand.Create(),
        ExtractCommand.Create(),
        GenerateCommand.Create(),
        LogitsCommand.Create(),
        RegisterCommand.Create(),
        ReportCommand.Create(),
        SamplesCommand.Create(),
        ScoreCommand.Create(),
        StatsCommand.Create(),
        TokenizeCommand.Create(),
        TrainCommand.Create(),
    ];

    private static bool IsBadInput(Exception e) =>
        e is InputException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;
}
