using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Kdo.Corpus;
using Kdo.Modeling.Checkpoints;
using Kdo.Tests;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Kdo.Modeling.Tests;

public class HfCheckpointTests
{
    private static readonly string XlmR = ParityCases.Folder("tiny-xlm-roberta-token-cls");
    private static readonly string Tokenizer = TestPaths.Fixture("hf-parity", "tiny-xlm-roberta-tokenizer");

    [Theory]
    [MemberData(nameof(HfParityTests.Models), MemberType = typeof(HfParityTests))]
    public void AFolderKdoSavedLoadsBackIdentically(string fixture)
    {
        var (original, _) = HfCheckpoint.Load(ParityCases.Folder(fixture));
        using var _original = original;
        var saved = Path.Combine(TestPaths.NewTempFolder(), "model");
        HfCheckpoint.Save(original, saved, Tokenizer);

        var (reloaded, report) = HfCheckpoint.Load(saved);
        using var _reloaded = reloaded;
        Assert.False(report.NewHead);
        Assert.Empty(report.Unexpected);
        Assert.Equal(original.Config, reloaded.Config);
        var before = original.state_dict();
        var after = reloaded.state_dict();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (key, tensor) in before)
            Assert.True(tensor.bytes.SequenceEqual(after[key].bytes), $"{key} differs after the round trip");
        foreach (var name in new[] { "sentencepiece.bpe.model", "tokenizer_config.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Tokenizer, name)), File.ReadAllBytes(Path.Combine(saved, name)));
    }

    [Fact]
    public void TheSavedFilesAreWhatTransformersReads()
    {
        var (model, _) = HfCheckpoint.Load(XlmR);
        using var _model = model;
        var saved = Path.Combine(TestPaths.NewTempFolder(), "model");
        HfCheckpoint.Save(model, saved);

        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(saved, "config.json")));
        Assert.Equal("xlm-roberta", config.RootElement.GetProperty("model_type").GetString());
        Assert.Equal("XLMRobertaForTokenClassification", config.RootElement.GetProperty("architectures")[0].GetString());
        Assert.Equal("B-evcu", config.RootElement.GetProperty("id2label").GetProperty("1").GetString());
        Assert.Equal(10, config.RootElement.GetProperty("label2id").GetProperty("I-datum").GetInt32());
        Assert.True(config.RootElement.GetProperty("output_past").GetBoolean()); // unknown to Kdo, kept

