using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class CorpusConverterTests
{
    [Fact]
    public void Converting_counts_documents_words_and_widened_spans()
    {
        var input = Samples.File("in.jsonl", """
            {"text": "rč850315/1239 konec", "label": [[2, 13, "rc"]]}
            {"text": "Jan Novák", "label": [[0, 3, "jmeno"]]}
            """);
        var output = Path.ChangeExtension(input, ".conll");
        var summary = CorpusConverter.Convert(input, output, new CorpusReadOptions(), new CorpusWriteOptions());
        Assert.Equal(new ConversionSummary(2, 4, 1), summary);
        Assert.Equal("-DOCSTART- 0\n\nrč850315/1239 B-rc\nkonec O\n\n-DOCSTART- 1\n\nJan B-jmeno\nNovák O\n\n", File.ReadAllText(output));
    }

    [Fact]
    public void Bad_input_leaves_the_output_untouched()
    {
        var input = Samples.File("in.conll", "Jan B-jmeno\n\nNovák\n");
        var output = Samples.File("out.jsonl", "previous\n");
        var error = Assert.Throws<InputException>(() => CorpusConverter.Convert(input, output, new CorpusReadOptions(), new CorpusWriteOptions()));
        Assert.Equal(3, error.Line);
        Assert.Equal("previous\n", File.ReadAllText(output));
    }
}
