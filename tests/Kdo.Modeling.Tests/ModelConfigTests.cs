using System.Text.Json;
using Kdo.Corpus;
using Kdo.Modeling.Config;

namespace Kdo.Modeling.Tests;

public class ModelConfigTests
{
    private static string FixtureConfig(string model) => Path.Combine(ParityCases.Folder(model), "config.json");

    [Theory]
    [MemberData(nameof(HfParityTests.Models), MemberType = typeof(HfParityTests))]
    public void AConfigRoundTripsWithItsUnknownFields(string model)
    {
        var config = ModelConfig.Load(FixtureConfig(model));
        var json = config.ToJson();

        Assert.Equal(config, ModelConfig.Parse(json, "round trip"));
        using var original = JsonDocument.Parse(File.ReadAllText(FixtureConfig(model)));
        using var written = JsonDocument.Parse(json);
        foreach (var field in original.RootElement.EnumerateObject().Where(f => f.Value.ValueKind != JsonValueKind.Null))
            Assert.True(JsonElement.DeepEquals(field.Value, written.RootElement.GetProperty(field.Name)), field.Name);
    }

    [Fact]
    public void TheFixtureConfigsReadAsHfWroteThem()
    {
        var xlmr = ModelConfig.Load(FixtureConfig("tiny-xlm-roberta-token-cls"));
        var electra = ModelConfig.Load(FixtureConfig("tiny-electra-token-cls"));

        Assert.Equal((32, 32, 1e-5, 1, 64), (xlmr.HiddenSize, xlmr.EmbeddingWidth, xlmr.LayerNormEps, xlmr.PadTokenId, xlmr.MaxSequenceLength));
        Assert.Equal((16, 1e-12, 0, 64, 2), (electra.EmbeddingWidth, electra.LayerNormEps, electra.PadTokenId, electra.MaxSequenceLength, electra.TypeVocabSize));
        Assert.Equal(LabelScheme.Default.Labels, xlmr.Labels.Labels);
    }

    [Fact]
    public void FieldsAConfigLeavesOutTakeTheDefaultsOfItsModelType()
    {
        var electra = ModelConfig.Parse("""{"model_type": "electra"}""", "test");
        var xlmr = ModelConfig.Parse("""{"model_type": "xlm-roberta"}""", "test");

        Assert.Equal((128, 256, 4, 1024, 0), (electra.EmbeddingWidth, electra.HiddenSize, electra.NumAttentionHeads, electra.IntermediateSize, electra.PadTokenId));
        Assert.Equal((768, 768, 12, 1, 0, 2), (xlmr.EmbeddingWidth, xlmr.HiddenSize, xlmr.NumAttentionHeads, xlmr.PadTokenId, xlmr.BosTokenId, xlmr.EosTokenId));
    }

    [Fact]
    public void NumLabelsWithoutId2LabelGivesHfsGenericLabels()
    {
        var config = ModelConfig.Parse("""{"model_type": "electra", "num_labels": 3}""", "test");

        Assert.Equal(["LABEL_0", "LABEL_1", "LABEL_2"], config.Labels.Labels);
        Assert.DoesNotContain("num_labels", config.ToJson());
    }

    [Theory]
    [InlineData("""{"model_type": "bert"}""", "'model_type' is 'bert'")]
    [InlineData("""{"hidden_size": 32}""", "'model_type' is missing")]
    [InlineData("""{"model_type": "electra", "hidden_size": 30}""", "'hidden_size' (30) must be a multiple of num_attention_heads (4)")]
    [InlineData("""{"model_type": "electra", "hidden_act": "gelu_new"}""", "'hidden_act' is 'gelu_new'")]
    [InlineData("""{"model_type": "electra", "hidden_size": "big"}""", "'hidden_size' has the wrong type")]
    [InlineData("""{"model_type": "xlm-roberta", "max_position_embeddings": 2}""", "'max_position_embeddings'")]
    [InlineData("""{"model_type": "electra", "id2label": {"0": "O", "2": "B-x"}}""", "id2label key '2'")]
    [InlineData("""{"model_type": "electra",""", "invalid JSON")]
    public void ABadConfigIsAnErrorNamingTheFileAndField(string json, string expected)
    {
        var error = Assert.Throws<InputException>(() => ModelConfig.Parse(json, "some/config.json"));

        Assert.Contains("some/config.json", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void PresetsHaveThePublishedShapes()
    {
        var large = ModelPresets.Named("xlm-roberta-large");
        var small = ModelPresets.Named("small-e-czech");

        Assert.Equal((250002, 768, 12, 12, 3072, 512), (ModelPresets.XlmRobertaBase.VocabSize, ModelPresets.XlmRobertaBase.HiddenSize,
            ModelPresets.XlmRobertaBase.NumHiddenLayers, ModelPresets.XlmRobertaBase.NumAttentionHeads, ModelPresets.XlmRobertaBase.IntermediateSize,
            ModelPresets.XlmRobertaBase.MaxSequenceLength));
        Assert.Equal((1024, 24, 16, 4096), (large.HiddenSize, large.NumHiddenLayers, large.NumAttentionHeads, large.IntermediateSize));
        Assert.Equal((30522, 128, 256, 12, 4, 1024, 512), (small.VocabSize, small.EmbeddingWidth, small.HiddenSize, small.NumHiddenLayers,
            small.NumAttentionHeads, small.IntermediateSize, small.MaxSequenceLength));
        Assert.Contains("tiny-electra", Assert.Throws<InputException>(() => ModelPresets.Named("gpt")).Message);
    }

    [Theory]
    [InlineData("tiny-xlm-roberta", "tiny-xlm-roberta-token-cls")]
    [InlineData("tiny-electra", "tiny-electra-token-cls")]
    public void TinyPresetsHaveTheShapesOfTheParityFixtures(string preset, string fixture)
    {
        var config = ModelConfig.Load(FixtureConfig(fixture));
        var tiny = ModelPresets.Named(preset);

        Assert.Equal(
            (config.VocabSize, config.EmbeddingWidth, config.HiddenSize, config.NumHiddenLayers, config.NumAttentionHeads,
             config.IntermediateSize, config.MaxPositionEmbeddings, config.TypeVocabSize, config.PadTokenId, config.LayerNormEps),
            (tiny.VocabSize, tiny.EmbeddingWidth, tiny.HiddenSize, tiny.NumHiddenLayers, tiny.NumAttentionHeads,
             tiny.IntermediateSize, tiny.MaxPositionEmbeddings, tiny.TypeVocabSize, tiny.PadTokenId, tiny.LayerNormEps));
    }
}
