namespace Kdo.Training;

/// <summary>What a training run tells whoever watches it (the CLI's progress bar or log lines, a test).</summary>
public interface ITrainingObserver
{
    /// <summary>Once, before the first epoch (or the first resumed one).</summary>
    void Started(TrainingPlan plan) { }

    /// <summary>After every optimizer step.</summary>
    void Step(StepProgress progress) { }

    /// <summary>After every epoch, with its record and its seqeval report.</summary>
    void Epoch(EpochRecord record, string report) { }
}

/// <summary>The shape of a run.</summary>
/// <param name="TrainDocuments">Training documents.</param>
/// <param name="TrainWindows">Training windows (a document longer than a window gives several).</param>
/// <param name="EpochWindows">Windows each epoch trains on: those with an entity and a share of the others (<see cref="TrainingOptions.EmptyWindowRate"/>).</param>
/// <param name="StepsPerEpoch">Optimizer steps per epoch.</param>
/// <param name="FirstEpoch">The epoch it starts at (after the last completed one when resumed).</param>
/// <param name="Epochs">The most epochs.</param>
/// <param name="Devices">The devices a batch is split across.</param>
/// <param name="TrainableParameters">Weights that train under the regime.</param>
/// <param name="Parameters">All weights.</param>
public sealed record TrainingPlan(int TrainDocuments, int TrainWindows, int EpochWindows, int StepsPerEpoch, int FirstEpoch, int Epochs,
    IReadOnlyList<string> Devices, long TrainableParameters, long Parameters);

/// <summary>Where an epoch is.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="Step">Optimizer steps done in this epoch.</param>
/// <param name="StepsPerEpoch">Optimizer steps per epoch.</param>
/// <param name="Loss">The mean training loss of the epoch so far.</param>
/// <param name="LearningRate">The learning rate of the last step.</param>
/// <param name="TokensPerSecond">Training tokens per second in this epoch so far.</param>
public sealed record StepProgress(int Epoch, int Step, int StepsPerEpoch, double Loss, double LearningRate, double TokensPerSecond);
