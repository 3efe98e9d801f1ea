using System.CommandLine;
using Kdo.Corpus;
using Kdo.Modeling.Models;

namespace Kdo.Cli.Commands;

/// <summary><c>kdo logits</c>: a model's raw logits (and last hidden state) for given token ids, as JSON (layout: <see cref="RawLogits"/>).</summary>
internal static class LogitsCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "a Hugging Face model folder (config.json, model.safetensors)", Required = true };
        var input = new Option<string>("--input")
        {
            Description = "JSON with input_ids and attention_mask ([B][T]) and optional token_type_ids", Required = true,
        };
        var hiddenStates = new Option<bool>("--hidden-states") { Description = "also write the last hidden state [B][T][hidden]" };
        var output = new Option<string?>("--out") { Description = "write the JSON to this file instead of standard output" };
        var command = new Command("logits", "Write a model's raw logits for given token ids as JSON, to check Kdo against another implementation.")
        {
            model, input, hiddenStates, output,
        };
        command.SetAction(parse =>
        {
            var (folder, path, hidden, target) = (parse.GetValue(model)!, parse.GetValue(input)!, parse.GetValue(hiddenStates), parse.GetValue(output));
            if (target is null)
                RawLogits.Write(folder, path, hidden, parse.InvocationConfiguration.Output);
            else
                AtomicFile.WriteText(target, writer => RawLogits.Write(folder, path, hidden, writer));
            return Program.Success;
        });
        return command;
    }
}
