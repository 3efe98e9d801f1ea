using System.CommandLine;
using Kdo.Corpus.Formats;
using Kdo.Extraction.Register;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo register --from CORPUS --extra N --out FILE [--seed S]</c>: a demo customer register of the corpus's gold
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
        extra.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--extra must not be negative.");
        });
        var command = new Command("register", "Generate a demo customer register from a corpus's gold customers plus distractors.") { from, extra, output, seed };
        command.SetAction(parse =>
        {
            var register = RegisterGenerator.Generate(CorpusFiles.Read(parse.GetRequiredValue(from)), parse.GetValue(extra), parse.GetValue(seed));
            var target = parse.GetRequiredValue(output);
            RegisterFile.Write(target, register);
            parse.InvocationConfiguration.Output.WriteLine($"{register.Customers.Count} customers -> {target}");
            return Program.Success;
        });
        return command;
    }
}
