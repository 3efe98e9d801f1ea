using System.Diagnostics;
using Kdo.Corpus.Generation;

namespace Kdo.Bench;

/// <summary>
/// How fast the synthetic corpus is generated: documents/s and words/s over 10,000 training documents (or the count
/// given), clean and with OCR noise. The goal: 10,000 documents in under a minute.
/// </summary>
internal static class GenerateBenchmark
{
    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        foreach (var noise in new[] { 0.0, 0.05 })
        {
            var generator = CorpusGenerator.Create(new GeneratorOptions { Seed = 1, NoiseRate = noise });
            _ = generator.Generate(50).Sum(d => d.Words.Count); // warm-up: JIT and the Bogus locale
            var watch = Stopwatch.StartNew();
            long words = 0;
            foreach (var document in generator.Generate(count))
                words += document.Words.Count;
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"noise {noise:F2}: {count} documents, {words} words in {seconds:F1} s: {count / seconds:F0} documents/s, {words / seconds:F0} words/s, {words / (double)count:F0} words/document");
        }
    }
}
