using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Extraction.Output;
using Kdo.Extraction.Register;
using Kdo.Extraction.Scoring;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo score --gold CORPUS --pred [NAME=]EXTRACTED.jsonl... [--answers FILE] [--json]</c>: extracted records against
/// the corpus's gold records (<see cref="ExtractionScorer"/>): per-field precision, recall and F1, whole-record exact
/// match and, with the register's answer key, the register matches. Several --pred give a comparison table.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The labelled corpus with gold customer records (JSONL).", Required = true };
        var predicted = new Option<string[]>("--pred")
        {
            Description = "The records kdo extract wrote, optionally named (model=out/model.jsonl); repeat it to compare extractors.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var answers = new Option<string?>("--answers") { Description = "The register's answer key (kdo register --answers), to score the register matches." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var command = new Command("score", "Score extracted customer records against gold records.") { gold, predicted, answers, json };
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var key = parse.GetValue(answers) is { } path ? RegisterAnswers.Read(path) : null;
            var scores = parse.GetRequiredValue(predicted).Select(Named).Select(p => (p.Name, Score: ExtractionScorer.Score(
                CorpusFiles.Read(parse.GetRequiredValue(gold), corpus.ReadOptions(parse)), ExtractionFile.Read(p.Path), key))).ToArray();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.Write(scores.Length == 1 ? scores[0].Score.ToJson() : "{" + string.Join(",", scores.Select(s => $"\"{s.Name}\":{s.Score.ToJson().TrimEnd()}")) + "}\n");
            else
                output.Write(scores.Length == 1 ? scores[0].Score.ToText() : ExtractionComparison.ToText(scores));
            return Program.Success;
        });
        return command;
    }

    // "model=out/model.jsonl" names a file; a bare path is named after its file.
    private static (string Name, string Path) Named(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && !File.Exists(argument))
            return (argument[..equals], argument[(equals + 1)..]);
        if (equals == 0)
            throw new InputException("--pred", null, $"'{argument}' has an empty name before '='");
        return (Path.GetFileNameWithoutExtension(argument), argument);
    }
}
