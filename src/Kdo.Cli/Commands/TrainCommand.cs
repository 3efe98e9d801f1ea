using System.CommandLine;
using Kdo.Corpus.Configuration;
using Kdo.Training;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo train [--config FILE.yaml] [--FIELD VALUE]... [--resume]</c>: trains a token classifier
/// (<see cref="Trainer"/>); every field of <see cref="TrainingOptions"/> is a YAML key and a flag, flags win.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A YAML file of training options (keys as the flags, in snake_case); flags override it." };
        var command = new Command("train", "Train a token-classification model: fine-tuning, transfer (head only) or from scratch.") { config };
        var flags = new ConfigFlags<TrainingOptions>(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config);
            var options = flags.Apply(file is null ? new TrainingOptions() : ConfigFile.Load<TrainingOptions>(file), parse);
            var output = parse.InvocationConfiguration.Output;
            var result = Trainer.Train(options, new TrainingProgressWriter(output, interactive: output == Console.Out && !Console.IsOutputRedirected, options.LoggingSteps));
            output.WriteLine(result.BestEpoch == 0
                ? $"no epoch trained; run folder {result.RunFolder}"
                : $"best entity F1 {result.BestF1:0.0000} at epoch {result.BestEpoch}{(result.StoppedEarly ? " (stopped early)" : "")}; model {Path.Combine(result.RunFolder, "best")}");
            return Program.Success;
        });
        return command;
    }
}

/// <summary>
/// Shows a run's progress: in a terminal, one progress bar rewritten in place; in a pipe or CI, a plain line every
/// few steps. Each epoch ends with its record and seqeval report. Nothing from the documents is printed.
/// </summary>
internal sealed class TrainingProgressWriter(TextWriter output, bool interactive, int loggingSteps) : ITrainingObserver
{
    private const int BarWidth = 30;

    public void Started(TrainingPlan plan) => output.WriteLine(
        $"training {plan.TrainDocuments} documents ({plan.TrainWindows} windows, {plan.EpochWindows} per epoch, {plan.StepsPerEpoch} steps) on " +
        $"{string.Join(", ", plan.Devices)}; {plan.TrainableParameters:N0} of {plan.Parameters:N0} weights train; " +
        $"epochs {plan.FirstEpoch}-{plan.Epochs}");

    public void Step(StepProgress p)
    {
        var line = $"epoch {p.Epoch} step {p.Step}/{p.StepsPerEpoch} loss {p.Loss:0.0000} lr {p.LearningRate:0.###e+0} {p.TokensPerSecond:N0} tok/s";
        if (interactive)
        {
            var filled = p.StepsPerEpoch == 0 ? BarWidth : p.Step * BarWidth / p.StepsPerEpoch;
            output.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {line}   ");
        }
        else if (p.Step % loggingSteps == 0 || p.Step == p.StepsPerEpoch)
            output.WriteLine(line);
    }

    public void Epoch(EpochRecord e, string report)
    {
        if (interactive)
            output.WriteLine();
        output.WriteLine(
            $"epoch {e.Epoch}: train loss {e.TrainLoss:0.0000}, eval loss {e.EvalLoss:0.0000}, entity F1 {e.MicroF1:0.0000}{(e.IsBest ? " (best)" : "")}, " +
            $"lr {e.LearningRate:0.###e+0}, {e.TokensPerSecond:N0} tok/s, elapsed {e.Elapsed:hh\\:mm\\:ss}, ETA {e.Remaining:hh\\:mm\\:ss}");
        output.WriteLine(report);
    }
}
