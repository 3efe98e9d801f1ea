using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>HF's XLMRobertaIntermediate / ElectraIntermediate: dense (H -> intermediate), exact (erf) GELU. Keys dense.*.</summary>
internal sealed class Intermediate : nn.Module<Tensor, Tensor>
{
    private readonly MixedLinear dense;

    public Intermediate(string name, ModelConfig config) : base(name)
    {
        dense = new MixedLinear(nameof(dense), config.HiddenSize, config.IntermediateSize);
        RegisterComponents();
    }

    /// <summary>[B, T, H] to [B, T, intermediate].</summary>
    public override Tensor forward(Tensor hidden)
    {
        using var scope = NewDisposeScope();
        return nn.functional.gelu(dense.forward(hidden)).MoveToOuterDisposeScope();
    }
}
