using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;
using Kdo.Extraction;
using Kdo.Extraction.Input;
using Kdo.Extraction.Output;
using Kdo.Extraction.Register;
using Kdo.Extraction.Rules;
using Kdo.Extraction.Tagging;
using Kdo.Training.Prediction;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo extract INPUT... --out FILE.jsonl (--rules | --llm URL --llm-model NAME | --model DIR) [--register FILE] [--config FILE]</c>:
/// one customer record per document (<see cref="ExtractionRun"/>), appended to the output, skipping documents it
/// already holds. The tagger is chosen by one flag; each flag builds one <see cref="IWordTagger"/>: the rules
/// baseline, the zero-shot LLM, or a model folder's <see cref="ModelWordTagger"/> (with --precision, --device,
/// --batch-size and the window flags).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders: .pdf, .txt (raw text), .jsonl, .conll and the other corpus formats.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The JSONL file of records; appended to, and documents it holds are skipped.", Required = true };
        var rules = new Option<bool>("--rules") { Description = "Tag with the rules baseline (patterns, context words, validation)." };
        var model = new Option<string?>("--model") { Description = "Tag with the Hugging Face model folder DIR (config.json, weights, tokenizer)." };
        var register = new Option<string?>("--register") { Description = "The customer register (CSV or SQLite) to match each record against." };
        var config = new Option<string?>("--config") { Description = "A YAML file of extraction options; flags override it." };
        var llm = new LlmFlags();
        var command = new Command("extract", "Extract the customer (names, birth date, birth number, variable symbol) of each document.") { inputs, output, rules, model, register, config };
        llm.AddTo(command);
        var flags = new ConfigFlags<ExtractionOptions>(command);
        var modelFlags = new ConfigFlags<ModelTaggerOptions>(command);
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var options = flags.Apply(parse.GetValue(config) is { } file ? ConfigFile.Load<ExtractionOptions>(file) : new ExtractionOptions(), parse);
            try { options.Validate(); }
            catch (ArgumentException e) { throw new InputException(parse.GetValue(config) ?? "flags", null, e.Message, e); }
            var chosen = new[] { parse.GetValue(rules), llm.IsGiven(parse), parse.GetValue(model) is not null }.Count(given => given);
            if (chosen != 1)
                throw new InputException("kdo extract", null, "choose one tagger: --rules, --llm URL --llm-model NAME or --model DIR");
            IWordTagger tagger = parse.GetValue(rules) ? new RulesTagger()
                : parse.GetValue(model) is { } folder ? ModelWordTagger.Load(folder, modelFlags.Apply(new ModelTaggerOptions(), parse))
                : llm.Create(parse);
            using var owned = tagger as IDisposable;
            var customers = parse.GetValue(register) is { } path ? CustomerRegister.Load(path) : null;
            var extractor = new Extractor(tagger, options, customers);
            var target = parse.GetRequiredValue(output);
            var documents = DocumentInputs.Read(parse.GetRequiredValue(inputs), corpus.ReadOptions(parse));
            var summary = ExtractionRun.Run(documents, extractor, target);
            parse.InvocationConfiguration.Output.WriteLine($"{summary.Extracted} documents extracted, {summary.Skipped} already done, tagger {tagger.Name} -> {target}");
            LlmFlags.ReportProblems(tagger, parse.InvocationConfiguration.Error);
            return Program.Success;
        });
        return command;
    }
}
