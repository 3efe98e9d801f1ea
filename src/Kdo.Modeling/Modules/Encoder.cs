using Kdo.Modeling.Config;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>HF's XLMRobertaEncoder / ElectraEncoder: num_hidden_layers layers (keys layer.0.*, layer.1.*, ...).</summary>
internal sealed class Encoder : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly ModuleList<Layer> layer;

    public Encoder(string name, ModelConfig config) : base(name)
    {
        layer = nn.ModuleList(Enumerable.Range(0, config.NumHiddenLayers).Select(i => new Layer(i.ToString(), config)).ToArray());
        RegisterComponents();
    }

    /// <summary>[B, T, H] and the attention mask [B, T] (1 = token, 0 = padding) to the last layer's output [B, T, H].</summary>
    public override Tensor forward(Tensor hidden, Tensor attentionMask) => Run(hidden, attentionMask, null);

    /// <summary>
    /// As <see cref="forward"/>, adding to <paramref name="hiddenStates"/> (when given) the input and every layer's
    /// output, in HF's output_hidden_states order: handles of their own, in no dispose scope (the list's owner
    /// disposes them).
    /// </summary>
    public Tensor Run(Tensor hidden, Tensor attentionMask, List<Tensor>? hiddenStates)
    {
        using var scope = NewDisposeScope();
        // Built once for all layers: 0 for a key that is a token, the type's lowest value for padding (as HF).
        // Only keys are masked; padded query rows are computed like the others.
        var keyMask = attentionMask.eq(0).to(hidden.dtype).mul_(finfo(hidden.dtype).min)
            .view(attentionMask.shape[0], 1, 1, attentionMask.shape[1]); // [B, T] -> [B, 1, 1, T]
        hiddenStates?.Add(hidden.alias().DetachFromDisposeScope());
        foreach (var block in layer)
        {
            hidden = block.forward(hidden, keyMask);
            hiddenStates?.Add(hidden.alias().DetachFromDisposeScope());
        }
        return hidden.MoveToOuterDisposeScope();
    }
}
