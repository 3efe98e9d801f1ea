using System.Collections.ObjectModel;
using System.Text.Json;

namespace Kdo.Corpus;

/// <summary>
/// An ordered set of BIO labels with fixed ids, as Hugging Face's config.json holds them (id2label / label2id).
/// The mission's default is <see cref="Default"/>: O = 0, every B- odd and its I- = B + 1.
/// </summary>
public sealed class LabelScheme
{
    /// <summary>The label ignored by the loss (special tokens, non-first subtokens), as in PyTorch and HF.</summary>
    public const int IgnoreIndex = -100;

    /// <summary>The outside label.</summary>
    public const string Outside = "O";

    /// <summary>The entity types of the mission, in id order.</summary>
    public static readonly IReadOnlyList<string> MissionTypes = ["evcu", "rc", "prijmeni", "jmeno", "datum"];

    /// <summary>The mission's scheme: O, then B-/I- of evcu, rc, prijmeni, jmeno, datum.</summary>
    public static LabelScheme Default { get; } = FromTypes(MissionTypes);

    private readonly Dictionary<string, int> _ids;

    private LabelScheme(IReadOnlyList<string> labels, string source)
    {
        if (labels.Count == 0)
            throw new InputException(source, null, "a label scheme needs at least one label");
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(labels[i]))
                throw new InputException(source, null, $"label {i} is empty");
            if (!_ids.TryAdd(labels[i], i))
                throw new InputException(source, null, $"label '{labels[i]}' appears twice (ids {_ids[labels[i]]} and {i})");
        }
        Labels = new ReadOnlyCollection<string>(labels.ToArray());
        Types = Labels.Where(l => l.StartsWith("B-", StringComparison.Ordinal)).Select(l => l[2..]).ToArray();
    }

    /// <summary>The labels in id order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The entity types that have a B- label, in id order.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The number of labels.</summary>
    public int Count => Labels.Count;

    /// <summary>The label of <paramref name="id"/>.</summary>
    public string NameOf(int id) => id >= 0 && id < Labels.Count
        ? Labels[id]
        : throw new ArgumentOutOfRangeException(nameof(id), id, $"label id must be in 0..{Labels.Count - 1}");

    /// <summary>The id of <paramref name="label"/>.</summary>
    /// <exception cref="KeyNotFoundException">The label is not in the scheme; the message lists the scheme.</exception>
    public int IdOf(string label) => _ids.TryGetValue(label, out var id)
        ? id
        : throw new KeyNotFoundException($"label '{label}' is not in the scheme [{string.Join(", ", Labels)}]");

    /// <summary>Looks up the id of <paramref name="label"/>.</summary>
    public bool TryGetId(string label, out int id) => _ids.TryGetValue(label, out id);

    /// <summary>The inside label that continues <paramref name="id"/>: B-X becomes I-X, anything else stays.</summary>
    public int InsideOf(int id)
    {
        var label = NameOf(id);
        return label.StartsWith("B-", StringComparison.Ordinal) && _ids.TryGetValue("I-" + label[2..], out var inside) ? inside : id;
    }

    /// <summary>A scheme of O followed by B-/I- pairs of <paramref name="types"/>.</summary>
    public static LabelScheme FromTypes(IEnumerable<string> types) =>
        new([Outside, .. types.SelectMany(t => new[] { "B-" + t, "I-" + t })], "label types");

    /// <summary>A scheme of exactly these labels, id = position.</summary>
    public static LabelScheme FromLabels(IEnumerable<string> labels, string source = "labels") => new(labels.ToArray(), source);

    /// <summary>A scheme from HF's id2label (keys are the ids as decimal strings, 0..n-1 without gaps).</summary>
    public static LabelScheme FromId2Label(IReadOnlyDictionary<string, string> id2label, string source = "id2label")
    {
        var labels = new string[id2label.Count];
        foreach (var (key, label) in id2label)
        {
            if (!int.TryParse(key, out var id) || id < 0 || id >= labels.Length)
                throw new InputException(source, null, $"id2label key '{key}' is not an id in 0..{labels.Length - 1}");
            labels[id] = label;
        }
        return new LabelScheme(labels, source);
    }

    /// <summary>HF's id2label: ids as decimal strings.</summary>
    public IReadOnlyDictionary<string, string> ToId2Label() =>
        Labels.Select((l, i) => (l, i)).ToDictionary(p => p.i.ToString(), p => p.l);

    /// <summary>HF's label2id.</summary>
    public IReadOnlyDictionary<string, int> ToLabel2Id() => Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);

    /// <summary>
    /// Reads a scheme from a file: a JSON object with "id2label" (a config.json, say), a JSON array of labels,
    /// or plain text with one label per line.
    /// </summary>
    public static LabelScheme Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new InputException(path, null, e.Message, e); }
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind == JsonValueKind.Array)
                    return new LabelScheme(json.RootElement.EnumerateArray().Select(e => e.GetString() ?? "").ToArray(), path);
                if (!json.RootElement.TryGetProperty("id2label", out var id2label))
                    throw new InputException(path, null, "JSON object has no field 'id2label'");
                return FromId2Label(id2label.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""), path);
            }
            catch (JsonException e) { throw new InputException(path, (int?)e.LineNumber + 1, $"invalid JSON: {e.Message}", e); }
            catch (InvalidOperationException e) { throw new InputException(path, null, $"labels must be strings: {e.Message}", e); }
        }
        return new LabelScheme(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray(), path);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Labels);
}
