using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Llm;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Tests.Llm;

public class LlmTaggerTests
{
    private const string Text = "Věřitel uplatňuje vůči dlužnici Janě Novákové, r. č. 7553151232, pohledávku pod ev. č. 123456789. Jana Nováková.";

    private static (CustomerRecord Record, LlmTagger Tagger, FakeChatServer Server) Ask(string answer)
    {
        var server = new FakeChatServer(answer);
        var tagger = new LlmTagger(new LlmOptions { Endpoint = server.Endpoint, Model = "fake-model", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(20) });
        var record = new Extractor(tagger, new ExtractionOptions()).Extract(WordSegmenter.ToDocument("d", Text), "test");
        return (record, tagger, server);
    }

    [Fact]
    public void Answered_values_become_fields_with_evidence_in_the_text()
    {
        var (record, tagger, server) = Ask("""
            ```json
            {"given_name": {"value": "Jana", "status": "found"}, "surname": {"value": "Nováková", "status": "found"},
             "birth_date": {"value": null, "status": "not_found"}, "birth_number": {"value": "755315/1232", "status": "found"},
             "variable_symbol": {"value": "123456789", "status": "not_sure"}}
            ```
            """);
        using (server)
        {
            Assert.Equal("llm:fake-model", tagger.Name);
            Assert.Equal("Nováková", record[CustomerField.Surname].Normalized);
            Assert.Equal(["Novákové", "Nováková"], record[CustomerField.Surname].Evidence.Select(e => e.Text));
            Assert.Equal("755315/1232", record[CustomerField.BirthNumber].Normalized);
            Assert.Equal("7553151232", record[CustomerField.BirthNumber].Value);
            Assert.Equal(FieldStatus.NotSure, record[CustomerField.VariableSymbol].Status);
            Assert.True(record[CustomerField.BirthDate].Derived);
            var request = Assert.Single(server.Requests);
            Assert.Contains("fake-model", request, StringComparison.Ordinal);
            Assert.Contains("7553151232", request, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_that_the_text_does_not_hold_is_not_found()
    {
        var (record, _, server) = Ask("""{"surname": "Dvořáková", "variable_symbol": "nenalezeno", "given_name": null}""");
        using (server)
        {
            Assert.Equal(FieldStatus.NotFound, record[CustomerField.Surname].Status);
            Assert.Equal(FieldStatus.NotFound, record[CustomerField.VariableSymbol].Status);
        }
    }

    [Fact]
    public void A_malformed_answer_finds_nothing_and_is_counted()
    {
        var (record, tagger, server) = Ask("Sorry, I cannot help with that. {\"surname\": ");
        using (server)
        {
            Assert.All(CustomerFields.All, f => Assert.Equal(FieldStatus.NotFound, record[f].Status));
            Assert.Equal(1, tagger.MalformedAnswers);
        }
    }

    [Theory]
    [InlineData("""{"surname": {"value": "Novák", "status": "not sure"}}""", FieldStatus.NotSure)]
    [InlineData("""{"surname": {"value": "Novák"}}""", FieldStatus.Found)]
    [InlineData("""{"surname": "not found"}""", FieldStatus.NotFound)]
    [InlineData("""{"surname": {"value": "", "status": "found"}}""", FieldStatus.NotFound)]
    public void Answers_are_read_leniently(string answer, FieldStatus status)
    {
        var fields = LlmAnswer.Parse(answer);
        Assert.NotNull(fields);
        Assert.Equal(status, fields[CustomerField.Surname].Status);
        Assert.Equal(FieldStatus.NotFound, fields[CustomerField.BirthNumber].Status);
    }
}
