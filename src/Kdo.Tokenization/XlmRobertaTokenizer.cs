using Kdo.Corpus;
using Microsoft.ML.Tokenizers;

namespace Kdo.Tokenization;

/// <summary>
/// XLM-RoBERTa's tokenizer: a SentencePiece model (sentencepiece.bpe.model) with fairseq's ids, as Hugging Face's
/// XLMRobertaTokenizer gives them: &lt;s&gt; = 0, &lt;pad&gt; = 1, &lt;/s&gt; = 2, &lt;unk&gt; = 3, every other piece its
/// SentencePiece id + 1, &lt;mask&gt; = the last id. A run of unknown characters within a word is one &lt;unk&gt;, as
/// SentencePiece itself merges them.
/// </summary>
/// <remarks>
/// Speed: SentencePiece never joins pieces across whitespace (no piece holds ▁ after its first character), so a
/// document's words joined by spaces and encoded in one call give the same pieces as one call per word, at several
/// times the speed. Words that could break that equivalence (whitespace or nothing after normalisation, a leading
/// combining mark, characters outside the BMP) are encoded on their own; see <see cref="PlainWords"/>.
/// </remarks>
public sealed class XlmRobertaTokenizer : SubwordTokenizer
{
    /// <summary>The file name of the model in a Hugging Face XLM-R folder.</summary>
    public const string ModelFileName = "sentencepiece.bpe.model";

    private const int FairseqOffset = 1;

    private readonly SentencePieceTokenizer _model;
    private readonly byte[] _modelBytes;
    private readonly string[] _tokens;        // by XLM-R id
    private readonly bool[] _startsWord;      // by SentencePiece id: the piece begins with ▁
    private readonly PlainWords? _plainWords; // null when the whole-text encoding would not be exact

    private XlmRobertaTokenizer(SentencePieceTokenizer model, byte[] modelBytes, bool encodeWholeText)
    {
        _model = model;
        _modelBytes = modelBytes;
        var pieces = new string[model.Vocabulary.Count];
        foreach (var (piece, id) in model.Vocabulary)
            pieces[id] = piece;
        _tokens = new string[pieces.Length + FairseqOffset + 1];
        _startsWord = new bool[pieces.Length];
        for (var id = 0; id < pieces.Length; id++)
        {
            _tokens[id + FairseqOffset] = pieces[id];
            _startsWord[id] = pieces[id].StartsWith('▁');
        }
        (_tokens[0], _tokens[1], _tokens[2], _tokens[3]) = ("<s>", "<pad>", "</s>", "<unk>");
        _tokens[^1] = "<mask>";
        var exact = model.AddDummyPrefix && model.EscapeWhiteSpaces && !model.TreatWhitespaceAsSuffix
            && model.Vocabulary.ContainsKey("▁") && pieces.All(p => p.IndexOf('▁', 1) < 0);
        _plainWords = encodeWholeText && exact && model.Normalizer is { } normalizer ? new PlainWords(normalizer) : null;
    }

    /// <inheritdoc/>
    public override int VocabSize => _tokens.Length;

    /// <inheritdoc/>
    public override int StartId => 0;

    /// <inheritdoc/>
    public override int PadId => 1;

    /// <inheritdoc/>
    public override int EndId => 2;

    /// <inheritdoc/>
    public override int UnknownId => 3;

    /// <inheritdoc/>
    public override int MaskId => _tokens.Length - 1;

    /// <summary>The number of pieces of the SentencePiece model (its own ids, before fairseq's offset).</summary>
    public int PieceCount => _startsWord.Length;

    /// <inheritdoc/>
    public override string TokenOf(int id) => id >= 0 && id < _tokens.Length
        ? _tokens[id]
        : throw new ArgumentOutOfRangeException(nameof(id), id, $"token id must be in 0..{_tokens.Length - 1}");

