using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class JsonlFormatTests
{
    [Fact]
    public void Every_field_round_trips()
    {
        var original = Samples.Full();
        var read = Assert.Single(Samples.RoundTrip(".jsonl", [original]));
        Samples.AssertSameWords(original, read);
        Assert.Equal(original.Id, read.Id);
        Assert.Equal(original.Text, read.Text);
        Assert.Equal(original.WordSpans, read.WordSpans);
        Assert.Equal(original.SentenceStarts, read.SentenceStarts);
        Assert.Equal(original.Customer, read.Customer);
        Assert.Equal(original.Metadata, read.Metadata);
    }

    [Fact]
    public void Tags_round_trip_as_ids_of_the_scheme()
    {
        var path = Samples.File("ids.jsonl", "");
        CorpusFiles.Write(path, [Samples.Tagged()], new CorpusWriteOptions { TagIds = true });
        Assert.Contains("\"ner_tags\":[0,7,5,0,0,0,0,7,5,0]", File.ReadAllText(path), StringComparison.Ordinal);
        Samples.AssertSameWords(Samples.Tagged(), Assert.Single(CorpusFiles.Read(path)));
    }

    [Fact]
    public void Ids_map_through_a_given_scheme_and_names_are_free_strings()
    {
        var labels = LabelScheme.FromLabels(["O", "B-PER", "I-PER"]);
        var read = Samples.Read("a.jsonl", """
            {"id": 3, "tokens": ["Jan", "Novák", "spí"], "ner_tags": [1, 2, 0]}
            {"tokens": ["x", "y"], "ner_tags": ["S-LOC", "E-whatever"]}
            """, new CorpusReadOptions { Labels = labels });
        Assert.Equal(["B-PER", "I-PER", "O"], read[0].Tags);
        Assert.Equal("3", read[0].Id);
        Assert.Equal(["S-LOC", "E-whatever"], read[1].Tags);
        Assert.Equal("1", read[1].Id); // no id: the 0-based row number, as HF datasets count
    }

    [Fact]
    public void Czech_letters_are_written_as_they_are()
    {
        var path = Samples.File("cz.jsonl", "");
        CorpusFiles.Write(path, [Samples.Tagged()]);
        Assert.Contains("Dvořáková", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Word_spans_count_code_points_as_python_does()
    {
        var document = Kdo.Corpus.Text.WordSegmenter.ToDocument("e", "😀 Jan Novák");
        var path = Samples.File("emoji.jsonl", "");
        CorpusFiles.Write(path, [document]);
        Assert.Contains("\"word_spans\":[[0,1],[2,5],[6,11]]", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(document.WordSpans, Assert.Single(CorpusFiles.Read(path)).WordSpans);
    }

    [Theory]
    [InlineData("""{"tokens": ["a", "b"], "ner_tags": ["O"]}""", "field 'ner_tags' has 1 tags but 'tokens' has 2")]
    [InlineData("""{"tokens": ["a"], "ner_tags": [11]}""", "field 'ner_tags[0]' is 11, which is not a label id")]
    [InlineData("""{"tokens": ["a", "b"], "ner_tags": [0, -1]}""", "field 'ner_tags[1]' is -1")]
    [InlineData("""{"tokens": "a b", "ner_tags": []}""", "field 'tokens' must be an array, found a string")]
    [InlineData("""{"tokens": ["a", 5], "ner_tags": [0, 0]}""", "field 'tokens[1]' must be a string, found a number")]
    [InlineData("""{"tokens": ["a"]}""", "field 'ner_tags' is missing")]
    [InlineData("""{"tokens": ["a"], "ner_tags": [0.5]}""", "field 'ner_tags[0]' must be an integer, found 0.5")]
    [InlineData("""{"tokens": ["a"], "ner_tags": [{}]}""", "field 'ner_tags[0]' must be a tag name or a label id, found an object")]
    [InlineData("""["a"]""", "must be a JSON object, found an array")]
    [InlineData("""{"tokens": ["a"], "ner_tags": ["O"]""", "invalid JSON")]
    [InlineData("""{"tokens": ["ab"], "ner_tags": ["O"], "text": "ab", "word_spans": [[0, 1]]}""", "field 'word_spans[0]' covers other characters than tokens[0]")]
    [InlineData("""{"tokens": ["ab"], "ner_tags": ["O"], "text": "ab", "word_spans": [[0, 3]]}""", "field 'word_spans[0]' is [0, 3), outside the text")]
    [InlineData("""{"tokens": ["ab"], "ner_tags": ["O"], "word_spans": [[0, 2]]}""", "field 'word_spans' needs the field 'text'")]
    [InlineData("""{"tokens": ["a", "b"], "ner_tags": ["O", "O"], "sentence_starts": [0, 2]}""", "field 'sentence_starts[1]' is 2")]
    [InlineData("""{"tokens": ["a"], "ner_tags": ["O"], "customer": {"name": {"written": "a", "normalized": "a"}}}""", "field 'customer.name' is not a customer field (variable_symbol")]
    [InlineData("""{"tokens": ["a"], "ner_tags": ["O"], "customer": {"surname": {"written": "a"}}}""", "field 'customer.surname.normalized' is missing")]
    [InlineData("""{"tokens": ["a"], "ner_tags": ["O"], "meta": {"k": [1]}}""", "field 'meta.k' must be a string or a number, found an array")]
    public void A_malformed_record_names_the_line_and_the_field(string record, string problem)
    {
        var error = Samples.ReadError("bad.jsonl", "{\"tokens\": [], \"ner_tags\": []}\n\n" + record + "\n");
        Assert.Equal(3, error.Line);
        Assert.EndsWith("bad.jsonl", error.InputName, StringComparison.Ordinal);
        Assert.Contains(problem, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_ids_of_a_tag_outside_the_scheme_names_the_document_and_leaves_no_file()
    {
        var path = Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), "out.jsonl");
        var document = new Document("x", ["a"], ["B-PER"]);
        var error = Assert.Throws<InputException>(() => CorpusFiles.Write(path, [document], new CorpusWriteOptions { TagIds = true }));
        Assert.Contains("tag 'B-PER' of word 0 is not in the label scheme", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
