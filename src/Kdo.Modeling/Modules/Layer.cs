using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>HF's XLMRobertaLayer / ElectraLayer, post-LayerNorm: attention, then the feed-forward block (keys attention.*, intermediate.*, output.*).</summary>
internal sealed class Layer : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Attention attention;
    private readonly Intermediate intermediate;
    private readonly Output output;

    public Layer(string name, ModelConfig config) : base(name)
    {
        attention = new Attention(nameof(attention), config);
        intermediate = new Intermediate(nameof(intermediate), config);
        output = new Output(nameof(output), config.IntermediateSize, config);
        RegisterComponents();
    }

    /// <summary>[B, T, H] and the additive key mask [B, 1, 1, T] to [B, T, H].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        var attended = attention.forward(hidden, keyMask);
        return output.forward(intermediate.forward(attended), attended).MoveToOuterDisposeScope();
    }
}
