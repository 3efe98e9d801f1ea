using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Generation;
using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Models;
using Kdo.Tests;
using Kdo.Training.Prediction;
using Kdo.Training.Runs;

namespace Kdo.Training.Tests;

[Collection(GlobalRandomState.Name)]
public class TrainerTests
{
    [Fact]
    public void A_tiny_model_learns_the_generated_corpus_in_seconds()
    {
        var folder = TestPaths.NewTempFolder();
        var options = TinyRun(folder, trainDocuments: 300, evalDocuments: 30) with { Epochs = 8 };

        var result = Trainer.Train(options);

        Assert.Equal(8, result.Epochs.Count);
        Assert.True(result.Epochs[^1].TrainLoss < result.Epochs[0].TrainLoss / 3, $"train loss {result.Epochs[0].TrainLoss} -> {result.Epochs[^1].TrainLoss}");
        Assert.True(result.BestF1 > 0.4, $"best entity F1 {result.BestF1}");
        // The best checkpoint is a complete HF folder that loads with the labels it was trained on.
        var (model, report) = HfCheckpoint.Load(Path.Combine(folder, "run", RunFolder.BestName));
        using (model)
            Assert.Equal(LabelScheme.Default.Labels, model.Labels.Labels);
        Assert.True(File.Exists(Path.Combine(folder, "run", RunFolder.BestName, "sentencepiece.bpe.model")));
        Assert.NotNull(report);
        // Trained on 128-token windows from scratch, it has 128 positions, and its tagger cuts such windows.
        using var tagger = ModelWordTagger.Load(Path.Combine(folder, "run", RunFolder.BestName));
        Assert.Equal(128, tagger.Model.Config.MaxSequenceLength);
        Assert.Equal((128, 32), (tagger.Encoding.MaxLength, tagger.Encoding.Stride));
    }

