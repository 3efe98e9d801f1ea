using System.Diagnostics;
using Kdo.Corpus.Generation;
using Kdo.Extraction;
using Kdo.Extraction.Input;
using Kdo.Extraction.Output;
using Kdo.Training.Prediction;

namespace Kdo.Bench;

/// <summary>
/// kdo extract's speed and memory with a model: documents per second and peak memory over 1,000 held-out (test
/// split) documents, streamed from the generator into a JSONL file as <c>kdo extract</c> streams them. Memory is
/// sampled as the documents go by, to show that it stays flat in their number. The model is the main job's
/// (demo/run/best, after scripts/demo.sh) unless a folder is given: <c>extract [MODEL_DIR] [DOCS]</c>.
/// </summary>
internal static class ExtractBenchmark
{
    public static void Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine(Repository.Root, "demo", "run", "best");
        var count = args.Length > 1 ? int.Parse(args[1]) : 1000;
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{folder}: no model; run scripts/demo.sh first, or give a model folder");
        var output = Path.Combine(Directory.CreateTempSubdirectory("kdo-bench-extract").FullName, "records.jsonl");
        var loadClock = Stopwatch.StartNew();
        using var tagger = ModelWordTagger.Load(folder);
        Console.WriteLine($"model {folder}: {tagger.Model.parameters().Sum(p => p.numel()):N0} weights, loaded in {loadClock.Elapsed.TotalSeconds:F1} s; {count} test documents, {Environment.ProcessorCount} threads");
        var extractor = new Extractor(tagger, new ExtractionOptions());
        var generator = CorpusGenerator.Create(new GeneratorOptions { Seed = 11, Split = CorpusSplit.Test });
        long words = 0;
        var documents = generator.Generate(count).Select(d =>
        {
            words += d.Words.Count;
            return new SourceDocument(d, "generated");
        });
        var samples = new HashSet<int> { 1, count / 10, count / 4, count / 2, count };
        var clock = Stopwatch.StartNew();
        var memory = new Sampler(samples, clock);
        var summary = ExtractionRun.Run(documents, extractor, output, memory);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{summary.Extracted} documents, {words:N0} words in {seconds:F1} s: {summary.Extracted / seconds:F1} documents/s, {words / seconds:N0} words/s");
        Console.WriteLine($"peak resident memory {PeakResidentMegabytes():F0} MB");
        File.Delete(output);
        Directory.Delete(Path.GetDirectoryName(output)!);
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>Prints resident and managed memory after the chosen numbers of documents (synchronously, unlike Progress).</summary>
    private sealed class Sampler(HashSet<int> at, Stopwatch clock) : IProgress<ExtractionSummary>
    {
        public void Report(ExtractionSummary value)
        {
            if (!at.Contains(value.Extracted))
                return;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"  after {value.Extracted,5} documents ({clock.Elapsed.TotalSeconds,6:F1} s): resident {process.WorkingSet64 / 1048576.0,6:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0,5:F0} MB");
        }
    }
}
