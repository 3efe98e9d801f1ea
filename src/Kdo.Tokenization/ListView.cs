using System.Collections;

namespace Kdo.Tokenization;

/// <summary>A read-only list computed from its index: lets results show arrays they share without copying them.</summary>
internal sealed class ListView<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => count;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return item(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
