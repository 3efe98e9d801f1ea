using System.Text;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Text;

namespace Kdo.Corpus.Tests.Formats;

public class LabelStudioFormatTests
{
    // As Label Studio 1.x exports a NER project: a relation and a choice beside the spans, a cancelled annotation.
    private const string Export = """
        [
          {
            "id": 41,
            "data": {"text": "Dlužník Jan Novák, nar. 15. 3. 1985."},
            "annotations": [
              {"id": 1, "was_cancelled": true, "result": []},
              {
                "id": 2, "completed_by": 1, "was_cancelled": false,
                "result": [
                  {"value": {"start": 8, "end": 11, "text": "Jan", "labels": ["jmeno"]}, "id": "a1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
                  {"value": {"start": 12, "end": 17, "text": "Novák", "labels": ["prijmeni"]}, "id": "a2", "from_name": "label", "to_name": "text", "type": "labels"},
                  {"from_id": "a1", "to_id": "a2", "type": "relation", "direction": "right"},
                  {"value": {"choices": ["dlužník"]}, "from_name": "role", "to_name": "text", "type": "choices"},
                  {"value": {"start": 24, "end": 35, "text": "15. 3. 1985", "labels": ["datum"]}, "id": "a3", "from_name": "label", "to_name": "text", "type": "labels"}
                ]
              }
            ],
            "predictions": [
              {"model_version": "v1", "result": [{"value": {"start": 8, "end": 17, "labels": ["prijmeni"]}, "from_name": "label", "to_name": "text", "type": "labels"}]}
            ],
            "meta": {"family": "petition"}
          }
        ]
        """;

    [Fact]
    public void An_export_reads_as_words_with_BIO_tags_from_the_first_usable_annotation()
    {
        var document = Assert.Single(Samples.Read("export.json", Export));
        Assert.Equal("41", document.Id);
        Assert.Equal(["Dlužník", "Jan", "Novák", ",", "nar.", "15.", "3.", "1985", "."], document.Words);
        Assert.Equal(["O", "B-jmeno", "B-prijmeni", "O", "O", "B-datum", "I-datum", "I-datum", "O"], document.Tags);
        Assert.Equal("petition", document.Metadata!["family"]);
    }

    [Fact]
    public void Predictions_can_be_read_instead()
    {
        var document = Assert.Single(Samples.Read("export.json", Export, new CorpusReadOptions { Predictions = true }));
        Assert.Equal(["O", "B-prijmeni", "I-prijmeni", "O", "O", "O", "O", "O", "O"], document.Tags);
    }

    [Fact]
    public void Documents_round_trip_through_spans()
    {
        var documents = new[] { Samples.Annotated("7"), Samples.Tagged("bez textu") };
        var read = Samples.RoundTrip(".json", documents);
        Samples.AssertSameWords(documents[0], read[0]);
        Assert.Equal(Samples.Sentence, read[0].Text);
        Assert.Equal(["7", "bez textu"], read.Select(d => d.Id));
        // Without a text, the words are laid out with spaces, sentences on lines of their own.
        Samples.AssertSameWords(documents[1], read[1]);
        Assert.Equal("Věřitel Petra Dvořáková přihlásila pohledávku .\nDlužnice Marie Malá .", read[1].Text);
    }

    [Fact]
    public void Offsets_count_code_points_both_ways()
    {
        const string text = "😀 Jan Novák";
        var read = Samples.Read("emoji.json", $$$"""[{"data": {"text": "{{{text}}}"}, "annotations": [{"result": [{"value": {"start": 2, "end": 5, "labels": ["jmeno"]}}]}]}]""");
        Assert.Equal(["O", "B-jmeno", "O"], Assert.Single(read).Tags);
        var path = Samples.File("emoji-out.json", "");
        CorpusFiles.Write(path, read);
        Assert.Contains("\"start\":2,\"end\":5,\"text\":\"Jan\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_inside_a_word_is_widened_and_reported()
    {
        var misaligned = new List<LabeledSpan>();
        var options = new CorpusReadOptions { OnMisalignedSpan = (_, span) => misaligned.Add(span) };
        var read = Samples.Read("m.json", """[{"data": {"text": "rč850315/1239 konec"}, "annotations": [{"result": [{"value": {"start": 2, "end": 13, "labels": ["rc"]}}]}]}]""", options);
        Assert.Equal(["B-rc", "O"], Assert.Single(read).Tags);
        Assert.Equal(new LabeledSpan(2, 13, "rc"), Assert.Single(misaligned));
    }

    [Fact]
    public void The_first_task_of_a_large_export_is_read_without_reading_the_rest()
    {
        var export = new StringBuilder("[\n");
        for (var i = 0; i < 20_000; i++)
            export.Append(i == 0 ? "" : ",\n").Append($$"""{"id": {{i}}, "data": {"text": "Dlužník Jan Novák číslo {{i}}"}, "annotations": [{"result": []}]}""");
        export.Append("\n]\n");
        using var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(export.ToString())));
        var first = CorpusFiles.Read(stream, "big.json", CorpusFormat.LabelStudio).Take(1).Single();
        Assert.Equal("0", first.Id);
        Assert.True(stream.BytesRead < stream.Length / 10, $"read {stream.BytesRead} of {stream.Length} bytes");
    }

