namespace Kdo.Training.Tests;

/// <summary>
/// Tests that build or load a model draw from TorchSharp's global generator (nn.Embedding initialises from it), which
/// training seeds for dropout and data order: run in parallel with a training test, they would change its numbers.
/// Tests in this collection run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalRandomState
{
    /// <summary>The collection's name, for [Collection].</summary>
    public const string Name = "TorchSharp's global random state";
}