    /// <summary>Loads a SentencePiece model file (XLM-R's sentencepiece.bpe.model or one made by spm_train).</summary>
    /// <exception cref="InputException">The file cannot be read or is not a SentencePiece model.</exception>
    public static XlmRobertaTokenizer Create(string modelPath)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(modelPath); }
        catch (IOException e) { throw new InputException(modelPath, null, e.Message, e); }
        return Create(bytes, modelPath, encodeWholeText: true);
    }

    /// <summary>Loads a SentencePiece model from <paramref name="model"/> (read to its end, not disposed).</summary>
    public static XlmRobertaTokenizer Create(Stream model)
    {
        using var copy = new MemoryStream();
        model.CopyTo(copy);
        return Create(copy.ToArray(), "SentencePiece model stream", encodeWholeText: true);
    }

    /// <summary>Writes sentencepiece.bpe.model and an XLMRobertaTokenizer tokenizer_config.json into <paramref name="directory"/>.</summary>
    public override void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.Write(Path.Combine(directory, ModelFileName), stream => stream.Write(_modelBytes));
        TokenizerConfig.Write(Path.Combine(directory, TokenizerConfig.FileName), new()
        {
            ["tokenizer_class"] = "XLMRobertaTokenizer",
            ["bos_token"] = "<s>",
            ["eos_token"] = "</s>",
            ["sep_token"] = "</s>",
            ["cls_token"] = "<s>",
            ["unk_token"] = "<unk>",
            ["pad_token"] = "<pad>",
            ["mask_token"] = "<mask>",
            ["model_max_length"] = 512,
        });
    }

    // For tests that compare the whole-text encoding with the one-call-per-word encoding it stands for.
    internal static XlmRobertaTokenizer Create(byte[] bytes, string source, bool encodeWholeText)
    {
        SentencePieceTokenizer model;
        try { model = SentencePieceTokenizer.Create(new MemoryStream(bytes), addBeginningOfSentence: false, addEndOfSentence: false); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or NotSupportedException
                                      or Google.Protobuf.InvalidProtocolBufferException)
        {
            throw new InputException(source, null, $"not a SentencePiece model: {e.Message}", e);
        }
        return new XlmRobertaTokenizer(model, bytes, encodeWholeText);
    }

    /// <inheritdoc/>
    private protected override void AppendWords(IReadOnlyList<string> words, List<int> ids, List<int> wordIndexes)
    {
        if (_plainWords is null)
        {
            for (var w = 0; w < words.Count; w++)
                AppendPieces(_model.EncodeToIds(words[w], false, false), w, ids, wordIndexes);
            return;
        }
        var run = 0; // the first word of the current run of plain words
        for (var w = 0; w <= words.Count; w++)
        {
            if (w < words.Count && _plainWords.IsPlain(words[w]))
                continue;
            if (w > run)
                AppendRun(words, run, w, ids, wordIndexes);
            if (w < words.Count)
                AppendPieces(_model.EncodeToIds(words[w], false, false), w, ids, wordIndexes);
            run = w + 1;
        }
    }

    // Encodes words [first, end) in one call over their text joined by spaces, and gives each piece the word of the
    // ▁-segment it lies in. Should the segments not match the words one to one, the run is encoded word by word.
    private void AppendRun(IReadOnlyList<string> words, int first, int end, List<int> ids, List<int> wordIndexes)
    {
        var text = end - first == 1 ? words[first] : string.Join(' ', Slice(words, first, end));
        var pieces = _model.EncodeToIds(text, false, false);
        var mark = ids.Count;
        var word = first - 1;
        var previousUnknown = false;
        foreach (var piece in pieces)
        {
            if (_startsWord[piece])
            {
                word++;
                previousUnknown = false;
            }
            var unknown = piece == _model.UnknownId;
            if (unknown && previousUnknown)
                continue;
            previousUnknown = unknown;
            ids.Add(ToXlmRobertaId(piece));
            wordIndexes.Add(word);
        }
        if (word == end - 1 && (pieces.Count == 0 || _startsWord[pieces[0]]))
            return;
        ids.RemoveRange(mark, ids.Count - mark);
        wordIndexes.RemoveRange(mark, wordIndexes.Count - mark);
        for (var w = first; w < end; w++)
            AppendPieces(_model.EncodeToIds(words[w], false, false), w, ids, wordIndexes);
    }

    private void AppendPieces(IReadOnlyList<int> pieces, int word, List<int> ids, List<int> wordIndexes)
    {
        var previousUnknown = false;
        foreach (var piece in pieces)
        {
            var unknown = piece == _model.UnknownId;
            if (unknown && previousUnknown)
                continue;
            previousUnknown = unknown;
            ids.Add(ToXlmRobertaId(piece));
            wordIndexes.Add(word);
        }
    }

    private int ToXlmRobertaId(int piece) => piece == _model.UnknownId ? UnknownId : piece + FairseqOffset;

    private static IEnumerable<string> Slice(IReadOnlyList<string> words, int first, int end)
    {
        for (var i = first; i < end; i++)
            yield return words[i];
    }
}
