using Kdo.Corpus;
using Kdo.Modeling.Models;
using static TorchSharp.torch;

namespace Kdo.Modeling.Checkpoints;

/// <summary>
/// Copies a checkpoint's tensors into a model by name, as HF's from_pretrained does: keys are matched exactly
/// (after HF's renames: LayerNorm gamma/beta to weight/bias, and the base-model prefix added to a base checkpoint's
/// keys), encoder shapes are asserted, and the head follows ignore_mismatched_sizes.
/// </summary>
internal static class WeightLoader
{
    private static readonly string[] ExtraPrefixes = ["lm_head.", "discriminator_predictions.", "generator", "pooler."];

    /// <exception cref="InputException">An encoder weight is missing or misshapen, or the file has encoder weights the config has no place for.</exception>
    public static LoadReport Load(TokenClassifier model, IReadOnlyDictionary<string, Tensor> file, string source, bool labelsChanged)
    {
        var prefix = model.BaseModelPrefix + ".";
        var fileKeyOf = ModelKeys(file.Keys, prefix);
        List<string> missing = [], missingEncoder = [];
        List<ShapeMismatch> mismatched = [];
        var used = new HashSet<string>(StringComparer.Ordinal);
        using (no_grad())
        {
            foreach (var (key, target) in model.named_parameters().Select(p => (p.name, (Tensor)p.parameter)).Concat(model.named_buffers()))
            {
                var isHead = key.StartsWith(TokenClassifier.HeadPrefix, StringComparison.Ordinal);
                if (!fileKeyOf.TryGetValue(key, out var fileKey))
                {
                    (isHead ? missing : missingEncoder).Add(key);
                    continue;
                }
                used.Add(fileKey);
                var tensor = file[fileKey];
                if (!tensor.shape.SequenceEqual(target.shape))
                {
                    if (!isHead)
                        throw new InputException(source, null,
                            $"'{fileKey}' has shape [{string.Join(", ", tensor.shape)}] in the file; the model of config.json needs [{string.Join(", ", target.shape)}]");
                    mismatched.Add(new ShapeMismatch(key, target.shape, tensor.shape));
                    continue;
                }
                if (!(isHead && labelsChanged))
                    target.copy_(tensor);
            }
        }
        if (missingEncoder.Count > 0)
            throw new InputException(source, null,
                $"{missingEncoder.Count} encoder weights are missing (first: {string.Join(", ", missingEncoder.Take(3))}); is this a {model.Config.ModelType} checkpoint?");

        var left = file.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToArray();
        var ignored = left.Where(k => IsKnownExtra(k, prefix)).ToArray();
        var unexpected = left.Except(ignored).ToArray();
        var encoderKeys = fileKeyOf.Where(p => p.Key.StartsWith(prefix + "encoder.", StringComparison.Ordinal)
            || p.Key.StartsWith(prefix + "embeddings", StringComparison.Ordinal)).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var misplaced = unexpected.FirstOrDefault(encoderKeys.Contains);
        if (misplaced is not null)
            throw new InputException(source, null,
                $"'{misplaced}' has no place in the model of config.json ({model.Config.NumHiddenLayers} layers): the config does not describe these weights");
        return new LoadReport
        {
            WeightsFile = source, Missing = missing, Mismatched = mismatched, LabelsChanged = labelsChanged,
            Unexpected = unexpected, Ignored = ignored,
        };
    }

    // Model key -> file key. A base checkpoint (XLMRobertaModel.save_pretrained) has no "roberta." prefix.
    private static Dictionary<string, string> ModelKeys(IEnumerable<string> fileKeys, string prefix)
    {
        var keys = fileKeys.ToArray();
        var addPrefix = !keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var name = key.EndsWith(".gamma", StringComparison.Ordinal) ? key[..^".gamma".Length] + ".weight"
                : key.EndsWith(".beta", StringComparison.Ordinal) ? key[..^".beta".Length] + ".bias"
                : key;
            if (addPrefix && !name.StartsWith(TokenClassifier.HeadPrefix, StringComparison.Ordinal))
                name = prefix + name;
            map.TryAdd(name, key);
        }
        return map;
    }

    private static bool IsKnownExtra(string key, string prefix)
    {
        var name = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
        return name.EndsWith("position_ids", StringComparison.Ordinal) || name.EndsWith("token_type_ids", StringComparison.Ordinal)
            || ExtraPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
    }
}
