using System.Text;
using static TorchSharp.torch;

namespace Kdo.Modeling.Tests;

/// <summary>The build step of Directory.Build.targets that makes TorchSharp load on systems whose libstdc++ lacks GLIBCXX_3.4.32.</summary>
public class NativeLibraryTests
{
    private const string Native = "runtimes/linux-x64/native/libLibTorchSharp.so";

    [Fact]
    public void TorchLoadsFromTheBuildOutput()
    {
        using var sum = ones(3).sum();
        Assert.Equal(3f, sum.item<float>());
    }

    [Fact]
    public void TheOutputCopyIsMarkedWeakOnlyWhereTheSystemNeedsItAndTheCacheIsUntouched()
    {
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux, where the natives come from libtorch-cpu-linux-x64");
        var version = typeof(TorchSharp.torch).Assembly.GetName().Version!;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = File.ReadAllBytes(Path.Combine(packages, "torchsharp", $"{version.Major}.{version.Minor}.{version.Build}", Native));
        var output = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, Native));

        Assert.Equal(cached.Length, output.Length);
        var differences = Enumerable.Range(0, cached.Length).Where(i => cached[i] != output[i]).ToArray();
        if (SystemHasGlibcxx32())
        {
            Assert.Empty(differences);
            return;
        }
        // One byte: the low byte of vna_flags of the GLIBCXX_3.4.32 entry, with VER_FLG_WEAK (2) added.
        var changed = Assert.Single(differences);
        Assert.Equal(0, cached[changed] & 2);
        Assert.Equal(cached[changed] | 2, output[changed]);
    }

    private static bool SystemHasGlibcxx32()
    {
        var library = new[] { "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6" }
            .First(File.Exists);
        return File.ReadAllBytes(library).AsSpan().IndexOf(Encoding.ASCII.GetBytes("GLIBCXX_3.4.32\0")) >= 0;
    }
}
