using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Kdo.Corpus;

namespace Kdo.Modeling.Config;

/// <summary>
/// The config.json of a Hugging Face XLM-RoBERTa or ELECTRA model: every size of the model comes from here.
/// Layout: one JSON object with HF's field names (model_type, hidden_size, num_hidden_layers, ...), id2label
/// ({"0": "O", ...}) and label2id ({"O": 0, ...}); fields Kdo does not know are kept and written back unchanged.
/// A field the file leaves out takes the default of HF's config class for its model_type (XLMRobertaConfig,
/// ElectraConfig). Written with keys sorted at every level and two-space indentation, as HF writes it.
/// Two configs are equal when their JSON is.
/// </summary>
public sealed record ModelConfig
{
    /// <summary>The model_type of XLM-RoBERTa.</summary>
    public const string XlmRoberta = "xlm-roberta";

    /// <summary>The model_type of ELECTRA.</summary>
    public const string Electra = "electra";

    /// <summary>The file name of a config in a model folder.</summary>
    public const string FileName = "config.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>xlm-roberta or electra.</summary>
    public string ModelType { get; init; } = XlmRoberta;

    /// <summary>HF class names of the model (written on save as the class Kdo built).</summary>
    public IReadOnlyList<string>? Architectures { get; init; }

    /// <summary>Rows of the word-embedding table.</summary>
    public int VocabSize { get; init; } = 30522;

    /// <summary>Width of the encoder.</summary>
    public int HiddenSize { get; init; } = 768;

    /// <summary>ELECTRA: width of the embedding tables (projected to hidden_size when it differs); null = hidden_size.</summary>
    public int? EmbeddingSize { get; init; }

    /// <summary>Encoder layers.</summary>
    public int NumHiddenLayers { get; init; } = 12;

    /// <summary>Attention heads per layer; hidden_size must be a multiple.</summary>
    public int NumAttentionHeads { get; init; } = 12;

    /// <summary>Width of the feed-forward layer.</summary>
    public int IntermediateSize { get; init; } = 3072;

    /// <summary>Feed-forward activation; Kdo runs "gelu", the exact erf form.</summary>
    public string HiddenAct { get; init; } = "gelu";

    /// <summary>Dropout after embeddings and after each sub-layer, in training.</summary>
    public double HiddenDropoutProb { get; init; } = 0.1;

    /// <summary>Dropout on attention weights, in training.</summary>
    public double AttentionProbsDropoutProb { get; init; } = 0.1;

    /// <summary>Dropout before the classifier; null = hidden_dropout_prob.</summary>
    public double? ClassifierDropout { get; init; }

    /// <summary>Rows of the position-embedding table (XLM-R: two more than the longest sequence).</summary>
    public int MaxPositionEmbeddings { get; init; } = 512;

    /// <summary>Rows of the token-type table.</summary>
    public int TypeVocabSize { get; init; } = 2;

    /// <summary>Standard deviation of the normal initialisation of weights trained from scratch.</summary>
    public double InitializerRange { get; init; } = 0.02;

    /// <summary>Epsilon of every LayerNorm.</summary>
    public double LayerNormEps { get; init; } = 1e-12;

    /// <summary>Id of the padding token (XLM-R: also the position offset).</summary>
    public int PadTokenId { get; init; } = 1;

    /// <summary>Id of the beginning-of-sequence token, when the tokenizer has one.</summary>
    public int? BosTokenId { get; init; }

    /// <summary>Id of the end-of-sequence token, when the tokenizer has one.</summary>
    public int? EosTokenId { get; init; }

    /// <summary>Kdo runs "absolute" position embeddings only.</summary>
    public string PositionEmbeddingType { get; init; } = "absolute";

    /// <summary>The dtype the weights were saved in (float32, bfloat16).</summary>
    public string? TorchDtype { get; init; }

    /// <summary>The labels of the classifier head (id2label / label2id in the file).</summary>
    [JsonIgnore]
    public LabelScheme Labels { get; init; } = LabelScheme.Default;

    /// <summary>Width of the embedding tables.</summary>
    [JsonIgnore]
    public int EmbeddingWidth => EmbeddingSize ?? HiddenSize;

    /// <summary>Width of one attention head.</summary>
    [JsonIgnore]
    public int HeadSize => HiddenSize / NumAttentionHeads;

    /// <summary>The longest input the position table allows (XLM-R reserves pad_token_id + 1 rows).</summary>
    [JsonIgnore]
    public int MaxSequenceLength => ModelType == XlmRoberta ? MaxPositionEmbeddings - PadTokenId - 1 : MaxPositionEmbeddings;

    /// <summary>Dropout before the classifier.</summary>
    [JsonIgnore]
    public double HeadDropout => ClassifierDropout ?? HiddenDropoutProb;

    [JsonExtensionData, JsonInclude]
    private Dictionary<string, JsonElement>? Unknown { get; init; }

    /// <summary>HF's defaults for <paramref name="modelType"/> (XLMRobertaConfig(), ElectraConfig()).</summary>
    /// <exception cref="ArgumentException">Not xlm-roberta or electra.</exception>
    public static ModelConfig DefaultsFor(string modelType) => modelType switch
    {
        XlmRoberta => new ModelConfig { BosTokenId = 0, EosTokenId = 2 },
        Electra => new ModelConfig
        {
            ModelType = Electra, EmbeddingSize = 128, HiddenSize = 256, NumAttentionHeads = 4, IntermediateSize = 1024, PadTokenId = 0,
        },
        _ => throw new ArgumentException($"model_type '{modelType}' is not supported (use {XlmRoberta} or {Electra})", nameof(modelType)),
    };

