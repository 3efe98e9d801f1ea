using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// nn.Linear (keys weight [out, in], bias [out]) whose matmul can run in a narrower type than its weights: with
/// <see cref="ComputeType"/> bfloat16 and float32 weights, input, weight and bias are cast for the matmul and the
/// result is cast back, so that the weights and their gradients stay float32 (TorchSharp has no autocast).
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
        var output = nn.functional.linear(input.to(compute), weight.to(compute), bias.to(compute));
        return output.to(input.dtype).MoveToOuterDisposeScope();
    }
}
