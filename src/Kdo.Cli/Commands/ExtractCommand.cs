using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;
using Kdo.Extraction;
using Kdo.Extraction.Input;
using Kdo.Extraction.Output;
using Kdo.Extraction.Register;
using Kdo.Extraction.Rules;
using Kdo.Extraction.Tagging;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo extract INPUT... --out FILE.jsonl (--rules | --llm URL --llm-model NAME) [--register FILE] [--config FILE]</c>:
/// one customer record per document (<see cref="ExtractionRun"/>), appended to the output, skipping documents it
/// already holds. The tagger is chosen by one flag; each flag builds one <see cref="IWordTagger"/> (a model folder's
/// tagger plugs in the same way).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders: .pdf, .txt (raw text), .jsonl, .conll and the other corpus formats.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The JSONL file of records; appended to, and documents it holds are skipped.", Required = true };
        var rules = new Option<bool>("--rules") { Description = "Tag with the rules baseline (patterns, context words, validation)." };
        var register = new Option<string?>("--register") { Description = "The customer register (CSV or SQLite) to match each record against." };
        var config = new Option<string?>("--config") { Description = "A YAML file of extraction options; flags override it." };
        var llm = new LlmFlags();
        var command = new Command("extract", "Extract the customer (names, birth date, birth number, variable symbol) of each document.") { inputs, output, rules, register, config };
        llm.AddTo(command);
        var flags = new ConfigFlags<ExtractionOptions>(command);
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var options = flags.Apply(parse.GetValue(config) is { } file ? ConfigFile.Load<ExtractionOptions>(file) : new ExtractionOptions(), parse);
            try { options.Validate(); }
            catch (ArgumentException e) { throw new InputException(parse.GetValue(config) ?? "flags", null, e.Message, e); }
            var chosen = new[] { parse.GetValue(rules), llm.IsGiven(parse) }.Count(given => given);
            if (chosen != 1)
                throw new InputException("kdo extract", null, "choose one tagger: --rules or --llm URL --llm-model NAME");
            IWordTagger tagger = parse.GetValue(rules) ? new RulesTagger() : llm.Create(parse);
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
