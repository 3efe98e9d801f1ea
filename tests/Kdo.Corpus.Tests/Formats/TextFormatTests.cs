using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class TextFormatTests
{
    [Fact]
    public void Prose_reads_as_one_untagged_document_named_after_the_file()
    {
        var document = Assert.Single(Samples.Read("podani.txt", Samples.Sentence + "\n"));
        Assert.Equal("podani", document.Id);
        Assert.Equal(Samples.Annotated().Words, document.Words);
        Assert.All(document.Tags, tag => Assert.Equal("O", tag));
        Assert.Equal(Samples.Sentence + "\n", document.Text);
    }

    [Fact]
    public void Text_round_trips_exactly()
    {
        const string text = "Insolvenční návrh\n\nDlužník: Jan Novák, r.č. 850315/1239\n";
        var path = Samples.File("in.txt", text);
        var copy = Path.ChangeExtension(path, ".copy.txt");
        CorpusFiles.Write(copy, CorpusFiles.Read(path));
        Assert.Equal(text, File.ReadAllText(copy));
    }

    [Fact]
    public void Documents_without_text_are_written_as_their_words()
    {
        var path = Samples.File("out.txt", "");
        CorpusFiles.Write(path, [Samples.Tagged(), new Document("b", ["Konec", "."], ["O", "O"])]);
        Assert.Equal("Věřitel Petra Dvořáková přihlásila pohledávku .\nDlužnice Marie Malá .\n\nKonec .", File.ReadAllText(path));
    }
}
