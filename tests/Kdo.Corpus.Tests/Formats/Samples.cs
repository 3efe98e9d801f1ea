using Kdo.Corpus.Formats;
using Kdo.Corpus.Text;
using Kdo.Tests;

namespace Kdo.Corpus.Tests.Formats;

/// <summary>Documents and files the format tests share: invented people, made-up (valid) birth numbers.</summary>
internal static class Samples
{
    public const string Sentence = "Dlužník Jan Novák, nar. 15. 3. 1985, r.č. 850315/1239, ev. č. 123456789.";

    /// <summary>A document from text with spans: it has text and word spans.</summary>
    public static Document Annotated(string id = "d1")
    {
        var spans = new[] { Span("Jan", "jmeno"), Span("Novák", "prijmeni"), Span("15. 3. 1985", "datum"), Span("850315/1239", "rc"), Span("123456789", "evcu") };
        return new AnnotatedText(Sentence, spans).ToDocument(id);
    }

    /// <summary>A document with every optional field: sentences, a gold customer and metadata.</summary>
    public static Document Full() => Annotated() with
    {
        SentenceStarts = [0, 4],
        Customer = new GoldCustomer(new Dictionary<CustomerField, GoldValue>
        {
            [CustomerField.Surname] = new("Novák", "Novák"),
            [CustomerField.BirthNumber] = new("850315/1239", "850315/1239"),
        }),
        Metadata = new Dictionary<string, string> { ["family"] = "insolvency-petition", ["split"] = "train" },
    };

    /// <summary>A document of words and tags only, two sentences.</summary>
    public static Document Tagged(string id = "t1") =>
        new(id, ["Věřitel", "Petra", "Dvořáková", "přihlásila", "pohledávku", ".", "Dlužnice", "Marie", "Malá", "."],
            ["O", "B-jmeno", "B-prijmeni", "O", "O", "O", "O", "B-jmeno", "B-prijmeni", "O"])
        { SentenceStarts = [0, 6] };

    public static LabeledSpan Span(string part, string type)
    {
        var start = Sentence.IndexOf(part, StringComparison.Ordinal);
        return new LabeledSpan(start, start + part.Length, type);
    }

    /// <summary>Writes <paramref name="documents"/> and reads them back through a file of <paramref name="extension"/>.</summary>
    public static List<Document> RoundTrip(string extension, IEnumerable<Document> documents, CorpusFormat? format = null,
        CorpusWriteOptions? write = null, CorpusReadOptions? read = null)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "corpus" + extension);
        CorpusFiles.Write(path, documents, (write ?? new CorpusWriteOptions()) with { Format = format });
        return CorpusFiles.Read(path, (read ?? new CorpusReadOptions()) with { Format = format }).ToList();
    }

    /// <summary>A file of <paramref name="content"/> with name <paramref name="name"/> in a fresh folder.</summary>
    public static string File(string name, string content)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Reads <paramref name="content"/> as a file named <paramref name="name"/>, to the end.</summary>
    public static List<Document> Read(string name, string content, CorpusReadOptions? options = null) =>
        CorpusFiles.Read(File(name, content), options ?? new CorpusReadOptions()).ToList();

    /// <summary>The error that reading <paramref name="content"/> gives.</summary>
    public static InputException ReadError(string name, string content, CorpusReadOptions? options = null) =>
        Assert.Throws<InputException>(() => Read(name, content, options));

    public static void AssertSameWords(Document expected, Document actual)
    {
        Assert.Equal(expected.Words, actual.Words);
        Assert.Equal(expected.Tags, actual.Tags);
    }
}

/// <summary>A read-only stream over another that counts the bytes read from it.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
