using static TorchSharp.torch;
using Parameter = TorchSharp.Modules.Parameter;

namespace Kdo.Training;

/// <summary>
/// AdamW as torch.optim.AdamW computes it (decoupled weight decay, bias-corrected moments, no amsgrad), kept in
/// Kdo so that its whole state is two tensors per parameter and a step count: what a resumable checkpoint saves.
/// </summary>
public sealed class AdamW : IDisposable
{
    private readonly IReadOnlyList<Parameter> _parameters;
    private readonly Tensor[] _firstMoments;
    private readonly Tensor[] _secondMoments;
    private readonly double _beta1, _beta2, _epsilon, _weightDecay;

    /// <summary>An optimizer of <paramref name="parameters"/> with torch's hyper-parameters.</summary>
    public AdamW(IReadOnlyList<Parameter> parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8, double weightDecay = 0.01)
    {
        _parameters = parameters;
        (_beta1, _beta2, _epsilon, _weightDecay) = (beta1, beta2, epsilon, weightDecay);
        LearningRate = learningRate;
        _firstMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _secondMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>The learning rate of the next step (the schedules set it).</summary>
    public double LearningRate { get; set; }

    /// <summary>Steps taken.</summary>
    public long Steps { get; private set; }

    /// <summary>One update of every parameter that has a gradient.</summary>
    public void Step()
    {
        Steps++;
        var correction1 = 1 - Math.Pow(_beta1, Steps);
        var correction2Root = Math.Sqrt(1 - Math.Pow(_beta2, Steps));
        using var noGrad = no_grad();
        for (var i = 0; i < _parameters.Count; i++)
        {
            var parameter = _parameters[i];
            if (parameter.grad is not { } gradient)
                continue;
            using var scope = NewDisposeScope();
            parameter.mul_(1 - LearningRate * _weightDecay);
            _firstMoments[i].mul_(_beta1).add_(gradient, alpha: 1 - _beta1);
            _secondMoments[i].mul_(_beta2).addcmul_(gradient, gradient, 1 - _beta2);
            var denominator = _secondMoments[i].sqrt().div_(correction2Root).add_(_epsilon);
            parameter.addcdiv_(_firstMoments[i], denominator, -LearningRate / correction1);
        }
    }

    /// <summary>Clears every parameter's gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in _parameters)
            parameter.grad?.zero_();
    }

    /// <summary>The moments by parameter index ("exp_avg.3", "exp_avg_sq.3"), for a checkpoint; the step count is <see cref="Steps"/>.</summary>
    public Dictionary<string, Tensor> State()
    {
        var state = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        for (var i = 0; i < _parameters.Count; i++)
        {
            state[$"exp_avg.{i}"] = _firstMoments[i];
            state[$"exp_avg_sq.{i}"] = _secondMoments[i];
        }
        return state;
    }

    /// <summary>Restores what <see cref="State"/> returned and the step count.</summary>
    /// <exception cref="InvalidDataException">The state is of another set of parameters.</exception>
    public void Restore(IReadOnlyDictionary<string, Tensor> state, long steps)
    {
        using var noGrad = no_grad();
        for (var i = 0; i < _parameters.Count; i++)
        {
            if (!state.TryGetValue($"exp_avg.{i}", out var first) || !state.TryGetValue($"exp_avg_sq.{i}", out var second)
                || !first.shape.SequenceEqual(_firstMoments[i].shape) || !second.shape.SequenceEqual(_secondMoments[i].shape))
                throw new InvalidDataException($"the optimizer state does not fit parameter {i} of the model");
            _firstMoments[i].copy_(first);
            _secondMoments[i].copy_(second);
        }
        Steps = steps;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var tensor in _firstMoments.Concat(_secondMoments))
            tensor.Dispose();
    }
}
