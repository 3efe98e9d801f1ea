using Kdo.Corpus;
using static TorchSharp.torch;

namespace Kdo.Training.Tests;

public class WeightedCrossEntropyTests
{
    [Fact]
    public void Is_the_weighted_mean_of_the_labelled_tokens_negative_log_likelihood()
    {
        float[] weights = [0.5f, 2f, 4f];
        long[] labels = [0, 2, LabelScheme.IgnoreIndex, 1, 1, LabelScheme.IgnoreIndex];
        var values = Enumerable.Range(0, 18).Select(i => (float)Math.Sin(i)).ToArray();
        using var loss = new WeightedCrossEntropy(weights, CPU);
        using var logits = tensor(values, [2, 3, 3]);
        using var labelTensor = tensor(labels);

        using var sum = loss.WeightedSum(logits, labelTensor);
        var mean = sum.item<float>() / loss.WeightTotal(labels);

        // By hand: sum over labelled tokens of w_y * -log softmax(x)_y, divided by the sum of their w_y.
        var (expectedSum, weightSum) = (0.0, 0.0);
        for (var t = 0; t < labels.Length; t++)
        {
            if (labels[t] == LabelScheme.IgnoreIndex)
                continue;
            var row = values.AsSpan(t * 3, 3).ToArray();
            var logSum = Math.Log(row.Sum(x => Math.Exp(x)));
            expectedSum += weights[labels[t]] * (logSum - row[labels[t]]);
            weightSum += weights[labels[t]];
        }
        Assert.Equal(expectedSum / weightSum, mean, 5);
        Assert.Equal(0.5 + 4 + 2 + 2, loss.WeightTotal(labels), 6);
    }

    [Fact]
    public void Without_weights_every_labelled_token_counts_once()
    {
        using var loss = new WeightedCrossEntropy(null, CPU);
        Assert.Equal(2, loss.WeightTotal([3, LabelScheme.IgnoreIndex, 0]));
    }
}

public class AdamWTests
{
    [Fact]
    public void Follows_torch_optim_AdamW_update_rule_step_for_step()
    {
        // The reference: the update rule of torch.optim.AdamW's documentation (lr=0.1, betas=(0.9, 0.999), eps=1e-8,
        // weight_decay=0.01), in doubles, on p = [1, -2] and loss = sum(p^2), for three steps.
        using var parameter = new TorchSharp.Modules.Parameter(tensor(new float[] { 1, -2 }));
        using var optimizer = new AdamW([parameter], learningRate: 0.1);
        var expected = Reference(3);
        for (var step = 0; step < 3; step++)
        {
            optimizer.ZeroGrad();
            using (var loss = parameter.pow(2).sum())
                loss.backward();
            optimizer.Step();
            var actual = parameter.data<float>().ToArray();
            Assert.Equal(expected[step][0], actual[0], 5);
            Assert.Equal(expected[step][1], actual[1], 5);
        }
        Assert.Equal(3, optimizer.Steps);
    }

    [Fact]
    public void Restored_state_continues_as_the_original_would()
    {
        using var a = new TorchSharp.Modules.Parameter(tensor(new float[] { 0.5f, 3 }));
        using var b = new TorchSharp.Modules.Parameter(tensor(new float[] { 0.5f, 3 }));
        using var first = new AdamW([a], 0.05);
        using var second = new AdamW([b], 0.05);
        Step(first, a);
        Step(first, a);
        using (no_grad())
            b.copy_(a);
        second.Restore(first.State(), first.Steps);
        Step(first, a);
        Step(second, b);
        Assert.Equal(a.data<float>().ToArray(), b.data<float>().ToArray());
        Assert.Throws<InvalidDataException>(() => second.Restore(new Dictionary<string, Tensor>(), 1));

        static void Step(AdamW optimizer, TorchSharp.Modules.Parameter p)
        {
            optimizer.ZeroGrad();
            using (var loss = p.pow(3).sum())
                loss.backward();
            optimizer.Step();
        }
    }

    /// <summary>torch.optim.AdamW's documented update rule written out in doubles, for the test above.</summary>
    private static double[][] Reference(int steps)
    {
        double[] p = [1, -2], m = [0, 0], v = [0, 0];
        var result = new double[steps][];
        for (var t = 1; t <= steps; t++)
        {
            for (var i = 0; i < 2; i++)
            {
                var g = 2 * p[i];
                p[i] *= 1 - 0.1 * 0.01;
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                var denominator = Math.Sqrt(v[i]) / Math.Sqrt(1 - Math.Pow(0.999, t)) + 1e-8;
                p[i] -= 0.1 / (1 - Math.Pow(0.9, t)) * m[i] / denominator;
            }
            result[t - 1] = [p[0], p[1]];
        }
        return result;
    }
}
