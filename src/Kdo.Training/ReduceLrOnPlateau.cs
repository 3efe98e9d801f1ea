namespace Kdo.Training;

/// <summary>
/// Lowers the learning rate when a monitored loss stops falling, with PyTorch's ReduceLROnPlateau semantics
/// (mode "min", relative threshold): after more than <see cref="Patience"/> epochs without a relative improvement
/// of <see cref="Threshold"/>, the rate is multiplied by <see cref="Factor"/> (never below <see cref="MinLearningRate"/>),
/// then <see cref="Cooldown"/> epochs pass before bad epochs count again.
/// </summary>
public sealed class ReduceLrOnPlateau
{
    /// <summary>Creates the schedule starting at <paramref name="learningRate"/>.</summary>
    public ReduceLrOnPlateau(double learningRate, int patience = 5, double factor = 0.1, double threshold = 1e-4,
        int cooldown = 0, double minLearningRate = 0)
    {
        if (factor is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor must be in (0, 1)");
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(cooldown);
        LearningRate = learningRate;
        Patience = patience;
        Factor = factor;
        Threshold = threshold;
        Cooldown = cooldown;
        MinLearningRate = minLearningRate;
    }

    /// <summary>Epochs without improvement that are tolerated before the rate drops.</summary>
    public int Patience { get; }

    /// <summary>The multiplier applied to the rate on a plateau.</summary>
    public double Factor { get; }

    /// <summary>The relative improvement that counts as better: loss &lt; best * (1 - threshold).</summary>
    public double Threshold { get; }

    /// <summary>Epochs after a drop during which bad epochs are not counted.</summary>
    public int Cooldown { get; }

    /// <summary>The floor of the rate.</summary>
    public double MinLearningRate { get; }

    /// <summary>The current learning rate.</summary>
    public double LearningRate { get; private set; }

    /// <summary>The best loss seen so far.</summary>
    public double Best { get; private set; } = double.PositiveInfinity;

    /// <summary>Consecutive epochs without improvement.</summary>
    public int BadEpochs { get; private set; }

    /// <summary>Epochs of cooldown left.</summary>
    public int CooldownLeft { get; private set; }

    /// <summary>Feeds one epoch's loss; returns true when the learning rate was lowered.</summary>
    public bool Step(double loss)
    {
        if (loss < Best * (1 - Threshold))
        {
            Best = loss;
            BadEpochs = 0;
        }
        else
        {
            BadEpochs++;
        }
        if (CooldownLeft > 0)
        {
            CooldownLeft--;
            BadEpochs = 0;
        }
        if (BadEpochs <= Patience)
            return false;

        var lowered = Math.Max(LearningRate * Factor, MinLearningRate);
        BadEpochs = 0;
        CooldownLeft = Cooldown;
        // PyTorch ignores changes smaller than eps = 1e-8.
        if (LearningRate - lowered <= 1e-8)
            return false;
        LearningRate = lowered;
        return true;
    }

    /// <summary>The state to save in a checkpoint.</summary>
    public PlateauState Save() => new(LearningRate, Best, BadEpochs, CooldownLeft);

    /// <summary>Restores the state saved by <see cref="Save"/>.</summary>
    public void Restore(PlateauState state) =>
        (LearningRate, Best, BadEpochs, CooldownLeft) = (state.LearningRate, state.Best, state.BadEpochs, state.CooldownLeft);
}

/// <summary>The resumable state of <see cref="ReduceLrOnPlateau"/>.</summary>
public sealed record PlateauState(double LearningRate, double Best, int BadEpochs, int CooldownLeft);
