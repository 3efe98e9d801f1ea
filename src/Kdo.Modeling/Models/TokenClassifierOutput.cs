using static TorchSharp.torch;

namespace Kdo.Modeling.Models;

/// <summary>
/// What <see cref="TokenClassifier.Run"/> computed. The tensors belong to this object (no dispose scope holds them):
/// dispose it, or take them over.
/// </summary>
public sealed class TokenClassifierOutput : IDisposable
{
    internal TokenClassifierOutput(Tensor logits, Tensor lastHiddenState, IReadOnlyList<Tensor> hiddenStates)
    {
        Logits = logits;
        LastHiddenState = lastHiddenState;
        HiddenStates = hiddenStates;
    }

    /// <summary>[B, T, labels], float32.</summary>
    public Tensor Logits { get; }

    /// <summary>The last encoder layer's output [B, T, H], float32.</summary>
    public Tensor LastHiddenState { get; }

    /// <summary>When asked for: the encoder input, then each layer's output, [B, T, H] in the model's type; else empty.</summary>
    public IReadOnlyList<Tensor> HiddenStates { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Logits.Dispose();
        LastHiddenState.Dispose();
        foreach (var state in HiddenStates)
            state.Dispose();
    }
}
