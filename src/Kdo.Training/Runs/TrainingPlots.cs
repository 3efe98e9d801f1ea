using ScottPlot;
using Kdo.Corpus;

namespace Kdo.Training.Runs;

/// <summary>PNG plots of a run's curves: losses, entity F1 and the learning rate, one file each.</summary>
public static class TrainingPlots
{
    /// <summary>The file names written into the run folder.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["loss.png", "f1.png", "learning_rate.png"];

    /// <summary>Writes (or rewrites, atomically) the three plots for <paramref name="epochs"/> into <paramref name="folder"/>.</summary>
    public static void Save(string folder, IReadOnlyList<EpochRecord> epochs)
    {
        var x = epochs.Select(e => (double)e.Epoch).ToArray();
        Write(Path.Combine(folder, FileNames[0]), "Loss", "weighted cross-entropy",
            ("train", epochs.Select(e => e.TrainLoss).ToArray()), ("eval", epochs.Select(e => e.EvalLoss).ToArray()));
        Write(Path.Combine(folder, FileNames[1]), "Entity F1 (micro, eval)", "F1", ("micro F1", epochs.Select(e => e.MicroF1).ToArray()));
        Write(Path.Combine(folder, FileNames[2]), "Learning rate", "learning rate", ("lr", epochs.Select(e => e.LearningRate).ToArray()));

        void Write(string path, string title, string yLabel, params (string Name, double[] Y)[] series)
        {
            var plot = new Plot();
            foreach (var (name, y) in series)
                plot.Add.Scatter(x, y).LegendText = name;
            plot.Title(title);
            plot.XLabel("epoch");
            plot.YLabel(yLabel);
            if (series.Length > 1)
                plot.ShowLegend();
            var png = plot.GetImageBytes(800, 500, ImageFormat.Png);
            AtomicFile.Write(path, stream => stream.Write(png));
        }
    }
}
