using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>
/// A subword tokenizer of a Hugging Face model folder: XLM-RoBERTa's SentencePiece (<see cref="XlmRobertaTokenizer"/>)
/// or BERT/ELECTRA WordPiece (<see cref="WordPieceTokenizer"/>). It encodes pre-split words as HF does with
/// <c>is_split_into_words=True</c>: every word on its own, with its word index on each of its subtokens.
/// Document text is never read as special tokens: a word "&lt;s&gt;" or "[SEP]" is split like any other word.
/// Instances are immutable and safe to share between threads.
/// </summary>
public abstract class SubwordTokenizer
{
    private protected SubwordTokenizer()
    {
    }

    /// <summary>The number of ids the model's embedding needs (the largest id + 1).</summary>
    public abstract int VocabSize { get; }

    /// <summary>The token that starts every sequence: &lt;s&gt; (XLM-R) or [CLS] (BERT, ELECTRA).</summary>
    public abstract int StartId { get; }

    /// <summary>The token that ends every sequence: &lt;/s&gt; (XLM-R) or [SEP] (BERT, ELECTRA).</summary>
    public abstract int EndId { get; }

    /// <summary>The padding token, which batches put after short sequences.</summary>
    public abstract int PadId { get; }

    /// <summary>The unknown token.</summary>
    public abstract int UnknownId { get; }

    /// <summary>The mask token of masked-language-model pre-training.</summary>
    public abstract int MaskId { get; }

    /// <summary>The token string of <paramref name="id"/> (a piece, a WordPiece, or a special token's name).</summary>
    public abstract string TokenOf(int id);

    /// <summary>
    /// Encodes <paramref name="words"/>: the start token, each word's subtokens in order, the end token. A word that
    /// normalises to nothing (whitespace, a zero-width space) has no subtoken; a word is never cut, however long.
    /// </summary>
    public WordEncoding EncodeWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var buffer = TokenBuffer.Rent();
        buffer.Add(StartId, -1);
        AppendWords(words, buffer);
        buffer.Add(EndId, -1);
        var (ids, wordIndexes) = buffer.ToArrays();
        return new WordEncoding(ids, wordIndexes, words.Count, TokenOf);
    }

    /// <summary>Writes the files a Hugging Face folder holds for this tokenizer (its model or vocabulary and tokenizer_config.json).</summary>
    public abstract void Save(string directory);

    /// <summary>
    /// Loads the tokenizer of a Hugging Face model folder: sentencepiece.bpe.model (XLM-R) or vocab.txt (WordPiece, with
    /// the casing and accent settings of tokenizer_config.json when the folder has one).
    /// </summary>
    /// <exception cref="InputException">The folder has neither file, or the file cannot be read.</exception>
    public static SubwordTokenizer FromFolder(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InputException(directory, null, "tokenizer folder does not exist");
        var sentencePiece = Path.Combine(directory, XlmRobertaTokenizer.ModelFileName);
        if (File.Exists(sentencePiece))
            return XlmRobertaTokenizer.Create(sentencePiece);
        var vocab = Path.Combine(directory, WordPieceTokenizer.VocabFileName);
        if (File.Exists(vocab))
        {
            var config = Path.Combine(directory, TokenizerConfig.FileName);
            return WordPieceTokenizer.Create(vocab, File.Exists(config) ? WordPieceConfig.Load(config) : new WordPieceConfig());
        }
        throw new InputException(directory, null,
            $"no tokenizer in the folder: it needs {XlmRobertaTokenizer.ModelFileName} (XLM-R) or {WordPieceTokenizer.VocabFileName} (WordPiece)");
    }

    /// <summary>Appends the subtoken ids of <paramref name="words"/>, each with its word's index.</summary>
    private protected abstract void AppendWords(IReadOnlyList<string> words, TokenBuffer buffer);
}