    [Fact]
    public void Tasks_larger_than_the_read_buffer_are_read_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("slovo", 40_000));
        var read = Samples.Read("large.json", $$$"""[{"data": {"text": "{{{text}}}"}, "annotations": [{"result": []}]}, {"data": {"text": "x"}, "annotations": [{"result": []}]}]""");
        Assert.Equal(40_000, read[0].Words.Count);
        Assert.Equal(["x"], read[1].Words);
    }

    [Theory]
    [InlineData("""[{"data": {"text": "Jan Novák"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3, "labels": ["jmeno"]}}]}]""", 1, "the file ends inside the JSON array")]
    [InlineData("""[{"data": {"text": "Jan Novák"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3, "labels": ["jmeno"]}}]}]}] x""", 1, "invalid JSON: 'x' is invalid after a single JSON value")]
    [InlineData("""{"data": {}}""", 1, "expected a JSON array, found an object")]
    [InlineData("", 1, "the file is empty")]
    [InlineData("[\n{\"data\": {\"text\": \"x\"},\n \"annotations\": [}]", 3, "invalid JSON")]
    [InlineData("[\n{\"data\": {\"text\": 5}, \"annotations\": []}]", 2, "field 'data.text' must be a string, found a number")]
    [InlineData("""[{"data": {"text": "x"}}]""", 1, "field 'annotations' is missing")]
    [InlineData("""[{"data": {"text": "x"}, "annotations": []}]""", 1, "field 'annotations' has 0 usable items")]
    [InlineData("""[{"data": {"text": "Jan"}, "annotations": [{"result": [{"value": {"start": 0, "end": 9, "labels": ["jmeno"]}}]}]}]""", 1, "field 'annotations[0].result[0].value' is the span [0, 9), which is empty or outside the text of 3 characters")]
    [InlineData("""[{"data": {"text": "Jan Novák"}, "annotations": [{"result": [{"value": {"start": 0, "end": 5, "labels": ["a"]}}, {"value": {"start": 4, "end": 9, "labels": ["b"]}}]}]}]""", 1, "overlap")]
    [InlineData("""[{"data": {"text": "Jan"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3, "labels": ["a", "b"]}}]}]}]""", 1, "has 2 labels")]
    [InlineData("""[{"data": {"text": "Jan"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3, "text": "Jon", "labels": ["a"]}}]}]}]""", 1, "gives a text of 3 characters that is not the text's characters [0, 3)")]
    [InlineData("""[{"data": {"text": "Jan"}, "annotations": [{"result": [{"value": {"start": "0", "end": 3, "labels": ["a"]}}]}]}]""", 1, "field 'annotations[0].result[0].value.start' must be an integer, found a string")]
    public void A_malformed_export_names_the_line_and_what_is_wrong(string content, int line, string problem)
    {
        var error = Samples.ReadError("bad.json", content);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_a_later_task_names_that_task_s_line()
    {
        var error = Samples.ReadError("later.json", "[\n{\"data\": {\"text\": \"a\"}, \"annotations\": [{\"result\": []}]},\n\n{\"data\": {}, \"annotations\": []}\n]");
        Assert.Equal(4, error.Line);
        Assert.Contains("field 'data.text' is missing", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_that_are_not_IOB2_cannot_become_spans()
    {
        var path = Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), "out.json");
        var error = Assert.Throws<InputException>(() => CorpusFiles.Write(path, [new Document("d", ["Jan"], ["S-PER"])]));
        Assert.Contains("tag 'S-PER' of word 0 is not O, B-type or I-type", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
