using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Decoding;
using Kdo.Extraction.Tagging;

namespace Kdo.Extraction.Tests.Decoding;

public class EntityDecoderTests
{
    [Fact]
    public void Entities_carry_character_offsets_into_the_text_and_the_mean_probability()
    {
        var document = WordSegmenter.ToDocument("d", "Dlužník Jan Novák, r. č. 750315/1234.");
        var tags = document.Words.Select(w => w switch { "Jan" => "B-jmeno", "Novák" => "B-prijmeni", "750315/1234" => "B-rc", _ => "O" }).ToArray();
        var confidence = document.Words.Select(w => w == "Novák" ? 0.6f : 0.9f).ToArray();
        var entities = EntityDecoder.Decode(document, WordProbabilities.FromTags(LabelScheme.Default, tags, confidence));

        Assert.Equal(["jmeno", "prijmeni", "rc"], entities.Select(e => e.Type));
        var surname = entities[1];
        Assert.Equal("Novák", document.Text![surname.Start..surname.End]);
        // The chosen B-prijmeni's 0.6 plus I-prijmeni's share of the rest (0.4 / 10).
        Assert.Equal(0.64f, surname.Confidence, 5);
    }

    [Fact]
    public void A_document_without_text_is_laid_out_with_spaces()
    {
        var document = new Document("d", ["pan", "Jan", "Novák"], ["O", "O", "O"]);
        var tags = new[] { "O", "B-jmeno", "I-jmeno" };
        var entity = Assert.Single(EntityDecoder.Decode(document, WordProbabilities.FromTags(LabelScheme.Default, tags, [1f, 0.8f, 0.6f])));
        Assert.Equal(("Jan Novák", 4, 13), (entity.Text, entity.Start, entity.End));
        Assert.Equal((0.8f + 0.02f + 0.6f + 0.04f) / 2, entity.Confidence, 5);
    }
}
