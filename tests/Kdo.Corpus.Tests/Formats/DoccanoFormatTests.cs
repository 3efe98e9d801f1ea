using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class DoccanoFormatTests
{
    private static readonly CorpusReadOptions Doccano = new() { Format = CorpusFormat.Doccano };

    [Fact]
    public void The_classic_and_the_newer_layout_read_alike()
    {
        var read = Samples.Read("export.jsonl", """
            {"id": 1, "text": "Dlužník Jan Novák.", "label": [[8, 11, "jmeno"], [12, 17, "prijmeni"]], "Comments": []}
            {"id": 2, "text": "Dlužník Jan Novák.", "entities": [{"id": 5, "label": "jmeno", "start_offset": 8, "end_offset": 11}, {"id": 6, "label": "prijmeni", "start_offset": 12, "end_offset": 17}], "relations": []}
            {"id": 3, "text": "Dlužník Jan Novák.", "labels": [[8, 17, "jmeno"]], "meta": {"page": 3}}
            """);
        Assert.Equal(3, read.Count);
        Assert.Equal(["O", "B-jmeno", "B-prijmeni", "O"], read[0].Tags);
        Assert.Equal(read[0].Tags, read[1].Tags);
        Assert.Equal(["O", "B-jmeno", "I-jmeno", "O"], read[2].Tags);
        Assert.Equal("3", read[2].Metadata!["page"]);
        Assert.Equal(["1", "2", "3"], read.Select(d => d.Id));
    }

    [Fact]
    public void A_jsonl_file_of_texts_is_taken_for_doccano()
    {
        var path = Samples.File("d.jsonl", "{\"text\": \"Jan\", \"label\": []}\n");
        Assert.Equal(CorpusFormat.Doccano, CorpusFiles.DetectFormat(path));
    }

    [Fact]
    public void Documents_round_trip_through_spans()
    {
        var documents = new[] { Samples.Annotated("1"), Samples.Tagged("2") with { Metadata = new Dictionary<string, string> { ["split"] = "dev" } } };
        var read = Samples.RoundTrip(".jsonl", documents, CorpusFormat.Doccano);
        Samples.AssertSameWords(documents[0], read[0]);
        Samples.AssertSameWords(documents[1], read[1]);
        Assert.Equal(Samples.Sentence, read[0].Text);
        Assert.Equal("dev", read[1].Metadata!["split"]);
    }

    [Fact]
    public void The_writer_gives_the_classic_layout()
    {
        var path = Samples.File("out.jsonl", "");
        CorpusFiles.Write(path, [new Document("7", ["Jan", "Novák", "spí"], ["B-jmeno", "B-prijmeni", "O"])], CorpusFormat.Doccano);
        Assert.Equal("{\"id\":7,\"text\":\"Jan Novák spí\",\"label\":[[0,3,\"jmeno\"],[4,9,\"prijmeni\"]]}\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("""{"text": "Jan", "label": [[0, 3, "a"]]""", "invalid JSON")]
    [InlineData("""{"text": 3, "label": []}""", "field 'text' must be a string, found a number")]
    [InlineData("""{"text": "Jan", "label": [[0, 3]]}""", "field 'label[0]' must be [start, end, label], found 2 items")]
    [InlineData("""{"text": "Jan", "label": [[0, 4, "a"]]}""", "field 'label[0]' is the span [0, 4), which is empty or outside the text of 3 characters")]
    [InlineData("""{"text": "Jan", "label": [[2, 1, "a"]]}""", "is the span [2, 1)")]
    [InlineData("""{"text": "Jan Novák", "label": [[0, 5, "a"], [4, 9, "b"]]}""", "overlap")]
    [InlineData("""{"text": "Jan   Novák", "label": [[3, 5, "a"]]}""", "covers no word")]
    [InlineData("""{"text": "Jan", "entities": [{"label": "a", "start_offset": 0}]}""", "field 'entities[0].end_offset' is missing")]
    [InlineData("""{"text": "Jan", "label": ["positive"]}""", "field 'label[0]' must be an array, found a string")]
    public void A_malformed_record_names_the_line_and_what_is_wrong(string record, string problem)
    {
        var error = Samples.ReadError("bad.jsonl", "{\"text\": \"ok\", \"label\": []}\n" + record + "\n", Doccano);
        Assert.Equal(2, error.Line);
        Assert.Contains(problem, error.Reason, StringComparison.Ordinal);
    }
}
