using System.CommandLine;
using Kdo.Corpus;
using Kdo.Corpus.Formats;

namespace Kdo.Cli.Commands;

/// <summary>The options of commands that read corpus files: the format and the labels JSONL tag ids stand for.</summary>
internal sealed class CorpusInputFlags
{
    private readonly Option<string?> _from = new("--from") { Description = "The input's format (jsonl, conll, label_studio, doccano, text); by default from its extension and first record." };
    private readonly Option<string?> _labels = new("--labels") { Description = "The labels that JSONL tag ids stand for: a config.json, a JSON array or one label per line (default: the mission's)." };
    private readonly Option<int?> _tagColumn = new("--tag-column") { Description = "The CoNLL column that holds the tag, from 1 (default: the last)." };
    private readonly Option<bool> _predictions = new("--predictions") { Description = "Read Label Studio predictions instead of annotations." };
    private readonly Option<int> _annotation = new("--annotation") { Description = "Which Label Studio annotation (or prediction) of a task to read, from 0.", DefaultValueFactory = _ => 0 };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public CorpusInputFlags(Command command)
    {
        _tagColumn.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
                result.AddError("--tag-column counts from 1.");
        });
        _annotation.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--annotation counts from 0.");
        });
        foreach (var option in new Option[] { _from, _labels, _tagColumn, _predictions, _annotation })
            command.Options.Add(option);
    }

    /// <summary>The labels given with --labels, or the mission's.</summary>
    public LabelScheme Labels(ParseResult parse) => parse.GetValue(_labels) is { } file ? LabelScheme.Load(file) : LabelScheme.Default;

    /// <summary>The read options the flags give.</summary>
    public CorpusReadOptions ReadOptions(ParseResult parse) => new()
    {
        Format = parse.GetValue(_from) is { } name ? CorpusFiles.ParseFormat(name, "--from") : null,
        Labels = Labels(parse),
        TagColumn = parse.GetValue(_tagColumn),
        Predictions = parse.GetValue(_predictions),
        Annotation = parse.GetValue(_annotation),
    };
}
