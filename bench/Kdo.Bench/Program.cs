using System.Diagnostics;

namespace Kdo.Bench;

/// <summary>
/// Runs one benchmark by name: <c>dotnet run -c Release --project bench/Kdo.Bench -- NAME [ARGS]</c>.
/// Every benchmark prints what it measured, and where the issue asks for a ratio, the ratio of two figures measured
/// in the same run on the same machine.
/// </summary>
internal static class Program
{
    // One line per benchmark: its name, what it measures, and the code that runs it.
    private static readonly (string Name, string Description, Action<string[]> Run)[] Benchmarks =
    [
        ("extract", "kdo extract with a model: documents/s and peak memory over 1,000 held-out documents [MODEL_DIR] [DOCS]", ExtractBenchmark.Run),
        ("generate", "synthetic corpus: documents/s and words/s over 10,000 documents [COUNT]", GenerateBenchmark.Run),
        ("metrics", "seqeval-identical entity scoring: tags per second", MetricsBenchmark.Run),
        ("tokenize", "words/s of tokenize + align + window against raw whole-text EncodeToIds", TokenizeBenchmark.Run),
        ("models", "XLM-R token classifier: tokens/s and FLOP/s over a plain matmul's, inference and training, fp32 and bf16", ModelsBenchmark.Run),
        ("training", "the demo configuration's training tokens/s and seconds per epoch [DOCS]", TrainingBenchmark.Run),
    ];

    private static int Main(string[] args)
    {
        var chosen = args.Length > 0 ? Benchmarks.FirstOrDefault(b => b.Name == args[0]) : default;
        if (chosen.Run is null)
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Kdo.Bench -- NAME [ARGS]");
            foreach (var (name, description, _) in Benchmarks)
                Console.Error.WriteLine($"  {name,-12} {description}");
            return 2;
        }
        Console.WriteLine($"# {chosen.Name}: {chosen.Description}");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        chosen.Run(args[1..]);
        return 0;
    }
}

/// <summary>Where the repository is: the first folder above the benchmark's binary that holds Kdo.slnx.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kdo.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no Kdo.slnx above {AppContext.BaseDirectory}");
    }
}

/// <summary>Wall-clock measurement with warm-up: the median of repeated runs, so that one stall does not count.</summary>
internal static class Measure
{
    /// <summary>
    /// Runs <paramref name="action"/> once to warm up, then repeatedly until <paramref name="seconds"/> have passed
    /// (at least <paramref name="minimumRuns"/> times), and returns the median seconds per run.
    /// </summary>
    public static double Seconds(Action action, double seconds = 3, int minimumRuns = 5)
    {
        action();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minimumRuns || total.Elapsed.TotalSeconds < seconds)
        {
            var one = Stopwatch.StartNew();
            action();
            times.Add(one.Elapsed.TotalSeconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
