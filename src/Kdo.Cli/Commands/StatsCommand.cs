using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Formats;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo stats FILE</c>: what a corpus holds (<see cref="CorpusStatistics"/>), in counts only: no document text and
/// no identifiers are printed.
/// </summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The corpus file." };
        var json = new Option<bool>("--json") { Description = "Print the statistics as JSON." };
        var command = new Command("stats", "Count a corpus: documents, words, sentences, labels, entities, document lengths.") { file, json };
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var statistics = CorpusStatistics.Compute(CorpusFiles.Read(parse.GetRequiredValue(file), corpus.ReadOptions(parse)));
            parse.InvocationConfiguration.Output.Write(parse.GetValue(json) ? statistics.ToJson() : statistics.ToText());
            return Program.Success;
        });
        return command;
    }
}
