using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Generation;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo generate --docs N --seed S --split train|dev|test --out FILE</c>: a synthetic corpus
/// (<see cref="CorpusGenerator"/>) written as JSONL or CoNLL (<see cref="CorpusFiles.Write(string, IEnumerable{Document}, CorpusFormat?, LabelScheme?)"/>).
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "How many documents to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed and split give the same documents.", DefaultValueFactory = _ => 1 };
        var split = new Option<string>("--split") { Description = "The split whose phrasings to use (train, dev, test).", DefaultValueFactory = _ => "train" };
        var output = new Option<string>("--out") { Description = "The file to write; it is replaced only when the whole corpus is written.", Required = true };
        var format = new Option<string?>("--format") { Description = "jsonl or conll; by default from the file's extension." };
        var noise = new Option<double>("--noise") { Description = "The probability per word of an OCR error (0 = clean).", DefaultValueFactory = _ => 0 };
        docs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--docs must be at least 1.");
        });
        split.AcceptOnlyFromAmong("train", "dev", "test");
        var command = new Command("generate", "Generate a synthetic corpus of labelled Czech insolvency documents.") { docs, seed, split, output, format, noise };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Seed = parse.GetValue(seed),
                Split = Enum.Parse<CorpusSplit>(parse.GetRequiredValue(split), ignoreCase: true),
                NoiseRate = parse.GetValue(noise),
            };
            CorpusGenerator generator;
            try { generator = CorpusGenerator.Create(options); }
            catch (ArgumentException e) { throw new InputException("--noise", null, e.Message, e); }
            var target = parse.GetRequiredValue(output);
            var chosen = parse.GetValue(format) is { } name ? CorpusFiles.ParseFormat(name, "--format") : (CorpusFormat?)null;
            var words = 0L;
            var count = parse.GetValue(docs);
            CorpusFiles.Write(target, generator.Generate(count).Select(d => { words += d.Words.Count; return d; }), chosen);
            parse.InvocationConfiguration.Output.WriteLine($"{count} {options.Split.ToString().ToLowerInvariant()} documents, {words} words -> {target}");
            return Program.Success;
        });
        return command;
    }
}
