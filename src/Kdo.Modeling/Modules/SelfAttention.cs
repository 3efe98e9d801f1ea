using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// HF's XLMRobertaSelfAttention / ElectraSelfAttention: query, key, value projections (keys query/key/value.weight
/// [H, H], .bias [H]) and scaled dot-product attention over heads of width H / heads; head h owns features
/// h*d .. h*d+d-1.
/// </summary>
internal sealed class SelfAttention : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly MixedLinear query;
    private readonly MixedLinear key;
    private readonly MixedLinear value;
    private readonly long _heads;
    private readonly long _headSize;
    private readonly double _dropout;

    public SelfAttention(string name, ModelConfig config) : base(name)
    {
        query = new MixedLinear(nameof(query), config.HiddenSize, config.HiddenSize);
        key = new MixedLinear(nameof(key), config.HiddenSize, config.HiddenSize);
        value = new MixedLinear(nameof(value), config.HiddenSize, config.HiddenSize);
        _heads = config.NumAttentionHeads;
        _headSize = config.HeadSize;
        _dropout = config.AttentionProbsDropoutProb;
        RegisterComponents();
    }

    /// <summary>[B, T, H] and the additive key mask [B, 1, 1, T] to the attention context [B, T, H].</summary>
    public override Tensor forward(Tensor hidden, Tensor keyMask)
    {
        using var scope = NewDisposeScope();
        var (batch, length, width) = (hidden.shape[0], hidden.shape[1], hidden.shape[2]);
        Tensor Heads(MixedLinear projection) =>
            projection.forward(hidden).view(batch, length, _heads, _headSize).transpose(1, 2); // [B, T, H] -> [B, heads, T, d]
        var context = nn.functional.scaled_dot_product_attention(
            Heads(query), Heads(key), Heads(value), keyMask, training ? _dropout : 0); // [B, heads, T, d]
        return context.transpose(1, 2).reshape(batch, length, width).MoveToOuterDisposeScope(); // [B, heads, T, d] -> [B, T, H]
    }
}
