using System.Diagnostics;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Models;
using Kdo.Tokenization;
using Kdo.Training.Evaluation;
using Kdo.Training.Prediction;
using Kdo.Training.Runs;
using static TorchSharp.torch;

namespace Kdo.Training;

/// <summary>
/// The training loop of the Python practice: weighted cross-entropy, AdamW, ReduceLROnPlateau on eval loss, the best
/// checkpoint by entity F1, early stopping; each epoch evaluated and written to the run folder (<see cref="RunFolder"/>).
/// Every epoch's randomness (data order, dropout) comes from the seed and the epoch's number, so a run resumed from
/// its last checkpoint continues exactly as if it had never stopped.
/// </summary>
public static class Trainer
{
    /// <summary>Trains as <paramref name="options"/> say and returns the run's epochs and best score.</summary>
    /// <exception cref="InputException">Bad options, data, model or run folder (nothing is trained).</exception>
    public static TrainingResult Train(TrainingOptions options, ITrainingObserver? observer = null)
    {
        try { options.Validate(); }
        catch (ArgumentException e) { throw new InputException("training options", null, e.Message, e); }
        observer ??= new NoObserver();
        if (options.Threads > 0)
            set_num_threads(options.Threads);
        var run = new RunFolder(options.OutputDir);
        var devices = Devices.ParseList(options.Device);
        var labels = ModelSetup.Labels(options);
        var tokenizer = ModelSetup.Tokenizer(options);
        var encoding = options.Encoding();
        CheckResume(options, run);

        // The training windows are encoded once; the eval corpus is read again each epoch.
        var trainDocuments = 0;
        var windows = new DocumentEncoder(tokenizer, encoding, labels)
            .Encode(CorpusFiles.Read(options.TrainData, labels: labels)).SelectMany(d => { trainDocuments++; return d.Windows; }).ToArray();
        if (windows.Length == 0)
            throw new InputException(options.TrainData, null, "no training documents");
        var evalDocuments = CorpusFiles.Read(options.EvalData, labels: labels).ToArray();
        if (evalDocuments.Length == 0)
            throw new InputException(options.EvalData, null, "no evaluation documents");

        using var model = options.Resume ? HfCheckpoint.Load(run.LastPath).Model : ModelSetup.Create(options, tokenizer, labels);
        if (options.Resume)
            model.ApplyRegime(options.Regime);
        model.SetPrecision(options.Precision);
        model.MoveTo(devices[0]);
        model.train();
        using var replicas = new DataParallel(model, devices, tokenizer.PadId);
        using var loss = new WeightedCrossEntropy(options.ClassWeights ? ClassWeights.FromWindows(windows, labels.Count) : null, devices[0]);
        using var optimizer = new AdamW(model.TrainableParameters(), options.LearningRate, options.AdamBeta1,
            options.AdamBeta2, options.AdamEpsilon, options.WeightDecay);
        var plateau = new ReduceLrOnPlateau(options.LearningRate, options.PlateauPatience, options.PlateauFactor);
        var stopping = new EarlyStopping(options.EarlyStoppingPatience);
        var epochs = new List<EpochRecord>();
        var elapsedBefore = TimeSpan.Zero;
        if (options.Resume)
        {
            var state = run.LoadLast(optimizer);
            plateau.Restore(state.Plateau);
            stopping.Restore(state.EarlyStopping);
            epochs.AddRange(state.Epochs);
            elapsedBefore = state.Elapsed;
        }
        else
            run.Start(options, tokenizer);
        using var tensorBoard = new TensorBoardWriter(run.TensorBoardPath);

        var batchOptions = new BatchOptions { BatchSize = options.BatchSize, BucketPool = options.BucketPool };
        var outside = labels.IdOf(LabelScheme.Outside);
        var (withEntities, empty) = (windows.Where(HasEntity).ToArray(), windows.Where(w => !HasEntity(w)).ToArray());
        var emptyPerEpoch = (int)Math.Round(empty.Length * options.EmptyWindowRate);
        var stepsPerEpoch = (Batching.Batches(withEntities.Concat(empty.Take(emptyPerEpoch)), tokenizer.PadId, batchOptions).Count()
            + options.GradientAccumulationSteps - 1) / options.GradientAccumulationSteps;
        var parameterCount = model.parameters().Sum(p => p.numel());
        observer.Started(new TrainingPlan(trainDocuments, windows.Length, withEntities.Length + emptyPerEpoch, stepsPerEpoch, epochs.Count + 1, options.Epochs,
            devices.Select(d => d.ToString()).ToArray(), model.TrainableParameters().Sum(p => p.numel()), parameterCount));
        var clock = Stopwatch.StartNew();
        var firstEpoch = epochs.Count + 1;
        for (var epoch = firstEpoch; epoch <= options.Epochs && !stopping.ShouldStop; epoch++)
        {
            // Train: a seeded order, batches by length, gradients accumulated and clipped, one AdamW step per group.
            manual_seed(EpochSeed(options.Seed, epoch));
            var epochClock = Stopwatch.StartNew();
            var (lossSum, steps, tokens) = (0.0, 0, 0L);
            var random = new Random(unchecked((int)EpochSeed(options.Seed, epoch)));
            var order = Shuffled([.. withEntities, .. Shuffled(empty, random).Take(emptyPerEpoch)], random);
            var batches = Batching.Batches(order, tokenizer.PadId, batchOptions with { Seed = unchecked((int)EpochSeed(options.Seed, epoch)) });
            foreach (var group in batches.Chunk(options.GradientAccumulationSteps))
            {
                var totalWeight = group.Sum(b => loss.WeightTotal(b.Labels!));
                if (totalWeight == 0)
                    continue; // nothing labelled in these windows
                var stepLoss = group.Sum(b => replicas.ForwardBackward(b.Windows, loss, totalWeight));
                replicas.ReduceGradients();
                if (options.MaxGradNorm > 0)
                    nn.utils.clip_grad_norm_(model.TrainableParameters(), options.MaxGradNorm);
                optimizer.LearningRate = plateau.LearningRate * Math.Min(1.0, (optimizer.Steps + 1.0) / Math.Max(1, options.WarmupSteps));
                optimizer.Step();
                optimizer.ZeroGrad();
                replicas.Broadcast();
                (lossSum, steps, tokens) = (lossSum + stepLoss, steps + 1, tokens + group.Sum(b => b.Windows.Sum(w => (long)w.Length)));
                observer.Step(new StepProgress(epoch, steps, stepsPerEpoch, lossSum / steps, optimizer.LearningRate,
                    tokens / epochClock.Elapsed.TotalSeconds));
            }
            var tokensPerSecond = tokens / epochClock.Elapsed.TotalSeconds;

            // Evaluate, schedule, keep the best, save where to resume from.
            var predictor = new DocumentPredictor(model, tokenizer, encoding, options.BatchSize * 2, options.WordPooling, withLabels: true);
            var evaluation = Evaluator.Evaluate(predictor, evalDocuments, loss);
            var (evalLoss, f1, report) = (evaluation.Loss ?? double.NaN, evaluation.MicroF1, $"epoch {epoch}: {evaluation.FormatScores(4)}");
            var learningRate = optimizer.LearningRate;
            plateau.Step(evalLoss);
            var isBest = stopping.Step(epoch, f1);
            if (isBest)
                run.SaveBest(model, report);
            var elapsed = elapsedBefore + clock.Elapsed;
            var perEpoch = elapsed / epoch;
            var left = stopping.ShouldStop ? 0 : options.Epochs - epoch;
            var record = new EpochRecord(epoch, steps == 0 ? 0 : lossSum / steps, evalLoss, f1, learningRate,
                tokensPerSecond, elapsed, perEpoch * left, isBest);
            epochs.Add(record);
            run.SaveLast(model, optimizer, new TrainerState(epoch, optimizer.Steps, plateau.Save(), stopping.Save(), epochs, elapsed));
            run.WriteEpochs(epochs, tensorBoard);
            observer.Epoch(record, report);
        }
        return new TrainingResult(run.Path, epochs, stopping.BestEpoch, stopping.Best, stopping.ShouldStop);

        bool HasEntity(TokenWindow window) => window.Labels!.Any(l => l != outside && l != LabelScheme.IgnoreIndex);
    }

