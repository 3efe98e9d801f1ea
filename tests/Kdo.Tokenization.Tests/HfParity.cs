using System.Text.Json;
using Kdo.Tests;

namespace Kdo.Tokenization.Tests;

/// <summary>The tokenizer fixture of ../shared/fixtures/hf-parity: a tiny XLM-R-style model and 100 cases from HF's convention.</summary>
internal static class HfParity
{
    public static string ModelPath { get; } = TestPaths.Fixture("hf-parity", "tiny-xlm-roberta-tokenizer", "sentencepiece.bpe.model");

    public static XlmRobertaTokenizer Tokenizer { get; } = XlmRobertaTokenizer.Create(ModelPath);

    /// <summary>The same model normalising every word, the reference that skipping normalisation must equal.</summary>
    public static XlmRobertaTokenizer Normalizing { get; } =
        XlmRobertaTokenizer.Create(File.ReadAllBytes(ModelPath), ModelPath, skipNormalizing: false);

    public static IReadOnlyList<Case> Cases { get; } = Load();

    public sealed record Case(
        string Text, string[] Words, int[] SentenceInputIds, int[] InputIds, string[] Tokens, int?[] WordIds,
        int[][] WordSpmIds, bool HasUnk)
    {
        public override string ToString() => JsonSerializer.Serialize(Text);
    }

    private static List<Case> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("hf-parity", "tokens.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("text").GetString()!,
            c.GetProperty("words").Deserialize<string[]>()!,
            c.GetProperty("sentence_input_ids").Deserialize<int[]>()!,
            c.GetProperty("input_ids").Deserialize<int[]>()!,
            c.GetProperty("tokens").Deserialize<string[]>()!,
            c.GetProperty("word_ids").Deserialize<int?[]>()!,
            c.GetProperty("word_spm_ids").Deserialize<int[][]>()!,
            c.GetProperty("has_unk").GetBoolean())).ToList();
    }
}
