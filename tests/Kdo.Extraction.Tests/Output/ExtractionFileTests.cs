using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Input;
using Kdo.Extraction.Output;
using Kdo.Extraction.Register;
using Kdo.Extraction.Rules;
using Kdo.Tests;

namespace Kdo.Extraction.Tests.Output;

public class ExtractionFileTests
{
    private static readonly Extractor Rules = new(new RulesTagger(), new ExtractionOptions(),
        CustomerRegister.Create([new RegisterCustomer("C7", "Jan", "Novák", null, null, ["123456789"])]));

    private static SourceDocument Doc(string id, string text) => new(WordSegmenter.ToDocument(id, text), "in.txt");

    [Fact]
    public void Records_read_back_as_written()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "out.jsonl");
        var document = Doc("1", "Dlužník Jan Novák, r. č. 750315/1238, VS 123456789.");
        ExtractionRun.Run([document], Rules, path);
        var record = Assert.Single(ExtractionFile.Read(path));
        var original = Rules.Extract(document.Document, "in.txt");
        Assert.NotNull(original.Match);
        Assert.NotNull(record.Match);
        Assert.Equal((original.Match.Status, original.Match.CustomerId, original.Match.Score), (record.Match.Status, record.Match.CustomerId, record.Match.Score));
        Assert.Equal(original.Match.Evidence, record.Match.Evidence);
        foreach (var field in CustomerFields.All)
        {
            var (a, b) = (original[field], record[field]);
            Assert.Equal((a.Status, a.Value, a.Normalized, a.Confidence, a.Derived), (b.Status, b.Value, b.Normalized, b.Confidence, b.Derived));
            Assert.Equal(a.Evidence, b.Evidence);
            Assert.Equal(a.Notes, b.Notes);
        }
    }

    [Fact]
    public void A_rerun_skips_done_documents_and_redoes_a_torn_last_line()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "out.jsonl");
        var documents = new[] { Doc("1", "Dlužník Jan Novák."), Doc("2", "Dlužnice Eva Malá."), Doc("3", "Dlužník Petr Bílý.") };
        Assert.Equal(new ExtractionSummary(2, 0), ExtractionRun.Run(documents.Take(2), Rules, path));

        // A crash in the middle of writing the third record leaves half a line.
        File.AppendAllText(path, "{\"id\":\"3\",\"source\":\"in.t");
        Assert.Equal(new ExtractionSummary(1, 2), ExtractionRun.Run(documents, Rules, path));
        Assert.Equal(["1", "2", "3"], ExtractionFile.Read(path).Select(r => r.DocumentId));
        Assert.Equal(new ExtractionSummary(0, 3), ExtractionRun.Run(documents, Rules, path));
    }

    [Fact]
    public void A_complete_line_that_is_no_record_is_an_error_and_the_file_is_kept()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "out.jsonl");
        File.WriteAllText(path, "{\"id\": 1}\n");
        var error = Assert.Throws<InputException>(() => ExtractionRun.Run([Doc("1", "x")], Rules, path));
        Assert.Equal(1, error.Line);
        Assert.Equal("{\"id\": 1}\n", File.ReadAllText(path));
    }
}
