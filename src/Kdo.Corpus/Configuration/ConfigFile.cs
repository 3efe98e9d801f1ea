using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kdo.Corpus.Configuration;

/// <summary>
/// Reads and writes a configuration record as YAML. Layout: one mapping whose keys are the record's property names
/// in snake_case (max_length, learning_rate); enum values in snake_case too (fine_tuning). Absent keys keep the
/// record's defaults; an unknown key or a value of the wrong type is an error naming the file and line.
/// </summary>
public static class ConfigFile
{
    /// <summary>Reads <typeparamref name="T"/> from the YAML file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is not valid YAML for <typeparamref name="T"/>.</exception>
    public static T Load<T>(string path) where T : class, new()
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new InputException(path, null, e.Message, e); }
        return Parse<T>(text, path);
    }

    /// <summary>Reads <typeparamref name="T"/> from YAML text; <paramref name="source"/> names it in errors.</summary>
    public static T Parse<T>(string yaml, string source) where T : class, new()
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return new T();
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner ? inner.Message : e.Message;
            throw new InputException(source, (int)e.Start.Line, reason, e);
        }
    }

    /// <summary>Writes <paramref name="value"/> as YAML, atomically, every property included.</summary>
    public static void Save<T>(string path, T value) where T : class =>
        AtomicFile.WriteText(path, writer => writer.Write(ToYaml(value)));

    /// <summary>The YAML text of <paramref name="value"/>.</summary>
    public static string ToYaml<T>(T value) where T : class => Serializer.Serialize(value);

    /// <summary>The snake_case name of a property or enum member (LearningRate -> learning_rate).</summary>
    public static string SnakeCase(string name) => UnderscoredNamingConvention.Instance.Apply(name);

    /// <summary>Parses an enum value written in snake_case or as its member name, case-insensitively.</summary>
    /// <exception cref="FormatException">No such member; the message lists the allowed values.</exception>
    public static object ParseEnum(Type enumType, string text)
    {
        var wanted = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        foreach (var name in Enum.GetNames(enumType))
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse(enumType, name);
        throw new FormatException($"'{text}' is not one of: {string.Join(", ", Enum.GetNames(enumType).Select(SnakeCase))}");
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new SnakeCaseEnumConverter())
        .Build();

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new SnakeCaseEnumConverter())
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.Preserve)
        .Build();

    private sealed class SnakeCaseEnumConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<Scalar>();
            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            if (enumType != type && scalar.Value is "" or "null" or "~")
                return null;
            try { return ParseEnum(enumType, scalar.Value); }
            catch (FormatException e) { throw new YamlException(scalar.Start, scalar.End, e.Message); }
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new Scalar(value is null ? "null" : SnakeCase(value.ToString()!)));
    }
}
