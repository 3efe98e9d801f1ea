using Kdo.Corpus;

namespace Kdo.Modeling.Config;

/// <summary>
/// The shapes of the published checkpoints Kdo is meant for, to train from scratch or to check a downloaded
/// config against, and tiny shapes for tests. Labels are the mission's (<see cref="LabelScheme.Default"/>).
/// </summary>
public static class ModelPresets
{
    /// <summary>xlm-roberta-base: 12 layers of 768, 12 heads, 250002 SentencePiece ids.</summary>
    public static ModelConfig XlmRobertaBase { get; } = ModelConfig.DefaultsFor(ModelConfig.XlmRoberta) with
    {
        VocabSize = 250002, MaxPositionEmbeddings = 514, TypeVocabSize = 1, LayerNormEps = 1e-5,
    };

    /// <summary>xlm-roberta-large: 24 layers of 1024, 16 heads.</summary>
    public static ModelConfig XlmRobertaLarge { get; } = XlmRobertaBase with
    {
        HiddenSize = 1024, NumHiddenLayers = 24, NumAttentionHeads = 16, IntermediateSize = 4096,
    };

    /// <summary>Seznam/small-e-czech: an ELECTRA-small discriminator, 12 layers of 256 over 128-wide embeddings, WordPiece.</summary>
    public static ModelConfig SmallECzech { get; } = ModelConfig.DefaultsFor(ModelConfig.Electra) with
    {
        VocabSize = 30522, EmbeddingSize = 128, HiddenSize = 256, NumHiddenLayers = 12, NumAttentionHeads = 4,
        IntermediateSize = 1024, MaxPositionEmbeddings = 512, TypeVocabSize = 2, LayerNormEps = 1e-12,
    };

    /// <summary>A tiny XLM-R (the shapes of ../shared/fixtures/hf-parity): 2 layers of 32, 4 heads, 250 ids.</summary>
    public static ModelConfig TinyXlmRoberta { get; } = XlmRobertaBase with
    {
        VocabSize = 250, HiddenSize = 32, NumHiddenLayers = 2, NumAttentionHeads = 4, IntermediateSize = 64, MaxPositionEmbeddings = 66,
    };

    /// <summary>A tiny ELECTRA (the shapes of ../shared/fixtures/hf-parity): 16-wide embeddings projected to 32.</summary>
    public static ModelConfig TinyElectra { get; } = SmallECzech with
    {
        VocabSize = 300, EmbeddingSize = 16, HiddenSize = 32, NumHiddenLayers = 2, NumAttentionHeads = 4, IntermediateSize = 64,
        MaxPositionEmbeddings = 64,
    };

    /// <summary>The presets by name.</summary>
    public static IReadOnlyDictionary<string, ModelConfig> All { get; } = new Dictionary<string, ModelConfig>(StringComparer.Ordinal)
    {
        ["xlm-roberta-base"] = XlmRobertaBase,
        ["xlm-roberta-large"] = XlmRobertaLarge,
        ["small-e-czech"] = SmallECzech,
        ["tiny-xlm-roberta"] = TinyXlmRoberta,
        ["tiny-electra"] = TinyElectra,
    };

    /// <summary>The preset called <paramref name="name"/>.</summary>
    /// <exception cref="InputException">No such preset; the message lists them.</exception>
    public static ModelConfig Named(string name) => All.TryGetValue(name, out var config)
        ? config
        : throw new InputException("model preset", null, $"'{name}' is not a preset (use one of {string.Join(", ", All.Keys)})");
}
