using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Tokenization;

namespace Kdo.Cli.Commands;

/// <summary>
/// <c>kdo tokenize FILE [--tokenizer DIR] [--out FILE]</c>: every document of a corpus file as the model sees it
/// (<see cref="EncodingJsonl"/>): its ids, subtokens, word ids, aligned labels and windows, as JSONL. What a user
/// inspects when labels look wrong.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The corpus file (JSONL of words, CoNLL, ... as --from says)." };
        var tokenizerFolder = new Option<string?>("--tokenizer") { Description = "A Hugging Face model folder with sentencepiece.bpe.model (XLM-R) or vocab.txt (BERT/ELECTRA); by default Kdo's Czech tokenizer." };
        var output = new Option<string?>("--out") { Description = "The JSONL file to write, replaced only when complete; by default standard output." };
        var maxLength = new Option<int>("--max-length") { Description = "Tokens per window, special tokens included.", DefaultValueFactory = _ => SlidingWindows.DefaultMaxLength };
        var stride = new Option<int>("--stride") { Description = "Tokens shared by consecutive windows (at most).", DefaultValueFactory = _ => SlidingWindows.DefaultStride };
        var firstToken = new Option<bool>("--first-subtoken") { Description = "Label only each word's first subtoken (the others get -100) instead of every subtoken." };
        var command = new Command("tokenize", "Show how a corpus is tokenized: ids, subtokens, word ids, aligned labels and windows per document, as JSONL.")
        {
            file, tokenizerFolder, output, maxLength, stride, firstToken,
        };
        maxLength.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 3)
                result.AddError("--max-length must be at least 3: the start and end tokens and one subtoken.");
        });
        var corpus = new CorpusInputFlags(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var read = corpus.ReadOptions(parse);
            var format = read.Format ?? CorpusFiles.DetectFormat(path);
            var labels = format == CorpusFormat.Text ? null : read.Labels; // raw text has no tags to align
            var tokenizer = parse.GetValue(tokenizerFolder) is { } folder ? SubwordTokenizer.FromFolder(folder) : XlmRobertaTokenizer.CreateCzech();
            var (length, shared) = (parse.GetValue(maxLength), parse.GetValue(stride));
            if (shared < 0 || shared > length - 3)
                throw new InputException("--stride", null, $"must be in 0..{length - 3}: less than --max-length minus the start and end tokens");
            var options = new EncodingOptions
            {
                MaxLength = length,
                Stride = shared,
                Labeling = parse.GetValue(firstToken) ? SubtokenLabeling.FirstToken : SubtokenLabeling.EveryToken,
            };
            var documents = new DocumentEncoder(tokenizer, options, labels).Encode(CorpusFiles.Read(path, read with { Format = format }));
            if (parse.GetValue(output) is not { } target)
            {
                EncodingJsonl.Write(parse.InvocationConfiguration.Output, documents, labels);
                return Program.Success;
            }
            EncodingSummary? summary = null;
            AtomicFile.WriteText(target, writer => summary = EncodingJsonl.Write(writer, documents, labels));
            parse.InvocationConfiguration.Output.WriteLine(
                $"{summary!.Documents} documents, {summary.Words} words, {summary.Tokens} tokens, {summary.Windows} windows -> {target}");
            return Program.Success;
        });
        return command;
    }
}
