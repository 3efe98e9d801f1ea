using System.Text.Json;

namespace Kdo.Corpus.Formats;

/// <summary>
/// A JSON value together with where it came from (file, line, field path), so that every reader reports a wrong
/// field the same way: "file:line: field 'data.text' must be a string, found number".
/// </summary>
internal readonly record struct JsonRecord(JsonElement Element, string Source, int Line, string Parent = "", int Index = -1)
{
    /// <summary>
    /// The field path ("annotations[0].result"); an array item's is built only when asked for, as a corpus has
    /// millions of tokens and only an error names one.
    /// </summary>
    public string Path => Index < 0 ? Parent : $"{Parent}[{Index}]";

    /// <summary>The value's JSON kind as a message names it.</summary>
    public string Kind => Element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Whether the value is a JSON object.</summary>
    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    /// <summary>An error at this value: what is wrong with it.</summary>
    public InputException Error(string problem) => new(Source, Line, $"{Describe()} {problem}");

    /// <summary>The required field <paramref name="name"/> of this object.</summary>
    public JsonRecord Field(string name) =>
        TryField(name, out var field) ? field : throw Child(name).Error("is missing");

    /// <summary>The field <paramref name="name"/> of this object, or false when it is absent or null.</summary>
    public bool TryField(string name, out JsonRecord field)
    {
        ExpectObject();
        field = Child(name);
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return false;
        field = field with { Element = value };
        return true;
    }

    /// <summary>The items of this array.</summary>
    public IEnumerable<JsonRecord> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
            throw Error($"must be an array, found {Kind}");
        var index = 0;
        foreach (var item in Element.EnumerateArray())
            yield return this with { Element = item, Parent = Path, Index = index++ };
    }

    /// <summary>The number of items of this array.</summary>
    public int Count() => Element.ValueKind == JsonValueKind.Array ? Element.GetArrayLength() : throw Error($"must be an array, found {Kind}");

    /// <summary>The fields of this object, in file order.</summary>
    public IEnumerable<(string Name, JsonRecord Value)> Fields()
    {
        ExpectObject();
        foreach (var property in Element.EnumerateObject())
            yield return (property.Name, Child(property.Name) with { Element = property.Value });
    }

    /// <summary>This value as a string.</summary>
    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String)
            throw Error($"must be a string, found {Kind}");
        try { return Element.GetString()!; }
        catch (InvalidOperationException e) { throw new InputException(Source, Line, $"{Describe()} is not UTF-8 text (a file in Windows-1250 converts with: iconv -f cp1250 -t utf-8)", e); }
    }

    /// <summary>This value as a 32-bit integer.</summary>
    public int Int() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value)
            ? value
            : throw Error(Element.ValueKind == JsonValueKind.Number ? $"must be an integer, found {Element.GetRawText()}" : $"must be an integer, found {Kind}");

    /// <summary>A string, or a number or boolean as its JSON text: identifiers and metadata values.</summary>
    public string ScalarText() => Element.ValueKind switch
    {
        JsonValueKind.String => Element.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => throw Error($"must be a string or a number, found {Kind}"),
    };

    /// <summary>This object as a map of names to <see cref="ScalarText"/> values: metadata.</summary>
    public Dictionary<string, string> StringMap() => Fields().ToDictionary(f => f.Name, f => f.Value.ScalarText());

    /// <summary>This array of strings.</summary>
    public string[] Strings() => Items().Select(item => item.String()).ToArray();

    private string Describe() => Path.Length == 0 ? "the record" : $"field '{Path}'";

    private void ExpectObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
            throw Error($"must be an object, found {Kind}");
    }

    private JsonRecord Child(string name) => this with { Parent = Path.Length == 0 ? name : $"{Path}.{name}", Index = -1 };
}
