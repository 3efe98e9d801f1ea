using Kdo.Corpus;

namespace Kdo.Tokenization.Tests;

public class ClassWeightsTests
{
    [Fact]
    public void Weights_are_total_over_count_plus_one_without_ignored_labels()
    {
        var scheme = LabelScheme.FromTypes(["rc"]); // O, B-rc, I-rc
        var encoder = new DocumentEncoder(HfParity.Tokenizer, labels: scheme);
        // Jan(O) Novák,(O O) 850315/1234,(B-rc I-rc ×6): O 3, B-rc 1, I-rc 6, total 10; <s> and </s> not counted.
        var document = new Document("d", ["Jan", "Novák,", "850315/1234,"], ["O", "O", "B-rc"]);
        var weights = ClassWeights.FromWindows(encoder.Encode(document).Windows, scheme.Count);
        Assert.Equal([10f / 4, 10f / 2, 10f / 7], weights);
    }

    [Fact]
    public void Windows_without_labels_are_refused()
    {
        var windows = new DocumentEncoder(HfParity.Tokenizer).Encode(Document.Untagged("d", ["Jan"])).Windows;
        Assert.Throws<ArgumentException>(() => ClassWeights.FromWindows(windows, 3));
    }
}
