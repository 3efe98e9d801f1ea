using Kdo.Modeling.Modules;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Models;

/// <summary>
/// HF's _init_weights for BERT-style models, applied to every submodule of a model built from scratch.
/// Tensor.normal_ rather than nn.init.normal_, which in TorchSharp 0.107 ignores its generator.
/// </summary>
internal static class Initialization
{
    public static void Apply(nn.Module model, double std, long? seed)
    {
        using var generator = seed is long s ? new Generator((ulong)s, CPU) : null;
        using var noGrad = no_grad();
        foreach (var module in model.modules())
        {
            switch (module)
            {
                case MixedLinear linear:
                    linear.Weight.normal_(0, std, generator);
                    linear.Bias.zero_();
                    break;
                case Embedding table:
                    table.weight!.normal_(0, std, generator);
                    break;
                case LayerNorm norm:
                    norm.weight!.fill_(1);
                    norm.bias!.zero_();
                    break;
            }
        }
        // As nn.Embedding(padding_idx=...) does, after the normal draw.
        foreach (var embeddings in model.modules().OfType<Embeddings>())
            foreach (var (table, row) in embeddings.PaddedTables)
                table.weight![row].zero_();
    }
}
