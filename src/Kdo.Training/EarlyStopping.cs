namespace Kdo.Training;

/// <summary>
/// Tracks the best score (entity micro F1, higher is better) and says when training should stop:
/// after <see cref="Patience"/> consecutive epochs without a strictly higher score.
/// </summary>
public sealed class EarlyStopping
{
    /// <summary>Creates the tracker; <paramref name="patience"/> is the number of epochs without gain that are tolerated.</summary>
    public EarlyStopping(int patience = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        Patience = patience;
    }

    /// <summary>Epochs without gain after which training stops.</summary>
    public int Patience { get; }

    /// <summary>The best score so far (negative infinity before the first epoch).</summary>
    public double Best { get; private set; } = double.NegativeInfinity;

    /// <summary>The 1-based epoch of the best score, 0 before the first epoch.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>Consecutive epochs without gain.</summary>
    public int EpochsWithoutGain { get; private set; }

    /// <summary>True once <see cref="EpochsWithoutGain"/> reached <see cref="Patience"/>.</summary>
    public bool ShouldStop => EpochsWithoutGain >= Patience;

    /// <summary>Feeds one epoch's score; returns true when it is a new best (the checkpoint to keep).</summary>
    public bool Step(int epoch, double score)
    {
        if (score > Best)
        {
            Best = score;
            BestEpoch = epoch;
            EpochsWithoutGain = 0;
            return true;
        }
        EpochsWithoutGain++;
        return false;
    }

    /// <summary>The state to save in a checkpoint.</summary>
    public EarlyStoppingState Save() => new(Best, BestEpoch, EpochsWithoutGain);

    /// <summary>Restores the state saved by <see cref="Save"/>.</summary>
    public void Restore(EarlyStoppingState state) =>
        (Best, BestEpoch, EpochsWithoutGain) = (state.Best, state.BestEpoch, state.EpochsWithoutGain);
}

/// <summary>The resumable state of <see cref="EarlyStopping"/>.</summary>
public sealed record EarlyStoppingState(double Best, int BestEpoch, int EpochsWithoutGain);
