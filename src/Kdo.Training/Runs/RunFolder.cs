using System.Text.Json;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;
using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Training.Runs;

/// <summary>
/// Everything a run writes, in one folder:
/// <c>config.yaml</c> (the resolved options), <c>metrics.jsonl</c> (one <see cref="EpochRecord"/> per line),
/// TensorBoard event files in <c>tensorboard/</c>, <c>loss.png</c>, <c>f1.png</c>, <c>learning_rate.png</c>,
/// <c>report.txt</c> (the best epoch's seqeval report), <c>tokenizer/</c>, <c>best/</c> (the HF model folder of the
/// best epoch by entity F1) and <c>last/</c> (the HF model folder of the last epoch plus <c>optimizer.safetensors</c>
/// and <c>trainer_state.json</c>, from which <c>--resume</c> continues). Every file is written atomically.
/// </summary>
public sealed class RunFolder
{
    /// <summary>The folder of the best checkpoint.</summary>
    public const string BestName = "best";

    /// <summary>The folder of the resumable last checkpoint.</summary>
    public const string LastName = "last";

    private const string OptimizerFile = "optimizer.safetensors";
    private const string StateFile = "trainer_state.json";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A run folder at <paramref name="path"/> (created when written to).</summary>
    public RunFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The resolved options of the run.</summary>
    public string ConfigPath => Combine("config.yaml");

    /// <summary>One JSON line per epoch.</summary>
    public string MetricsPath => Combine("metrics.jsonl");

    /// <summary>The best epoch's report.</summary>
    public string ReportPath => Combine("report.txt");

    /// <summary>The HF model folder of the best epoch.</summary>
    public string BestPath => Combine(BestName);

    /// <summary>The last epoch's checkpoint.</summary>
    public string LastPath => Combine(LastName);

    /// <summary>The tokenizer the checkpoints carry.</summary>
    public string TokenizerPath => Combine("tokenizer");

    /// <summary>The TensorBoard event files.</summary>
    public string TensorBoardPath => Combine("tensorboard");

    /// <summary>True when the folder holds a last checkpoint to resume from.</summary>
    public bool CanResume => File.Exists(System.IO.Path.Combine(LastPath, StateFile));

    /// <summary>Writes the resolved options and the tokenizer when the run starts.</summary>
    public void Start(TrainingOptions options, SubwordTokenizer tokenizer)
    {
        Directory.CreateDirectory(Path);
        ConfigFile.Save(ConfigPath, options);
        var staging = Combine($".tokenizer.{Guid.NewGuid():N}.tmp");
        tokenizer.Save(staging);
        if (Directory.Exists(TokenizerPath))
            Directory.Delete(TokenizerPath, recursive: true);
        Directory.Move(staging, TokenizerPath);
    }

    /// <summary>The options a run was started with, to check that a resumed run is the same one.</summary>
    public TrainingOptions StartedWith() => ConfigFile.Load<TrainingOptions>(ConfigPath);

    /// <summary>Saves the best checkpoint: a complete HF folder with the tokenizer.</summary>
    public void SaveBest(TokenClassifier model, string report)
    {
        HfCheckpoint.Save(model, BestPath, TokenizerPath);
        AtomicFile.WriteText(ReportPath, writer => writer.Write(report));
    }

    /// <summary>Saves the last checkpoint: model folder, optimizer moments and the trainer's state, the state last.</summary>
    public void SaveLast(TokenClassifier model, AdamW optimizer, TrainerState state)
    {
        HfCheckpoint.Save(model, LastPath, TokenizerPath);
        StateDictFile.Write(System.IO.Path.Combine(LastPath, OptimizerFile), optimizer.State());
        AtomicFile.WriteText(System.IO.Path.Combine(LastPath, StateFile),
            writer => writer.Write(JsonSerializer.Serialize(state with { OptimizerSteps = optimizer.Steps }, Json)));
    }

    /// <summary>Reads the last checkpoint's state and restores the optimizer's moments.</summary>
    /// <exception cref="InputException">The checkpoint is incomplete or of another model.</exception>
    public TrainerState LoadLast(AdamW optimizer)
    {
        var statePath = System.IO.Path.Combine(LastPath, StateFile);
        TrainerState state;
        try
        {
            state = JsonSerializer.Deserialize<TrainerState>(File.ReadAllText(statePath), Json)
                ?? throw new InputException(statePath, null, "empty trainer state");
        }
        catch (JsonException e)
        {
            throw new InputException(statePath, null, $"not a trainer state: {e.Message}", e);
        }
        var moments = StateDictFile.Read(System.IO.Path.Combine(LastPath, OptimizerFile));
        try { optimizer.Restore(moments, state.OptimizerSteps); }
        catch (InvalidDataException e) { throw new InputException(LastPath, null, e.Message, e); }
        finally
        {
            foreach (var tensor in moments.Values)
                tensor.Dispose();
        }
        return state;
    }

    /// <summary>Rewrites metrics.jsonl, the plots and the TensorBoard scalars of the newest epoch.</summary>
    public void WriteEpochs(IReadOnlyList<EpochRecord> epochs, TensorBoardWriter tensorBoard)
    {
        AtomicFile.WriteText(MetricsPath, writer =>
        {
            foreach (var epoch in epochs)
                writer.WriteLine(JsonSerializer.Serialize(epoch, Json));
        });
        TrainingPlots.Save(Path, epochs);
        var last = epochs[^1];
        tensorBoard.Scalars(last.Epoch,
        [
            new("loss/train", last.TrainLoss), new("loss/eval", last.EvalLoss), new("eval/micro_f1", last.MicroF1),
            new("learning_rate", last.LearningRate), new("tokens_per_second", last.TokensPerSecond),
        ]);
    }

    private string Combine(string name) => System.IO.Path.Combine(Path, name);
}

/// <summary>What a resumed run needs besides the weights and the optimizer's moments: where it was and what it saw.</summary>
/// <param name="Epoch">The last completed epoch.</param>
/// <param name="OptimizerSteps">Optimizer steps taken (AdamW's bias correction and the warm-up depend on it).</param>
/// <param name="Plateau">The learning-rate schedule.</param>
/// <param name="EarlyStopping">The early-stopping tracker.</param>
/// <param name="Epochs">Every completed epoch's record.</param>
/// <param name="Elapsed">Training time so far, for the ETA.</param>
public sealed record TrainerState(int Epoch, long OptimizerSteps, PlateauState Plateau, EarlyStoppingState EarlyStopping,
    IReadOnlyList<EpochRecord> Epochs, TimeSpan Elapsed);
