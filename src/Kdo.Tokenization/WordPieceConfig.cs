namespace Kdo.Tokenization;

/// <summary>
/// The settings of a BERT/ELECTRA WordPiece tokenizer, as Hugging Face's tokenizer_config.json holds them. Defaults are
/// those of HF's BertTokenizer and ElectraTokenizer when the file does not say.
/// </summary>
public sealed record WordPieceConfig
{
    /// <summary>do_lower_case: lowercase every word first.</summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>strip_accents: remove accents (NFD, then no non-spacing marks); null follows <see cref="LowerCase"/>.</summary>
    public bool? StripAccents { get; init; }

    /// <summary>tokenize_chinese_chars: every CJK ideograph is a word of its own.</summary>
    public bool TokenizeChineseChars { get; init; } = true;

    /// <summary>A word longer than this (in UTF-16 characters) becomes the unknown token, as in HF's WordpieceTokenizer.</summary>
    public int MaxCharsPerWord { get; init; } = 100;

    /// <summary>cls_token: the start of every sequence.</summary>
    public string ClsToken { get; init; } = "[CLS]";

    /// <summary>sep_token: the end of every sequence.</summary>
    public string SepToken { get; init; } = "[SEP]";

    /// <summary>pad_token.</summary>
    public string PadToken { get; init; } = "[PAD]";

    /// <summary>unk_token.</summary>
    public string UnknownToken { get; init; } = "[UNK]";

    /// <summary>mask_token.</summary>
    public string MaskToken { get; init; } = "[MASK]";

    /// <summary>Whether accents are stripped, after HF's rule: strip_accents if set, otherwise do_lower_case.</summary>
    public bool StripsAccents => StripAccents ?? LowerCase;

    /// <summary>Reads the fields of a tokenizer_config.json; absent fields keep their defaults.</summary>
    /// <exception cref="Kdo.Corpus.InputException">The file is not a JSON object or a field has the wrong type.</exception>
    public static WordPieceConfig Load(string path)
    {
        var json = TokenizerConfig.Read(path);
        var defaults = new WordPieceConfig();
        return new WordPieceConfig
        {
            LowerCase = TokenizerConfig.Boolean(json, "do_lower_case", defaults.LowerCase, path) ?? defaults.LowerCase,
            StripAccents = TokenizerConfig.Boolean(json, "strip_accents", null, path),
            TokenizeChineseChars = TokenizerConfig.Boolean(json, "tokenize_chinese_chars", true, path) ?? true,
            ClsToken = TokenizerConfig.Token(json, "cls_token", defaults.ClsToken, path),
            SepToken = TokenizerConfig.Token(json, "sep_token", defaults.SepToken, path),
            PadToken = TokenizerConfig.Token(json, "pad_token", defaults.PadToken, path),
            UnknownToken = TokenizerConfig.Token(json, "unk_token", defaults.UnknownToken, path),
            MaskToken = TokenizerConfig.Token(json, "mask_token", defaults.MaskToken, path),
        };
    }
}
