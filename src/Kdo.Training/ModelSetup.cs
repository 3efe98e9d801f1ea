using Kdo.Corpus;
using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Training;

/// <summary>The model, tokenizer and labels a run starts from, as <see cref="TrainingOptions"/> name them.</summary>
public static class ModelSetup
{
    /// <summary>The label scheme of <paramref name="options"/>: its label file, or the mission's labels.</summary>
    /// <exception cref="InputException">The label file cannot be read.</exception>
    public static LabelScheme Labels(TrainingOptions options) =>
        options.Labels.Length == 0 ? LabelScheme.Default : LabelScheme.Load(options.Labels);

    /// <summary>The tokenizer: <see cref="TrainingOptions.Tokenizer"/>, else the model folder's, else (for a preset) the shipped Czech one.</summary>
    /// <exception cref="InputException">The folder holds no tokenizer.</exception>
    public static SubwordTokenizer Tokenizer(TrainingOptions options)
    {
        if (options.Tokenizer.Length > 0)
            return SubwordTokenizer.FromFolder(options.Tokenizer);
        return IsPreset(options) ? XlmRobertaTokenizer.CreateCzech() : SubwordTokenizer.FromFolder(options.Model);
    }

    /// <summary>
    /// The model to train, on the CPU in float32, with the regime applied: from scratch, a preset (or a folder's
    /// config) resized by the options and initialised as HF does, its vocabulary that of <paramref name="tokenizer"/>;
    /// otherwise the folder's weights, with a fresh head when the labels differ from the checkpoint's.
    /// </summary>
    /// <exception cref="InputException">No such preset or folder, or a regime that needs weights given a preset.</exception>
    public static TokenClassifier Create(TrainingOptions options, SubwordTokenizer tokenizer, LabelScheme labels)
    {
        TokenClassifier model;
        if (options.Regime == Regime.FromScratch)
        {
            var config = IsPreset(options)
                ? ModelPresets.Named(options.Model)
                : ModelConfig.Load(Path.Combine(options.Model, ModelConfig.FileName));
            config = config with
            {
                Labels = labels,
                VocabSize = tokenizer.VocabSize,
                PadTokenId = tokenizer.PadId,
                HiddenSize = options.HiddenSize ?? config.HiddenSize,
                NumHiddenLayers = options.NumHiddenLayers ?? config.NumHiddenLayers,
                NumAttentionHeads = options.NumAttentionHeads ?? config.NumAttentionHeads,
                IntermediateSize = options.IntermediateSize ?? config.IntermediateSize,
            };
            // Positions for the windows it trains on and no more: untrained positions would be noise at inference.
            config = config with { MaxPositionEmbeddings = config.MaxPositionEmbeddings - config.MaxSequenceLength + options.MaxLength };
            model = TokenClassifier.Create(Dropouts(config, options), options.Seed);
        }
        else
        {
            if (IsPreset(options))
                throw new InputException("model", null,
                    $"'{options.Model}' is a preset, which has no weights to {Snake(options.Regime)}: use regime from_scratch, or give an HF model folder");
            if (options.HiddenSize is not null || options.NumHiddenLayers is not null || options.NumAttentionHeads is not null || options.IntermediateSize is not null)
                throw new InputException("model", null, "a checkpoint's sizes are fixed: hidden_size, num_hidden_layers, num_attention_heads and intermediate_size are for from_scratch");
            var (loaded, _) = HfCheckpoint.Load(options.Model, labels, options.Seed);
            model = loaded;
            if (options.HiddenDropoutProb is not null || options.AttentionProbsDropoutProb is not null)
            {
                // Dropout rates live in the modules; a model with other rates is rebuilt and given the loaded weights.
                var rebuilt = TokenClassifier.Create(Dropouts(model.Config, options), options.Seed);
                rebuilt.load_state_dict(model.state_dict());
                model.Dispose();
                model = rebuilt;
            }
            if (model.Config.VocabSize < tokenizer.VocabSize)
                throw new InputException(options.Model, null,
                    $"the model's vocabulary ({model.Config.VocabSize}) is smaller than the tokenizer's ({tokenizer.VocabSize})");
        }
        if (options.MaxLength > model.Config.MaxSequenceLength)
        {
            var positions = model.Config.MaxSequenceLength;
            model.Dispose();
            throw new InputException("max_length", null, $"{options.MaxLength} is more than the model's {positions} positions");
        }
        model.ApplyRegime(options.Regime);
        model.train();
        return model;
    }

    private static ModelConfig Dropouts(ModelConfig config, TrainingOptions options) => config with
    {
        HiddenDropoutProb = options.HiddenDropoutProb ?? config.HiddenDropoutProb,
        AttentionProbsDropoutProb = options.AttentionProbsDropoutProb ?? config.AttentionProbsDropoutProb,
    };

    private static bool IsPreset(TrainingOptions options) =>
        ModelPresets.All.ContainsKey(options.Model) && !Directory.Exists(options.Model);

    private static string Snake(Regime regime) => Kdo.Corpus.Configuration.ConfigFile.SnakeCase(regime.ToString());
}
