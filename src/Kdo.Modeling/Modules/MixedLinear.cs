using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// nn.Linear (keys weight [out, in], bias [out]) whose matmul can run in a narrower type than its weights, as
/// autocast does it (TorchSharp has none): with <see cref="ComputeType"/> bfloat16, input, weight and bias are cast
/// for the matmul and the result stays bfloat16, so that what follows a projection (attention, GELU, the next
/// matmul) runs in it too, while the residual add promotes back to float32 for LayerNorm. The weights, and so their
/// gradients and the optimizer state, stay float32.
/// </summary>
internal sealed class MixedLinear : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter bias;

    public MixedLinear(string name, long inFeatures, long outFeatures) : base(name)
    {
        weight = new Parameter(empty(outFeatures, inFeatures));
        bias = new Parameter(zeros(outFeatures));
        RegisterComponents();
    }

    /// <summary>The type of the matmul; null = the weights' own.</summary>
    public ScalarType? ComputeType { get; set; }

    public Parameter Weight => weight;

    public Parameter Bias => bias;

    public override Tensor forward(Tensor input)
    {
        if (ComputeType is not { } compute || compute == weight.dtype)
            return nn.functional.linear(input, weight, bias);
        using var scope = NewDisposeScope();
        return nn.functional.linear(input.to(compute), weight.to(compute), bias.to(compute)).MoveToOuterDisposeScope();
    }
}
