using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using static TorchSharp.torch;

namespace Kdo.Bench;

/// <summary>
/// Tokens per second of Kdo's XLM-R token classifier at base-sized layers (hidden 768, 12 heads, intermediate 3072;
/// 2 layers instead of 12 to keep the run short, and an 8000-id vocabulary, since the embeddings are lookups) at
/// T = 512, batch 1 and 8: inference (eval, no grad) in float32 and bfloat16 (weights cast), and training
/// (forward, token cross-entropy, backward; train mode with HF's dropouts) in float32 and mixed bfloat16.
/// Each is also given as achieved matmul FLOP/s over the FLOP/s of a plain [512 x 768] @ [768 x 3072] matmul of the
/// same type measured in the same run: the machine's limit. Goals at batch 8: 0.75 for inference, 0.7 for training.
/// </summary>
internal static class ModelsBenchmark
{
    private const int Length = 512;

    public static void Run(string[] args)
    {
        set_num_threads(Environment.ProcessorCount);
        var config = ModelPresets.XlmRobertaBase with { NumHiddenLayers = 2, VocabSize = 8000, MaxPositionEmbeddings = Length + 2 };
        var limits = new Dictionary<ScalarType, double>
        {
            [ScalarType.Float32] = MatmulFlops(ScalarType.Float32),
            [ScalarType.BFloat16] = MatmulFlops(ScalarType.BFloat16),
        };
        Console.WriteLine($"# torch threads {get_num_threads()}; 2 layers of hidden {config.HiddenSize}, {config.NumAttentionHeads} heads, intermediate {config.IntermediateSize}, T = {Length}");
        foreach (var (type, flops) in limits)
            Console.WriteLine($"matmul [512x768]@[768x3072] {type}: {flops / 1e9:F1} GFLOP/s");
        Console.WriteLine($"{"run",-28} {"batch",5} {"tokens/s",10} {"GFLOP/s",9} {"ratio",6} {"goal",5}");
        foreach (var batch in new[] { 1, 8 })
        {
            Report("inference float32", batch, limits[ScalarType.Float32], 1, Inference(config, Precision.Float32, batch));
            Report("inference bfloat16", batch, limits[ScalarType.BFloat16], 1, Inference(config, Precision.BFloat16, batch));
            Report("training float32", batch, limits[ScalarType.Float32], 3, Training(config, Precision.Float32, batch));
            Report("training mixed bfloat16", batch, limits[ScalarType.BFloat16], 3, Training(config, Precision.MixedBFloat16, batch));
        }

        void Report(string name, int batch, double limit, int passes, double seconds)
        {
            var tokens = batch * Length;
            var flops = passes * ForwardFlopsPerToken(config) * tokens / seconds;
            var goal = batch == 8 ? (passes == 1 ? "0.75" : "0.70") : "";
            Console.WriteLine($"{name,-28} {batch,5} {tokens / seconds,10:F0} {flops / 1e9,9:F1} {flops / limit,6:F2} {goal,5}");
        }
    }

    // Matmul FLOPs of one token's forward pass: per layer Q, K, V and the attention output (4 H^2), the feed-forward
    // (2 H I), attention scores and their product with V (2 T H), each a multiply and an add; plus the classifier.
    // A backward pass costs two of these (input and weight gradients).
    private static double ForwardFlopsPerToken(ModelConfig c) =>
        2.0 * (c.NumHiddenLayers * ((4.0 * c.HiddenSize * c.HiddenSize) + (2.0 * c.HiddenSize * c.IntermediateSize) + (2.0 * Length * c.HiddenSize))
               + (c.HiddenSize * c.Labels.Count));

    private static double MatmulFlops(ScalarType type)
    {
        using var a = randn(512, 768).to(type);
        using var b = randn(768, 3072).to(type);
        var seconds = Measure.Seconds(() =>
        {
            using var c = a.matmul(b);
        }, seconds: 2, minimumRuns: 20);
        return 2.0 * 512 * 768 * 3072 / seconds;
    }

    private static double Inference(ModelConfig config, Precision precision, int batch)
    {
        using var model = TokenClassifier.Create(config, seed: 1);
        model.SetPrecision(precision);
        model.eval();
        var (ids, mask) = Inputs(config, batch);
        return Measure.Seconds(() =>
        {
            using var noGrad = no_grad();
            using var logits = model.forward(ids, mask, null);
        });
    }

    private static double Training(ModelConfig config, Precision precision, int batch)
    {
        using var model = TokenClassifier.Create(config, seed: 1);
        model.SetPrecision(precision);
        model.train();
        var (ids, mask) = Inputs(config, batch);
        using var labels = randint(config.Labels.Count, [batch * Length]);
        return Measure.Seconds(() =>
        {
            using var scope = NewDisposeScope();
            model.zero_grad();
            var logits = model.forward(ids, mask, null);
            nn.functional.cross_entropy(logits.view(-1, logits.shape[2]), labels).backward(); // [B, T, L] -> [B*T, L]
        });
    }

    private static (Tensor Ids, Tensor Mask) Inputs(ModelConfig config, int batch) =>
        (randint(3, config.VocabSize, [batch, Length]), ones(batch, Length, dtype: ScalarType.Int64));
}
