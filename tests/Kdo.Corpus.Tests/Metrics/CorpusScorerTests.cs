using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Tests.Metrics;

public class CorpusScorerTests
{
    private static readonly Document Gold = new("d1", ["Jan", "Novák", ",", "nar.", "1.", "2.", "1980"],
        ["B-jmeno", "B-prijmeni", "O", "O", "B-datum", "I-datum", "I-datum"]) { SentenceStarts = [0, 3] };

    [Fact]
    public void Gold_sentences_are_the_sequences()
    {
        // Read as one sequence, the I-prijmeni run would be one entity; the sentence break makes it two.
        var predicted = new Document("other id", Gold.Words, ["B-jmeno", "B-prijmeni", "I-prijmeni", "I-prijmeni", "B-datum", "I-datum", "I-datum"]);
        var scores = CorpusScorer.Score([Gold], "gold.conll", [predicted], "pred.jsonl");
        var expected = EntityScorer.Score([Gold.Tags.Take(3).ToArray(), Gold.Tags.Skip(3).ToArray()],
            [predicted.Tags.Take(3).ToArray(), predicted.Tags.Skip(3).ToArray()]);
        Assert.Equal(expected.ToJson(), scores.ToJson());
        Assert.Equal(2, scores.Sentences);
        Assert.Equal(4, scores.PredictedEntities);
    }

    [Fact]
    public void Different_words_name_the_file_and_document_but_not_the_words()
    {
        var shorter = new Document("d1", Gold.Words.Take(6).ToArray(), Gold.Tags.Take(6).ToArray());
        var e = Assert.Throws<InputException>(() => CorpusScorer.Score([Gold], "gold.conll", [shorter], "pred.jsonl"));
        Assert.Equal("pred.jsonl: document 1 ('d1') has 6 words, but document 1 of gold.conll has 7", e.Message);

        var other = Gold with { Words = ["Jan", "Nováková", ",", "nar.", "1.", "2.", "1980"] };
        e = Assert.Throws<InputException>(() => CorpusScorer.Score([Gold, Gold], "gold.conll", [Gold, other], "pred.jsonl"));
        Assert.Equal("pred.jsonl: document 2 ('d1'): word 2 differs from word 2 of gold.conll", e.Message);
        Assert.DoesNotContain("Nov", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_document_counts_are_bad_input()
    {
        Assert.Equal("pred.jsonl: has 1 documents, but gold.conll has more",
            Assert.Throws<InputException>(() => CorpusScorer.Score([Gold, Gold], "gold.conll", [Gold], "pred.jsonl")).Message);
        Assert.Equal("pred.jsonl: has more documents than the 1 of gold.conll",
            Assert.Throws<InputException>(() => CorpusScorer.Score([Gold], "gold.conll", [Gold, Gold], "pred.jsonl")).Message);
    }

    [Fact]
    public void A_tag_strict_mode_cannot_read_names_its_file_and_word()
    {
        // The bad tag is the fourth of the second sentence: word 7 of the document.
        var iobes = Gold with { Id = "d2", Tags = ["B-jmeno", "B-prijmeni", "O", "O", "B-datum", "I-datum", "E-datum"] };
        var e = Assert.Throws<InputException>(() => CorpusScorer.Score([Gold], "gold.conll", [iobes], "pred.jsonl", SeqevalMode.StrictIob2));
        Assert.Equal("pred.jsonl: document 1 ('d2'), word 7: tag 'E-datum' is not IOB2: strict mode allows only the prefixes B, I and O", e.Message);
        e = Assert.Throws<InputException>(() => CorpusScorer.Score([iobes], "gold.conll", [Gold], "pred.jsonl", SeqevalMode.StrictIob2));
        Assert.StartsWith("gold.conll: document 1 ('d2'), word 7: tag 'E-datum'", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, CorpusScorer.Score([Gold], "gold.conll", [iobes], "pred.jsonl").CorrectEntities);
    }
}
