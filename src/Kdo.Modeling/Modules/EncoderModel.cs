using static TorchSharp.torch;

namespace Kdo.Modeling.Modules;

/// <summary>
/// What a token-classification head sits on (HF's base model, no pooler): token ids in, the last hidden state out.
/// </summary>
internal abstract class EncoderModel(string name) : nn.Module<Tensor, Tensor, Tensor?, Tensor>(name)
{
    /// <summary>
    /// [B, T] ids, [B, T] attention mask and optional [B, T] token types to the last hidden state [B, T, H]; adds the
    /// encoder input and every layer's output to <paramref name="hiddenStates"/> when given.
    /// </summary>
    public abstract Tensor Run(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds, List<Tensor>? hiddenStates);

    /// <inheritdoc/>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds) =>
        Run(inputIds, attentionMask, tokenTypeIds, null);
}
