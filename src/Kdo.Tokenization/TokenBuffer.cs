namespace Kdo.Tokenization;

/// <summary>
/// The growing ids and word indexes of one encoding. One buffer per thread is reused from call to call: a long
/// document's lists reach the large-object heap, and allocating them anew each time costs more than encoding.
/// </summary>
internal sealed class TokenBuffer
{
    [ThreadStatic]
    private static TokenBuffer? _current;

    private int[] _ids = new int[1024];
    private int[] _words = new int[1024];

    /// <summary>The number of tokens written.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's buffer, emptied.</summary>
    public static TokenBuffer Rent()
    {
        var buffer = _current ??= new TokenBuffer();
        buffer.Count = 0;
        return buffer;
    }

    /// <summary>Appends a token of word <paramref name="word"/> (-1 for a special token).</summary>
    public void Add(int id, int word)
    {
        if (Count == _ids.Length)
            Grow();
        _ids[Count] = id;
        _words[Count] = word;
        Count++;
    }

    private void Grow()
    {
        Array.Resize(ref _ids, _ids.Length * 2);
        Array.Resize(ref _words, _words.Length * 2);
    }

    /// <summary>Copies of the ids and word indexes written.</summary>
    public (int[] Ids, int[] Words) ToArrays() => (_ids.AsSpan(0, Count).ToArray(), _words.AsSpan(0, Count).ToArray());
}
