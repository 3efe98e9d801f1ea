using System.Buffers;
using System.Runtime.InteropServices;
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
/// document's words joined by spaces and encoded in one call give the same pieces as one call per word, with none
/// of the per-call cost; runs of words that the model's normalisation leaves unchanged (most Czech words) skip
/// normalising too. Words that could break the equivalence (whitespace or nothing after normalisation, a leading
/// combining mark, characters outside the BMP) are encoded on their own; see <see cref="PlainWords"/>. A model whose
/// pieces do cross whitespace is encoded word by word.
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
    private readonly int _unknownPiece;

    private XlmRobertaTokenizer(SentencePieceTokenizer model, byte[] modelBytes, bool encodeWholeText)
    {
        _model = model;
        _modelBytes = modelBytes;
        _unknownPiece = model.UnknownId;
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
        // The normalised text of an encoding, not Normalizer.Normalize, which skips the model's character map.
        _plainWords = encodeWholeText && exact ? new PlainWords(Normalized) : null;
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
    private protected override void AppendWords(IReadOnlyList<string> words, TokenBuffer buffer)
    {
        if (_plainWords is null)
        {
            for (var w = 0; w < words.Count; w++)
                AppendPieces(words[w], w, buffer);
            return;
        }
        // Plain words go into one text, each after a ▁ (a normalised space), and are encoded in one call; any other
        // word is encoded alone. Words that normalisation leaves unchanged make runs of their own, which skip it.
        var capacity = 0;
        for (var w = 0; w < words.Count; w++)
            capacity += (words[w]?.Length ?? 0) + 1;
        var text = ArrayPool<char>.Shared.Rent(capacity + 1);
        try
        {
            var length = 0;
            var run = 0; // the first word of the run in text
            var runKind = WordKind.Other;
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w] ?? "";
                var kind = _plainWords.Copy(word, text.AsSpan(length + 1));
                if (kind != runKind && length > 0)
                {
                    AppendRun(text.AsSpan(0, length), runKind == WordKind.Normalized, run, w, words, buffer);
                    if (kind != WordKind.Other)
                        text.AsSpan(length + 1, word.Length).CopyTo(text.AsSpan(1)); // the word starts the next run
                    length = 0;
                }
                if (kind == WordKind.Other)
                {
                    AppendPieces(word, w, buffer);
                    (run, runKind) = (w + 1, kind);
                    continue;
                }
                if (length == 0)
                    (run, runKind) = (w, kind);
                text[length] = '▁';
                length += word.Length + 1;
            }
            AppendRun(text.AsSpan(0, length), runKind == WordKind.Normalized, run, words.Count, words, buffer);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    // Encodes words [first, end), whose text "▁w▁w..." is text, in one call, and gives each piece the word of the
    // ▁-segment it lies in. Should the segments not match the words one to one, the run is encoded word by word.
    private void AppendRun(Span<char> text, bool normalized, int first, int end, IReadOnlyList<string> words, TokenBuffer buffer)
    {
        if (end == first)
            return;
        if (!normalized)
        {
            text.Replace('▁', ' '); // the words hold no ▁: these are the separators, which normalising puts back
            text = text[1..];
        }
        var list = _model.EncodeToIds(text, false, false, considerNormalization: !normalized);
        var pieces = list is List<int> concrete ? CollectionsMarshal.AsSpan(concrete) : [.. list];
        var mark = buffer.Count;
        var word = first - 1;
        var previousUnknown = false;
        foreach (var piece in pieces)
        {
            if (_startsWord[piece])
            {
                word++;
                previousUnknown = false;
            }
            var unknown = piece == _unknownPiece;
            if (!(unknown && previousUnknown))
                buffer.Add(unknown ? UnknownId : piece + FairseqOffset, word);
            previousUnknown = unknown;
        }
        if (word == end - 1 && (pieces.Length == 0 || _startsWord[pieces[0]]))
            return;
        buffer.Truncate(mark);
        for (var w = first; w < end; w++)
            AppendPieces(words[w], w, buffer);
    }

    // One word on its own: what Hugging Face does for every word.
    private void AppendPieces(string word, int index, TokenBuffer buffer)
    {
        var pieces = _model.EncodeToIds(word, false, false);
        var previousUnknown = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var unknown = pieces[i] == _unknownPiece;
            if (!(unknown && previousUnknown))
                buffer.Add(unknown ? UnknownId : pieces[i] + FairseqOffset, index);
            previousUnknown = unknown;
        }
    }

    /// <summary>The model's normalisation of <paramref name="text"/>, dummy prefix included.</summary>
    internal string Normalized(string text)
    {
        _model.EncodeToTokens(text, out var normalized, false, false);
        return normalized ?? text;
    }
}
