using Kdo.Corpus.Configuration;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Generation;
using Kdo.Training;

namespace Kdo.Bench;

/// <summary>
/// Training speed of the demo configuration (configs/demo.yaml): tokens per second and seconds per epoch, over two
/// epochs of generated documents (200, or the count given) scored on 20; then the time one epoch of the demo's
/// own training set takes at that pace. Everything is written to a temporary folder and removed.
/// </summary>
internal static class TrainingBenchmark
{
    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 200;
        var demo = ConfigFile.Load<TrainingOptions>(Path.Combine(Repository.Root, "configs", "demo.yaml"));
        var folder = Directory.CreateTempSubdirectory("kdo-bench-training").FullName;
        try
        {
            var train = Path.Combine(folder, "train.jsonl");
            var dev = Path.Combine(folder, "dev.jsonl");
            CorpusFiles.Write(train, CorpusGenerator.Create(new GeneratorOptions { Seed = 1 }).Generate(count));
            CorpusFiles.Write(dev, CorpusGenerator.Create(new GeneratorOptions { Seed = 2, Split = CorpusSplit.Dev }).Generate(20));
            var options = demo with { TrainData = train, EvalData = dev, Epochs = 2, OutputDir = Path.Combine(folder, "run") };
            Console.WriteLine($"demo configuration: {options.Model} from scratch, hidden {options.HiddenSize}, {options.NumHiddenLayers} layers, " +
                $"batch {options.BatchSize}, max_length {options.MaxLength}, precision {options.Precision}, {Environment.ProcessorCount} threads");
            var plan = default(TrainingPlan);
            var result = Trainer.Train(options, new PlanRecorder(p => plan = p));
            var previous = TimeSpan.Zero;
            foreach (var epoch in result.Epochs)
            {
                Console.WriteLine($"epoch {epoch.Epoch}: {epoch.TokensPerSecond:N0} training tokens/s, {(epoch.Elapsed - previous).TotalSeconds:F1} s (evaluation included), entity F1 {epoch.MicroF1:F3}");
                previous = epoch.Elapsed;
            }
            var last = result.Epochs[^1];
            Console.WriteLine($"{count} documents, {plan!.TrainWindows} windows ({plan.EpochWindows} per epoch), {plan.StepsPerEpoch} steps per epoch");
            Console.WriteLine($"at {last.TokensPerSecond:N0} tokens/s, one epoch of {count} documents trains in {(last.Elapsed.TotalSeconds / result.Epochs.Count):F1} s with its evaluation");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class PlanRecorder(Action<TrainingPlan> record) : ITrainingObserver
    {
        public void Started(TrainingPlan plan) => record(plan);
    }
}
