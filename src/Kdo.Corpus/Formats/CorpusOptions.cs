using Kdo.Corpus.Text;

namespace Kdo.Corpus.Formats;

/// <summary>How <see cref="CorpusFiles"/> reads a file. The defaults fit the common case of every format.</summary>
public sealed record CorpusReadOptions
{
    /// <summary>The file's format, or null to tell it from the file (<see cref="CorpusFiles.DetectFormat"/>).</summary>
    public CorpusFormat? Format { get; init; }

    /// <summary>The labels that JSONL tag ids stand for.</summary>
    public LabelScheme Labels { get; init; } = LabelScheme.Default;

    /// <summary>The CoNLL column that holds the tag, counted from 1 as awk does; null for the last column.</summary>
    public int? TagColumn { get; init; }

    /// <summary>Which of a Label Studio task's annotations (or predictions) to read, from 0.</summary>
    public int Annotation { get; init; }

    /// <summary>Read a Label Studio task's "predictions" instead of its "annotations".</summary>
    public bool Predictions { get; init; }

    /// <summary>
    /// Called for every span of a span format (Label Studio, Doccano) whose boundary falls inside a word, with the
    /// document's id; the span is widened to whole words, which is not an error.
    /// </summary>
    public Action<string, LabeledSpan>? OnMisalignedSpan { get; init; }
}

/// <summary>How <see cref="CorpusFiles"/> writes a file.</summary>
public sealed record CorpusWriteOptions
{
    /// <summary>The file's format, or null to tell it from the extension (<see cref="CorpusFiles.FormatForWriting"/>).</summary>
    public CorpusFormat? Format { get; init; }

    /// <summary>The labels whose ids JSONL tags are written as, with <see cref="TagIds"/>.</summary>
    public LabelScheme Labels { get; init; } = LabelScheme.Default;

    /// <summary>Write JSONL "ner_tags" as label ids (as HF datasets' ClassLabel does) instead of names.</summary>
    public bool TagIds { get; init; }
}
