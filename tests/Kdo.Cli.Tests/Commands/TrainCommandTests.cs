using System.Diagnostics;
using System.Text.Json;
using Kdo.Tests;

namespace Kdo.Cli.Tests.Commands;

public class TrainCommandTests
{
    // A tiny from-scratch model on short windows of a few generated documents: seconds per epoch.
    private static string[] TinyRun(string folder, string output, int epochs = 3, string learningRate = "3e-3") =>
    [
        "train", "--train-data", Path.Combine(folder, "train.jsonl"), "--eval-data", Path.Combine(folder, "dev.jsonl"),
        "--model", "xlm-roberta-base", "--regime", "from_scratch", "--hidden-size", "32", "--num-hidden-layers", "1",
        "--num-attention-heads", "2", "--intermediate-size", "64", "--max-length", "64", "--learning-rate", learningRate,
        "--batch-size", "4", "--epochs", epochs.ToString(), "--logging-steps", "1", "--output-dir", Path.Combine(folder, output),
    ];

    private static string Corpus()
    {
        var folder = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("generate", "--docs", "8", "--seed", "5", "--split", "train", "--out", Path.Combine(folder, "train.jsonl")).ExitCode);
        Assert.Equal(0, CliRunner.Run("generate", "--docs", "2", "--seed", "6", "--split", "dev", "--out", Path.Combine(folder, "dev.jsonl")).ExitCode);
        return folder;
    }

    [Fact]
    public void A_training_process_killed_mid_epoch_resumes_to_the_metrics_of_an_uninterrupted_run()
    {
        var folder = Corpus();
        Assert.Equal(0, Kdo(TinyRun(folder, "whole"), killAt: null));

        // Killed (SIGKILL) once the second epoch has taken a few steps: epoch 1's checkpoint is all that survives.
        Assert.NotEqual(0, Kdo(TinyRun(folder, "killed"), killAt: "epoch 2 step 3/"));
        Assert.Single(File.ReadAllLines(Path.Combine(folder, "killed", "metrics.jsonl")));
        Assert.Equal(0, Kdo([.. TinyRun(folder, "killed"), "--resume"], killAt: null));

        var (whole, resumed) = (Metrics(Path.Combine(folder, "whole")), Metrics(Path.Combine(folder, "killed")));
        Assert.Equal(3, resumed.Length);
        for (var e = 0; e < 3; e++)
            foreach (var field in new[] { "train_loss", "eval_loss", "micro_f1", "learning_rate" })
                Assert.Equal(whole[e].GetProperty(field).GetDouble(), resumed[e].GetProperty(field).GetDouble(), 5);
    }

    [Fact]
    public void Prints_an_epoch_line_and_the_report_and_refuses_bad_options()
    {
        var folder = Corpus();
        var (code, output, error) = CliRunner.Run(TinyRun(folder, "run", epochs: 1));

        Assert.True(code == 0, error);
        Assert.Contains("epoch 1: train loss", output);
        Assert.Contains("Scored on words", output);
        Assert.Contains("best entity F1", output);

        var refused = CliRunner.Run(TinyRun(folder, "other", learningRate: "0"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("learning_rate", refused.Error);
        Assert.Equal(2, CliRunner.Run(TinyRun(folder, "run", epochs: 1)).ExitCode); // the folder holds a run
    }

    private static JsonElement[] Metrics(string run) =>
        File.ReadAllLines(Path.Combine(run, "metrics.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    /// <summary>Runs kdo in a process of its own; with <paramref name="killAt"/>, kills it when its output shows that text.</summary>
    private static int Kdo(string[] args, string? killAt)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
            if (killAt is not null && line.StartsWith(killAt, StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        process.WaitForExit();
        return process.ExitCode;
    }
}
