using Kdo.Modeling.Config;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// HF's ElectraModel (keys embeddings.*, embeddings_project.* when embedding_size differs from hidden_size, encoder.*).
/// </summary>
internal sealed class ElectraModel : EncoderModel
{
    private readonly Embeddings embeddings;
    private readonly MixedLinear? embeddings_project;
    private readonly Encoder encoder;

    public ElectraModel(string name, ModelConfig config) : base(name)
    {
        embeddings = new Embeddings(nameof(embeddings), config, PositionScheme.Absolute);
        if (config.EmbeddingWidth != config.HiddenSize)
            embeddings_project = new MixedLinear(nameof(embeddings_project), config.EmbeddingWidth, config.HiddenSize);
        encoder = new Encoder(nameof(encoder), config);
        RegisterComponents();
    }

    public override Tensor Run(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds, List<Tensor>? hiddenStates)
    {
        using var scope = NewDisposeScope();
        var embedded = embeddings.forward(inputIds, tokenTypeIds); // [B, T, E]
        if (embeddings_project is not null)
            // [B, T, E] -> [B, T, H]; in the embeddings' type, since it starts the float32 residual stream in mixed precision.
            embedded = embeddings_project.forward(embedded).to(embedded.dtype);
        return encoder.Run(embedded, attentionMask, hiddenStates).MoveToOuterDisposeScope();
    }
}
