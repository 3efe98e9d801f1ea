using Kdo.Modeling.Config;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>How a model numbers the positions of its tokens.</summary>
internal enum PositionScheme
{
    /// <summary>XLM-R: real tokens count up from pad_token_id + 1 (cumulative count of non-pad ids), pads get pad_token_id.</summary>
    PaddingOffset,

    /// <summary>ELECTRA (BERT): 0, 1, ..., T-1 in every row.</summary>
    Absolute,
}

/// <summary>
/// HF's XLMRobertaEmbeddings and ElectraEmbeddings: word + token-type + position embeddings, LayerNorm, dropout.
/// Keys: word_embeddings.weight [V, E], position_embeddings.weight [P, E], token_type_embeddings.weight [types, E],
/// LayerNorm.weight/bias [E]; E = embedding_size (ELECTRA) or hidden_size.
/// </summary>
internal sealed class Embeddings : nn.Module<Tensor, Tensor?, Tensor>
{
    private readonly Embedding word_embeddings;
    private readonly Embedding position_embeddings;
    private readonly Embedding token_type_embeddings;
    private readonly LayerNorm LayerNorm;
    private readonly Dropout dropout;
    private readonly PositionScheme _positions;
    private readonly long _padId;
    private readonly int _maxLength;

    public Embeddings(string name, ModelConfig config, PositionScheme positions) : base(name)
    {
        _positions = positions;
        _padId = config.PadTokenId;
        _maxLength = config.MaxSequenceLength;
        // padding_idx as HF sets it: that row is initialised to zero and gets no gradient.
        word_embeddings = nn.Embedding(config.VocabSize, config.EmbeddingWidth, padding_idx: config.PadTokenId);
        position_embeddings = positions == PositionScheme.PaddingOffset
            ? nn.Embedding(config.MaxPositionEmbeddings, config.EmbeddingWidth, padding_idx: config.PadTokenId)
            : nn.Embedding(config.MaxPositionEmbeddings, config.EmbeddingWidth);
        token_type_embeddings = nn.Embedding(config.TypeVocabSize, config.EmbeddingWidth);
        LayerNorm = nn.LayerNorm(config.EmbeddingWidth, config.LayerNormEps);
        dropout = nn.Dropout(config.HiddenDropoutProb);
        RegisterComponents();
    }

    /// <summary>The tables whose padding row HF initialises to zero, with that row.</summary>
    public IEnumerable<(Embedding Table, long PaddingRow)> PaddedTables =>
        _positions == PositionScheme.PaddingOffset
            ? [(word_embeddings, _padId), (position_embeddings, _padId)]
            : [(word_embeddings, _padId)];

    /// <summary>[B, T] int64 ids (and token types, or null for all zeros) to [B, T, E].</summary>
    public override Tensor forward(Tensor inputIds, Tensor? tokenTypeIds)
    {
        var length = inputIds.shape[1];
        if (length > _maxLength)
            throw new ArgumentException($"input has {length} tokens; this model takes at most {_maxLength}", nameof(inputIds));
        using var scope = NewDisposeScope();
        var positionIds = _positions == PositionScheme.PaddingOffset
            ? PaddingOffsetPositions(inputIds)
            : arange(length, dtype: ScalarType.Int64, device: inputIds.device).unsqueeze(0); // [T] -> [1, T]
        // Without token types every row is type 0: one row of the table, broadcast, instead of a lookup.
        var types = tokenTypeIds is null ? token_type_embeddings.weight![0] : token_type_embeddings.forward(tokenTypeIds);
        var sum = word_embeddings.forward(inputIds) + types + position_embeddings.forward(positionIds);
        return dropout.forward(LayerNorm.forward(sum)).MoveToOuterDisposeScope();
    }

    // HF's create_position_ids_from_input_ids: cumsum(non-pad) * non-pad + pad_token_id, from the ids, not the mask.
    private Tensor PaddingOffsetPositions(Tensor inputIds)
    {
        var real = inputIds.ne(_padId).to(ScalarType.Int64);
        return real.cumsum(1).mul_(real).add_(_padId);
    }
}
