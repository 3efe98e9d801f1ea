using System.Text;
using Kdo.Corpus.Text;

namespace Kdo.Corpus.Generation;

/// <summary>A piece of a generated text: its characters and the entity type that labels them (null: outside).</summary>
internal readonly record struct Segment(string Text, string? Type);

/// <summary>
/// Collects a generated document as segments, each either plain text or an entity of the customer, so that labels
/// are character spans of exactly the text written. Fillers are placeholders filled after the rest is written, when
/// the length still missing is known.
/// </summary>
internal sealed class DocumentWriter
{
    private readonly List<object> _parts = []; // Segment or DocumentWriter (a filler)
    private int _words;

    /// <summary>The fillers in order of writing.</summary>
    public List<(DocumentWriter Writer, string Kind)> Fillers { get; } = [];

    /// <summary>Appends unlabelled text.</summary>
    public void Write(string text)
    {
        if (text.Length > 0)
        {
            _parts.Add(new Segment(text, null));
            _words += CountRuns(text);
        }
    }

    /// <summary>Appends text labelled with <paramref name="type"/> (an entity type such as "rc").</summary>
    public void Entity(string text, string type)
    {
        if (text.Length > 0)
        {
            _parts.Add(new Segment(text, type));
            _words += CountRuns(text);
        }
    }

    /// <summary>Appends a placeholder for filler of <paramref name="kind"/> and returns the writer that will hold it.</summary>
    public DocumentWriter Filler(string kind)
    {
        var filler = new DocumentWriter();
        _parts.Add(filler);
        Fillers.Add((filler, kind));
        return filler;
    }

    /// <summary>The last character written so far outside fillers, or '\n' at the start.</summary>
    public char LastChar
    {
        get
        {
            for (var i = _parts.Count - 1; i >= 0; i--)
            {
                if (_parts[i] is Segment { Text.Length: > 0 } segment)
                    return segment.Text[^1];
            }
            return '\n';
        }
    }

    /// <summary>The segments in order, fillers expanded.</summary>
    public IEnumerable<Segment> Segments()
    {
        foreach (var part in _parts)
        {
            if (part is Segment segment)
                yield return segment;
            else
            {
                foreach (var inner in ((DocumentWriter)part).Segments())
                    yield return inner;
            }
        }
    }

    /// <summary>A rough word count (white-space separated runs), enough to budget fillers.</summary>
    public int ApproximateWords => _words + Fillers.Sum(f => f.Writer.ApproximateWords);

    /// <summary>The text and its labelled spans, with white space tidied: no runs of spaces, no spaces before a newline.</summary>
    public static AnnotatedText Build(IEnumerable<Segment> segments)
    {
        var text = new StringBuilder();
        var spans = new List<LabeledSpan>();
        foreach (var segment in segments)
        {
            var start = text.Length;
            foreach (var c in segment.Text)
            {
                var last = text.Length > 0 ? text[^1] : '\n';
                if (c == ' ' && last is ' ' or '\n')
                    continue;
                if ((c is '\n' or '.' or ',') && last == ' ')
                    text.Length--;
                if (c == '\n' && text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n')
                    continue;
                text.Append(c);
            }
            if (segment.Type is not null)
                spans.Add(new LabeledSpan(Math.Min(start, text.Length), text.Length, segment.Type));
        }
        return new AnnotatedText(text.ToString().TrimEnd() + "\n", spans.Where(s => s.End > s.Start));
    }

    private static int CountRuns(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }
}
