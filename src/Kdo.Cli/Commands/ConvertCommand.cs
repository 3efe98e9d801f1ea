using System.CommandLine;
using Kdo.Corpus.Formats;

namespace Kdo.Cli.Commands;

/// <summary><c>kdo convert IN OUT</c>: a corpus file from any format to any other (<see cref="CorpusConverter"/>).</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "The corpus file to read." };
        var output = new Argument<string>("OUT") { Description = "The file to write; it is replaced only when the whole conversion succeeds." };
        var to = new Option<string?>("--to") { Description = "The output's format (jsonl, conll, label_studio, doccano, text); by default from its extension." };
        var ids = new Option<bool>("--ids") { Description = "Write JSONL tags as label ids of --labels instead of names." };
        var command = new Command("convert", "Convert a corpus between JSONL, CoNLL, Label Studio, Doccano and text.") { input, output, to, ids };
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var read = corpus.ReadOptions(parse);
            var write = new CorpusWriteOptions
            {
                Format = parse.GetValue(to) is { } name ? CorpusFiles.ParseFormat(name, "--to") : null,
                Labels = read.Labels,
                TagIds = parse.GetValue(ids),
            };
            var target = parse.GetRequiredValue(output);
            var summary = CorpusConverter.Convert(parse.GetRequiredValue(input), target, read, write);
            parse.InvocationConfiguration.Output.WriteLine(
                $"{summary.Documents} documents, {summary.Words} words, {summary.MisalignedSpans} misaligned spans widened to whole words -> {target}");
            return Program.Success;
        });
        return command;
    }
}
