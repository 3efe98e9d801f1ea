using System.Text;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Text;
using Kdo.Extraction.Input;
using Kdo.Tests;

namespace Kdo.Extraction.Tests.Input;

public class DocumentInputsTests
{
    [Fact]
    public void A_folder_gives_its_text_and_corpus_files_in_order()
    {
        var folder = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Dlužník Jan Novák.");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "ignored");
        CorpusFiles.Write(Path.Combine(folder, "sub", "a.jsonl"), [WordSegmenter.ToDocument("x1", "jedna"), WordSegmenter.ToDocument("x2", "dvě")]);

        var read = DocumentInputs.Read([folder]).ToArray();
        Assert.Equal(["b", "x1", "x2"], read.Select(r => r.Document.Id));
        Assert.Equal("Dlužník Jan Novák.", read[0].Document.Text);
        Assert.EndsWith(Path.Combine("sub", "a.jsonl"), read[1].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_bad_input()
    {
        var error = Assert.Throws<InputException>(() => DocumentInputs.Read(["/no/such/place"]).ToArray());
        Assert.Contains("/no/such/place", error.Message, StringComparison.Ordinal);
    }
}

[Trait("Requires", "pdftotext")]
public class PdfTextTests
{
    private const string Line = "Dluznik Jan Novak, VS 123456789, Praha";

    private static void RequirePdfToText()
    {
        if (!PdfText.IsAvailable())
            Assert.Fail(PdfText.MissingMessage);
    }

    [Fact]
    public void Reads_the_text_layer_of_a_pdf()
    {
        RequirePdfToText();
        var path = Path.Combine(TestPaths.NewTempFolder(), "filing.pdf");
        File.WriteAllBytes(path, MinimalPdf(Line));
        var document = Assert.Single(DocumentInputs.Read([path])).Document;
        Assert.Equal("filing", document.Id);
        Assert.Contains(Line, document.Text, StringComparison.Ordinal);
        Assert.Contains("123456789", document.Words);
    }

    [Fact]
    public void A_file_that_is_no_pdf_is_bad_input()
    {
        RequirePdfToText();
        var path = Path.Combine(TestPaths.NewTempFolder(), "broken.pdf");
        File.WriteAllText(path, "not a pdf at all");
        var error = Assert.Throws<InputException>(() => PdfText.Extract(path));
        Assert.Contains("pdftotext", error.Message, StringComparison.Ordinal);
    }

    // A one-page PDF 1.4 with one line of Helvetica text, its cross-reference offsets computed as it is written.
    private static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
