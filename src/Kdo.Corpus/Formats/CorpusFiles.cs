using Kdo.Corpus.Configuration;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Reads and writes corpus files in every <see cref="CorpusFormat"/>. Reading streams: documents are parsed as the
/// enumeration reaches them, so a corpus of any size reads in the memory of one document. Writing is atomic: the
/// file is complete or untouched (<see cref="AtomicFile"/>). A malformed record is an <see cref="InputException"/>
/// naming the file, the line and the field.
/// </summary>
public static class CorpusFiles
{
    private const int SniffedLines = 20;

    /// <summary>
    /// The format of the file at <paramref name="path"/>, from its extension: .jsonl (and .ndjson) is JSONL when its
    /// first record has "tokens" and Doccano when it has "text" instead; .conll, .iob, .iob2, .bio and .tsv are CoNLL;
    /// .json is Label Studio; .txt is CoNLL when its first lines are "word ... tag" columns, else raw text.
    /// </summary>
    /// <exception cref="InputException">The extension is none of these.</exception>
    public static CorpusFormat DetectFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => SniffJsonLines(path),
        ".txt" => LooksLikeColumns(path) ? CorpusFormat.Conll : CorpusFormat.Text,
        _ => FormatForWriting(path),
    };

    /// <summary>
    /// The format to write <paramref name="path"/> in, from its extension alone: .jsonl is JSONL, .conll, .iob,
    /// .iob2, .bio and .tsv are CoNLL, .json is Label Studio, .txt is raw text. Doccano must be asked for.
    /// </summary>
    /// <exception cref="InputException">The extension is none of these.</exception>
    public static CorpusFormat FormatForWriting(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => CorpusFormat.Jsonl,
        ".conll" or ".iob" or ".iob2" or ".bio" or ".tsv" => CorpusFormat.Conll,
        ".json" => CorpusFormat.LabelStudio,
        ".txt" => CorpusFormat.Text,
        var extension => throw new InputException(path, null,
            $"cannot tell the corpus format from the extension '{extension}'; name it ({string.Join(", ", Names)})"),
    };

    /// <summary>The format named <paramref name="name"/> (jsonl, conll, label_studio, doccano, text; any case, - or _).</summary>
    /// <exception cref="InputException">No format has that name; <paramref name="source"/> says where it was given.</exception>
    public static CorpusFormat ParseFormat(string name, string source)
    {
        try { return (CorpusFormat)ConfigFile.ParseEnum(typeof(CorpusFormat), name); }
        catch (FormatException e) { throw new InputException(source, null, $"unknown corpus format: {e.Message}", e); }
    }

    /// <summary>The documents of <paramref name="path"/>, read lazily.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its format, or null to detect it (<see cref="DetectFormat"/>).</param>
    /// <param name="labels">The labels that JSONL tag ids stand for; <see cref="LabelScheme.Default"/> when null.</param>
    public static IEnumerable<Document> Read(string path, CorpusFormat? format = null, LabelScheme? labels = null) =>
        Read(path, new CorpusReadOptions { Format = format, Labels = labels ?? LabelScheme.Default });

    /// <summary>The documents of <paramref name="path"/>, read lazily with <paramref name="options"/>.</summary>
    public static IEnumerable<Document> Read(string path, CorpusReadOptions options)
    {
        var format = options.Format ?? DetectFormat(path);
        using var stream = OpenRead(path);
        foreach (var document in Read(stream, path, format, options))
            yield return document;
    }

    /// <summary>The documents of <paramref name="stream"/> in <paramref name="format"/>, read lazily.</summary>
    /// <param name="stream">The content; it is read from where it stands and not closed.</param>
    /// <param name="source">The name errors give for the input (a file path, an upload's name).</param>
    /// <param name="format">The content's format.</param>
    /// <param name="options">How to read it; the defaults when null.</param>
    public static IEnumerable<Document> Read(Stream stream, string source, CorpusFormat format, CorpusReadOptions? options = null)
    {
        options ??= new CorpusReadOptions();
        return format switch
        {
            CorpusFormat.Jsonl => JsonlFormat.Read(stream, source, options),
            CorpusFormat.Conll => ConllFormat.Read(stream, source, options),
            CorpusFormat.LabelStudio => LabelStudioFormat.Read(stream, source, options),
            CorpusFormat.Doccano => DoccanoFormat.Read(stream, source, options),
            CorpusFormat.Text => TextFormat.Read(stream, source),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown corpus format"),
        };
    }

    /// <summary>Writes <paramref name="documents"/> to <paramref name="path"/>, atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="documents">The documents, enumerated once, as they are written.</param>
    /// <param name="format">The format, or null for the one of the extension (<see cref="FormatForWriting"/>).</param>
    /// <param name="labels">Not used unless tag ids are asked for (<see cref="CorpusWriteOptions.TagIds"/>).</param>
    /// <exception cref="InputException">A document cannot be written in the format; the file is then untouched.</exception>
    public static void Write(string path, IEnumerable<Document> documents, CorpusFormat? format = null, LabelScheme? labels = null) =>
        Write(path, documents, new CorpusWriteOptions { Format = format, Labels = labels ?? LabelScheme.Default });

    /// <summary>Writes <paramref name="documents"/> to <paramref name="path"/> with <paramref name="options"/>, atomically.</summary>
    /// <exception cref="InputException">A document cannot be written in the format; the file is then untouched.</exception>
    public static void Write(string path, IEnumerable<Document> documents, CorpusWriteOptions options)
    {
        var format = options.Format ?? FormatForWriting(path);
        AtomicFile.Write(path, stream => Write(stream, path, documents, format, options));
    }

    /// <summary>Writes <paramref name="documents"/> to <paramref name="stream"/> in <paramref name="format"/>.</summary>
    /// <param name="stream">Where to write; it is not closed.</param>
    /// <param name="target">The name errors give for the output.</param>
    /// <param name="documents">The documents, enumerated once, as they are written.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to write; the defaults when null.</param>
    public static void Write(Stream stream, string target, IEnumerable<Document> documents, CorpusFormat format, CorpusWriteOptions? options = null)
    {
        options ??= new CorpusWriteOptions();
        switch (format)
        {
            case CorpusFormat.Jsonl: JsonlFormat.Write(stream, target, documents, options); break;
            case CorpusFormat.Conll: ConllFormat.Write(stream, target, documents); break;
            case CorpusFormat.LabelStudio: LabelStudioFormat.Write(stream, target, documents); break;
            case CorpusFormat.Doccano: DoccanoFormat.Write(stream, target, documents); break;
            case CorpusFormat.Text: TextFormat.Write(stream, target, documents); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "unknown corpus format");
        }
        stream.Flush();
    }

    private static IEnumerable<string> Names => Enum.GetNames<CorpusFormat>().Select(ConfigFile.SnakeCase);

    private static FileStream OpenRead(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    // JSONL and Doccano share the extension; their records tell them apart.
    private static CorpusFormat SniffJsonLines(string path)
    {
        using var stream = OpenRead(path);
        return JsonLines.First(stream, path) is { } first && !first.Element.TryGetProperty("tokens", out _) && first.Element.TryGetProperty("text", out _)
            ? CorpusFormat.Doccano
            : CorpusFormat.Jsonl;
    }

    // Columns: every one of the first non-blank lines is a -DOCSTART- mark or ends in a tag (O, B-x, I-x, E-x, S-x).
    private static bool LooksLikeColumns(string path)
    {
        using var stream = OpenRead(path);
        using var reader = Utf8Text.Open(stream);
        var lines = 0;
        while (lines < SniffedLines && Utf8Text.ReadLine(reader, path) is { } line)
        {
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
                continue;
            lines++;
            var tag = columns[^1];
            var isTag = tag == LabelScheme.Outside || tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S';
            if (columns[0] != ConllFormat.DocumentStart && (columns.Length < 2 || !isTag))
                return false;
        }
        return lines > 0;
    }
}
