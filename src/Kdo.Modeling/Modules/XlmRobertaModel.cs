using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>HF's XLMRobertaModel without the pooling layer (keys embeddings.*, encoder.*).</summary>
internal sealed class XlmRobertaModel : EncoderModel
{
    private readonly Embeddings embeddings;
    private readonly Encoder encoder;

    public XlmRobertaModel(string name, ModelConfig config) : base(name)
    {
        embeddings = new Embeddings(nameof(embeddings), config, PositionScheme.PaddingOffset);
        encoder = new Encoder(nameof(encoder), config);
        RegisterComponents();
    }

    public override Tensor Run(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds, List<Tensor>? hiddenStates)
    {
        using var scope = NewDisposeScope();
        var embedded = embeddings.forward(inputIds, tokenTypeIds);
        return encoder.Run(embedded, attentionMask, hiddenStates).MoveToOuterDisposeScope();
    }
}
