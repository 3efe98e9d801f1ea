using System.Text.Json;
using Kdo.Corpus;
using Kdo.Tokenization;
using Microsoft.ML.Tokenizers;

namespace Kdo.Bench;

/// <summary>
/// Words per second of Kdo's tokenize + align + window (DocumentEncoder.Encode on a labelled document) against
/// Microsoft.ML.Tokenizers' EncodeToIds on the same words joined into one text, and against one EncodeToIds call
/// per word (what HF's is_split_into_words does). Text: the words of the hf-parity tokenizer fixture (legal-style
/// Czech with odd characters), repeated to 27,500 words. The three are measured in many alternating rounds of one
/// run each; each figure is the median of its rounds and the ratio the median of the rounds' ratios, so that load
/// from other processes, which comes and goes, hits both sides of a ratio alike.
/// Args: [sentencepiece model] (default: the fixture's).
/// </summary>
internal static class TokenizeBenchmark
{
    private const int WordCount = 27_500;
    private const int Rounds = 150;

    public static void Run(string[] args)
    {
        var fixture = Path.Combine(SharedFolder(), "fixtures", "hf-parity");
        var modelPath = args.Length > 0 ? args[0] : Path.Combine(fixture, "tiny-xlm-roberta-tokenizer", "sentencepiece.bpe.model");
        var words = FixtureWords(Path.Combine(fixture, "tokens.json"));
        var text = string.Join(' ', words);
        var document = new Document("bench", words, words.Select((_, i) => i % 10 == 0 ? "B-prijmeni" : "O").ToArray());

        SentencePieceTokenizer raw;
        using (var stream = File.OpenRead(modelPath))
            raw = SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false);
        var encoder = new DocumentEncoder(XlmRobertaTokenizer.Create(modelPath), labels: LabelScheme.Default);

        var tokens = raw.EncodeToIds(text, false, false).Count;
        var windows = encoder.Encode(document).Windows.Count;
        var wholeText = new List<double>();
        var perWord = new List<double>();
        var kdo = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            wholeText.Add(Measure.Seconds(() => raw.EncodeToIds(text, false, false), seconds: 0, minimumRuns: 1));
            perWord.Add(Measure.Seconds(() =>
            {
                foreach (var word in words)
                    raw.EncodeToIds(word, false, false);
            }, seconds: 0, minimumRuns: 1));
            kdo.Add(Measure.Seconds(() => encoder.Encode(document), seconds: 0, minimumRuns: 1));
        }
        var ratios = wholeText.Zip(kdo, (whole, ours) => whole / ours).ToList();

        Console.WriteLine($"model {modelPath}");
        Console.WriteLine($"{words.Count:N0} words, {tokens:N0} tokens, {windows} windows of 512");
        Console.WriteLine($"raw EncodeToIds, whole text       {words.Count / Median(wholeText),12:N0} words/s");
        Console.WriteLine($"raw EncodeToIds, one call a word  {words.Count / Median(perWord),12:N0} words/s");
        Console.WriteLine($"kdo tokenize + align + window     {words.Count / Median(kdo),12:N0} words/s");
        Console.WriteLine($"ratio kdo / whole text            {Median(ratios),12:F2}   (goal >= 0.80; rounds {ratios.Min():F2} to {ratios.Max():F2})");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static List<string> FixtureWords(string tokensJson)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(tokensJson));
        var pool = json.RootElement.GetProperty("cases").EnumerateArray()
            .SelectMany(c => c.GetProperty("words").EnumerateArray().Select(w => w.GetString()!)).ToArray();
        return [.. Enumerable.Range(0, WordCount).Select(i => pool[i % pool.Length])];
    }

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kdo.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException($"no Kdo.slnx above {AppContext.BaseDirectory}");
    }
}
