using Kdo.Training.Runs;

namespace Kdo.Training.Tests;

public class TrainingPlotsTests
{
    [Fact]
    public void Writes_three_png_files()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        var epochs = Enumerable.Range(1, 5)
            .Select(i => new EpochRecord(i, 1.0 / i, 1.2 / i, 0.1 * i, 2e-5, 1000, TimeSpan.FromSeconds(i), TimeSpan.Zero, true))
            .ToArray();
        TrainingPlots.Save(dir, epochs);
        foreach (var name in TrainingPlots.FileNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(dir, name));
            Assert.True(bytes.Length > 1000);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }
    }
}
