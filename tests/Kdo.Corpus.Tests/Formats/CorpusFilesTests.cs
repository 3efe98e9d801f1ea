using System.Text;
using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class CorpusFilesTests
{
    [Theory]
    [InlineData("a.jsonl", "{\"id\": \"1\", \"tokens\": [], \"ner_tags\": [], \"text\": \"\"}\n", CorpusFormat.Jsonl)]
    [InlineData("a.jsonl", "\n{\"text\": \"Jan\", \"label\": []}\n", CorpusFormat.Doccano)]
    [InlineData("a.jsonl", "", CorpusFormat.Jsonl)]
    [InlineData("a.conll", "", CorpusFormat.Conll)]
    [InlineData("a.IOB", "", CorpusFormat.Conll)]
    [InlineData("a.tsv", "", CorpusFormat.Conll)]
    [InlineData("a.json", "[]", CorpusFormat.LabelStudio)]
    [InlineData("a.txt", "-DOCSTART- -X- O\n\nJan B-PER\nNovák\tI-PER\n", CorpusFormat.Conll)]
    [InlineData("a.txt", "Dlužník Jan Novák dluží O\nbance peníze.\n", CorpusFormat.Text)]
    [InlineData("a.txt", "", CorpusFormat.Text)]
    public void The_format_comes_from_the_extension_and_the_first_records(string name, string content, CorpusFormat expected) =>
        Assert.Equal(expected, CorpusFiles.DetectFormat(Samples.File(name, content)));

    [Fact]
    public void An_unknown_extension_asks_for_the_format()
    {
        var error = Assert.Throws<InputException>(() => CorpusFiles.DetectFormat("corpus.xml"));
        Assert.Contains("'.xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("label_studio", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label_studio", CorpusFormat.LabelStudio)]
    [InlineData("Label-Studio", CorpusFormat.LabelStudio)]
    [InlineData("CONLL", CorpusFormat.Conll)]
    public void Format_names_parse_as_users_write_them(string name, CorpusFormat expected) =>
        Assert.Equal(expected, CorpusFiles.ParseFormat(name, "--to"));

    [Fact]
    public void A_bad_format_name_lists_the_formats() =>
        Assert.Contains("doccano", Assert.Throws<InputException>(() => CorpusFiles.ParseFormat("xml", "--to")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(CorpusFormat.Jsonl)]
    [InlineData(CorpusFormat.Conll)]
    [InlineData(CorpusFormat.Doccano)]
    public void The_first_document_of_a_large_file_is_read_without_reading_the_rest(CorpusFormat format)
    {
        var content = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            content.Append(format switch
            {
                CorpusFormat.Jsonl => $"{{\"id\": \"{i}\", \"tokens\": [\"slovo\"], \"ner_tags\": [\"O\"]}}\n",
                CorpusFormat.Doccano => $"{{\"id\": {i}, \"text\": \"slovo\", \"label\": []}}\n",
                _ => i % 2 == 0 ? $"-DOCSTART- {i}\n" : "slovo O\n",
            });
        }
        using var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(content.ToString())));
        var first = CorpusFiles.Read(stream, "big", format).Take(1).Single();
        Assert.Equal("0", first.Id);
        Assert.True(stream.BytesRead < stream.Length / 10, $"read {stream.BytesRead} of {stream.Length} bytes");
    }

    [Fact]
    public void Reading_is_lazy_until_enumerated()
    {
        var documents = CorpusFiles.Read(Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), "missing.jsonl"));
        Assert.Throws<FileNotFoundException>(() => documents.First());
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_file_as_it_was()
    {
        var path = Samples.File("kept.jsonl", "old content\n");
        Assert.Throws<InputException>(() => CorpusFiles.Write(path, Failing()));
        Assert.Equal("old content\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));

        static IEnumerable<Document> Failing()
        {
            yield return Samples.Tagged();
            throw new InputException("in.conll", 7, "broken");
        }
    }

    [Fact]
    public void Tags_survive_every_format_that_carries_them()
    {
        var original = Samples.Annotated();
        var documents = new[] { original };
        foreach (var (extension, format) in new[] { (".jsonl", CorpusFormat.Jsonl), (".conll", CorpusFormat.Conll), (".json", CorpusFormat.LabelStudio), (".jsonl", CorpusFormat.Doccano) })
        {
            documents = Samples.RoundTrip(extension, documents, format).ToArray();
            Samples.AssertSameWords(original, Assert.Single(documents));
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_in_every_format()
    {
        var bom = "\uFEFF";
        Assert.Equal(["Jan"], Assert.Single(Samples.Read("b.json", bom + """[{"data": {"text": "Jan"}, "annotations": [{"result": []}]}]""")).Words);
        Assert.Equal(["Jan"], Assert.Single(Samples.Read("b.jsonl", bom + """{"tokens": ["Jan"], "ner_tags": ["O"]}""")).Words);
        Assert.Equal(["Jan"], Assert.Single(Samples.Read("b.conll", bom + "Jan O\n")).Words);
        Assert.Equal(["Jan"], Assert.Single(Samples.Read("b.txt", bom + "Jan")).Words);
    }
}
