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
/// Every word is encoded on its own, as Hugging Face does: encoding a document's words joined into one text is not
/// the same, for Microsoft.ML.Tokenizers (like SentencePiece) sums piece scores along the whole text in float32, so
/// a tie or near-tie inside one word ("666" as 6+66 or 66+6) can go either way depending on the words before it.
/// Speed comes instead from skipping normalisation for words it would leave unchanged (most Czech words), which
/// makes one call per word faster than one normalising call for the whole text; see <see cref="NormalizedWords"/>.
/// </remarks>
public sealed class XlmRobertaTokenizer : SubwordTokenizer
{
    /// <summary>The file name of the model in a Hugging Face XLM-R folder.</summary>
    public const string ModelFileName = "sentencepiece.bpe.model";

    private const int FairseqOffset = 1;
    private const string CzechResource = "Kdo.Tokenization.Czech.sentencepiece.bpe.model";

    // Loaded once: a tokenizer is immutable, and the model takes a moment to read.
    private static readonly Lazy<XlmRobertaTokenizer> Czech = new(() => Create(CzechModel(), CzechResource, skipNormalizing: true));

    private readonly SentencePieceTokenizer _model;
    private readonly byte[] _modelBytes;
    private readonly string[] _tokens;        // by XLM-R id
    private readonly NormalizedWords? _normalizedWords; // null when the model does not escape words as "▁word"
    private readonly int _pieceCount;
    private readonly int _unknownPiece;

    private XlmRobertaTokenizer(SentencePieceTokenizer model, byte[] modelBytes, bool skipNormalizing)
    {
        _model = model;
        _modelBytes = modelBytes;
        _unknownPiece = model.UnknownId;
        var pieces = new string[model.Vocabulary.Count];
        foreach (var (piece, id) in model.Vocabulary)
            pieces[id] = piece;
        _pieceCount = pieces.Length;
        _tokens = new string[pieces.Length + FairseqOffset + 1];
        for (var id = 0; id < pieces.Length; id++)
            _tokens[id + FairseqOffset] = pieces[id];
        (_tokens[0], _tokens[1], _tokens[2], _tokens[3]) = ("<s>", "<pad>", "</s>", "<unk>");
        _tokens[^1] = "<mask>";
        // Normalisation judged by the normalised text of an encoding: Normalizer.Normalize skips the character map.
        var escapes = model.AddDummyPrefix && model.EscapeWhiteSpaces && !model.TreatWhitespaceAsSuffix;
        _normalizedWords = skipNormalizing && escapes ? new NormalizedWords(Normalized) : null;
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
    public int PieceCount => _pieceCount;

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
        return Create(bytes, modelPath, skipNormalizing: true);
    }

    /// <summary>Loads a SentencePiece model from <paramref name="model"/> (read to its end, not disposed).</summary>
    public static XlmRobertaTokenizer Create(Stream model)
    {
        using var copy = new MemoryStream();
        model.CopyTo(copy);
        return Create(copy.ToArray(), "SentencePiece model stream", skipNormalizing: true);
    }

    /// <summary>
    /// Kdo's own Czech tokenizer, embedded in this library: a Unigram SentencePiece model with XLM-R's conventions,
    /// for models trained from scratch (docs/czech-tokenizer.md tells how it was made). <see cref="Save"/> writes it
    /// into a Hugging Face model folder.
    /// </summary>
    public static XlmRobertaTokenizer CreateCzech() => Czech.Value;

    // The embedded model's bytes.
    internal static byte[] CzechModel()
    {
        using var stream = typeof(XlmRobertaTokenizer).Assembly.GetManifestResourceStream(CzechResource)
            ?? throw new InvalidOperationException($"resource {CzechResource} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
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

    // skipNormalizing false: every word normalised, the reference that tests compare the fast path with.
    internal static XlmRobertaTokenizer Create(byte[] bytes, string source, bool skipNormalizing)
    {
        SentencePieceTokenizer model;
        try { model = SentencePieceTokenizer.Create(new MemoryStream(bytes), addBeginningOfSentence: false, addEndOfSentence: false); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or NotSupportedException
                                      or Google.Protobuf.InvalidProtocolBufferException)
        {
            throw new InputException(source, null, $"not a SentencePiece model: {e.Message}", e);
        }
        return new XlmRobertaTokenizer(model, bytes, skipNormalizing);
    }

    /// <inheritdoc/>
    private protected override void AppendWords(IReadOnlyList<string> words, TokenBuffer buffer)
    {
        var escaped = ArrayPool<char>.Shared.Rent(64);
        try
        {
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w] ?? "";
                if (word.Length >= escaped.Length)
                {
                    ArrayPool<char>.Shared.Return(escaped);
                    escaped = ArrayPool<char>.Shared.Rent(word.Length + 1);
                }
                var list = _normalizedWords?.TryEscape(word, escaped) == true
                    ? _model.EncodeToIds(escaped.AsSpan(0, word.Length + 1), false, false, considerNormalization: false)
                    : _model.EncodeToIds(word, false, false);
                AppendPieces(list is List<int> concrete ? CollectionsMarshal.AsSpan(concrete) : [.. list], w, buffer);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(escaped);
        }
    }

    // One word's pieces in XLM-R's ids, a run of unknown pieces as one, as SentencePiece itself merges them.
    private void AppendPieces(ReadOnlySpan<int> pieces, int word, TokenBuffer buffer)
    {
        var previousUnknown = false;
        foreach (var piece in pieces)
        {
            var unknown = piece == _unknownPiece;
            if (!(unknown && previousUnknown))
                buffer.Add(unknown ? UnknownId : piece + FairseqOffset, word);
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
