using Kdo.Corpus;
using static TorchSharp.torch;

namespace Kdo.Training;

/// <summary>
/// Cross-entropy over the tokens whose label is not -100, each weighted by its label's class weight (null: all 1).
/// PyTorch's weighted mean is sum(w_y · nll) / sum(w_y); this returns the two sums apart, so that a batch split
/// across devices, or accumulated over steps, adds up to exactly the loss of the whole.
/// </summary>
public sealed class WeightedCrossEntropy : IDisposable
{
    private readonly Tensor? _weights;
    private readonly float[]? _weightValues;

    /// <summary>A loss with <paramref name="classWeights"/> (one per label id; null for the plain mean).</summary>
    public WeightedCrossEntropy(float[]? classWeights, Device device)
    {
        _weightValues = classWeights;
        _weights = classWeights is null ? null : tensor(classWeights, device: device);
    }

    /// <summary>The label weights, or null when every label weighs 1.</summary>
    public IReadOnlyList<float>? Weights => _weightValues;

    /// <summary>The sum of w_y · nll over the labelled tokens of logits [B, T, L] and labels [B × T] (row-major).</summary>
    public Tensor WeightedSum(Tensor logits, Tensor labels) => Loss(logits, labels, nn.Reduction.Sum);

    /// <summary>w_y · nll of every token of logits [B, T, L] and labels [B × T], as [B, T] (0 where the label is -100).</summary>
    public Tensor PerToken(Tensor logits, Tensor labels) =>
        Loss(logits, labels, nn.Reduction.None).view(logits.shape[0], logits.shape[1]);

    private Tensor Loss(Tensor logits, Tensor labels, nn.Reduction reduction)
    {
        var flat = logits.view(-1, logits.shape[2]);
        var weights = _weights is null || _weights.device == logits.device ? _weights : _weights.to(logits.device);
        return nn.functional.cross_entropy(flat, labels.view(-1), weights, ignore_index: LabelScheme.IgnoreIndex, reduction: reduction);
    }

    /// <summary>The sum of w_y over the labelled tokens of <paramref name="labels"/>: the loss's denominator.</summary>
    public double WeightTotal(ReadOnlySpan<long> labels)
    {
        var total = 0.0;
        foreach (var label in labels)
            if (label != LabelScheme.IgnoreIndex)
                total += _weightValues is null ? 1 : _weightValues[label];
        return total;
    }

    /// <inheritdoc/>
    public void Dispose() => _weights?.Dispose();
}
