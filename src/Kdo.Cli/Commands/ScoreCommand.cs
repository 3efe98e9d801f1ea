using System.CommandLine;
using Kdo.Corpus.Formats;
using Kdo.Extraction.Output;
using Kdo.Extraction.Scoring;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo score --gold CORPUS --pred EXTRACTED.jsonl [--json]</c>: extracted records against the corpus's gold records
/// (<see cref="ExtractionScorer"/>): per-field precision, recall and F1, and whole-record exact match.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The labelled corpus with gold customer records (JSONL).", Required = true };
        var predicted = new Option<string>("--pred") { Description = "The records kdo extract wrote.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var command = new Command("score", "Score extracted customer records against gold records.") { gold, predicted, json };
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var score = ExtractionScorer.Score(
                CorpusFiles.Read(parse.GetRequiredValue(gold), corpus.ReadOptions(parse)),
                ExtractionFile.Read(parse.GetRequiredValue(predicted)));
            parse.InvocationConfiguration.Output.Write(parse.GetValue(json) ? score.ToJson() : score.ToText());
            return Program.Success;
        });
        return command;
    }
}
