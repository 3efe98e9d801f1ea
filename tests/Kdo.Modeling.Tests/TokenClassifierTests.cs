using Kdo.Corpus;
using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Kdo.Modeling.Tests;

public class TokenClassifierTests
{
    // Wide enough that every weight matrix has thousands of draws, small enough to build in milliseconds.
    private static readonly ModelConfig Medium = ModelPresets.TinyXlmRoberta with { VocabSize = 1000, HiddenSize = 64, IntermediateSize = 128 };

    [Theory]
    [InlineData(ModelConfig.XlmRoberta)]
    [InlineData(ModelConfig.Electra)]
    public void FromScratchWeightsAreInitialisedAsHfDoes(string type)
    {
        var config = type == ModelConfig.Electra ? ModelPresets.TinyElectra with { VocabSize = 1000, HiddenSize = 64, EmbeddingSize = 48 } : Medium;
        using var model = TokenClassifier.Create(config, seed: 7);
        var weights = model.state_dict();

        foreach (var (key, tensor) in weights)
        {
            if (key.Contains("LayerNorm", StringComparison.Ordinal))
                Assert.True(tensor.eq(key.EndsWith(".weight", StringComparison.Ordinal) ? 1f : 0f).all().item<bool>(), key);
            else if (key.EndsWith(".bias", StringComparison.Ordinal))
                Assert.Equal(0f, tensor.abs().max().item<float>());
            else if (tensor.numel() >= 2048)
            {
                Assert.InRange(tensor.std().item<float>(), 0.02 * 0.95, 0.02 * 1.05);
                Assert.InRange(tensor.mean().item<float>(), -0.002, 0.002);
            }
        }
        var prefix = model.BaseModelPrefix;
        var pad = config.PadTokenId;
        Assert.Equal(0f, weights[$"{prefix}.embeddings.word_embeddings.weight"][pad].abs().sum().item<float>());
        // XLM-R's position table has padding_idx (pad_token_id) as well; ELECTRA's has none.
        var positionPad = weights[$"{prefix}.embeddings.position_embeddings.weight"][pad].abs().sum().item<float>();
        Assert.Equal(type == ModelConfig.XlmRoberta, positionPad == 0);
        Assert.Equal(type == ModelConfig.Electra, weights.ContainsKey("electra.embeddings_project.weight"));
    }

    [Fact]
    public void TheSameSeedGivesTheSameWeights()
    {
        using var first = TokenClassifier.Create(ModelPresets.TinyElectra, seed: 3);
        using var second = TokenClassifier.Create(ModelPresets.TinyElectra, seed: 3);
        using var other = TokenClassifier.Create(ModelPresets.TinyElectra, seed: 4);
        var key = "electra.encoder.layer.0.attention.self.query.weight";

        Assert.True(first.state_dict()[key].Equals(second.state_dict()[key]));
        Assert.False(first.state_dict()[key].Equals(other.state_dict()[key]));
    }

    [Fact]
    public void TransferLearningTrainsTheClassifierOnly()
    {
        using var model = TokenClassifier.Create(ModelPresets.TinyXlmRoberta, seed: 1);
        model.ApplyRegime(Regime.TransferLearning);
        Assert.Equal(["classifier.bias", "classifier.weight"],
            model.named_parameters().Where(p => p.parameter.requires_grad).Select(p => p.name).Order());

        Backward(model);
        foreach (var (name, parameter) in model.named_parameters())
            Assert.Equal(name.StartsWith("classifier.", StringComparison.Ordinal), parameter.grad is not null);

        model.ApplyRegime(Regime.FineTuning);
        Assert.Equal(model.parameters().Count(), model.TrainableParameters().Count);
    }