    [Fact]
    public void The_run_folder_holds_config_metrics_events_plots_report_and_checkpoints()
    {
        var folder = TestPaths.NewTempFolder();
        var options = TinyRun(folder, trainDocuments: 20, evalDocuments: 5) with { Epochs = 2 };

        Trainer.Train(options);

        var run = new RunFolder(options.OutputDir);
        Assert.Equal(options, run.StartedWith());
        Assert.Equal(2, File.ReadAllLines(run.MetricsPath).Length);
        Assert.Single(Directory.GetFiles(run.TensorBoardPath, "events.out.tfevents.*"));
        foreach (var plot in TrainingPlots.FileNames)
            Assert.True(new FileInfo(Path.Combine(run.Path, plot)).Length > 1000, plot);
        Assert.Contains("micro avg", File.ReadAllText(run.ReportPath));
        Assert.Contains("on words", File.ReadAllText(run.ReportPath));
        Assert.True(run.CanResume);
        // Nothing outside the run folder but the inputs.
        Assert.Equal(["dev.jsonl", "run", "train.jsonl"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetFileSystemEntries(run.Path), e => Path.GetFileName(e).EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_killed_mid_epoch_and_resumed_ends_as_an_uninterrupted_one()
    {
        var folder = TestPaths.NewTempFolder();
        var whole = TinyRun(folder, trainDocuments: 40, evalDocuments: 5) with { Epochs = 3, OutputDir = Path.Combine(folder, "whole") };
        var uninterrupted = Trainer.Train(whole);

        var killed = whole with { OutputDir = Path.Combine(folder, "killed") };
        Assert.Throws<Killed>(() => Trainer.Train(killed, new KillAt(epoch: 2, step: 3)));
        Assert.Single(File.ReadAllLines(new RunFolder(killed.OutputDir).MetricsPath)); // epoch 1 only
        var resumed = Trainer.Train(killed with { Resume = true });

        Assert.Equal(3, resumed.Epochs.Count);
        for (var e = 0; e < 3; e++)
        {
            Assert.Equal(uninterrupted.Epochs[e].TrainLoss, resumed.Epochs[e].TrainLoss, 5);
            Assert.Equal(uninterrupted.Epochs[e].EvalLoss, resumed.Epochs[e].EvalLoss, 5);
            Assert.Equal(uninterrupted.Epochs[e].MicroF1, resumed.Epochs[e].MicroF1, 5);
            Assert.Equal(uninterrupted.Epochs[e].LearningRate, resumed.Epochs[e].LearningRate, 12);
        }
    }

    [Fact]
    public void Two_cpu_replicas_train_as_one_device_does()
    {
        var folder = TestPaths.NewTempFolder();
        var one = TinyRun(folder, trainDocuments: 24, evalDocuments: 5) with
        {
            Epochs = 2, HiddenDropoutProb = 0, AttentionProbsDropoutProb = 0, BucketPool = 0, OutputDir = Path.Combine(folder, "one"),
        };
        var two = one with { Device = "cpu,cpu", OutputDir = Path.Combine(folder, "two") };

        var single = Trainer.Train(one);
        var split = Trainer.Train(two);

        for (var e = 0; e < 2; e++)
        {
            Assert.Equal(single.Epochs[e].TrainLoss, split.Epochs[e].TrainLoss, 4);
            Assert.Equal(single.Epochs[e].EvalLoss, split.Epochs[e].EvalLoss, 4);
        }
    }

    [Fact]
    public void An_empty_window_rate_trains_on_the_windows_with_entities_and_a_share_of_the_others()
    {
        var folder = TestPaths.NewTempFolder();
        var all = TinyRun(folder, trainDocuments: 6, evalDocuments: 2, crop: false) with { Epochs = 1, OutputDir = Path.Combine(folder, "all") };
        var none = all with { EmptyWindowRate = 0, OutputDir = Path.Combine(folder, "none") };
        var (allPlan, nonePlan) = (default(TrainingPlan), default(TrainingPlan));

        Trainer.Train(all, new PlanRecorder(p => allPlan = p));
        Trainer.Train(none, new PlanRecorder(p => nonePlan = p));

        Assert.Equal(allPlan!.TrainWindows, allPlan.EpochWindows);
        Assert.Equal(allPlan.TrainWindows, nonePlan!.TrainWindows);
        Assert.InRange(nonePlan.EpochWindows, 1, allPlan.TrainWindows - 1);
        Assert.True(nonePlan.StepsPerEpoch < allPlan.StepsPerEpoch);
    }

    [Fact]
    public void Early_stopping_ends_the_run_after_patience_epochs_without_gain()
    {
        var folder = TestPaths.NewTempFolder();
        // A learning rate this small cannot move F1 off its first value, so every later epoch is "without gain".
        var options = TinyRun(folder, trainDocuments: 8, evalDocuments: 3) with
        {
            Epochs = 20, LearningRate = 1e-12, WarmupSteps = 0, EarlyStoppingPatience = 2,
        };

        var result = Trainer.Train(options);

        Assert.True(result.StoppedEarly);
        Assert.Equal(3, result.Epochs.Count);
        Assert.Equal(1, result.BestEpoch);
    }

    [Theory]
    [InlineData("eval_data")]
    [InlineData("regime")]
    [InlineData("resume")]
    [InlineData("learning_rate")]
    public void Bad_options_are_input_errors_and_write_nothing(string field)
    {
        var folder = TestPaths.NewTempFolder();
        var options = TinyRun(folder, trainDocuments: 4, evalDocuments: 2);
        options = field switch
        {
            "eval_data" => options with { EvalData = "" },
            "regime" => options with { Regime = Regime.FineTuning },
            "resume" => options with { Resume = true },
            _ => options with { LearningRate = 0 },
        };

        var error = Assert.Throws<InputException>(() => Trainer.Train(options));

        Assert.Contains(field == "regime" ? "preset" : field == "resume" ? "nothing to resume" : field, error.Message);
        Assert.False(Directory.Exists(options.OutputDir));
    }

    [Fact]
    public void A_second_run_into_the_same_folder_must_resume()
    {
        var folder = TestPaths.NewTempFolder();
        var options = TinyRun(folder, trainDocuments: 4, evalDocuments: 2) with { Epochs = 1 };
        Trainer.Train(options);

        var error = Assert.Throws<InputException>(() => Trainer.Train(options));
        Assert.Contains("--resume", error.Message);
        var changed = Assert.Throws<InputException>(() => Trainer.Train(options with { Resume = true, LearningRate = 1 }));
        Assert.Contains("differ", changed.Message);
    }

    /// <summary>
    /// A from-scratch tiny XLM-R with the shipped tokenizer on generated documents cropped to the words around their
    /// entities (whole documents are 99% O: a tiny model needs far more steps to find the entities in them).
    /// </summary>
    private static TrainingOptions TinyRun(string folder, int trainDocuments, int evalDocuments, bool crop = true)
    {
        var train = Path.Combine(folder, "train.jsonl");
        var dev = Path.Combine(folder, "dev.jsonl");
        var (trainOptions, devOptions) = (new GeneratorOptions { Seed = 3, Split = CorpusSplit.Train }, new GeneratorOptions { Seed = 4, Split = CorpusSplit.Dev });
        CorpusFiles.Write(train, crop ? Cropped(trainOptions, trainDocuments) : CorpusGenerator.Create(trainOptions).Generate(trainDocuments));
        CorpusFiles.Write(dev, Cropped(devOptions, evalDocuments));
        return new TrainingOptions
        {
            TrainData = train,
            EvalData = dev,
            Model = "xlm-roberta-base",
            Regime = Regime.FromScratch,
            HiddenSize = 64,
            NumHiddenLayers = 2,
            NumAttentionHeads = 2,
            IntermediateSize = 128,
            AttentionProbsDropoutProb = 0,
            MaxLength = 128,
            Stride = 32,
            ClassWeights = false,
            LearningRate = 3e-3,
            WarmupSteps = 20,
            BatchSize = 16,
            Threads = 2,
            OutputDir = Path.Combine(folder, "run"),
        };
    }

    private static IEnumerable<Document> Cropped(GeneratorOptions options, int count)
    {
        const int context = 12;
        foreach (var document in CorpusGenerator.Create(options).Generate(count))
        {
            var keep = new SortedSet<int>();
            for (var w = 0; w < document.Tags.Count; w++)
                if (document.Tags[w] != LabelScheme.Outside)
                    keep.UnionWith(Enumerable.Range(Math.Max(0, w - context), Math.Min(document.Tags.Count, w + context + 1) - Math.Max(0, w - context)));
            yield return new Document(document.Id, keep.Select(w => document.Words[w]).ToArray(), keep.Select(w => document.Tags[w]).ToArray());
        }
    }

    private sealed class Killed : Exception;

    private sealed class PlanRecorder(Action<TrainingPlan> record) : ITrainingObserver
    {
        public void Started(TrainingPlan plan) => record(plan);
    }

    /// <summary>Stops training dead in the middle of an epoch, as a killed process would: nothing after it is written.</summary>
    private sealed class KillAt(int epoch, int step) : ITrainingObserver
    {
        public void Step(StepProgress progress)
        {
            if (progress.Epoch == epoch && progress.Step == step)
                throw new Killed();
        }
    }
}
