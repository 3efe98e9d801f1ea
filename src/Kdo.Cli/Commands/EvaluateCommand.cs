using System.CommandLine;
using Kdo.Corpus.Formats;
using Kdo.Training;
using Kdo.Training.Evaluation;
using Kdo.Training.Prediction;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo evaluate --model DIR --data FILE [--show-identifiers] [--max-errors N] [--json]</c>: runs a model folder
/// over a labelled corpus (<see cref="Evaluator"/>) and prints the loss (plain cross-entropy: the folder holds no
/// class weights), seqeval's report on words in default and strict mode, the confusion table by type and the errors
/// by document, their words as shapes unless --show-identifiers (birth numbers masked even then).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The Hugging Face model folder (config.json, weights, tokenizer).", Required = true };
        var data = new Option<string>("--data") { Description = "The labelled corpus: JSONL, CoNLL, Label Studio or Doccano JSON.", Required = true };
        var show = new Option<bool>("--show-identifiers") { Description = "Show the words of the errors (birth numbers stay masked); by default they are shapes (Xxxxx, dddd)." };
        var maxErrors = new Option<int>("--max-errors") { Description = "The most errors listed; the table counts all.", DefaultValueFactory = _ => 50 };
        var digits = new Option<int>("--digits") { Description = "Decimal digits of the seqeval reports.", DefaultValueFactory = _ => 4 };
        var json = new Option<bool>("--json") { Description = "Print every number and the listed errors as JSON instead of the text." };
        foreach (var count in new[] { maxErrors, digits })
        {
            count.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 0)
                    result.AddError($"{result.Option.Name} must be 0 or more.");
            });
        }
        var command = new Command("evaluate", "Score a model on a labelled corpus: seqeval on words (default and strict), a confusion table by type, the errors by document.")
        {
            model, data, show, maxErrors, digits, json,
        };
        var modelFlags = new ConfigFlags<ModelTaggerOptions>(command);
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(data);
            using var tagger = ModelWordTagger.Load(parse.GetRequiredValue(model), modelFlags.Apply(new ModelTaggerOptions(), parse));
            using var loss = new WeightedCrossEntropy(null, tagger.Model.Device);
            var options = new EvaluationOptions { MaxErrors = parse.GetValue(maxErrors), ShowIdentifiers = parse.GetValue(show), Source = path };
            var result = Evaluator.Evaluate(tagger.CreatePredictor(withLabels: true), CorpusFiles.Read(path, corpus.ReadOptions(parse)), loss, options);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(result.ToJson());
            else
                output.Write(result.FormatReport(parse.GetValue(digits)));
            return Program.Success;
        });
        return command;
    }
}
