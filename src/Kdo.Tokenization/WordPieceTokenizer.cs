using System.Text;
using System.Text.Json.Nodes;
using Kdo.Corpus;
using Kdo.Tokenization.Text;
using Microsoft.ML.Tokenizers;
using MlWordPiece = Microsoft.ML.Tokenizers.WordPieceTokenizer;

namespace Kdo.Tokenization;

/// <summary>
/// BERT/ELECTRA's tokenizer: Hugging Face's BasicTokenizer (control characters dropped, CJK ideographs split, NFC,
/// lowercasing and accent stripping as configured, punctuation split off) followed by WordPiece over vocab.txt
/// (greedy longest match first, "##" on continuations, the unknown token for a basic token that cannot be matched
/// whole or is longer than <see cref="WordPieceConfig.MaxCharsPerWord"/>).
/// </summary>
public sealed class WordPieceTokenizer : SubwordTokenizer
{
    /// <summary>The file name of the vocabulary in a Hugging Face BERT/ELECTRA folder.</summary>
    public const string VocabFileName = "vocab.txt";

    private readonly MlWordPiece _model;
    private readonly string[] _vocab;
    private readonly WordPieceConfig _config;

    private WordPieceTokenizer(MlWordPiece model, string[] vocab, WordPieceConfig config, Dictionary<string, int> ids)
    {
        _model = model;
        _vocab = vocab;
        _config = config;
        StartId = ids[config.ClsToken];
        EndId = ids[config.SepToken];
        PadId = ids[config.PadToken];
        UnknownId = ids[config.UnknownToken];
        MaskId = ids[config.MaskToken];
    }

    /// <inheritdoc/>
    public override int VocabSize => _vocab.Length;

    /// <inheritdoc/>
    public override int StartId { get; }

    /// <inheritdoc/>
    public override int EndId { get; }

    /// <inheritdoc/>
    public override int PadId { get; }

    /// <inheritdoc/>
    public override int UnknownId { get; }

    /// <inheritdoc/>
    public override int MaskId { get; }

    /// <summary>The casing, accent and special-token settings.</summary>
    public WordPieceConfig Config => _config;

    /// <inheritdoc/>
    public override string TokenOf(int id) => id >= 0 && id < _vocab.Length
        ? _vocab[id]
        : throw new ArgumentOutOfRangeException(nameof(id), id, $"token id must be in 0..{_vocab.Length - 1}");

    /// <summary>Loads vocab.txt (one token per line, id = line number from 0) with <paramref name="config"/> (HF's defaults if null).</summary>
    /// <exception cref="InputException">The file cannot be read or lacks a special token.</exception>
    public static WordPieceTokenizer Create(string vocabPath, WordPieceConfig? config = null)
    {
        config ??= new WordPieceConfig();
        string[] vocab;
        try { vocab = File.ReadAllText(vocabPath).Split('\n'); }
        catch (IOException e) { throw new InputException(vocabPath, null, e.Message, e); }
        if (vocab.Length > 0 && vocab[^1].Length == 0)
            vocab = vocab[..^1]; // the newline that ends the last line
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocab.Length; i++)
            ids.TryAdd(vocab[i], i);
        foreach (var (field, token) in new[] { ("cls_token", config.ClsToken), ("sep_token", config.SepToken),
                     ("pad_token", config.PadToken), ("unk_token", config.UnknownToken), ("mask_token", config.MaskToken) })
            if (!ids.ContainsKey(token))
                throw new InputException(vocabPath, null, $"the vocabulary has no {field} '{token}'");
        var model = MlWordPiece.Create(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', vocab) + "\n")), new WordPieceOptions
        {
            PreTokenizer = PreTokenizer.CreateWhiteSpace(),
            UnknownToken = config.UnknownToken,
            ContinuingSubwordPrefix = "##",
            MaxInputCharsPerWord = config.MaxCharsPerWord,
        });
        return new WordPieceTokenizer(model, vocab, config, ids);
    }

    /// <summary>Writes vocab.txt and a BertTokenizer tokenizer_config.json with these settings into <paramref name="directory"/>.</summary>
    public override void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteText(Path.Combine(directory, VocabFileName), writer =>
        {
            foreach (var token in _vocab)
                writer.Write(token + "\n");
        });
        TokenizerConfig.Write(Path.Combine(directory, TokenizerConfig.FileName), new JsonObject
        {
            ["tokenizer_class"] = "BertTokenizer",
            ["do_lower_case"] = _config.LowerCase,
            ["strip_accents"] = _config.StripAccents,
            ["tokenize_chinese_chars"] = _config.TokenizeChineseChars,
            ["cls_token"] = _config.ClsToken,
            ["sep_token"] = _config.SepToken,
            ["pad_token"] = _config.PadToken,
            ["unk_token"] = _config.UnknownToken,
            ["mask_token"] = _config.MaskToken,
            ["model_max_length"] = 512,
        });
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Every word's basic tokens go into one text, separated by spaces, that WordPiece encodes in one call; a token
    /// belongs to the word whose basic tokens its offset falls in. Basic tokens hold no whitespace, so this is
    /// exactly one call per basic token.
    /// </remarks>
    private protected override void AppendWords(IReadOnlyList<string> words, TokenBuffer buffer)
    {
        var basic = new BasicTokenizer(_config.LowerCase, _config.StripsAccents, _config.TokenizeChineseChars);
        var text = new StringBuilder();
        var wordStarts = new int[words.Count + 1];
        var pieces = new List<string>();
        for (var w = 0; w < words.Count; w++)
        {
            wordStarts[w] = text.Length;
            pieces.Clear();
            basic.Split(words[w] ?? "", pieces);
            foreach (var piece in pieces)
                text.Append(piece).Append(' ');
        }
        wordStarts[words.Count] = int.MaxValue;
        var word = 0;
        foreach (var token in _model.EncodeToTokens(text.ToString(), out _, considerPreTokenization: true, considerNormalization: false))
        {
            var offset = token.Offset.Start.Value;
            while (wordStarts[word + 1] <= offset)
                word++;
            buffer.Add(token.Id, word);
        }
    }
}
