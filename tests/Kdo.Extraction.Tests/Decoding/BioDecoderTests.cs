using Kdo.Corpus;
using Kdo.Extraction.Decoding;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Tests.Decoding;

public class BioDecoderTests
{
    private static readonly LabelScheme Labels = LabelScheme.Default;

    private static WordProbabilities Rows(params (string Label, float P)[] words) =>
        WordProbabilities.FromTags(Labels, words.Select(w => w.Label).ToArray(), words.Select(w => w.P).ToArray());

    [Fact]
    public void Never_yields_an_inside_label_without_its_beginning_on_random_rows()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 2000; trial++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 12)).Select(_ =>
            {
                var row = Enumerable.Range(0, Labels.Count).Select(_ => (float)Math.Pow(random.NextDouble(), 3)).ToArray();
                var sum = row.Sum();
                return row.Select(p => p / sum).ToArray();
            }).ToArray();
            var tags = BioDecoder.Decode(WordProbabilities.Create(Labels, rows)).Select(Labels.NameOf).ToArray();
            Assert.True(BioDecoder.IsValid(tags), string.Join(" ", tags));
        }
    }

    [Fact]
    public void Keeps_the_argmax_when_it_is_already_valid()
    {
        var ids = BioDecoder.Decode(Rows(("O", 0.9f), ("B-jmeno", 0.8f), ("B-prijmeni", 0.7f), ("I-prijmeni", 0.6f), ("O", 0.9f)));
        Assert.Equal(["O", "B-jmeno", "B-prijmeni", "I-prijmeni", "O"], ids.Select(Labels.NameOf));
    }

    [Fact]
    public void Repairs_an_inside_label_after_outside_into_a_beginning_when_that_is_likelier()
    {
        // I-rc is most likely alone, but I-rc cannot start; B-rc is the runner-up of the same word.
        var row = new float[Labels.Count];
        row[Labels.IdOf("I-rc")] = 0.6f;
        row[Labels.IdOf("B-rc")] = 0.3f;
        row[Labels.IdOf("O")] = 0.1f;
        var outside = new float[Labels.Count];
        outside[Labels.IdOf("O")] = 1;
        var ids = BioDecoder.Decode(WordProbabilities.Create(Labels, [outside, row, (float[])row.Clone()]));
        Assert.Equal(["O", "B-rc", "I-rc"], ids.Select(Labels.NameOf));
    }

    [Fact]
    public void An_inside_label_of_another_type_does_not_continue_an_entity()
    {
        Assert.False(BioDecoder.IsValid(["B-jmeno", "I-prijmeni"]));
        Assert.False(BioDecoder.IsValid(["I-rc"]));
        Assert.True(BioDecoder.IsValid(["B-rc", "I-rc", "O", "B-rc"]));
    }

    [Fact]
    public void Rows_that_are_not_distributions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => WordProbabilities.Create(Labels, [new float[Labels.Count]]));
        Assert.Throws<ArgumentException>(() => WordProbabilities.Create(Labels, [new float[3]]));
        Assert.Throws<ArgumentException>(() => WordProbabilities.FromTags(Labels, ["B-nothing"], [1f]));
    }
}
