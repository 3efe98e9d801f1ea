using System.ComponentModel;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Training;

/// <summary>
/// Everything a training run needs, in one record: read from YAML (<c>learning_rate: 2e-5</c>,
/// <see cref="Kdo.Corpus.Configuration.ConfigFile"/>), every field also a flag of <c>kdo train</c>
/// (--learning-rate). The defaults are the mission's recipe: 512-token windows, every subtoken labelled, class
/// weights, batch 8, 100 epochs, AdamW at 2e-5, ReduceLROnPlateau (patience 5) on eval loss, early stopping on
/// entity F1 (patience 10).
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>The training corpus: JSONL, CoNLL or span JSON (Label Studio, Doccano), told by its extension.</summary>
    [Description("training corpus (JSONL, CoNLL, Label Studio or Doccano JSON)")]
    public string TrainData { get; init; } = "";

    /// <summary>The evaluation corpus, scored every epoch: the best checkpoint, the schedule and early stopping are chosen on it.</summary>
    [Description("evaluation corpus, scored after every epoch")]
    public string EvalData { get; init; } = "";

    /// <summary>An HF model folder, or a preset name (xlm-roberta-base, xlm-roberta-large, small-e-czech, tiny-...) for from_scratch.</summary>
    [Description("HF model folder, or a preset name for from_scratch (xlm-roberta-base, xlm-roberta-large, small-e-czech)")]
    public string Model { get; init; } = "xlm-roberta-base";

    /// <summary>The tokenizer's folder; empty takes the model folder's, or for a preset the shipped Czech tokenizer (XLM-R) .</summary>
    [Description("tokenizer folder (default: the model folder's; for a preset, the shipped Czech tokenizer)")]
    public string Tokenizer { get; init; } = "";

    /// <summary>Which weights train and where they start.</summary>
    [Description("which weights train")]
    public Regime Regime { get; init; } = Regime.FineTuning;

    /// <summary>A label file (one per line, or an HF config's id2label); empty is the mission's 11 labels.</summary>
    [Description("label file (one label per line, or a config.json with id2label); default: the mission's labels")]
    public string Labels { get; init; } = "";

    /// <summary>From scratch: overrides the preset's hidden size.</summary>
    [Description("from_scratch: hidden size instead of the preset's")]
    public int? HiddenSize { get; init; }

    /// <summary>From scratch: overrides the preset's number of layers.</summary>
    [Description("from_scratch: number of layers instead of the preset's")]
    public int? NumHiddenLayers { get; init; }

    /// <summary>From scratch: overrides the preset's number of attention heads.</summary>
    [Description("from_scratch: attention heads instead of the preset's")]
    public int? NumAttentionHeads { get; init; }

    /// <summary>From scratch: overrides the preset's feed-forward size.</summary>
    [Description("from_scratch: feed-forward size instead of the preset's")]
    public int? IntermediateSize { get; init; }

    /// <summary>Overrides the model's hidden dropout.</summary>
    [Description("hidden dropout instead of the model's")]
    public double? HiddenDropoutProb { get; init; }

    /// <summary>Overrides the model's attention dropout (0 makes training on a CPU markedly faster).</summary>
    [Description("attention dropout instead of the model's")]
    public double? AttentionProbsDropoutProb { get; init; }

    /// <summary>Tokens per window, special tokens included. From scratch, the model gets exactly as many positions, so that its config.json says what it was trained for.</summary>
    [Description("tokens per window (default 512); from scratch, also the model's positions")]
    public int MaxLength { get; init; } = SlidingWindows.DefaultMaxLength;

    /// <summary>Tokens shared by consecutive windows; null: 128, or a quarter of a shorter window (<see cref="SlidingWindows.DefaultStrideFor"/>).</summary>
    [Description("tokens shared by consecutive windows (default 128, or a quarter of a shorter window)")]
    public int? Stride { get; init; }

    /// <summary>The windows and labelling these options train with (a method, so that it is no YAML key).</summary>
    public EncodingOptions Encoding() => new()
    {
        MaxLength = MaxLength, Stride = Stride ?? SlidingWindows.DefaultStrideFor(MaxLength), Labeling = Alignment,
    };

    /// <summary>Which subtokens of a word carry its label.</summary>
    [Description("which subtokens carry a word's label")]
    public SubtokenLabeling Alignment { get; init; } = SubtokenLabeling.EveryToken;

    /// <summary>
    /// How a word's probabilities come from its subtokens'. The first subtoken's by default: it alone was trained to
    /// tell B- from I- (the others learn I- of the word's type), so averaging would turn a long word's B- into I-.
    /// </summary>
    [Description("how a word's prediction is read from its subtokens (default first_token)")]
    public WordPooling WordPooling { get; init; } = WordPooling.FirstToken;

    /// <summary>
    /// The share of training windows without any entity that each epoch trains on (a fresh draw per epoch); 1 trains on
    /// every window, as the Python practice did. Below 1, a model sees its rare labels more often per step: what lets a
    /// small model trained from scratch learn long, mostly-O documents in minutes.
    /// </summary>
    [Description("share of windows without entities trained on per epoch, 1 = all (default 1)")]
    public double EmptyWindowRate { get; init; } = 1;

    /// <summary>Weights the loss by total/(count+1) per label, counted over the training tokens.</summary>
    [Description("weight the loss per label by total/(count+1) (default true)")]
    public bool ClassWeights { get; init; } = true;

    /// <summary>Windows per optimizer step (before accumulation), split across the devices.</summary>
    [Description("windows per batch, split across the devices (default 8)")]
    public int BatchSize { get; init; } = 8;

    /// <summary>The most epochs to train.</summary>
    [Description("most epochs (default 100)")]
    public int Epochs { get; init; } = 100;

    /// <summary>AdamW's learning rate.</summary>
    [Description("AdamW learning rate (default 2e-5)")]
    public double LearningRate { get; init; } = 2e-5;

    /// <summary>AdamW's decoupled weight decay.</summary>
    [Description("AdamW weight decay (default 0.01)")]
    public double WeightDecay { get; init; } = 0.01;

    /// <summary>AdamW's beta1.</summary>
    [Description("AdamW beta1 (default 0.9)")]
    public double AdamBeta1 { get; init; } = 0.9;

    /// <summary>AdamW's beta2.</summary>
    [Description("AdamW beta2 (default 0.999)")]
    public double AdamBeta2 { get; init; } = 0.999;

    /// <summary>AdamW's epsilon.</summary>
    [Description("AdamW epsilon (default 1e-8)")]
    public double AdamEpsilon { get; init; } = 1e-8;

    /// <summary>Linear warm-up from 0 to the learning rate over this many optimizer steps.</summary>
    [Description("optimizer steps of linear learning-rate warm-up (default 0)")]
    public int WarmupSteps { get; init; }

    /// <summary>ReduceLROnPlateau: epochs without a lower eval loss before the learning rate drops.</summary>
    [Description("epochs without lower eval loss before the learning rate drops (default 5)")]
    public int PlateauPatience { get; init; } = 5;

    /// <summary>ReduceLROnPlateau: what the learning rate is multiplied by.</summary>
    [Description("factor the learning rate is multiplied by on a plateau (default 0.1)")]
    public double PlateauFactor { get; init; } = 0.1;

    /// <summary>Early stopping: epochs without a higher entity F1 before training stops.</summary>
    [Description("epochs without higher entity F1 before training stops (default 10)")]
    public int EarlyStoppingPatience { get; init; } = 10;

    /// <summary>Clips the gradients' global L2 norm to this; 0 does not clip.</summary>
    [Description("clip the gradient norm to this, 0 = off (default 1.0)")]
    public double MaxGradNorm { get; init; } = 1.0;

    /// <summary>Batches whose gradients add up before one optimizer step.</summary>
    [Description("batches per optimizer step (default 1)")]
    public int GradientAccumulationSteps { get; init; } = 1;

    /// <summary>Seeds the initialisation, the data order and dropout: the same seed gives the same run.</summary>
    [Description("seed of initialisation, data order and dropout (default 42)")]
    public int Seed { get; init; } = 42;

    /// <summary>Weights and matmuls: float32, or mixed bfloat16 (float32 weights, bf16 matmuls) where the CPU or GPU has bf16.</summary>
    [Description("precision")]
    public Precision Precision { get; init; } = Precision.Float32;

    /// <summary>
    /// The devices a batch is split across: "auto" (every CUDA device, else the CPU), "cpu", "cuda", "cuda:1", or a
    /// comma-separated list ("cuda:0,cuda:1"; "cpu,cpu" runs two CPU replicas).
    /// </summary>
    [Description("devices a batch is split across: auto, cpu, cuda, cuda:N, or a comma-separated list (default auto)")]
    public string Device { get; init; } = "auto";

    /// <summary>CPU threads for TorchSharp; 0 keeps its default (the machine's cores).</summary>
    [Description("CPU threads, 0 = all cores (default 0)")]
    public int Threads { get; init; }

    /// <summary>Length bucketing: batches per pool sorted by length, so that batches pad little; 0 = none.</summary>
    [Description("batches per length-bucketing pool, 0 = off (default 16)")]
    public int BucketPool { get; init; } = 16;

    /// <summary>Optimizer steps between progress lines when output is not a terminal.</summary>
    [Description("optimizer steps between progress lines in logs (default 50)")]
    public int LoggingSteps { get; init; } = 50;

    /// <summary>The run folder: everything the run writes goes here.</summary>
    [Description("run folder; everything the run writes goes here (default runs/train)")]
    public string OutputDir { get; init; } = "runs/train";

    /// <summary>Continues the run in <see cref="OutputDir"/> from its last checkpoint.</summary>
    [Description("continue the run in the output folder from its last checkpoint")]
    public bool Resume { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field out of range.</summary>
    public void Validate()
    {
        static void Positive(double value, string name)
        {
            if (!(value > 0))
                throw new ArgumentException($"{Snake(name)} must be positive, not {value}", name);
        }
        static void NotNegative(double value, string name)
        {
            if (!(value >= 0))
                throw new ArgumentException($"{Snake(name)} must not be negative, not {value}", name);
        }
        if (string.IsNullOrWhiteSpace(TrainData))
            throw new ArgumentException("train_data is required", nameof(TrainData));
        if (string.IsNullOrWhiteSpace(EvalData))
            throw new ArgumentException("eval_data is required: the best checkpoint, the schedule and early stopping are chosen on it", nameof(EvalData));
        if (string.IsNullOrWhiteSpace(OutputDir))
            throw new ArgumentException("output_dir is required", nameof(OutputDir));
        Positive(BatchSize, nameof(BatchSize));
        Positive(Epochs, nameof(Epochs));
        Positive(LearningRate, nameof(LearningRate));
        Positive(GradientAccumulationSteps, nameof(GradientAccumulationSteps));
        Positive(LoggingSteps, nameof(LoggingSteps));
        Positive(PlateauFactor, nameof(PlateauFactor));
        NotNegative(WeightDecay, nameof(WeightDecay));
        NotNegative(WarmupSteps, nameof(WarmupSteps));
        NotNegative(PlateauPatience, nameof(PlateauPatience));
        NotNegative(EarlyStoppingPatience, nameof(EarlyStoppingPatience));
        NotNegative(MaxGradNorm, nameof(MaxGradNorm));
        NotNegative(Threads, nameof(Threads));
        NotNegative(BucketPool, nameof(BucketPool));
        if (EmptyWindowRate is < 0 or > 1 || double.IsNaN(EmptyWindowRate))
            throw new ArgumentException($"empty_window_rate must be in [0, 1], not {EmptyWindowRate}", nameof(EmptyWindowRate));
        if (PlateauFactor >= 1)
            throw new ArgumentException($"plateau_factor must be below 1, not {PlateauFactor}", nameof(PlateauFactor));
        if (AdamBeta1 is < 0 or >= 1 || AdamBeta2 is < 0 or >= 1)
            throw new ArgumentException("adam_beta1 and adam_beta2 must be in [0, 1)", nameof(AdamBeta1));
        if (Precision == Precision.BFloat16)
            throw new ArgumentException("precision b_float16 is for inference; train in float32 or mixed_b_float16", nameof(Precision));
    }

    private static string Snake(string name) => Kdo.Corpus.Configuration.ConfigFile.SnakeCase(name);
}
