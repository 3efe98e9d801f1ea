using Kdo.Extraction.Input;

namespace Kdo.Extraction.Output;

/// <summary>What one extraction run did.</summary>
/// <param name="Extracted">Documents extracted in this run.</param>
/// <param name="Skipped">Documents whose record the output already held.</param>
public sealed record ExtractionSummary(int Extracted, int Skipped);

/// <summary>
/// Extracts the customer record of every document and appends it to the output (<see cref="ExtractionFile"/>),
/// skipping documents (same id and source) the output already holds, so that a rerun after a crash or an added file
/// does only what is missing. Documents stream: one is in memory at a time.
/// </summary>
public static class ExtractionRun
{
    /// <summary>Runs <paramref name="extractor"/> over <paramref name="documents"/> into <paramref name="output"/>.</summary>
    /// <param name="documents">The documents, enumerated once.</param>
    /// <param name="extractor">The extractor.</param>
    /// <param name="output">The JSONL file to append to.</param>
    /// <param name="progress">Told the summary so far after each document.</param>
    public static ExtractionSummary Run(IEnumerable<SourceDocument> documents, Extractor extractor, string output, IProgress<ExtractionSummary>? progress = null)
    {
        using var file = ExtractionFile.OpenForAppend(output);
        int extracted = 0, skipped = 0;
        foreach (var (document, source) in documents)
        {
            if (file.Contains(document.Id, source))
                skipped++;
            else
            {
                file.Append(extractor.Extract(document, source));
                extracted++;
            }
            progress?.Report(new ExtractionSummary(extracted, skipped));
        }
        return new ExtractionSummary(extracted, skipped);
    }
}
