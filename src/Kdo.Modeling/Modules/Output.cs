using Kdo.Modeling.Config;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// HF's XLMRobertaOutput / ElectraOutput: dense (in -> H), dropout, then LayerNorm of that plus the residual input.
/// Keys: dense.weight [H, in], dense.bias [H], LayerNorm.weight/bias [H].
/// </summary>
internal class Output : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly MixedLinear dense;
    private readonly LayerNorm LayerNorm;
    private readonly Dropout dropout;

    public Output(string name, long inFeatures, ModelConfig config) : base(name)
    {
        dense = new MixedLinear(nameof(dense), inFeatures, config.HiddenSize);
        LayerNorm = nn.LayerNorm(config.HiddenSize, config.LayerNormEps);
        dropout = nn.Dropout(config.HiddenDropoutProb);
        RegisterComponents();
    }

    /// <summary>[B, T, in] and the residual [B, T, H] to [B, T, H].</summary>
    public override Tensor forward(Tensor hidden, Tensor residual)
    {
        using var scope = NewDisposeScope();
        // In the residual's type: with mixed precision the projection is bfloat16, and dropout is faster in float32.
        var projected = dense.forward(hidden).to(residual.dtype);
        return LayerNorm.forward(dropout.forward(projected).add_(residual)).MoveToOuterDisposeScope();
    }
}
