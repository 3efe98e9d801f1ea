using System.CommandLine;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Metrics;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo report GOLD PRED</c>: seqeval's classification report of the predicted tags of PRED against the gold tags
/// of GOLD (<see cref="CorpusScorer"/>): two corpus files with the same documents and words, in any formats. Each
/// sentence of a gold document is one sequence, as one list in seqeval's y_true (a JSONL line without
/// "sentence_starts" is one; CoNLL blank lines separate them). Tags are free strings, read exactly as seqeval does.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD") { Description = "The corpus file with the gold tags." };
        var predicted = new Argument<string>("PRED") { Description = "The corpus file with the predicted tags: the same documents and words, in any format." };
        var strict = new Option<bool>("--strict") { Description = "Read entities as seqeval's mode='strict', scheme=IOB2 does (default: its conlleval-compatible mode)." };
        var digits = new Option<int>("--digits") { Description = "Decimal digits of the numbers in the text report.", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print every number as JSON (seqeval's output_dict report, accuracy and counts) instead of the text." };
        var predictedColumn = new Option<int?>("--pred-tag-column") { Description = "The CoNLL column of PRED's tag when it differs from GOLD's, from 1 (one file with both columns: kdo report F F --tag-column 3 --pred-tag-column 4)." };
        digits.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--digits must be 0 or more.");
        });
        predictedColumn.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
                result.AddError("--pred-tag-column counts from 1.");
        });
        var command = new Command("report", "Score predicted tags against gold tags: seqeval's classification report (precision, recall, F1 per entity type and averaged).")
        {
            gold, predicted, strict, digits, json, predictedColumn,
        };
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var (goldPath, predictedPath) = (parse.GetRequiredValue(gold), parse.GetRequiredValue(predicted));
            var goldOptions = corpus.ReadOptions(parse);
            var predictedOptions = goldOptions with { TagColumn = parse.GetValue(predictedColumn) ?? goldOptions.TagColumn };
            var scores = CorpusScorer.Score(
                CorpusFiles.Read(goldPath, goldOptions), goldPath,
                CorpusFiles.Read(predictedPath, predictedOptions), predictedPath,
                parse.GetValue(strict) ? SeqevalMode.StrictIob2 : SeqevalMode.Default);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(scores.ToJson());
                return Program.Success;
            }
            if (!scores.HasEntities)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"kdo: neither {goldPath} nor {predictedPath} has an entity, so the report has no rows " +
                    "(seqeval's classification_report raises here); --json prints the numbers.");
                return Program.BadInput;
            }
            output.Write(scores.FormatReport(parse.GetValue(digits)));
            return Program.Success;
        });
        return command;
    }
}