    [Fact]
    public void MixedBFloat16TrainsFloat32WeightsWithFloat32Gradients()
    {
        using var model = TokenClassifier.Create(ModelPresets.TinyElectra, seed: 1);
        model.ApplyRegime(Regime.TransferLearning);
        model.SetPrecision(Precision.MixedBFloat16);
        Assert.Equal(2, model.TrainableParameters().Count);
        model.ApplyRegime(Regime.FineTuning);

        Backward(model);

        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float32, p.grad!.dtype));
    }

    [Fact]
    public void BFloat16CastsEveryWeightAndStillReturnsFloat32Logits()
    {
        using var model = TokenClassifier.Create(ModelPresets.TinyXlmRoberta, seed: 1);
        model.SetPrecision(Precision.BFloat16);
        model.eval();

        using var logits = model.forward(Ids([[0, 5, 6, 2]]), ones(1, 4, dtype: ScalarType.Int64), null);

        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.BFloat16, p.dtype));
        Assert.Equal(ScalarType.Float32, logits.dtype);
        Assert.Equal([1L, 4L, 11L], logits.shape);
    }

    [Theory]
    [InlineData(ModelConfig.XlmRoberta)]
    [InlineData(ModelConfig.Electra)]
    public void PaddingDoesNotChangeTheLogitsOfRealTokens(string type)
    {
        using var model = TokenClassifier.Create(type == ModelConfig.Electra ? ModelPresets.TinyElectra : ModelPresets.TinyXlmRoberta, seed: 2);
        model.eval();
        var pad = model.Config.PadTokenId;

        using var alone = model.forward(Ids([[0, 7, 8, 9, 2]]), ones(1, 5, dtype: ScalarType.Int64), null);
        using var padded = model.forward(Ids([[0, 7, 8, 9, 2, pad, pad, pad]]), Ids([[1, 1, 1, 1, 1, 0, 0, 0]]), null);

        Assert.True(ParityCases.MaxAbsDifference(padded[.., ..5], alone) < 1e-5);
    }

    [Fact]
    public void AModelBuiltMovedAndCastInsideADisposeScopeOutlivesIt()
    {
        TokenClassifier model;
        using (var scope = NewDisposeScope())
        {
            model = TokenClassifier.Create(ModelPresets.TinyXlmRoberta, seed: 2).MoveTo(Devices.Parse("cpu"));
            model.SetPrecision(Precision.BFloat16);
        }
        using var _model = model;
        model.eval();

        using var logits = model.forward(Ids([[0, 7, 2]]), ones(1, 3, dtype: ScalarType.Int64), null);

        Assert.Equal([1L, 3L, 11L], logits.shape);
    }

    [Fact]
    public void DropoutActsInTrainingModeOnly()
    {
        using var model = TokenClassifier.Create(ModelPresets.TinyXlmRoberta, seed: 2);
        var (ids, mask) = (Ids([[0, 7, 8, 9, 2]]), ones(1, 5, dtype: ScalarType.Int64));

        model.train();
        Assert.False(model.forward(ids, mask, null).Equals(model.forward(ids, mask, null)));
        model.eval();
        Assert.True(model.forward(ids, mask, null).Equals(model.forward(ids, mask, null)));
    }

    [Fact]
    public void BadInputsAreRejectedWithTheirShapes()
    {
        using var model = TokenClassifier.Create(ModelPresets.TinyXlmRoberta, seed: 2);
        var ids = Ids([[0, 7, 2]]);

        Assert.Contains("[1, 2]", Assert.Throws<ArgumentException>(() => model.forward(ids, ones(1, 2, dtype: ScalarType.Int64), null)).Message);
        Assert.Contains("int64", Assert.Throws<ArgumentException>(() => model.forward(ids.to(ScalarType.Float32), ones(1, 3), null)).Message);
        Assert.Contains("at most 64", Assert.Throws<ArgumentException>(() => model.forward(ones(1, 65, dtype: ScalarType.Int64), ones(1, 65, dtype: ScalarType.Int64), null)).Message);
    }

    [Fact]
    public void DeviceNamesParse()
    {
        Assert.Equal(DeviceType.CPU, Devices.Parse("cpu").type);
        Assert.Contains("not a device", Assert.Throws<InputException>(() => Devices.Parse("tpu")).Message);
        if (cuda.is_available())
            Assert.Equal(DeviceType.CUDA, Devices.Parse("cuda:0").type);
        else
            Assert.Contains("no CUDA device", Assert.Throws<InputException>(() => Devices.Parse("cuda:1")).Message);
    }

    private static void Backward(TokenClassifier model)
    {
        model.train();
        using var logits = model.forward(Ids([[0, 7, 8, 9, 2], [0, 5, 2, 1, 1]]), Ids([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]), null);
        using var loss = nn.functional.cross_entropy(
            logits.view(-1, logits.shape[2]), Ids([[0, 1, 2, 0, 0, 0, 3, 0, -100, -100]]).view(-1)); // [B, T, L] -> [B*T, L]; [1, 10] -> [10]
        loss.backward();
    }

    private static Tensor Ids(long[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, rows[0].Length]);
}
