using Kdo.Corpus;
using Kdo.Corpus.Metrics;
using Kdo.Training.Prediction;

namespace Kdo.Training.Evaluation;

/// <summary>
/// Scores a model's predictions on labelled documents, on words: each word's label is the argmax of its pooled
/// row (O for a word without tokens), each sentence of a document (<see cref="Document.Sentences"/>) is one
/// sequence for seqeval, as <see cref="CorpusScorer"/> reads a corpus. The Python practice scored subtokens, so its
/// numbers are comparable in kind but not equal. Cheap enough to run every epoch: one pass over the documents,
/// holding one document's predictions at a time.
/// </summary>
public static class Evaluator
{
    /// <summary>
    /// Runs <paramref name="predictor"/> over <paramref name="documents"/> and scores it. With
    /// <paramref name="loss"/> the result has the eval loss; the predictor must then have been made with labels.
    /// </summary>
    /// <exception cref="InputException">A gold tag is not in the model's labels, or cannot be read in strict mode.</exception>
    public static EvaluationResult Evaluate(DocumentPredictor predictor, IEnumerable<Document> documents,
        WeightedCrossEntropy? loss = null, EvaluationOptions? options = null) =>
        Evaluate(predictor.Predict(documents, loss), predictor.Labels, loss is not null, options);

    /// <summary>Scores predictions already made (by a <see cref="DocumentPredictor"/>, or any rows over <paramref name="labels"/>).</summary>
    /// <param name="predictions">Each labelled document with one row per word.</param>
    /// <param name="labels">The labels the rows are over; must hold O.</param>
    /// <param name="withLoss">Whether the predictions carry loss sums, for <see cref="EvaluationResult.Loss"/>.</param>
    /// <param name="options">What to list besides the scores.</param>
    /// <exception cref="InputException">A gold tag cannot be read in strict mode; the message names the document and word.</exception>
    public static EvaluationResult Evaluate(IEnumerable<DocumentPrediction> predictions, LabelScheme labels,
        bool withLoss, EvaluationOptions? options = null)
    {
        options ??= new EvaluationOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxErrors);
        var outside = labels.IdOf(LabelScheme.Outside);
        var scorer = new EntityScorer(SeqevalMode.Default);
        var strictScorer = new EntityScorer(SeqevalMode.StrictIob2);
        var confusion = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var listed = new List<DocumentErrors>();
        var (documents, words, errorCount, listedCount) = (0, 0L, 0, 0);
        var (lossSum, lossWeight) = (0.0, 0.0);
        foreach (var prediction in predictions)
        {
            var document = prediction.Document;
            if (prediction.WordRows.Count != document.Words.Count)
                throw new ArgumentException(
                    $"document '{document.Id}' has {document.Words.Count} words but {prediction.WordRows.Count} rows", nameof(predictions));
            documents++;
            words += document.Words.Count;
            lossSum += prediction.LossSum;
            lossWeight += prediction.LossWeight;
            var predicted = Array.ConvertAll(prediction.LabelIds(outside), labels.NameOf);
            var errors = new List<EntityError>();
            foreach (var sentence in document.Sentences())
            {
                try
                {
                    scorer.Add(document.Tags, predicted, sentence);
                    strictScorer.Add(document.Tags, predicted, sentence);
                }
                catch (InvalidTagException e)
                {
                    throw new InputException(options.Source, null,
                        $"document {documents} ('{document.Id}'), word {sentence.Start.Value + e.Token + 1}: {e.Reason}" +
                        (e.Side == "gold" ? "" : " (a label of the model)"), e);
                }
                var found = EntityComparison.Compare(document.Tags, predicted, sentence);
                errorCount += found.Count(f => f.Kind is not null);
                foreach (var (kind, gold, guess) in found)
                {
                    var type = gold?.Type ?? guess!.Value.Type;
                    if (!confusion.TryGetValue(type, out var row))
                        confusion[type] = row = new int[Enum.GetValues<EntityErrorKind>().Length + 1];
                    row[kind is { } k ? (int)k + 1 : 0]++;
                    if (kind is { } errorKind && listedCount < options.MaxErrors)
                    {
                        listedCount++;
                        errors.Add(Error(document, errorKind, gold, guess, options.ShowIdentifiers));
                    }
                }
            }
            if (errors.Count > 0)
                listed.Add(new DocumentErrors(document.Id, errors));
        }
        var table = confusion.Select(p => Row(p.Key, p.Value)).ToArray();
        return new EvaluationResult(documents, words, withLoss ? lossSum / lossWeight : null, scorer.Result(),
            strictScorer.Result(), table, listed, errorCount, options.ShowIdentifiers);
    }

    // Counts: [exact, wrong type, wrong boundary, missed, spurious], in EntityErrorKind order after exact.
    private static TypeConfusion Row(string type, int[] counts)
    {
        var (exact, wrongType, boundary, missed, spurious) = (counts[0], counts[1 + (int)EntityErrorKind.WrongType],
            counts[1 + (int)EntityErrorKind.WrongBoundary], counts[1 + (int)EntityErrorKind.Missed], counts[1 + (int)EntityErrorKind.Spurious]);
        return new TypeConfusion(type, exact + wrongType + boundary + missed, exact, wrongType, boundary, missed, spurious);
    }

    private static EntityError Error(Document document, EntityErrorKind kind, EntitySpan? gold, EntitySpan? predicted, bool show)
    {
        var start = Math.Min(gold?.Start ?? int.MaxValue, predicted?.Start ?? int.MaxValue);
        var end = Math.Max(gold?.End ?? 0, predicted?.End ?? 0);
        return new EntityError(kind, gold, predicted, IdentifierMask.Words(document.Words, start, end, show, gold?.Type, predicted?.Type));
    }
}
