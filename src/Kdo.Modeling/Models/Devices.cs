using Kdo.Corpus;
using TorchSharp;
using static TorchSharp.torch;

namespace Kdo.Modeling.Models;

/// <summary>Names of the devices a model can run on: "cpu", "cuda" (the first GPU), "cuda:N".</summary>
public static class Devices
{
    /// <summary>The device called <paramref name="name"/>.</summary>
    /// <exception cref="InputException">Not a device name, or CUDA asked for where this TorchSharp has none.</exception>
    public static Device Parse(string name)
    {
        var parts = name.Trim().ToLowerInvariant().Split(':');
        if (parts is ["cpu"])
            return CPU;
        if (parts[0] != "cuda" || parts.Length > 2 || (parts.Length == 2 && !int.TryParse(parts[1], out _)))
            throw new InputException("device", null, $"'{name}' is not a device (use cpu, cuda or cuda:N)");
        if (!cuda.is_available())
            throw new InputException("device", null,
                $"'{name}' asked for, but TorchSharp sees no CUDA device (a CUDA build needs the libtorch-cuda package and a GPU)");
        var index = parts.Length == 2 ? int.Parse(parts[1]) : 0;
        if (index >= cuda.device_count())
            throw new InputException("device", null, $"'{name}': there are {cuda.device_count()} CUDA devices");
        return new Device(DeviceType.CUDA, index);
    }

    /// <summary>
    /// The devices a batch is split across: "auto" (every CUDA device, else the CPU) or a comma-separated list of
    /// <see cref="Parse"/>'s names ("cuda:0,cuda:1"; "cpu,cpu" gives two CPU replicas, which tests use).
    /// </summary>
    /// <exception cref="InputException">A name is not a device, or a list is empty.</exception>
    public static IReadOnlyList<Device> ParseList(string names)
    {
        if (names.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return cuda.is_available()
                ? Enumerable.Range(0, cuda.device_count()).Select(i => new Device(DeviceType.CUDA, i)).ToArray()
                : [CPU];
        var devices = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();
        return devices.Length > 0 ? devices : throw new InputException("device", null, "no device named (use auto, cpu, cuda, cuda:N or a list)");
    }
}
