using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>HF's XLMRobertaAttention / ElectraAttention: self-attention, then its output block (keys self.*, output.*).</summary>
internal sealed class Attention : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly SelfAttention self;
    private readonly SelfOutput output;

    public Attention(string name, ModelConfig config) : base(name)
    {
        self = new SelfAttention(nameof(self), config);
        output = new SelfOutput(nameof(output), config);
        RegisterComponents();
    }

    /// <summary>[B, T, H] and the additive key mask [B, 1, 1, T] to [B, T, H].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        return output.forward(self.forward(hidden, keyMask), hidden).MoveToOuterDisposeScope();
    }
}
