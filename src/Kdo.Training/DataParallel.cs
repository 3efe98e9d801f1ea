using Kdo.Modeling.Models;
using Kdo.Tokenization;
using static TorchSharp.torch;

namespace Kdo.Training;

/// <summary>
/// Splits each batch across devices, as the Python practice's DataParallel did over 6 GPUs: the first device holds
/// the model the optimizer updates, every other device a replica. Each shard's loss is divided by the whole batch's
/// weight, so that the replicas' gradients add up to exactly the gradient of the whole batch; after the step the
/// replicas take the updated weights. On distinct GPUs the shards run at once; replicas on the CPU run one after the
/// other, so that they draw dropout from the CPU generator in a fixed order.
/// </summary>
internal sealed class DataParallel : IDisposable
{
    private readonly TokenClassifier[] _models;
    private readonly IReadOnlyList<TorchSharp.Modules.Parameter>[] _parameters;
    private readonly int _padId;

    /// <summary>Replicates <paramref name="model"/> (already on <paramref name="devices"/>[0]) onto the other devices.</summary>
    public DataParallel(TokenClassifier model, IReadOnlyList<Device> devices, int padId)
    {
        _padId = padId;
        _models = new TokenClassifier[devices.Count];
        _models[0] = model;
        for (var i = 1; i < devices.Count; i++)
        {
            var replica = TokenClassifier.Create(model.Config);
            replica.load_state_dict(model.state_dict());
            replica.SetPrecision(model.Precision);
            replica.MoveTo(devices[i]);
            var trains = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.requires_grad);
            foreach (var (name, parameter) in replica.named_parameters())
                parameter.requires_grad = trains[name];
            replica.train();
            _models[i] = replica;
        }
        _parameters = _models.Select(m => m.TrainableParameters()).ToArray();
        Parallel = devices.Count > 1 && devices.All(d => d.type == TorchSharp.DeviceType.CUDA) && devices.Distinct().Count() == devices.Count;
    }

    /// <summary>True when shards run at once (distinct GPUs).</summary>
    public bool Parallel { get; }

    /// <summary>The number of devices.</summary>
    public int Count => _models.Length;

    /// <summary>
    /// Forward and backward of <paramref name="windows"/>, split into one shard per device, each shard's loss
    /// divided by <paramref name="totalWeight"/>; gradients accumulate. Returns the shards' summed loss, as a number.
    /// </summary>
    public double ForwardBackward(IReadOnlyList<TokenWindow> windows, WeightedCrossEntropy loss, double totalWeight)
    {
        var shards = Shards(windows);
        var losses = new double[shards.Count];
        void Run(int i)
        {
            using var scope = NewDisposeScope();
            var model = _models[i];
            var batch = Batching.Pad(shards[i], _padId);
            var shape = new long[] { batch.Size, batch.Length };
            var logits = model.forward(tensor(batch.InputIds, shape, device: model.Device),
                tensor(batch.AttentionMask, shape, device: model.Device), null);
            var shardLoss = loss.WeightedSum(logits, tensor(batch.Labels!, shape, device: model.Device)) / totalWeight;
            shardLoss.backward();
            losses[i] = shardLoss.item<float>();
        }
        if (Parallel)
            System.Threading.Tasks.Parallel.For(0, shards.Count, Run);
        else
            for (var i = 0; i < shards.Count; i++)
                Run(i);
        return losses.Sum();
    }

    /// <summary>Adds every replica's gradients into the first model's and clears the replicas'.</summary>
    public void ReduceGradients()
    {
        using var noGrad = no_grad();
        for (var r = 1; r < _models.Length; r++)
            for (var p = 0; p < _parameters[0].Count; p++)
            {
                if (_parameters[r][p].grad is not { } gradient)
                    continue;
                var target = _parameters[0][p];
                if (target.grad is null)
                    target.grad = gradient.to(target.device);
                else
                    target.grad.add_(gradient.to(target.device));
                gradient.zero_();
            }
    }

    /// <summary>Copies the first model's trainable weights into every replica (after an optimizer step).</summary>
    public void Broadcast()
    {
        using var noGrad = no_grad();
        for (var r = 1; r < _models.Length; r++)
            for (var p = 0; p < _parameters[0].Count; p++)
                _parameters[r][p].copy_(_parameters[0][p]);
    }

    private List<TokenWindow[]> Shards(IReadOnlyList<TokenWindow> windows)
    {
        // Contiguous, as even as possible; with fewer windows than devices some devices sit the batch out.
        var shards = new List<TokenWindow[]>();
        var size = (windows.Count + _models.Length - 1) / _models.Length;
        for (var start = 0; start < windows.Count; start += size)
            shards.Add(windows.Skip(start).Take(size).ToArray());
        return shards;
    }

    /// <summary>Disposes the replicas (not the first model, which belongs to the caller).</summary>
    public void Dispose()
    {
        foreach (var replica in _models.Skip(1))
            replica.Dispose();
    }
}
