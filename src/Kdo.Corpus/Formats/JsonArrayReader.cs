using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Reads the elements of a file that is one JSON array (a Label Studio export) one at a time, holding only the
/// current element in memory, so that a large export streams like a JSONL file. Each element knows the line where it
/// starts.
/// </summary>
internal sealed class JsonArrayReader
{
    private enum Phase { BeforeArray, InArray, AfterArray }

    private readonly Stream _stream;
    private readonly string _source;
    private byte[] _buffer = new byte[1 << 16];
    private int _start; // the unread bytes are _buffer[_start.._end]
    private int _end;
    private JsonReaderState _state;
    private int _line = 1; // the line of _buffer[_start]
    private Phase _phase;
    private bool _started;

    private JsonArrayReader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    /// <summary>The elements of the array in <paramref name="stream"/>, each parsed when the enumeration reaches it.</summary>
    /// <exception cref="InputException">The file is not one JSON array, or an element is not valid JSON.</exception>
    public static IEnumerable<JsonRecord> Read(Stream stream, string source)
    {
        var reader = new JsonArrayReader(stream, source);
        while (reader.Next() is (var bytes, var line))
        {
            using var json = JsonDocument.Parse(bytes);
            yield return new JsonRecord(json.RootElement, source, line);
        }
    }

    // The next element's bytes and line, or null after the array's end.
    private (ReadOnlyMemory<byte> Bytes, int Line)? Next()
    {
        while (true)
        {
            // Never the final block: the array's ']' ends the input, and a reader that wants more at the end of the
            // stream tells a truncated file from a complete one.
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
            try
            {
                if (!reader.Read())
                {
                    if (Fill())
                        continue;
                    return _phase switch
                    {
                        Phase.AfterArray => null,
                        Phase.BeforeArray => throw new InputException(_source, _line, "the file is empty; expected a JSON array"),
                        _ => throw Truncated(),
                    };
                }
                switch (_phase)
                {
                    case Phase.BeforeArray when reader.TokenType != JsonTokenType.StartArray:
                        throw new InputException(_source, _line, $"expected a JSON array, found {(reader.TokenType == JsonTokenType.StartObject ? "an object" : "a single value")}");
                    case Phase.InArray when reader.TokenType != JsonTokenType.EndArray:
                        var tokenStart = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            if (Fill())
                                continue;
                            throw Truncated();
                        }
                        var element = _buffer.AsMemory(_start + tokenStart, (int)reader.BytesConsumed - tokenStart).ToArray();
                        var line = LineAt(tokenStart);
                        Consume(ref reader);
                        return (element, line);
                }
                _phase = _phase == Phase.BeforeArray ? Phase.InArray : Phase.AfterArray;
                Consume(ref reader);
            }
            catch (JsonException e)
            {
                throw new InputException(_source, (int)(e.LineNumber ?? 0) + 1, $"invalid JSON: {JsonLines.FirstSentence(e.Message)}", e);
            }
        }
    }

    private InputException Truncated() => new(_source, _line, "the file ends inside the JSON array (it is truncated)");

    private int LineAt(long offset) => _line + _buffer.AsSpan(_start, (int)offset).Count((byte)'\n');

    private void Consume(ref Utf8JsonReader reader)
    {
        _line = LineAt(reader.BytesConsumed);
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    // Moves the unread bytes to the front, grows the buffer when one element fills it, and reads more: false at the end.
    private bool Fill()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        else if (_start > 0)
            Array.Copy(_buffer, _start, _buffer, 0, unread);
        (_start, _end) = (0, unread);
        if (!_started)
        {
            _started = true;
            // A byte order mark is legal at the start of a UTF-8 file but not inside JSON: drop it.
            _end = _stream.ReadAtLeast(_buffer.AsSpan(0, 3), 3, throwOnEndOfStream: false);
            if (_buffer.AsSpan(0, _end).SequenceEqual("\uFEFF"u8))
                _end = 0;
        }
        _end += _stream.Read(_buffer, _end, _buffer.Length - _end);
        return _end > unread;
    }
}