        var bytes = File.ReadAllBytes(Path.Combine(saved, "model.safetensors"));
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0, headerLength % 8);
        using var header = JsonDocument.Parse(Encoding.UTF8.GetString(bytes, 8, headerLength));
        Assert.Equal("pt", header.RootElement.GetProperty("__metadata__").GetProperty("format").GetString());
        var word = header.RootElement.GetProperty("roberta.embeddings.word_embeddings.weight");
        Assert.Equal("F32", word.GetProperty("dtype").GetString());
        Assert.Equal([250L, 32L], word.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()));
        var end = header.RootElement.EnumerateObject().Where(p => p.Name != "__metadata__").Max(p => p.Value.GetProperty("data_offsets")[1].GetInt64());
        Assert.Equal(bytes.Length - 8 - headerLength, end);
    }

    [Fact]
    public void SavingOverAFolderReplacesItWholeAndLeavesNoTemporaries()
    {
        var (model, _) = HfCheckpoint.Load(XlmR);
        using var _model = model;
        var parent = TestPaths.NewTempFolder();
        var target = Path.Combine(parent, "model");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "from an earlier run");

        HfCheckpoint.Save(model, target);

        Assert.False(File.Exists(Path.Combine(target, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(target, "model.safetensors")));
        Assert.Equal(["model"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void ADifferentLabelCountReportsTheMismatchedClassifierAndKeepsTheEncoder()
    {
        var labels = LabelScheme.FromTypes(["a", "b"]);
        var (model, report) = HfCheckpoint.Load(XlmR, labels, seed: 1);
        using var _model = model;

        Assert.True(report.NewHead);
        Assert.Empty(report.Missing);
        Assert.Equal(["classifier.bias", "classifier.weight"], report.Mismatched.Select(m => m.Key).Order());
        var weight = report.Mismatched.Single(m => m.Key == "classifier.weight");
        Assert.Equal([5L, 32L], weight.ModelShape);
        Assert.Equal([11L, 32L], weight.FileShape);
        Assert.Same(labels, model.Labels);
        using var file = ReadFixtureWeights();
        Assert.True(file["roberta.encoder.layer.1.output.dense.weight"].Equals(model.state_dict()["roberta.encoder.layer.1.output.dense.weight"]));
        Assert.Contains("classifier.weight file [11, 32] model [5, 32]", report.ToString());
    }

    [Fact]
    public void TheSameLabelCountWithOtherNamesStillStartsANewHead()
    {
        var labels = LabelScheme.FromLabels(Enumerable.Range(0, 11).Select(i => $"L{i}"));
        var (model, report) = HfCheckpoint.Load(XlmR, labels, seed: 1);
        using var _model = model;
        using var file = ReadFixtureWeights();

        Assert.True(report.LabelsChanged);
        Assert.Empty(report.Mismatched);
        Assert.False(file["classifier.weight"].Equals(model.state_dict()["classifier.weight"]));
    }

    [Fact]
    public void ABaseCheckpointWithoutHeadOrPrefixLoadsTheEncoderAndReportsTheMissingHead()
    {
        using var file = ReadFixtureWeights();
        var folder = TestPaths.NewTempFolder();
        var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(XlmR, "config.json"))).RootElement.EnumerateObject()
            .Where(p => p.Name is not ("id2label" or "label2id" or "architectures")).ToDictionary(p => p.Name, p => p.Value);
        File.WriteAllText(Path.Combine(folder, "config.json"), JsonSerializer.Serialize(config));
        // As XLMRobertaModel.save_pretrained writes it (no "roberta." prefix, a pooler), with an old position_ids buffer.
        var weights = file.Tensors.Where(p => !p.Key.StartsWith("classifier.", StringComparison.Ordinal))
            .ToDictionary(p => p.Key["roberta.".Length..], p => p.Value);
        weights["pooler.dense.weight"] = zeros(32, 32);
        weights["embeddings.position_ids"] = arange(66).unsqueeze(0);
        StateDictFile.Write(Path.Combine(folder, "model.safetensors"), weights);

        var (model, report) = HfCheckpoint.Load(folder, LabelScheme.Default, seed: 1);
        using var _model = model;

        Assert.Equal(["classifier.bias", "classifier.weight"], report.Missing.Order());
        Assert.Equal(["embeddings.position_ids", "pooler.dense.weight"], report.Ignored);
        Assert.Empty(report.Unexpected);
        var c = ParityCases.Read("tiny-xlm-roberta-token-cls")[0];
        using var output = model.Run(c.InputIds, c.AttentionMask);
        Assert.True(ParityCases.MaxAbsDifference(output.LastHiddenState, c.LastHiddenState) <= 1e-4);
    }

    [Fact]
    public void APyTorchBinLoadsAsTheSafetensorsDo()
    {
        using var file = ReadFixtureWeights();
        var folder = TestPaths.NewTempFolder();
        File.Copy(Path.Combine(XlmR, "config.json"), Path.Combine(folder, "config.json"));
        PyTorchPickler.PickleStateDict(Path.Combine(folder, "pytorch_model.bin"), file.Tensors);

        var (model, report) = HfCheckpoint.Load(folder);
        using var _model = model;

        Assert.EndsWith("pytorch_model.bin", report.WeightsFile);
        Assert.False(report.NewHead);
        foreach (var (key, tensor) in model.state_dict())
            Assert.True(tensor.Equals(file[key]), key);
    }

    [Fact]
    public void AMisshapenEncoderWeightIsAnErrorNamingTheKeyTheFileAndBothShapes()
    {
        using var file = ReadFixtureWeights();
        var folder = FolderWith(file.Tensors.ToDictionary(p => p.Key, p => p.Key == "roberta.embeddings.word_embeddings.weight" ? zeros(249, 32) : p.Value));

        var error = Assert.Throws<InputException>(() => HfCheckpoint.Load(folder));

        Assert.Contains("model.safetensors", error.Message);
        Assert.Contains("'roberta.embeddings.word_embeddings.weight' has shape [249, 32]", error.Message);
        Assert.Contains("needs [250, 32]", error.Message);
    }

    [Fact]
    public void AMissingEncoderWeightIsAnError()
    {
        using var file = ReadFixtureWeights();
        var folder = FolderWith(file.Tensors.Where(p => !p.Key.Contains("layer.1.intermediate", StringComparison.Ordinal)).ToDictionary());

        var error = Assert.Throws<InputException>(() => HfCheckpoint.Load(folder));

        Assert.Contains("2 encoder weights are missing", error.Message);
        Assert.Contains("roberta.encoder.layer.1.intermediate.dense", error.Message);
    }

    [Fact]
    public void EncoderWeightsTheConfigHasNoPlaceForAreAnError()
    {
        using var file = ReadFixtureWeights();
        var weights = file.Tensors.ToDictionary();
        weights["roberta.encoder.layer.2.output.dense.bias"] = zeros(32);

        var error = Assert.Throws<InputException>(() => HfCheckpoint.Load(FolderWith(weights)));

        Assert.Contains("'roberta.encoder.layer.2.output.dense.bias' has no place", error.Message);
    }

    [Fact]
    public void AFolderWithoutWeightsOrConfigIsAnError()
    {
        var folder = TestPaths.NewTempFolder();
        Assert.Contains("no config.json", Assert.Throws<InputException>(() => HfCheckpoint.Load(folder)).Message);
        File.Copy(Path.Combine(XlmR, "config.json"), Path.Combine(folder, "config.json"));
        Assert.Contains("no weights", Assert.Throws<InputException>(() => HfCheckpoint.Load(folder)).Message);
        Assert.Contains("no such model folder", Assert.Throws<InputException>(() => HfCheckpoint.Load(Path.Combine(folder, "absent"))).Message);
    }

    private static string FolderWith(Dictionary<string, Tensor> weights)
    {
        var folder = TestPaths.NewTempFolder();
        File.Copy(Path.Combine(XlmR, "config.json"), Path.Combine(folder, "config.json"));
        StateDictFile.Write(Path.Combine(folder, "model.safetensors"), weights);
        return folder;
    }

    private static StateDict ReadFixtureWeights() => new(StateDictFile.Read(Path.Combine(XlmR, "model.safetensors")));

    private sealed class StateDict(Dictionary<string, Tensor> tensors) : IDisposable
    {
        public Dictionary<string, Tensor> Tensors { get; } = tensors;

        public Tensor this[string key] => Tensors[key];

        public void Dispose()
        {
            foreach (var tensor in Tensors.Values)
                tensor.Dispose();
        }
    }
}
