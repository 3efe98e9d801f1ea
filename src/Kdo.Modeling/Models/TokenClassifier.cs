using Kdo.Corpus;
using Kdo.Modeling.Config;
using Kdo.Modeling.Modules;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Kdo.Modeling.Models;

/// <summary>
/// A transformer encoder with HF's token-classification head: what the trainer trains and the predictor runs,
/// whichever encoder it is (<see cref="XlmRobertaForTokenClassification"/>, <see cref="ElectraForTokenClassification"/>).
/// Module and parameter names are HF's state-dict keys, so a checkpoint loads by name.
/// </summary>
public abstract class TokenClassifier : nn.Module<Tensor, Tensor, Tensor?, Tensor>
{
    // Fields named as HF's keys; the subclass registers them with its encoder (RegisterComponents sees them).
    private protected readonly Dropout dropout;
    private protected readonly MixedLinear classifier;

    private protected TokenClassifier(string name, ModelConfig config) : base(name)
    {
        Config = config;
        dropout = nn.Dropout(config.HeadDropout);
        classifier = new MixedLinear(nameof(classifier), config.HiddenSize, config.Labels.Count);
    }

    /// <summary>The config every size comes from; its labels are the classifier's outputs.</summary>
    public ModelConfig Config { get; }

    /// <summary>The labels, in the order of the logits' last axis.</summary>
    public LabelScheme Labels => Config.Labels;

    /// <summary>HF's class name, written to config.json "architectures".</summary>
    public abstract string ArchitectureName { get; }

    /// <summary>The state-dict prefix of the encoder ("roberta", "electra").</summary>
    public abstract string BaseModelPrefix { get; }

    /// <summary>What the weights are stored in and the matmuls run in (<see cref="SetPrecision"/>).</summary>
    public Precision Precision { get; private set; } = Precision.Float32;

    /// <summary>The device the weights are on.</summary>
    public Device Device => classifier.Weight.device;

    internal abstract EncoderModel BaseModel { get; }

    /// <summary>
    /// A new model of <paramref name="config"/>'s shape on the CPU in float32, its weights initialised as HF does
    /// (normal(0, initializer_range) for Linear and Embedding weights, padding rows and biases zero, LayerNorm 1 and 0).
    /// </summary>
    /// <param name="config">The shape, labels included.</param>
    /// <param name="seed">Seeds the initialisation; null draws from TorchSharp's global generator.</param>
    /// <exception cref="InputException">The config describes a model Kdo cannot build.</exception>
    public static TokenClassifier Create(ModelConfig config, long? seed = null)
    {
        config.Validate("model config");
        using var scope = NewDisposeScope();
        TokenClassifier model = config.ModelType == ModelConfig.Electra
            ? new ElectraForTokenClassification(config)
            : new XlmRobertaForTokenClassification(config);
        Initialization.Apply(model, config.InitializerRange, seed);
        model.OwnWeights();
        return model;
    }

