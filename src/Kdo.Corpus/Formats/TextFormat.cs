using System.Text;
using Kdo.Corpus.Text;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Raw UTF-8 text. Reading gives one untagged document of the whole file, its words found by
/// <see cref="WordSegmenter"/>, named after the file (without its extension). Writing gives each document's text
/// (or its words laid out with spaces), documents separated by a blank line; tags are not written.
/// </summary>
internal static class TextFormat
{
    public static IEnumerable<Document> Read(Stream stream, string source)
    {
        using var reader = Utf8Text.Open(stream);
        yield return WordSegmenter.ToDocument(Path.GetFileNameWithoutExtension(source), Utf8Text.ReadToEnd(reader, source));
    }

    public static void Write(Stream stream, string target, IEnumerable<Document> documents)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var number = 0;
        foreach (var document in documents)
        {
            if (number++ > 0)
                writer.Write("\n\n");
            writer.Write(document.Text ?? SpanAnnotations.Layout(document, target, number).Text);
        }
    }
}
