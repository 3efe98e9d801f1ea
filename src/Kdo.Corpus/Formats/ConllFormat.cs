using System.Text;

namespace Kdo.Corpus.Formats;

/// <summary>
/// CoNLL/IOB2 columns, as CoNLL-2003 and most NER tools write them:
/// <code>
/// -DOCSTART- insolvence-17
///
/// Dlužník O
/// Jan B-jmeno
/// Novák B-prijmeni
/// . O
///
/// nar. O
/// ...
/// </code>
/// One word per line, columns separated by spaces or tabs, the word first and the tag in the last column (or the
/// column <see cref="CorpusReadOptions.TagColumn"/>); columns between are ignored. A blank line ends a sentence; a
/// line whose first column is -DOCSTART- starts a document, and whatever follows it is the document's id unless it
/// is CoNLL-2003's filler ("-DOCSTART- -X- -X- O"). A document runs to the next mark, its sentences recorded in
/// <see cref="Document.SentenceStarts"/>. A file without marks is a list of sentences, each a document of its own
/// (as CoNLL NER files without document marks are used); from a first mark on, marks delimit documents.
/// Kdo writes "word tag" lines and a mark with the id before every document.
/// </summary>
internal static class ConllFormat
{
    public const string DocumentStart = "-DOCSTART-";

    private static readonly char[] Separators = [' ', '\t'];

    public static IEnumerable<Document> Read(Stream stream, string source, CorpusReadOptions options)
    {
        if (options.TagColumn is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.TagColumn, "the tag column counts from 1");
        using var reader = Utf8Text.Open(stream);
        var words = new List<string>();
        var tags = new List<string>();
        var starts = new List<int>();
        string? markedId = null; // the id of the document being read, once marks delimit documents
        var marked = false;
        var documents = 0;
        var line = 0;
        var sentenceOpen = false;

        Document Take(string id)
        {
            var document = new Document(id, words.ToArray(), tags.ToArray()) { SentenceStarts = marked ? starts.ToArray() : null };
            words.Clear();
            tags.Clear();
            starts.Clear();
            documents++;
            return document;
        }

        while (Utf8Text.ReadLine(reader, source) is { } text)
        {
            line++;
            var columns = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                sentenceOpen = false;
                if (!marked && words.Count > 0)
                    yield return Take(documents.ToString());
                continue;
            }
            if (columns[0] == DocumentStart)
            {
                if (marked || words.Count > 0)
                    yield return Take(markedId ?? documents.ToString());
                marked = true;
                markedId = MarkedId(text, columns);
                sentenceOpen = false;
                continue;
            }
            var tagColumn = options.TagColumn ?? columns.Length;
            if (columns.Length < Math.Max(2, tagColumn))
                throw new InputException(source, line, columns.Length == 1
                    ? "the line has 1 column; expected the word and its tag"
                    : $"the line has {columns.Length} columns; expected the tag in column {tagColumn}");
            if (!sentenceOpen)
                starts.Add(words.Count);
            sentenceOpen = true;
            words.Add(columns[0]);
            tags.Add(columns[tagColumn - 1]);
        }
        if (marked || words.Count > 0)
            yield return Take(markedId ?? documents.ToString());
    }

    public static void Write(Stream stream, string target, IEnumerable<Document> documents)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var number = 0;
        foreach (var document in documents)
        {
            number++;
            if (document.Id.Length == 0 || document.Id.AsSpan().IndexOfAny('\n', '\r') >= 0 || IsFiller(document.Id.Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
                throw new InputException(target, null, $"document {number}: its id cannot stand after {DocumentStart} (it is empty, a line break or CoNLL filler)");
            writer.WriteLine($"{DocumentStart} {document.Id}");
            foreach (var sentence in document.Sentences())
            {
                writer.WriteLine();
                for (var w = sentence.Start.Value; w < sentence.End.Value; w++)
                {
                    var word = document.Words[w];
                    if (word.Length == 0 || word.AsSpan().IndexOfAny(" \t\r\n") >= 0 || w == sentence.Start.Value && word == DocumentStart)
                        throw new InputException(target, null, $"document {number} ('{document.Id}'): word {w} is empty, holds white space or is {DocumentStart}, which a CoNLL line cannot hold");
                    if (document.Tags[w].Length == 0 || document.Tags[w].AsSpan().IndexOfAny(" \t\r\n") >= 0)
                        throw new InputException(target, null, $"document {number} ('{document.Id}'): the tag of word {w} is empty or holds white space");
                    writer.Write(word);
                    writer.Write(' ');
                    writer.WriteLine(document.Tags[w]);
                }
            }
            writer.WriteLine();
        }
    }

    // "-DOCSTART- some id" names the document; CoNLL-2003's "-DOCSTART- -X- -X- O" names none.
    private static string? MarkedId(string line, string[] columns)
    {
        if (columns.Length == 1 || IsFiller(columns.AsSpan(1)))
            return null;
        return line.Trim()[DocumentStart.Length..].Trim();
    }

    private static bool IsFiller(ReadOnlySpan<string> columns)
    {
        foreach (var column in columns)
        {
            if (column is not ("-X-" or LabelScheme.Outside))
                return false;
        }
        return true;
    }
}
