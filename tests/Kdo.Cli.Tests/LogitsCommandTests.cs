using System.Text.Json;
using System.Text.Json.Nodes;
using Kdo.Tests;

namespace Kdo.Cli.Tests;

public class LogitsCommandTests
{
    private static string Model(string name) => TestPaths.Fixture("hf-parity", name);

    [Theory]
    [InlineData("tiny-electra-token-cls", 1)] // pair_with_token_type_ids
    [InlineData("tiny-xlm-roberta-token-cls", 0)] // batch3_padded
    public void LogitsAndHiddenStateMatchTheReference(string model, int caseIndex)
    {
        var reference = JsonNode.Parse(File.ReadAllText(Path.Combine(Model(model), "parity.json")))!["cases"]![caseIndex]!.AsObject();
        var folder = TestPaths.NewTempFolder();
        var input = Path.Combine(folder, "input.json");
        File.WriteAllText(input, reference.ToJsonString()); // a parity case is an input: extra fields are ignored
        var output = Path.Combine(folder, "out.json");

        var (code, _, error) = CliRunner.Run("logits", "--model", Model(model), "--input", input, "--hidden-states", "--out", output);

        Assert.True(code == 0, error);
        var result = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal(11, result["labels"]!.AsArray().Count);
        Assert.True(MaxDifference(result["logits"]!, reference["logits"]!) <= 1e-4);
        Assert.True(MaxDifference(result["last_hidden_state"]!, reference["last_hidden_state"]!) <= 1e-4);
    }

    [Fact]
    public void WithoutOutWritesLogitsOnlyToStandardOutput()
    {
        var input = Path.Combine(TestPaths.NewTempFolder(), "input.json");
        File.WriteAllText(input, """{"input_ids": [[0, 5, 6, 2]], "attention_mask": [[1, 1, 1, 1]]}""");

        var (code, output, _) = CliRunner.Run("logits", "--model", Model("tiny-xlm-roberta-token-cls"), "--input", input);

        Assert.Equal(0, code);
        var result = JsonNode.Parse(output)!;
        Assert.Equal("XLMRobertaForTokenClassification", result["architecture"]!.GetValue<string>());
        Assert.Equal(4, result["logits"]![0]!.AsArray().Count);
        Assert.Null(result["last_hidden_state"]);
    }

    [Theory]
    [InlineData("""{"input_ids": [[0, 5, 2]], "attention_mask": [[1, 1]]}""", "'attention_mask' is [1][2]; input_ids is [1][3]")]
    [InlineData("""{"input_ids": [[0, 5, 2], [0, 2]], "attention_mask": [[1, 1, 1], [1, 1]]}""", "'input_ids' row 1 has 2 values")]
    [InlineData("""{"attention_mask": [[1]]}""", "'input_ids' must be")]
    [InlineData("""{"input_ids": [[0, 999]], "attention_mask": [[1, 1]]}""", "ids outside 0..249")]
    public void BadInputIsExitCode2NamingTheFileAndField(string json, string expected)
    {
        var input = Path.Combine(TestPaths.NewTempFolder(), "input.json");
        File.WriteAllText(input, json);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "out.json");

        var (code, _, error) = CliRunner.Run("logits", "--model", Model("tiny-xlm-roberta-token-cls"), "--input", input, "--out", output);

        Assert.Equal(2, code);
        Assert.Contains(input, error);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AFolderWithoutAModelIsExitCode2()
    {
        var folder = TestPaths.NewTempFolder();
        var input = Path.Combine(folder, "input.json");
        File.WriteAllText(input, """{"input_ids": [[0, 2]], "attention_mask": [[1, 1]]}""");

        var (code, _, error) = CliRunner.Run("logits", "--model", folder, "--input", input);

        Assert.Equal(2, code);
        Assert.Contains("no config.json", error);
    }

    private static double MaxDifference(JsonNode actual, JsonNode expected)
    {
        var (a, e) = (Flatten(actual).ToArray(), Flatten(expected).ToArray());
        Assert.Equal(e.Length, a.Length);
        return a.Zip(e, (x, y) => Math.Abs(x - y)).Max();
    }

    private static IEnumerable<double> Flatten(JsonNode node) =>
        node is JsonArray array ? array.SelectMany(n => Flatten(n!)) : [node.GetValue<JsonElement>().GetDouble()];
}
