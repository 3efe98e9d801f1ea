using System.Buffers.Binary;
using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using Kdo.Corpus;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Kdo.Modeling.Checkpoints;

/// <summary>
/// Reads and writes state dicts (name -> tensor) as HF stores them.
/// safetensors layout: bytes 0-7 the little-endian u64 length N of a UTF-8 JSON header, padded with spaces to a
/// multiple of 8; the header maps each tensor name to {"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}
/// (offsets relative to byte 8 + N) plus "__metadata__": {"format": "pt"}, which transformers requires; the data
/// follows, tensors in name order, contiguous, row-major, little-endian. Reading uses TorchSharp.PyBridge, which also
/// reads PyTorch's pickled pytorch_model.bin; writing is Kdo's, because PyBridge writes neither the metadata nor
/// the padding.
/// </summary>
public static class StateDictFile
{
    /// <summary>Reads every tensor of a .safetensors or a pickled PyTorch (.bin) state dict, on the CPU.</summary>
    /// <exception cref="InputException">The file cannot be read as a state dict.</exception>
    public static Dictionary<string, Tensor> Read(string path)
    {
        try
        {
            if (path.EndsWith(".safetensors", StringComparison.Ordinal))
                return TorchSharp.PyBridge.Safetensors.LoadStateDict(path);
            var pickled = PyTorchUnpickler.UnpickleStateDict(path);
            return pickled.Cast<DictionaryEntry>().Where(e => e.Value is Tensor)
                .ToDictionary(e => (string)e.Key, e => (Tensor)e.Value!, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            throw new InputException(path, null, $"cannot read the weights: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="tensors"/> (any device) to <paramref name="path"/> as safetensors.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, Tensor> tensors)
    {
        var names = tensors.Keys.Order(StringComparer.Ordinal).ToArray();
        var header = new JsonObject { ["__metadata__"] = new JsonObject { ["format"] = "pt" } };
        long offset = 0;
        foreach (var name in names)
        {
            var tensor = tensors[name];
            var length = tensor.NumberOfElements * tensor.ElementSize;
            header[name] = new JsonObject
            {
                ["dtype"] = DtypeName(tensor.dtype, name),
                ["shape"] = new JsonArray(tensor.shape.Select(d => (JsonNode)d).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + length),
            };
            offset += length;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var padded = (json.Length + 7) / 8 * 8;

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        Span<byte> size = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(size, (ulong)padded);
        stream.Write(size);
        stream.Write(json);
        for (var i = json.Length; i < padded; i++)
            stream.WriteByte((byte)' ');
        foreach (var name in names)
        {
            using var data = tensors[name].detach().cpu().contiguous();
            stream.Write(data.bytes);
        }
        stream.Flush(flushToDisk: true);
    }

    private static string DtypeName(ScalarType type, string name) => type switch
    {
        ScalarType.Float32 => "F32",
        ScalarType.BFloat16 => "BF16",
        ScalarType.Float16 => "F16",
        ScalarType.Float64 => "F64",
        ScalarType.Int64 => "I64",
        ScalarType.Int32 => "I32",
        ScalarType.Int16 => "I16",
        ScalarType.Int8 => "I8",
        ScalarType.Byte => "U8",
        ScalarType.Bool => "BOOL",
        _ => throw new ArgumentException($"tensor '{name}' has type {type}, which safetensors does not store"),
    };
}
