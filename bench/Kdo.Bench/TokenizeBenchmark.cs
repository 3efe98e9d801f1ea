using Kdo.Corpus;
using Kdo.Corpus.Generation;
using Kdo.Tokenization;
using Microsoft.ML.Tokenizers;

namespace Kdo.Bench;

/// <summary>
/// Words per second of Kdo's tokenize + align + window (DocumentEncoder.Encode of a labelled document) against
/// Microsoft.ML.Tokenizers' EncodeToIds on the same words joined into one text, and against one normalising
/// EncodeToIds call per word (what HF's is_split_into_words does). Text: 27,500 words of generated insolvency
/// documents (seed 1, train split) as one document, with their tags. Models: the hf-parity fixture's small Unigram
/// model and Kdo's Czech one. The three are measured in many alternating rounds of one run each; each figure is
/// the median of its rounds and the ratio the median of the rounds' ratios, so that load from other processes,
/// which comes and goes, hits both sides of a ratio alike.
/// </summary>
internal static class TokenizeBenchmark
{
    private const int WordCount = 27_500;
    private const int Rounds = 150;

    public static void Run(string[] args)
    {
        var document = LegalCzech();
        var fixture = Path.Combine(SharedFolder(), "fixtures", "hf-parity", "tiny-xlm-roberta-tokenizer", "sentencepiece.bpe.model");
        Console.WriteLine($"{document.Words.Count:N0} words of generated insolvency documents, {document.Tags.Count(t => t != "O"):N0} tagged");
        Measure("fixture (800 pieces)", File.ReadAllBytes(fixture), document);
        Measure("czech (24,000 pieces)", XlmRobertaTokenizer.CzechModel(), document);
    }

    private static void Measure(string name, byte[] model, Document document)
    {
        var raw = SentencePieceTokenizer.Create(new MemoryStream(model), addBeginningOfSentence: false, addEndOfSentence: false);
        var encoder = new DocumentEncoder(XlmRobertaTokenizer.Create(new MemoryStream(model)), labels: LabelScheme.Default);
        var words = document.Words;
        var text = string.Join(' ', words);
        var tokens = raw.EncodeToIds(text, false, false).Count;
        var windows = encoder.Encode(document).Windows.Count;

        var wholeText = new List<double>();
        var perWord = new List<double>();
        var kdo = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            wholeText.Add(Bench.Measure.Seconds(() => raw.EncodeToIds(text, false, false), seconds: 0, minimumRuns: 1));
            perWord.Add(Bench.Measure.Seconds(() =>
            {
                foreach (var word in words)
                    raw.EncodeToIds(word, false, false);
            }, seconds: 0, minimumRuns: 1));
            kdo.Add(Bench.Measure.Seconds(() => encoder.Encode(document), seconds: 0, minimumRuns: 1));
        }
        var ratios = wholeText.Zip(kdo, (whole, ours) => whole / ours).ToList();

        Console.WriteLine($"model {name}: {tokens:N0} tokens, {windows} windows of 512");
        Console.WriteLine($"  raw EncodeToIds, whole text       {words.Count / Median(wholeText),12:N0} words/s");
        Console.WriteLine($"  raw EncodeToIds, one call a word  {words.Count / Median(perWord),12:N0} words/s");
        Console.WriteLine($"  kdo tokenize + align + window     {words.Count / Median(kdo),12:N0} words/s");
        Console.WriteLine($"  ratio kdo / whole text            {Median(ratios),12:F2}   (goal >= 0.80; rounds {ratios.Min():F2} to {ratios.Max():F2})");
    }

    // Generated documents, concatenated into one of WordCount words: legal Czech with its numbers, names and tags.
    private static Document LegalCzech()
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var generated in CorpusGenerator.Create(new GeneratorOptions { Seed = 1 }).Generate(1000))
        {
            words.AddRange(generated.Words);
            tags.AddRange(generated.Tags);
            if (words.Count >= WordCount)
                break;
        }
        return new Document("bench", words[..WordCount], tags[..WordCount]);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kdo.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException($"no Kdo.slnx above {AppContext.BaseDirectory}");
    }
}