    /// <summary>
    /// Logits [B, T, labels] (float32, whatever the precision) for token ids [B, T] (int64), an attention mask [B, T]
    /// (1 = token, 0 = padding) and optional token types [B, T] (null = all type 0). Inputs must be on
    /// <see cref="Device"/>. Dropout is active in training mode (train()), off after eval().
    /// </summary>
    public override Tensor forward(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds)
    {
        CheckInputs(inputIds, attentionMask, tokenTypeIds);
        using var scope = NewDisposeScope();
        var hidden = BaseModel.forward(inputIds, attentionMask, tokenTypeIds);
        return Head(hidden).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// As <see cref="forward"/>, with the last hidden state and, when <paramref name="allHiddenStates"/>, every hidden
    /// state in HF's output_hidden_states order (encoder input, then each layer's output). Dispose the result.
    /// </summary>
    public TokenClassifierOutput Run(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds = null, bool allHiddenStates = false)
    {
        CheckInputs(inputIds, attentionMask, tokenTypeIds);
        var states = allHiddenStates ? new List<Tensor>() : null;
        using var scope = NewDisposeScope();
        var hidden = BaseModel.Run(inputIds, attentionMask, tokenTypeIds, states);
        var logits = Head(hidden);
        return new TokenClassifierOutput(
            logits.DetachFromDisposeScope(), hidden.to(ScalarType.Float32).DetachFromDisposeScope(), states ?? []);
    }

    /// <summary>
    /// Stores the weights in, and runs the matmuls in, <paramref name="precision"/>. Call it before creating an
    /// optimizer: casting replaces the parameter tensors (which weights train is kept).
    /// </summary>
    public void SetPrecision(Precision precision)
    {
        ReplaceWeights(() => this.to(precision == Precision.BFloat16 ? ScalarType.BFloat16 : ScalarType.Float32));
        foreach (var linear in modules().OfType<MixedLinear>())
            linear.ComputeType = precision == Precision.MixedBFloat16 ? ScalarType.BFloat16 : null;
        Precision = precision;
    }

    /// <summary>
    /// Moves the weights to <paramref name="device"/> (<see cref="Devices.Parse"/>); inputs must then be there too.
    /// Call it before creating an optimizer: moving replaces the parameter tensors (which weights train is kept).
    /// </summary>
    public TokenClassifier MoveTo(Device device)
    {
        ReplaceWeights(() => this.to(device));
        return this;
    }

    /// <summary>
    /// Sets which weights train: all of them for fine-tuning and from scratch, only the classifier head
    /// (classifier.*) for transfer learning.
    /// </summary>
    public void ApplyRegime(Regime regime)
    {
        foreach (var (name, parameter) in named_parameters())
            parameter.requires_grad = regime != Regime.TransferLearning || name.StartsWith(HeadPrefix, StringComparison.Ordinal);
    }

    /// <summary>The parameters that train under the current regime, for the optimizer.</summary>
    public IReadOnlyList<Parameter> TrainableParameters() => parameters().Where(p => p.requires_grad).ToArray();

    /// <summary>The state-dict prefix of the classifier head.</summary>
    public const string HeadPrefix = "classifier.";

    // Casting or moving makes new Parameters, which join the dispose scope they are made in: this one, so that they
    // can be taken out of it, the model owning them (a caller's scope would free them under the model).
    private void ReplaceWeights(Action replace)
    {
        var trainable = named_parameters().ToDictionary(p => p.name, p => p.parameter.requires_grad);
        using var scope = NewDisposeScope();
        replace();
        OwnWeights();
        foreach (var (name, parameter) in named_parameters())
            parameter.requires_grad = trainable[name];
    }

    private void OwnWeights()
    {
        foreach (var parameter in parameters())
            parameter.DetachFromDisposeScope();
        foreach (var buffer in buffers())
            buffer.DetachFromDisposeScope();
    }

    private Tensor Head(Tensor hidden)
    {
        using var scope = NewDisposeScope();
        return classifier.forward(dropout.forward(hidden)).to(ScalarType.Float32).MoveToOuterDisposeScope();
    }

    private static void CheckInputs(Tensor inputIds, Tensor attentionMask, Tensor? tokenTypeIds)
    {
        if (inputIds.dim() != 2 || inputIds.dtype != ScalarType.Int64)
            throw new ArgumentException($"input ids must be int64 [B, T]; got {inputIds.dtype} [{string.Join(", ", inputIds.shape)}]", nameof(inputIds));
        if (!attentionMask.shape.SequenceEqual(inputIds.shape))
            throw new ArgumentException($"attention mask [{string.Join(", ", attentionMask.shape)}] must have the input ids' shape [{string.Join(", ", inputIds.shape)}]", nameof(attentionMask));
        if (tokenTypeIds is not null && !tokenTypeIds.shape.SequenceEqual(inputIds.shape))
            throw new ArgumentException($"token type ids [{string.Join(", ", tokenTypeIds.shape)}] must have the input ids' shape [{string.Join(", ", inputIds.shape)}]", nameof(tokenTypeIds));
    }
}
