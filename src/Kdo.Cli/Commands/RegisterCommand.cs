using System.CommandLine;
using Kdo.Corpus.Formats;
using Kdo.Extraction.Register;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo register --from CORPUS --extra N --out FILE [--seed S] [--answers FILE]</c>: a demo customer register of the corpus's gold
/// customers among N distractors (<see cref="RegisterGenerator"/>), as CSV or, for .db/.sqlite, SQLite.
/// </summary>
internal static class RegisterCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The labelled corpus whose gold customers the register holds.", Required = true };
        var extra = new Option<int>("--extra") { Description = "How many distractor customers to add.", DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out") { Description = "The register to write: .csv, or .db/.sqlite for SQLite.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed of the distractors and the id order.", DefaultValueFactory = _ => 1 };
        var answers = new Option<string?>("--answers") { Description = "Also write the answer key: which customer each document is about (CSV document_id,customer_id), for kdo score --answers." };
        extra.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--extra must not be negative.");
        });
        var command = new Command("register", "Generate a demo customer register from a corpus's gold customers plus distractors.") { from, extra, output, seed, answers };
        command.SetAction(parse =>
        {
            var generated = RegisterGenerator.Generate(CorpusFiles.Read(parse.GetRequiredValue(from)), parse.GetValue(extra), parse.GetValue(seed));
            var target = parse.GetRequiredValue(output);
            RegisterFile.Write(target, generated.Register);
            if (parse.GetValue(answers) is { } key)
                RegisterAnswers.Write(key, generated.Answers);
            parse.InvocationConfiguration.Output.WriteLine($"{generated.Register.Customers.Count} customers -> {target}");
            return Program.Success;
        });
        return command;
    }
}
