using System.Text;
using System.Text.Json;
using Kdo.Corpus;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Output;

/// <summary>
/// The JSONL file extraction writes, one record per line (<see cref="RecordJson"/> describes a line), appended as
/// documents are done so that a rerun resumes. Safety: each record is written as one complete line with a single
/// write and flushed; a crash can at worst leave the last line without its line break, and opening the file for
/// appending first cuts such a torn line off (it is then redone). A complete line that is not a record is an error,
/// and the file is left as it is.
/// </summary>
public sealed class ExtractionFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly HashSet<(string Id, string Source)> _done;

    private ExtractionFile(FileStream stream, HashSet<(string, string)> done)
    {
        _stream = stream;
        _done = done;
    }

    /// <summary>How many records the file held when it was opened.</summary>
    public int Existing { get; private init; }

    /// <summary>Opens <paramref name="path"/> for appending, creating it (and its folder) when absent.</summary>
    /// <exception cref="InputException">A complete line of the file is not a record.</exception>
    public static ExtractionFile OpenForAppend(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var done = new HashSet<(string, string)>();
            var complete = 0L;
            var line = 0;
            foreach (var (record, end) in ReadLines(stream, path, stopAtTornLine: true))
            {
                line++;
                done.Add((record.DocumentId, record.Source));
                complete = end;
            }
            stream.SetLength(complete); // drops a torn last line, if any
            stream.Seek(0, SeekOrigin.End);
            return new ExtractionFile(stream, done) { Existing = line };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Whether the record of document <paramref name="id"/> from <paramref name="source"/> is in the file.</summary>
    public bool Contains(string id, string source) => _done.Contains((id, source));

    /// <summary>Appends <paramref name="record"/> as one line and flushes it.</summary>
    public void Append(CustomerRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, RecordJson.WriterOptions))
            RecordJson.Write(json, record);
        buffer.WriteByte((byte)'\n');
        _stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        _stream.Flush(flushToDisk: false);
        _done.Add((record.DocumentId, record.Source));
    }

    /// <summary>The records of the extraction file at <paramref name="path"/>, streamed; a torn last line is an error.</summary>
    /// <exception cref="InputException">A line is not a record (the message names the line).</exception>
    public static IEnumerable<CustomerRecord> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        foreach (var (record, _) in ReadLines(stream, path, stopAtTornLine: false))
            yield return record;
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    // Each record with the byte offset just after its line; blank lines are skipped.
    private static IEnumerable<(CustomerRecord Record, long End)> ReadLines(Stream stream, string source, bool stopAtTornLine)
    {
        var line = new List<byte>();
        var number = 0;
        var offset = 0L;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                offset++;
                if (buffer[i] != (byte)'\n')
                {
                    line.Add(buffer[i]);
                    continue;
                }
                number++;
                if (line.Count > 0 && !line.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\t'))
                    yield return (Parse(line, source, number), offset);
                line.Clear();
            }
        }
        if (line.Count > 0 && !stopAtTornLine)
            yield return (Parse(line, source, number + 1), offset);
    }

    private static CustomerRecord Parse(List<byte> line, string source, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line.ToArray());
            return RecordJson.Read(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            throw new InputException(source, number, $"is not an extraction record: {e.Message.Split(" LineNumber:", 2)[0]}", e);
        }
    }
}
