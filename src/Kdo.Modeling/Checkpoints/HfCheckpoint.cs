using System.Text.Json;
using Kdo.Corpus;
using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using static TorchSharp.torch;

namespace Kdo.Modeling.Checkpoints;

/// <summary>
/// Hugging Face model folders, both ways. Layout: config.json (<see cref="ModelConfig"/>), the weights as
/// model.safetensors (written; read first), model.safetensors.index.json with its shards, or pytorch_model.bin
/// (read only), with HF's state-dict keys (<see cref="StateDictFile"/>), and the tokenizer's files beside them
/// (<see cref="TokenizerFiles"/>). transformers' from_pretrained reads a folder Kdo saved, and Kdo reads its.
/// </summary>
public static class HfCheckpoint
{
    /// <summary>The weights file Kdo writes.</summary>
    public const string WeightsFile = "model.safetensors";

    /// <summary>The index of a sharded safetensors checkpoint: {"weight_map": {key: shard file}}.</summary>
    public const string ShardIndexFile = "model.safetensors.index.json";

    /// <summary>PyTorch's pickled state dict, as older checkpoints (Small-E-Czech's, say) have it.</summary>
    public const string PyTorchWeightsFile = "pytorch_model.bin";

    /// <summary>The tokenizer files carried from a source folder into a saved one, where they exist.</summary>
    public static IReadOnlyList<string> TokenizerFiles { get; } =
        ["sentencepiece.bpe.model", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.json"];

    /// <summary>
    /// Reads the model in <paramref name="folder"/> into a new model on the CPU in float32, in eval mode (as
    /// from_pretrained). With <paramref name="labels"/> that differ from the checkpoint's, or a checkpoint without a
    /// head, the classifier starts fresh (HF's initialisation) and the report says so; the encoder must load exactly.
    /// </summary>
    /// <param name="folder">An HF model folder.</param>
    /// <param name="labels">The labels the head should predict; null keeps the checkpoint's id2label.</param>
    /// <param name="seed">Seeds the initialisation of what the checkpoint lacks.</param>
    /// <exception cref="InputException">No such folder, no config or weights in it, or weights that do not fit the config.</exception>
    public static (TokenClassifier Model, LoadReport Report) Load(string folder, LabelScheme? labels = null, long? seed = null)
    {
        if (!Directory.Exists(folder))
            throw new InputException(folder, null, "no such model folder");
        var configPath = Path.Combine(folder, ModelConfig.FileName);
        if (!File.Exists(configPath))
            throw new InputException(folder, null, $"no {ModelConfig.FileName}: not a Hugging Face model folder");
        var config = ModelConfig.Load(configPath);
        var labelsChanged = labels is not null && !labels.Labels.SequenceEqual(config.Labels.Labels, StringComparer.Ordinal);
        var model = TokenClassifier.Create(labels is null ? config : config with { Labels = labels }, seed);
        try
        {
            var (weights, source) = ReadWeights(folder);
            try
            {
                var report = WeightLoader.Load(model, weights, source, labelsChanged);
                model.eval();
                return (model, report);
            }
            finally
            {
                foreach (var tensor in weights.Values)
                    tensor.Dispose();
            }
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="model"/> as an HF folder: config.json (architectures, model_type, id2label, label2id,
    /// torch_dtype and the rest of its config), model.safetensors, and the tokenizer files of
    /// <paramref name="tokenizerFolder"/>. The folder is written beside the target and renamed into place, so it
    /// is complete or untouched; an existing folder is replaced as a whole.
    /// </summary>
    public static void Save(TokenClassifier model, string folder, string? tokenizerFolder = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        string? backup = null;
        Directory.CreateDirectory(temporary);
        try
        {
            var config = model.Config with
            {
                Architectures = [model.ArchitectureName],
                TorchDtype = model.Precision == Precision.BFloat16 ? "bfloat16" : "float32",
            };
            File.WriteAllText(Path.Combine(temporary, ModelConfig.FileName), config.ToJson());
            using (var scope = NewDisposeScope())
                StateDictFile.Write(Path.Combine(temporary, WeightsFile), model.state_dict());
            foreach (var source in TokenizerFiles.Select(name => Path.Combine(tokenizerFolder ?? "", name)))
                if (tokenizerFolder is not null && File.Exists(source))
                    File.Copy(source, Path.Combine(temporary, Path.GetFileName(source)));
            if (Directory.Exists(target))
            {
                backup = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.old");
                Directory.Move(target, backup);
            }
            Directory.Move(temporary, target);
        }
        catch
        {
            if (backup is not null && !Directory.Exists(target))
            {
                Directory.Move(backup, target);
                backup = null;
            }
            throw;
        }
        finally
        {
            if (Directory.Exists(temporary))
                Directory.Delete(temporary, recursive: true);
            if (backup is not null)
                Directory.Delete(backup, recursive: true);
        }
    }

    private static (Dictionary<string, Tensor> Weights, string Source) ReadWeights(string folder)
    {
        var safetensors = Path.Combine(folder, WeightsFile);
        if (File.Exists(safetensors))
            return (StateDictFile.Read(safetensors), safetensors);
        var index = Path.Combine(folder, ShardIndexFile);
        if (File.Exists(index))
            return (ReadShards(folder, index), index);
        var pickled = Path.Combine(folder, PyTorchWeightsFile);
        if (File.Exists(pickled))
            return (StateDictFile.Read(pickled), pickled);
        throw new InputException(folder, null, $"no weights: expected {WeightsFile}, {ShardIndexFile} or {PyTorchWeightsFile}");
    }

    private static Dictionary<string, Tensor> ReadShards(string folder, string index)
    {
        string[] shards;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(index));
            shards = json.RootElement.GetProperty("weight_map").EnumerateObject().Select(p => p.Value.GetString()!).Distinct().ToArray();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException(index, null, $"not a shard index with a 'weight_map' of key -> file: {e.Message}", e);
        }
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var shard in shards)
            foreach (var (key, tensor) in StateDictFile.Read(Path.Combine(folder, shard)))
                weights[key] = tensor;
        return weights;
    }
}
