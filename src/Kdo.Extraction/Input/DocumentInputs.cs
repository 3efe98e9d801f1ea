using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Text;

namespace Kdo.Extraction.Input;

/// <summary>A document to extract from and the file it came from.</summary>
/// <param name="Document">The document.</param>
/// <param name="Source">The file, as the user named it (or as found under a folder the user named).</param>
public sealed record SourceDocument(Document Document, string Source);

/// <summary>
/// The documents of files and folders, streamed: .pdf through <see cref="PdfText"/> and <see cref="WordSegmenter"/>
/// (one document named after the file), every corpus format through <see cref="CorpusFiles"/> (.txt as raw text is
/// one document named after the file; .jsonl, .conll and the others as many as they hold). A folder gives its files
/// of those extensions, recursively, in ordinal order of their paths.
/// </summary>
public static class DocumentInputs
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".txt", ".jsonl", ".ndjson", ".conll", ".iob", ".iob2", ".bio", ".tsv", ".json",
    };

    /// <summary>The documents of <paramref name="paths"/>, in order.</summary>
    /// <exception cref="InputException">A path is neither a file nor a folder, or a file cannot be read.</exception>
    public static IEnumerable<SourceDocument> Read(IEnumerable<string> paths, CorpusReadOptions? options = null)
    {
        foreach (var path in paths)
        {
            foreach (var file in Files(path))
            {
                if (Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    yield return new SourceDocument(WordSegmenter.ToDocument(Path.GetFileNameWithoutExtension(file), PdfText.Extract(file)), file);
                    continue;
                }
                foreach (var document in CorpusFiles.Read(file, options ?? new CorpusReadOptions()))
                    yield return new SourceDocument(document, file);
            }
        }
    }

    private static IEnumerable<string> Files(string path)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new InputException(path, null, "no such file or folder");
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }
}
