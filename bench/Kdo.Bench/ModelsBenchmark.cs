using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using static TorchSharp.torch;

namespace Kdo.Bench;

/// <summary>
/// Tokens per second of Kdo's XLM-R token classifier at base-sized layers (hidden 768, 12 heads, intermediate 3072;
/// 2 layers instead of 12 to keep the run short, and an 8000-id vocabulary, since the embeddings are lookups) at
/// T = 512, batch 1 and 8: inference (eval, no grad) in float32 and bfloat16 (weights cast), and training (forward,
/// token cross-entropy, backward; train mode) in float32 and mixed bfloat16, with HF's dropouts and without the
/// attention-probability dropout (which makes libtorch leave its flash kernel for the one that materialises the
/// attention matrix). Each is also given as achieved matmul FLOP/s over the FLOP/s of a plain
/// [512 x 768] @ [768 x 3072] matmul of the same type, measured interleaved with it. Both are the best of several
/// rounds: the machine's neighbours make it slower at times, never faster, so the best is its own speed.
/// Goals at batch 8: 0.75 for inference, 0.7 for training.
/// </summary>
internal static class ModelsBenchmark
{
    private const int Length = 512;

    public static void Run(string[] args)
    {
        set_num_threads(Environment.ProcessorCount);
        var config = ModelPresets.XlmRobertaBase with { NumHiddenLayers = 2, VocabSize = 8000, MaxPositionEmbeddings = Length + 2 };
        var noAttentionDropout = config with { AttentionProbsDropoutProb = 0 };
        Console.WriteLine($"# torch threads {get_num_threads()}; {config.NumHiddenLayers} layers of hidden {config.HiddenSize}, " +
            $"{config.NumAttentionHeads} heads, intermediate {config.IntermediateSize}; T = {Length}");
        Console.WriteLine($"{"run",-44} {"batch",5} {"tokens/s",9} {"GFLOP/s",8} {"limit",7} {"ratio",6} {"goal",5}");
        foreach (var batch in new[] { 1, 8 })
        {
            Row("inference float32", batch, 1, Precision.Float32, Inference(config, Precision.Float32, batch));
            Row("inference bfloat16", batch, 1, Precision.BFloat16, Inference(config, Precision.BFloat16, batch));
            Row("training float32, HF dropouts", batch, 3, Precision.Float32, Training(config, Precision.Float32, batch));
            Row("training mixed bfloat16, HF dropouts", batch, 3, Precision.MixedBFloat16, Training(config, Precision.MixedBFloat16, batch));
            Row("training float32, no attention dropout", batch, 3, Precision.Float32, Training(noAttentionDropout, Precision.Float32, batch));
            Row("training mixed bfloat16, no attention dropout", batch, 3, Precision.MixedBFloat16, Training(noAttentionDropout, Precision.MixedBFloat16, batch));
        }

        void Row(string name, int batch, int passes, Precision precision, Action step)
        {
            var type = precision == Precision.Float32 ? ScalarType.Float32 : ScalarType.BFloat16;
            var (seconds, limit) = Interleaved(step, type, rounds: batch == 1 ? 6 : 4);
            var tokens = batch * Length;
            var flops = passes * ForwardFlopsPerToken(config) * tokens / seconds;
            var goal = batch == 8 ? (passes == 1 ? "0.75" : "0.70") : "";
            Console.WriteLine($"{name,-44} {batch,5} {tokens / seconds,9:F0} {flops / 1e9,8:F1} {limit / 1e9,7:F1} {flops / limit,6:F2} {goal,5}");
        }
    }

    // Matmul FLOPs of one token's forward pass: per layer Q, K, V and the attention output (4 H^2), the feed-forward
    // (2 H I), attention scores and their product with V (2 T H), each a multiply and an add; plus the classifier.
    // A backward pass costs two of these (input and weight gradients).
    private static double ForwardFlopsPerToken(ModelConfig c) =>
        2.0 * ((c.NumHiddenLayers * ((4.0 * c.HiddenSize * c.HiddenSize) + (2.0 * c.HiddenSize * c.IntermediateSize) + (2.0 * Length * c.HiddenSize)))
               + (c.HiddenSize * c.Labels.Count));

    // The best seconds of a step and the best FLOP/s of the reference matmul (each round's median), in alternation.
    private static (double Seconds, double Limit) Interleaved(Action step, ScalarType type, int rounds)
    {
        using var a = randn(512, 768).to(type);
        using var b = randn(768, 3072).to(type);
        var steps = new List<double>();
        var limits = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            limits.Add(2.0 * 512 * 768 * 3072 / Measure.Seconds(() =>
            {
                using var c = a.matmul(b);
            }, seconds: 0.3, minimumRuns: 10));
            steps.Add(Measure.Seconds(step, seconds: 0, minimumRuns: 1));
        }
        return (steps.Min(), limits.Max());
    }

    private static Action Inference(ModelConfig config, Precision precision, int batch)
    {
        var model = TokenClassifier.Create(config, seed: 1);
        model.SetPrecision(precision);
        model.eval();
        var (ids, mask) = Inputs(config, batch);
        return () =>
        {
            using var noGrad = no_grad();
            using var logits = model.forward(ids, mask, null);
        };
    }

    private static Action Training(ModelConfig config, Precision precision, int batch)
    {
        var model = TokenClassifier.Create(config, seed: 1);
        model.SetPrecision(precision);
        model.train();
        var (ids, mask) = Inputs(config, batch);
        var labels = randint(config.Labels.Count, [batch * Length]);
        return () =>
        {
            using var scope = NewDisposeScope();
            model.zero_grad();
            var logits = model.forward(ids, mask, null);
            nn.functional.cross_entropy(logits.view(-1, logits.shape[2]), labels).backward(); // [B, T, L] -> [B*T, L]
        };
    }

    private static (Tensor Ids, Tensor Mask) Inputs(ModelConfig config, int batch) =>
        (randint(3, config.VocabSize, [batch, Length]), ones(batch, Length, dtype: ScalarType.Int64));
}
