using Kdo.Corpus;
using Kdo.Corpus.Metrics;

namespace Kdo.Bench;

/// <summary>
/// Scores about a million tags of mission-style evaluation windows (512 words, mostly O, names, birth numbers,
/// variable symbols and dates, predictions with realistic errors) with <see cref="EntityScorer"/>, one window at a
/// time as the training loop adds them. Reports tags per second with the label list's own strings (the training
/// loop) and with a new string per tag (a file reader's worst case).
/// </summary>
internal static class MetricsBenchmark
{
    private const int WindowLength = 512;
    private const int Windows = 1954; // 1954 * 512 ≈ 1.0 million tags

    public static void Run(string[] args)
    {
        var random = new Random(42);
        var gold = new string[Windows][];
        var predicted = new string[Windows][];
        for (var w = 0; w < Windows; w++)
            (gold[w], predicted[w]) = Window(random);
        var tags = (long)Windows * WindowLength;
        Console.WriteLine($"{tags:N0} tags in {Windows} windows of {WindowLength}; " +
                          $"{EntityScorer.Score(gold, gold).GoldEntities:N0} gold entities");

        Report("default mode, label strings", tags, () => Score(gold, predicted, SeqevalMode.Default));
        Report("strict IOB2, label strings", tags, () => Score(gold, predicted, SeqevalMode.StrictIob2));
        var goldCopies = gold.Select(w => w.Select(t => new string(t.AsSpan())).ToArray()).ToArray();
        var predictedCopies = predicted.Select(w => w.Select(t => new string(t.AsSpan())).ToArray()).ToArray();
        Report("default mode, a string per tag", tags, () => Score(goldCopies, predictedCopies, SeqevalMode.Default));
        Console.WriteLine($"micro F1 of the predictions: {EntityScorer.Score(gold, predicted).Micro.F1:F4}");
    }

    private static void Score(string[][] gold, string[][] predicted, SeqevalMode mode)
    {
        var scorer = new EntityScorer(mode);
        for (var w = 0; w < gold.Length; w++)
            scorer.Add(gold[w], predicted[w]);
        _ = scorer.Result();
    }

    private static void Report(string what, long tags, Action score)
    {
        var seconds = Measure.Seconds(score);
        Console.WriteLine($"{what,-32} {tags / seconds / 1e6,7:F1} M tags/s   {seconds * 1e3 * 1e6 / tags,7:F1} ms per million tags");
    }

    // One window: an entity every ~40 words on average (a date of 1-3 words, the others of 1-2), and predictions
    // that miss, retype, cut short or invent entities now and then.
    private static (string[] Gold, string[] Predicted) Window(Random random)
    {
        var labels = LabelScheme.Default;
        var gold = Enumerable.Repeat(LabelScheme.Outside, WindowLength).ToArray();
        var predicted = (string[])gold.Clone();
        for (var i = random.Next(40); i < WindowLength - 3; i += 5 + random.Next(70))
        {
            var type = LabelScheme.MissionTypes[random.Next(LabelScheme.MissionTypes.Count)];
            var length = type == "datum" ? 1 + random.Next(3) : 1 + random.Next(2);
            var predictedType = random.NextDouble() < 0.04 ? LabelScheme.MissionTypes[random.Next(5)] : type;
            var predictedLength = random.NextDouble() < 0.04 ? Math.Max(1, length - 1) : length;
            var missed = random.NextDouble() < 0.08;
            for (var j = 0; j < length; j++)
            {
                gold[i + j] = labels.NameOf(labels.IdOf((j == 0 ? "B-" : "I-") + type));
                if (!missed && j < predictedLength)
                    predicted[i + j] = labels.NameOf(labels.IdOf((j == 0 ? "B-" : "I-") + predictedType));
            }
        }
        for (var i = 0; i < WindowLength; i++)
        {
            if (gold[i] == LabelScheme.Outside && random.NextDouble() < 0.005)
                predicted[i] = labels.NameOf(1 + 2 * random.Next(5));
        }
        return (gold, predicted);
    }
}
