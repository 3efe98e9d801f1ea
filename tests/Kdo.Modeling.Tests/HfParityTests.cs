using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Models;
using static TorchSharp.torch;

namespace Kdo.Modeling.Tests;

public class HfParityTests
{
    private const double Tolerance = 1e-4;

    // The documented bound for bfloat16 on these fixtures (logits: std ~1.5, |max| ~6.6). bf16 keeps 8 bits of
    // mantissa, so ~2^-8 relative error per operation adds up over two layers. Measured max |bf16 - reference| over
    // all positions: 0.057 (XLM-R) and 0.12 (ELECTRA) with the model cast, 0.042 and 0.062 with mixed bf16.
    private const double BFloat16Bound = 0.2;

    public static TheoryData<string> Models => new(ParityCases.Models);

    [Theory]
    [MemberData(nameof(Models))]
    public void LogitsMatchTheReferenceOnEveryCase(string fixture)
    {
        ForEachCase(fixture, Precision.Float32, (model, c) =>
        {
            using var logits = model.forward(c.InputIds, c.AttentionMask, c.TokenTypeIds);
            Assert.True(ParityCases.MaxAbsDifference(logits, c.Logits) <= Tolerance, $"{fixture} {c.Name}: logits differ by {ParityCases.MaxAbsDifference(logits, c.Logits)}");
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void HiddenStatesMatchTheReferenceLayerByLayer(string fixture)
    {
        ForEachCase(fixture, Precision.Float32, (model, c) =>
        {
            using var output = model.Run(c.InputIds, c.AttentionMask, c.TokenTypeIds, allHiddenStates: true);
            Assert.Equal(c.HiddenStates.Count, output.HiddenStates.Count);
            for (var i = 0; i < c.HiddenStates.Count; i++)
                Assert.True(ParityCases.MaxAbsDifference(output.HiddenStates[i], c.HiddenStates[i]) <= Tolerance, $"{fixture} {c.Name}: hidden state {i}");
            Assert.True(ParityCases.MaxAbsDifference(output.LastHiddenState, c.LastHiddenState) <= Tolerance, $"{fixture} {c.Name}: last hidden state");
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void PredictedLabelIdsMatchExactly(string fixture)
    {
        ForEachCase(fixture, Precision.Float32, (model, c) =>
        {
            using var logits = model.forward(c.InputIds, c.AttentionMask, c.TokenTypeIds);
            using var predicted = logits.argmax(-1);
            Assert.Equal(c.PredictedLabelIds.data<long>().ToArray(), predicted.data<long>().ToArray());
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void BFloat16InferenceStaysWithinItsBound(string fixture)
    {
        ForEachCase(fixture, Precision.BFloat16, (model, c) =>
        {
            using var logits = model.forward(c.InputIds, c.AttentionMask, c.TokenTypeIds);
            Assert.Equal(ScalarType.Float32, logits.dtype);
            var difference = ParityCases.MaxAbsDifference(logits, c.Logits);
            Assert.True(difference <= BFloat16Bound, $"{fixture} {c.Name}: bf16 logits differ by {difference}");
            Assert.True(difference > 0, "bf16 should not be exact: is the model really cast?");
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void MixedBFloat16KeepsFloat32WeightsAndStaysWithinTheBound(string fixture)
    {
        ForEachCase(fixture, Precision.MixedBFloat16, (model, c) =>
        {
            Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
            using var logits = model.forward(c.InputIds, c.AttentionMask, c.TokenTypeIds);
            var difference = ParityCases.MaxAbsDifference(logits, c.Logits);
            Assert.True(difference is > 0 and <= BFloat16Bound, $"{fixture} {c.Name}: mixed bf16 logits differ by {difference}");
        });
    }

    private static void ForEachCase(string fixture, Precision precision, Action<TokenClassifier, ParityCase> check)
    {
        var (model, _) = HfCheckpoint.Load(ParityCases.Folder(fixture));
        using var _model = model;
        model.SetPrecision(precision);
        foreach (var c in ParityCases.Read(fixture))
            check(model, c);
    }
}
