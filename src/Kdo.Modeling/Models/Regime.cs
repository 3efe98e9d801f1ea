namespace Kdo.Modeling.Models;

/// <summary>How much of a model trains.</summary>
public enum Regime
{
    /// <summary>Start from a checkpoint and train every weight.</summary>
    FineTuning,

    /// <summary>Start from a checkpoint, freeze the encoder and train the classifier head only.</summary>
    TransferLearning,

    /// <summary>Start from weights initialised as HF does (<see cref="TokenClassifier.Create"/>) and train every weight.</summary>
    FromScratch,
}
