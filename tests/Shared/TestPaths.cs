namespace Kdo.Tests;

/// <summary>Where the repository and the shared reference fixtures (../shared beside it) are, from a test's output folder.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binary that holds Kdo.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared fixtures folder beside the repository (read-only).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A path under ../shared/fixtures.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Shared, "fixtures", .. parts]);

    /// <summary>A fresh empty folder under the system temp folder, for a test's outputs.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kdo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kdo.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no Kdo.slnx above {AppContext.BaseDirectory}");
    }
}
