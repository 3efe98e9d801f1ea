using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class ConllFormatTests
{
    [Fact]
    public void Documents_with_sentences_round_trip()
    {
        var documents = new[] { Samples.Tagged("první"), Samples.Annotated("druhý") };
        var read = Samples.RoundTrip(".conll", documents);
        Assert.Equal(2, read.Count);
        Samples.AssertSameWords(documents[0], read[0]);
        Samples.AssertSameWords(documents[1], read[1]);
        Assert.Equal(["první", "druhý"], read.Select(d => d.Id));
        Assert.Equal([0, 6], read[0].SentenceStarts);
        Assert.Equal([0], read[1].SentenceStarts);
    }

    [Fact]
    public void The_writer_gives_word_tag_lines_and_a_mark_per_document()
    {
        var path = Samples.File("out.conll", "");
        CorpusFiles.Write(path, [new Document("a", ["Jan", "Novák"], ["B-jmeno", "B-prijmeni"]), new Document("b", ["x"], ["O"])]);
        Assert.Equal("-DOCSTART- a\n\nJan B-jmeno\nNovák B-prijmeni\n\n-DOCSTART- b\n\nx O\n\n", File.ReadAllText(path));
    }

    [Fact]
    public void Without_marks_each_sentence_is_a_document()
    {
        var read = Samples.Read("plain.conll", "EU B-ORG\nrejects O\n\n\nPeter B-PER\nBlackburn I-PER\n");
        Assert.Equal(2, read.Count);
        Assert.Equal(["Peter", "Blackburn"], read[1].Words);
        Assert.Equal(["0", "1"], read.Select(d => d.Id));
        Assert.Null(read[0].SentenceStarts);
    }

    [Fact]
    public void CoNLL_2003_columns_and_filler_marks_read_with_the_tag_in_the_last_column()
    {
        var read = Samples.Read("eng.train", "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nGerman JJ B-NP B-MISC\n",
            new CorpusReadOptions { Format = CorpusFormat.Conll });
        var document = Assert.Single(read);
        Assert.Equal("0", document.Id);
        Assert.Equal(["B-ORG", "O", "B-MISC"], document.Tags);
        Assert.Equal([0, 2], document.SentenceStarts);
    }

    [Fact]
    public void Another_tag_column_can_be_chosen_and_tabs_separate_too()
    {
        var read = Samples.Read("chunks.conll", "EU\tNNP\tB-NP\tB-ORG\nrejects\tVBZ\tB-VP\tO\n", new CorpusReadOptions { Format = CorpusFormat.Conll, TagColumn = 3 });
        Assert.Equal(["B-NP", "B-VP"], Assert.Single(read).Tags);
    }

    [Fact]
    public void A_long_document_stays_one_document()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => i % 10 == 9 ? "\n" : $"slovo{i} O\n");
        var document = Assert.Single(Samples.Read("long.conll", "-DOCSTART- dlouhý\n\n" + string.Concat(lines)));
        Assert.Equal(4500, document.Words.Count);
        Assert.Equal(500, document.SentenceStarts!.Count);
    }

    [Fact]
    public void Windows_line_endings_and_trailing_spaces_are_ignored()
    {
        var document = Assert.Single(Samples.Read("crlf.conll", "-DOCSTART- a\r\n\r\nJan  B-jmeno \r\n"));
        Assert.Equal("a", document.Id);
        Assert.Equal(["B-jmeno"], document.Tags);
    }

    [Theory]
    [InlineData("Jan B-jmeno\nNovák\n", 2, "the line has 1 column; expected the word and its tag")]
    [InlineData("-DOCSTART- x\n\nJan NNP B-jmeno\nNovák B-prijmeni\n", 4, "the line has 2 columns; expected the tag in column 3")]
    public void A_line_with_too_few_columns_names_its_line(string content, int line, string problem)
    {
        var options = content.Contains("NNP", StringComparison.Ordinal) ? new CorpusReadOptions { TagColumn = 3 } : null;
        var error = Samples.ReadError("bad.conll", content, options);
        Assert.Equal(line, error.Line);
        Assert.Equal(problem, error.Reason);
    }

    [Theory]
    [InlineData("dvě slova", "O")]
    [InlineData("", "O")]
    [InlineData("slovo", "B-x y")]
    public void A_word_or_tag_that_a_line_cannot_hold_is_refused_and_nothing_is_written(string word, string tag)
    {
        var path = Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), "out.conll");
        Assert.Throws<InputException>(() => CorpusFiles.Write(path, [new Document("d", ["ok", word], ["O", tag])]));
        Assert.False(File.Exists(path));
    }
}
