using Kdo.Corpus;
using Kdo.Modeling.Models;
using Kdo.Tokenization;
using static TorchSharp.torch;

namespace Kdo.Training.Prediction;

/// <summary>
/// Runs a token classifier over whole documents: each document is tokenized and cut into sliding windows, windows
/// (of several documents) are batched, the softmax of each window is merged back so that every token is read from
/// the window where it has the most context, and a word's row is pooled from its subtokens. Streams: documents
/// come out in order, holding at most a batch of windows.
/// </summary>
public sealed class DocumentPredictor
{
    private readonly TokenClassifier _model;
    private readonly SubwordTokenizer _tokenizer;
    private readonly DocumentEncoder _encoder;
    private readonly int _batchSize;
    private readonly WordPooling _pooling;

    /// <summary>A predictor of <paramref name="model"/> (in eval mode while predicting) with <paramref name="tokenizer"/>.</summary>
    /// <param name="model">The model, on its device and in its precision.</param>
    /// <param name="tokenizer">The model's tokenizer.</param>
    /// <param name="encoding">Window size, stride and labelling (as trained).</param>
    /// <param name="batchSize">Windows per forward pass.</param>
    /// <param name="pooling">How a word's row comes from its subtokens' rows.</param>
    /// <param name="withLabels">Encodes the documents' tags too, for <see cref="DocumentPrediction.LossSum"/>.</param>
    public DocumentPredictor(TokenClassifier model, SubwordTokenizer tokenizer, EncodingOptions? encoding = null,
        int batchSize = 8, WordPooling pooling = WordPooling.FirstToken, bool withLabels = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _model = model;
        _tokenizer = tokenizer;
        _encoder = new DocumentEncoder(tokenizer, encoding, withLabels ? model.Labels : null);
        _batchSize = batchSize;
        _pooling = pooling;
    }

    /// <summary>The model's labels: the columns of every row.</summary>
    public LabelScheme Labels => _model.Labels;

    /// <summary>
    /// Predicts every document, lazily and in order. With <paramref name="loss"/> (and a predictor made with labels)
    /// each prediction carries the document's weighted loss sums.
    /// </summary>
    public IEnumerable<DocumentPrediction> Predict(IEnumerable<Document> documents, WeightedCrossEntropy? loss = null)
    {
        var pending = new Queue<(EncodedDocument Document, float[]?[] Rows)>();
        var windows = new List<(TokenWindow Window, float[]?[] Rows)>();
        var losses = new Dictionary<int, (double Sum, double Weight)>();
        var wasTraining = _model.training;
        _model.eval();
        try
        {
            foreach (var encoded in _encoder.Encode(documents))
            {
                var rows = new float[]?[encoded.Windows.Count];
                pending.Enqueue((encoded, rows));
                windows.AddRange(encoded.Windows.Select(w => (w, rows)));
                while (windows.Count >= _batchSize)
                    Run(windows, _batchSize, loss, losses);
                foreach (var done in Completed(pending, losses))
                    yield return done;
            }
            while (windows.Count > 0)
                Run(windows, windows.Count, loss, losses);
            foreach (var done in Completed(pending, losses))
                yield return done;
        }
        finally
        {
            _model.train(wasTraining);
        }
    }

    private IEnumerable<DocumentPrediction> Completed(Queue<(EncodedDocument Document, float[]?[] Rows)> pending,
        Dictionary<int, (double Sum, double Weight)> losses)
    {
        while (pending.Count > 0 && pending.Peek().Rows.All(r => r is not null))
        {
            var (encoded, rows) = pending.Dequeue();
            var words = encoded.WordProbabilities(rows!, Labels.Count, _pooling);
            losses.Remove(encoded.Index, out var documentLoss);
            yield return new DocumentPrediction(encoded.Document, words, documentLoss.Sum, documentLoss.Weight);
        }
    }

    private void Run(List<(TokenWindow Window, float[]?[] Rows)> windows, int count, WeightedCrossEntropy? loss,
        Dictionary<int, (double Sum, double Weight)> losses)
    {
        var taken = windows.GetRange(0, count);
        windows.RemoveRange(0, count);
        var batch = Batching.Pad(taken.Select(t => t.Window).ToArray(), _tokenizer.PadId);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var shape = new long[] { batch.Size, batch.Length };
        var ids = tensor(batch.InputIds, shape, device: _model.Device);
        var mask = tensor(batch.AttentionMask, shape, device: _model.Device);
        var logits = _model.forward(ids, mask, null);
        var probabilities = logits.softmax(-1).cpu().data<float>().ToArray();
        var rows = batch.SplitRows(probabilities, Labels.Count);
        for (var b = 0; b < taken.Count; b++)
            taken[b].Rows[taken[b].Window.Index] = rows[b];
        if (loss is null || batch.Labels is null)
            return;
        // Per document: each row's loss is summed on its own so that a document's loss does not depend on its batch.
        var labels = tensor(batch.Labels, shape, device: _model.Device);
        var rowSums = loss.PerToken(logits, labels).sum(1).cpu().data<float>().ToArray();
        for (var b = 0; b < taken.Count; b++)
        {
            var document = taken[b].Window.Document;
            var weight = loss.WeightTotal(batch.Labels.AsSpan(b * batch.Length, batch.Length));
            losses.TryGetValue(document, out var sums);
            losses[document] = (sums.Sum + rowSums[b], sums.Weight + weight);
        }
    }
}

/// <summary>A document with one probability row per word (null for a word without tokens) and, when asked, its loss sums.</summary>
/// <param name="Document">The document.</param>
/// <param name="WordRows">Per word, P(label) over the model's labels; null for a word without tokens.</param>
/// <param name="LossSum">Sum of w_y · nll over its labelled tokens (0 without labels).</param>
/// <param name="LossWeight">Sum of w_y over its labelled tokens (0 without labels).</param>
public sealed record DocumentPrediction(Document Document, IReadOnlyList<float[]?> WordRows, double LossSum, double LossWeight)
{
    /// <summary>The most probable label id of each word; <paramref name="fallback"/> for a word without tokens.</summary>
    public int[] LabelIds(int fallback = 0) => LabelAlignment.ArgMax(WordRows, fallback);
}
