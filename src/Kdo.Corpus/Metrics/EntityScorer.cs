using System.Runtime.InteropServices;

namespace Kdo.Corpus.Metrics;

/// <summary>
/// Scores predicted tags against gold tags as seqeval does, one sentence (sequence) at a time: the training loop
/// adds each evaluation document or window, a file is streamed sentence by sentence, and <see cref="Result"/> gives
/// the same scores as seqeval on the list of all sentences added. Tags are free strings; each distinct tag is parsed
/// once, and adding a sentence allocates nothing once the buffers have grown to its length.
/// </summary>
/// <example>
/// <code>
/// var scorer = new EntityScorer();
/// foreach (var (gold, predicted) in sentences)
///     scorer.Add(gold, predicted);
/// Console.Write(scorer.Result().FormatReport(digits: 4));
/// </code>
/// </example>
public sealed class EntityScorer
{
    private readonly TagTable _tags;
    private readonly SequenceChunker _goldChunker;
    private readonly SequenceChunker _predictedChunker;
    private readonly List<Chunk> _goldChunks = [];
    private readonly List<Chunk> _predictedChunks = [];
    private int[] _goldIds = new int[256];
    private int[] _predictedIds = new int[256];
    private int[] _gold = new int[16];
    private int[] _predicted = new int[16];
    private int[] _correct = new int[16];
    private int _sentences;
    private long _tokens;
    private long _correctTokens;

    /// <summary>Creates an empty scorer that reads entities in <paramref name="mode"/>.</summary>
    public EntityScorer(SeqevalMode mode = SeqevalMode.Default)
    {
        Mode = mode;
        _tags = new TagTable(mode);
        _goldChunker = new SequenceChunker(_tags, mode);
        _predictedChunker = new SequenceChunker(_tags, mode);
    }

    /// <summary>The mode entities are read in.</summary>
    public SeqevalMode Mode { get; }

    /// <summary>The number of sentences added so far.</summary>
    public int Sentences => _sentences;

    /// <summary>Adds one sentence: its gold tags and the predicted tags, one per token.</summary>
    /// <exception cref="ArgumentException">The lengths differ. The scorer is unchanged then.</exception>
    /// <exception cref="InvalidTagException">
    /// A tag is null, empty, or (strict mode) not IOB2; its side is "gold" or "predicted". The scorer is unchanged then.
    /// </exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) => Add(gold, predicted, ..);

    /// <summary>
    /// Adds the sentence <paramref name="sentence"/> of two aligned tag lists, such as a range from
    /// <see cref="Document.Sentences"/> of a gold and a predicted document.
    /// </summary>
    /// <exception cref="ArgumentException">The lists' lengths differ. The scorer is unchanged then.</exception>
    /// <exception cref="InvalidTagException">
    /// A tag is null, empty, or (strict mode) not IOB2; its side is "gold" or "predicted". The scorer is unchanged then.
    /// </exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, Range sentence)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
            throw new ArgumentException(
                $"sentence {_sentences}: {gold.Count} gold tags but {predicted.Count} predicted tags", nameof(predicted));
        var (start, length) = sentence.GetOffsetAndLength(gold.Count);
        if (_goldIds.Length < length)
        {
            _goldIds = new int[Math.Max(length, _goldIds.Length * 2)];
            _predictedIds = new int[_goldIds.Length];
        }
        // Every tag is interned before any state changes, so that a bad tag leaves the scorer as it was.
        var goldIds = _goldIds.AsSpan(0, length);
        var predictedIds = _predictedIds.AsSpan(0, length);
        _tags.Intern(gold, start, goldIds, nameof(gold), _sentences);
        _tags.Intern(predicted, start, predictedIds, nameof(predicted), _sentences);

        _goldChunks.Clear();
        _predictedChunks.Clear();
        _goldChunker.Read(goldIds, _goldChunks);
        _predictedChunker.Read(predictedIds, _predictedChunks);
        Count(CollectionsMarshal.AsSpan(_goldChunks), CollectionsMarshal.AsSpan(_predictedChunks));

        var correctTokens = 0;
        for (var i = 0; i < length; i++)
        {
            if (goldIds[i] == predictedIds[i])
                correctTokens++;
        }
        _correctTokens += correctTokens;
        _tokens += length;
        _sentences++;
    }

    /// <summary>The scores of every sentence added so far. The scorer can go on adding after this.</summary>
    public EntityScores Result()
    {
        var rows = new List<ScoreRow>();
        for (var type = 0; type < Math.Min(_tags.TypeCount, _gold.Length); type++)
            rows.Add(ScoreMath.Row(_tags.TypeName(type), _gold[type], _predicted[type], _correct[type]));
        return EntityScores.Create(Mode, rows, _sentences, _tokens, _correctTokens);
    }

    /// <summary>Scores gold against predicted sentences (as seqeval's functions take y_true and y_pred).</summary>
    /// <exception cref="ArgumentException">
    /// The numbers of sentences or the lengths of two sentences differ, or a tag is bad for <paramref name="mode"/>.
    /// </exception>
    public static EntityScores Score(IEnumerable<IReadOnlyList<string>> gold, IEnumerable<IReadOnlyList<string>> predicted,
        SeqevalMode mode = SeqevalMode.Default)
    {
        var scorer = new EntityScorer(mode);
        using var goldSentences = gold.GetEnumerator();
        using var predictedSentences = predicted.GetEnumerator();
        while (true)
        {
            var hasGold = goldSentences.MoveNext();
            if (hasGold != predictedSentences.MoveNext())
                throw new ArgumentException(
                    $"gold has {(hasGold ? "more than " : "")}{scorer.Sentences} sentences, " +
                    $"predicted has {(hasGold ? "" : "more than ")}{scorer.Sentences}", nameof(predicted));
            if (!hasGold)
                return scorer.Result();
            scorer.Add(goldSentences.Current, predictedSentences.Current);
        }
    }

    // Both lists come in increasing end order and end within this sentence, so one merge on the end finds every
    // predicted entity that equals a gold one (each end occurs at most once per side).
    private void Count(ReadOnlySpan<Chunk> gold, ReadOnlySpan<Chunk> predicted)
    {
        if (_gold.Length < _tags.TypeCount)
        {
            var size = Math.Max(_tags.TypeCount, _gold.Length * 2);
            Array.Resize(ref _gold, size);
            Array.Resize(ref _predicted, size);
            Array.Resize(ref _correct, size);
        }
        foreach (var chunk in gold)
            _gold[chunk.Type]++;
        foreach (var chunk in predicted)
            _predicted[chunk.Type]++;
        for (int g = 0, p = 0; g < gold.Length && p < predicted.Length;)
        {
            if (gold[g].End < predicted[p].End)
                g++;
            else if (gold[g].End > predicted[p].End)
                p++;
            else
            {
                if (gold[g] == predicted[p])
                    _correct[gold[g].Type]++;
                g++;
                p++;
            }
        }
    }
}