    private static void CheckResume(TrainingOptions options, RunFolder run)
    {
        if (!options.Resume)
        {
            if (run.CanResume)
                throw new InputException(run.Path, null, "the run folder already holds a run: continue it with --resume, or choose another output_dir");
            return;
        }
        if (!run.CanResume)
            throw new InputException(run.Path, null, "nothing to resume: the run folder has no last checkpoint");
        // The same run, except how long it may go on.
        var started = run.StartedWith();
        var same = options with { Resume = false, Epochs = started.Epochs, EarlyStoppingPatience = started.EarlyStoppingPatience, Threads = started.Threads, LoggingSteps = started.LoggingSteps };
        if (same != started)
            throw new InputException(run.ConfigPath, null,
                "the options differ from the run's: a resumed run continues the same run (only epochs, early_stopping_patience, threads and logging_steps may change)");
    }

    private static long EpochSeed(int seed, int epoch) => seed * 1_000_003L + epoch;

    private static TokenWindow[] Shuffled(TokenWindow[] windows, Random random)
    {
        var order = (TokenWindow[])windows.Clone();
        random.Shuffle(order);
        return order;
    }

    private sealed class NoObserver : ITrainingObserver;
}

/// <summary>What a run did.</summary>
/// <param name="RunFolder">The run folder.</param>
/// <param name="Epochs">Every epoch's record, resumed ones included.</param>
/// <param name="BestEpoch">The epoch of the best checkpoint (0 when none).</param>
/// <param name="BestF1">Its entity micro F1.</param>
/// <param name="StoppedEarly">True when early stopping ended the run.</param>
public sealed record TrainingResult(string RunFolder, IReadOnlyList<EpochRecord> Epochs, int BestEpoch, double BestF1, bool StoppedEarly);
