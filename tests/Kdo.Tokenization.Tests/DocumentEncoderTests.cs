using Kdo.Corpus;

namespace Kdo.Tokenization.Tests;

public class DocumentEncoderTests
{
    [Fact]
    public void A_document_is_encoded_aligned_and_windowed()
    {
        var encoder = new DocumentEncoder(HfParity.Tokenizer, new EncodingOptions { MaxLength = 8, Stride = 2 }, LabelScheme.Default);
        var document = new Document("d", ["Dlužník", "Jan", "Novák,", "850315/1234,"], ["O", "B-jmeno", "B-prijmeni", "B-rc"]);
        var encoded = encoder.Encode(document, index: 4);
        Assert.Equal([-100, 0, 0, 7, 5, 6, 3, 4, 4, 4, 4, 4, 4, -100], encoded.Labels);
        Assert.All(encoded.Windows, w => Assert.Equal(4, w.Document));
        Assert.All(encoded.Windows, w => Assert.Equal(encoded.Labels!.Take(w.End).Skip(w.Start), w.Labels!.Skip(1).SkipLast(1)));
        Assert.Equal(SlidingWindows.Spans(encoded.Encoding, 8, 2), encoded.Windows.Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void First_token_labelling_is_an_option()
    {
        var encoder = new DocumentEncoder(HfParity.Tokenizer, new EncodingOptions { Labeling = SubtokenLabeling.FirstToken }, LabelScheme.Default);
        var encoded = encoder.Encode(new Document("d", ["Novák,"], ["B-prijmeni"]));
        Assert.Equal([-100, 5, -100, -100], encoded.Labels);
    }

    [Fact]
    public void A_tag_outside_the_scheme_names_the_document_and_the_word()
    {
        var encoder = new DocumentEncoder(HfParity.Tokenizer, labels: LabelScheme.Default);
        var e = Assert.Throws<InputException>(() => encoder.Encode(new Document("spis-7", ["Jan", "Novák"], ["O", "B-osoba"])));
        Assert.Contains("spis-7", e.Message, StringComparison.Ordinal);
        Assert.Contains("word 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("B-osoba", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_window_sizes_fail_when_the_encoder_is_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentEncoder(HfParity.Tokenizer, new EncodingOptions { MaxLength = 10, Stride = 10 }));
    }

    [Fact]
    public void Documents_are_numbered_in_stream_order()
    {
        var encoder = new DocumentEncoder(HfParity.Tokenizer);
        var encoded = encoder.Encode(HfParity.Cases.Take(5).Select((c, i) => Document.Untagged($"d{i}", c.Words))).ToArray();
        Assert.Equal([0, 1, 2, 3, 4], encoded.Select(d => d.Index));
        Assert.Equal(["d0", "d1", "d2", "d3", "d4"], encoded.Select(d => d.Document.Id));
        Assert.All(encoded, d => Assert.Null(d.Labels));
    }
}
