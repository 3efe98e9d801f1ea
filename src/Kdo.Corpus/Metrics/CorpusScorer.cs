namespace Kdo.Corpus.Metrics;

/// <summary>
/// Scores a predicted corpus against a gold corpus of the same documents and words, as <c>kdo report</c> does:
/// each sentence of a gold document (<see cref="Document.Sentences"/>) is one sequence for seqeval, and the
/// predicted document's tags are read over the same ranges.
/// </summary>
public static class CorpusScorer
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, reading both once, in step.</summary>
    /// <param name="gold">The gold documents.</param>
    /// <param name="goldName">The gold input's name (its file) for errors.</param>
    /// <param name="predicted">The predicted documents, in the same order, with the same words.</param>
    /// <param name="predictedName">The predicted input's name for errors.</param>
    /// <param name="mode">How entities are read.</param>
    /// <exception cref="InputException">
    /// The inputs differ in their number of documents, a document's number of words or a word, or a tag cannot be read
    /// in <paramref name="mode"/>; the message names the file and the document (by number and id) and never quotes
    /// a word.
    /// </exception>
    public static EntityScores Score(IEnumerable<Document> gold, string goldName, IEnumerable<Document> predicted,
        string predictedName, SeqevalMode mode = SeqevalMode.Default)
    {
        var scorer = new EntityScorer(mode);
        using var goldDocuments = gold.GetEnumerator();
        using var predictedDocuments = predicted.GetEnumerator();
        for (var number = 1; ; number++)
        {
            var hasGold = goldDocuments.MoveNext();
            var hasPredicted = predictedDocuments.MoveNext();
            if (!hasGold && !hasPredicted)
                return scorer.Result();
            if (hasGold != hasPredicted)
                throw new InputException(predictedName, null, hasGold
                    ? $"has {number - 1} documents, but {goldName} has more"
                    : $"has more documents than the {number - 1} of {goldName}");
            Add(scorer, goldDocuments.Current, goldName, predictedDocuments.Current, predictedName, number);
        }
    }

    private static void Add(EntityScorer scorer, Document gold, string goldName, Document predicted, string predictedName, int number)
    {
        var where = $"document {number} ('{predicted.Id}')";
        if (gold.Words.Count != predicted.Words.Count)
            throw new InputException(predictedName, null,
                $"{where} has {predicted.Words.Count} words, but document {number} of {goldName} has {gold.Words.Count}");
        for (var i = 0; i < gold.Words.Count; i++)
        {
            // The words are not quoted: they are document text.
            if (!string.Equals(gold.Words[i], predicted.Words[i], StringComparison.Ordinal))
                throw new InputException(predictedName, null, $"{where}: word {i + 1} differs from word {i + 1} of {goldName}");
        }
        foreach (var sentence in gold.Sentences())
        {
            try
            {
                scorer.Add(gold.Tags, predicted.Tags, sentence);
            }
            catch (InvalidTagException e)
            {
                var (file, document) = e.Side == "gold" ? (goldName, gold.Id) : (predictedName, predicted.Id);
                throw new InputException(file, null,
                    $"document {number} ('{document}'), word {sentence.Start.Value + e.Token + 1}: {e.Reason}", e);
            }
        }
    }
}
