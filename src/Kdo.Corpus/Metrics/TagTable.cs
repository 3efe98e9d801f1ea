namespace Kdo.Corpus.Metrics;

/// <summary>
/// Interns tag strings: each distinct tag is parsed once into its prefix (the first code point, as seqeval's
/// <c>chunk[0]</c>) and an interned entity type, so that scoring a token costs one lookup and no allocation.
/// </summary>
internal sealed class TagTable
{
    /// <summary>The type before the first token: seqeval starts with prev_type = '', which no tag yields.</summary>
    public const int NoType = -1;

    private readonly SeqevalMode _mode;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames = [];
    private int[] _prefixes = new int[16];
    private int[] _types = new int[16];
    private string? _lastTag;
    private int _lastId;

    public TagTable(SeqevalMode mode)
    {
        _mode = mode;
        Span<int> outside = stackalloc int[1];
        Intern([LabelScheme.Outside], 0, outside, "tags", 0);
        Outside = outside[0];
    }

    /// <summary>The id of "O", the tag seqeval puts after every sentence.</summary>
    public int Outside { get; }

    /// <summary>The number of interned entity types.</summary>
    public int TypeCount => _typeNames.Count;

    /// <summary>The prefix (first code point) of tag <paramref name="id"/>.</summary>
    public int Prefix(int id) => _prefixes[id];

    /// <summary>The entity type of tag <paramref name="id"/>.</summary>
    public int Type(int id) => _types[id];

    /// <summary>The name of entity type <paramref name="type"/>.</summary>
    public string TypeName(int type) => _typeNames[type];

    /// <summary>
    /// Interns <paramref name="ids"/>.Length tags of <paramref name="tags"/> from <paramref name="start"/>, parsing
    /// each distinct tag the first time it is seen.
    /// </summary>
    /// <exception cref="InvalidTagException">A tag is null, empty, or not IOB2 in strict mode.</exception>
    public void Intern(IReadOnlyList<string> tags, int start, Span<int> ids, string side, int sentence)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            var tag = tags[start + i];
            // Tags usually come from one label list, so the same string object repeats: skip the hash then.
            if (ReferenceEquals(tag, _lastTag))
            {
                ids[i] = _lastId;
                continue;
            }
            string? problem = "the tag is null";
            if (tag is null || (!_ids.TryGetValue(tag, out var id) && !TryAdd(tag, out id, out problem)))
                throw new InvalidTagException(side, sentence, i, problem!);
            ids[i] = _lastId = id;
            _lastTag = tag;
        }
    }

    private bool TryAdd(string tag, out int id, out string? problem)
    {
        id = -1;
        if (tag.Length == 0)
        {
            problem = "the tag is empty; seqeval needs at least a prefix ('O', 'B-x', ...)";
            return false;
        }
        var prefixLength = CodePoints.FirstLength(tag);
        var prefix = CodePoints.First(tag);
        var rest = tag[prefixLength..];
        string type;
        if (_mode == SeqevalMode.Default)
        {
            // seqeval: type = chunk[1:].split('-', maxsplit=1)[-1] or '_'
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            type = dash < 0 ? rest : rest[(dash + 1)..];
        }
        else
        {
            // seqeval.scheme.Token: tag = token[1:].strip('-') or '_'; IOB2 allows the prefixes I, O and B only.
            if (prefix is not ('B' or 'I' or 'O'))
            {
                problem = $"tag '{tag}' is not IOB2: strict mode allows only the prefixes B, I and O";
                return false;
            }
            type = rest.Trim('-');
        }
        if (type.Length == 0)
            type = "_";
        if (!_typeIds.TryGetValue(type, out var typeId))
        {
            typeId = _typeNames.Count;
            _typeIds.Add(type, typeId);
            _typeNames.Add(type);
        }
        id = _ids.Count;
        if (id == _prefixes.Length)
        {
            Array.Resize(ref _prefixes, id * 2);
            Array.Resize(ref _types, id * 2);
        }
        _prefixes[id] = prefix;
        _types[id] = typeId;
        _ids.Add(tag, id);
        problem = null;
        return true;
    }
}
