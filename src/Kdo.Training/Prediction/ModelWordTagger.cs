using Kdo.Corpus;
using Kdo.Extraction.Tagging;
using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Training.Prediction;

/// <summary>
/// A trained model as an <see cref="IWordTagger"/>: the model and tokenizer of one Hugging Face folder, run over a
/// whole document by a <see cref="DocumentPredictor"/> (sliding windows, softmax, word pooling). A word without
/// tokens (nothing the tokenizer keeps) is O with probability 1. Owns the model: dispose it.
/// </summary>
public sealed class ModelWordTagger : IWordTagger, IDisposable
{
    private readonly DocumentPredictor _predictor;
    private readonly int _outside;

    private ModelWordTagger(string name, TokenClassifier model, SubwordTokenizer tokenizer, ModelTaggerOptions options)
    {
        Name = name;
        Model = model;
        Tokenizer = tokenizer;
        Options = options;
        _predictor = CreatePredictor();
        _outside = model.Labels.IdOf(LabelScheme.Outside);
    }

    /// <summary>The folder's name.</summary>
    public string Name { get; }

    /// <summary>The model's labels (its config's id2label).</summary>
    public LabelScheme Labels => Model.Labels;

    /// <summary>The model, on its device and in its precision.</summary>
    public TokenClassifier Model { get; }

    /// <summary>The folder's tokenizer.</summary>
    public SubwordTokenizer Tokenizer { get; }

    /// <summary>The settings it runs with.</summary>
    public ModelTaggerOptions Options { get; }

    /// <summary>The windows it cuts: the options', or those that fit the model's positions.</summary>
    public EncodingOptions Encoding => Options.EncodingFor(Model.Config.MaxSequenceLength);

    /// <summary>
    /// Loads the model and tokenizer of <paramref name="folder"/> (config.json, weights, sentencepiece.bpe.model or
    /// vocab.txt), casts it to the options' precision and moves it to their device.
    /// </summary>
    /// <exception cref="InputException">
    /// The folder does not exist or is no model folder (no config, weights or tokenizer; weights that do not fit), the
    /// tokenizer's vocabulary does not fit the model, its labels have no O, the windows are longer than its positions, or the options are out of range or name no device.
    /// </exception>
    public static ModelWordTagger Load(string folder, ModelTaggerOptions? options = null)
    {
        options ??= new ModelTaggerOptions();
        try { options.Validate(); }
        catch (ArgumentException e) { throw new InputException("model options", null, e.Message, e); }
        if (options.Precision == Precision.MixedBFloat16)
            throw new InputException("precision", null, "mixed_b_float16 is for training; run a model in float32 or bfloat16");
        var device = Devices.Parse(options.Device);
        var (model, _) = HfCheckpoint.Load(folder);
        try
        {
            if (!model.Labels.TryGetId(LabelScheme.Outside, out _))
                throw new InputException(folder, null, $"the model's labels ({model.Labels}) have no '{LabelScheme.Outside}'");
            var tokenizer = SubwordTokenizer.FromFolder(folder);
            if (model.Config.VocabSize < tokenizer.VocabSize)
                throw new InputException(folder, null,
                    $"the model's vocabulary ({model.Config.VocabSize}) is smaller than its tokenizer's ({tokenizer.VocabSize})");
            if (options.MaxLength > model.Config.MaxSequenceLength)
                throw new InputException(folder, null,
                    $"max_length {options.MaxLength} is more than the model's {model.Config.MaxSequenceLength} positions");
            model.SetPrecision(options.Precision);
            model.MoveTo(device);
            model.eval();
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            return new ModelWordTagger(name, model, tokenizer, options);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A predictor over this tagger's model with its settings; <paramref name="withLabels"/> for one that also gives
    /// each document's loss (<see cref="Evaluation.Evaluator"/>).
    /// </summary>
    public DocumentPredictor CreatePredictor(bool withLabels = false) =>
        new(Model, Tokenizer, Encoding, Options.BatchSize, Options.WordPooling, withLabels);

    /// <inheritdoc/>
    public WordProbabilities Tag(Document document)
    {
        var prediction = _predictor.Predict([document]).Single();
        var rows = new float[prediction.WordRows.Count][];
        for (var w = 0; w < rows.Length; w++)
        {
            if (prediction.WordRows[w] is { } row)
            {
                rows[w] = row;
                continue;
            }
            rows[w] = new float[Labels.Count];
            rows[w][_outside] = 1;
        }
        return WordProbabilities.Create(Labels, rows);
    }

    /// <inheritdoc/>
    public void Dispose() => Model.Dispose();
}
