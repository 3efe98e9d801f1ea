using System.CommandLine;
using Kdo.Corpus.Generation;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo samples [--out docs/samples]</c>: rewrites the sample documents of docs/samples
/// (<see cref="CorpusSamples.Write(string)"/>): twenty texts and samples.jsonl from the generator's test split.
/// </summary>
internal static class SamplesCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the samples into.", DefaultValueFactory = _ => Path.Combine("docs", "samples") };
        var command = new Command("samples", "Write the sample documents of docs/samples from the generator's test split.") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(output);
            var samples = CorpusSamples.Write(folder);
            parse.InvocationConfiguration.Output.WriteLine($"{samples.Count} samples and {CorpusSamples.JsonlName} -> {folder}");
            return Program.Success;
        });
        return command;
    }
}