    /// <summary>Reads config.json at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Not valid JSON, a field of the wrong type, or a model Kdo cannot run.</exception>
    public static ModelConfig Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new InputException(path, null, e.Message, e); }
        return Parse(text, path);
    }

    /// <summary>Reads a config from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">Not valid JSON, a field of the wrong type, or a model Kdo cannot run.</exception>
    public static ModelConfig Parse(string json, string source)
    {
        JsonObject file;
        try
        {
            file = JsonNode.Parse(json) as JsonObject ?? throw new InputException(source, null, "a config must be a JSON object");
        }
        catch (JsonException e) { throw new InputException(source, (int?)e.LineNumber + 1, $"invalid JSON: {e.Message}", e); }

        if (file["model_type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
            throw new InputException(source, null, $"field 'model_type' is missing or not a string (use {XlmRoberta} or {Electra})");
        if (type is not (XlmRoberta or Electra))
            throw new InputException(source, null, $"field 'model_type' is '{type}'; Kdo runs {XlmRoberta} and {Electra}");

        var labels = ReadLabels(file, source);
        var merged = JsonSerializer.SerializeToNode(DefaultsFor(type), Json)!.AsObject();
        foreach (var (key, value) in file)
            if (key is not ("id2label" or "label2id" or "num_labels"))
                merged[key] = value?.DeepClone();
        try
        {
            var config = merged.Deserialize<ModelConfig>(Json)! with { Labels = labels };
            config.Validate(source);
            return config;
        }
        catch (JsonException e) { throw new InputException(source, null, $"field '{e.Path?.TrimStart('$', '.')}' has the wrong type: {e.Message}", e); }
    }

    /// <summary>Writes this config as config.json to <paramref name="path"/> (atomically).</summary>
    public void Save(string path) => AtomicFile.WriteText(path, writer => writer.Write(ToJson()));

    /// <summary>This config as HF writes it: sorted keys, id2label and label2id, unknown fields kept.</summary>
    public string ToJson()
    {
        var node = JsonSerializer.SerializeToNode(this, Json)!.AsObject();
        node["id2label"] = JsonSerializer.SerializeToNode(Labels.ToId2Label());
        node["label2id"] = JsonSerializer.SerializeToNode(Labels.ToLabel2Id());
        return Sorted(node)!.ToJsonString(Json) + "\n";
    }

    // Keys sorted at every level, as Python's json.dumps(sort_keys=True) in save_pretrained ("0", "1", "10", "2").
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };

    /// <summary>Checks that Kdo can build this model.</summary>
    /// <exception cref="InputException">A size, id or setting that the model cannot use; names the field.</exception>
    public void Validate(string source)
    {
        void Require(bool ok, string field, string problem)
        {
            if (!ok)
                throw new InputException(source, null, $"field '{field}' {problem}");
        }

        Require(ModelType is XlmRoberta or Electra, "model_type", $"is '{ModelType}'; Kdo runs {XlmRoberta} and {Electra}");
        foreach (var (field, value) in new[]
        {
            ("vocab_size", VocabSize), ("hidden_size", HiddenSize), ("num_hidden_layers", NumHiddenLayers),
            ("num_attention_heads", NumAttentionHeads), ("intermediate_size", IntermediateSize),
            ("max_position_embeddings", MaxPositionEmbeddings), ("type_vocab_size", TypeVocabSize), ("embedding_size", EmbeddingWidth),
        })
            Require(value > 0, field, $"is {value}; it must be positive");
        Require(HiddenSize % NumAttentionHeads == 0, "hidden_size", $"({HiddenSize}) must be a multiple of num_attention_heads ({NumAttentionHeads})");
        Require(HiddenAct == "gelu", "hidden_act", $"is '{HiddenAct}'; Kdo runs 'gelu' (exact erf)");
        Require(PositionEmbeddingType == "absolute", "position_embedding_type", $"is '{PositionEmbeddingType}'; Kdo runs 'absolute'");
        Require(PadTokenId >= 0 && PadTokenId < VocabSize, "pad_token_id", $"({PadTokenId}) must be in 0..{VocabSize - 1}");
        Require(MaxSequenceLength > 0, "max_position_embeddings", $"({MaxPositionEmbeddings}) leaves no positions after pad_token_id + 1");
        Require(LayerNormEps > 0, "layer_norm_eps", $"is {LayerNormEps}; it must be positive");
        Require(InitializerRange > 0, "initializer_range", $"is {InitializerRange}; it must be positive");
        foreach (var (field, value) in new[]
        {
            ("hidden_dropout_prob", HiddenDropoutProb), ("attention_probs_dropout_prob", AttentionProbsDropoutProb), ("classifier_dropout", HeadDropout),
        })
            Require(value is >= 0 and < 1, field, $"is {value}; it must be in [0, 1)");
    }

    /// <inheritdoc/>
    public bool Equals(ModelConfig? other) => other is not null && ToJson() == other.ToJson();

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToJson());

    // id2label wins (HF writes both; label2id is its inverse); num_labels alone means HF's LABEL_0..LABEL_{n-1}.
    private static LabelScheme ReadLabels(JsonObject file, string source)
    {
        try
        {
            if (file["id2label"] is JsonObject id2label)
                return LabelScheme.FromId2Label(id2label.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? ""), $"{source} id2label");
            if (file["num_labels"] is JsonValue count && count.TryGetValue<int>(out var n) && n > 0)
                return LabelScheme.FromLabels(Enumerable.Range(0, n).Select(i => $"LABEL_{i}"), $"{source} num_labels");
            return LabelScheme.Default;
        }
        catch (InvalidOperationException e) { throw new InputException(source, null, $"field 'id2label' must map ids to strings: {e.Message}", e); }
    }
}
