namespace Kdo.Training;

/// <summary>What one training epoch reports: the losses, the entity score, the schedule and the pace.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="TrainLoss">Mean weighted cross-entropy over the epoch's training batches.</param>
/// <param name="EvalLoss">Mean weighted cross-entropy on the evaluation set.</param>
/// <param name="MicroF1">Entity-level micro F1 on the evaluation set (seqeval default mode, on words).</param>
/// <param name="LearningRate">The learning rate used during the epoch.</param>
/// <param name="TokensPerSecond">Training throughput in tokens (special tokens included) per second.</param>
/// <param name="Elapsed">Time since training started.</param>
/// <param name="Remaining">Estimated time to the last epoch at the current pace.</param>
/// <param name="IsBest">True when this epoch's F1 is the best so far (its checkpoint was kept).</param>
public sealed record EpochRecord(
    int Epoch,
    double TrainLoss,
    double EvalLoss,
    double MicroF1,
    double LearningRate,
    double TokensPerSecond,
    TimeSpan Elapsed,
    TimeSpan Remaining,
    bool IsBest);
