namespace Kdo.Corpus.Formats;

/// <summary>What a conversion wrote: documents, words, and the spans widened to whole words on the way.</summary>
/// <param name="Documents">The documents written.</param>
/// <param name="Words">Their words.</param>
/// <param name="MisalignedSpans">Spans of a span format whose boundary fell inside a word (widened, not an error).</param>
public sealed record ConversionSummary(int Documents, long Words, int MisalignedSpans);

/// <summary>Converts a corpus file from one format to another, streaming, the output written atomically.</summary>
public static class CorpusConverter
{
    /// <summary>Reads <paramref name="input"/> and writes its documents to <paramref name="output"/>.</summary>
    /// <exception cref="InputException">The input is malformed or cannot be written in the output's format; the output is then untouched.</exception>
    public static ConversionSummary Convert(string input, string output, CorpusReadOptions read, CorpusWriteOptions write)
    {
        var (documents, words, misaligned) = (0, 0L, 0);
        var caller = read.OnMisalignedSpan;
        var source = CorpusFiles.Read(input, read with
        {
            OnMisalignedSpan = (id, span) =>
            {
                misaligned++;
                caller?.Invoke(id, span);
            },
        });
        CorpusFiles.Write(output, Counted(source), write);
        return new ConversionSummary(documents, words, misaligned);

        IEnumerable<Document> Counted(IEnumerable<Document> all)
        {
            foreach (var document in all)
            {
                documents++;
                words += document.Words.Count;
                yield return document;
            }
        }
    }
}
