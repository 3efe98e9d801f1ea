using System.CommandLine;
using System.ComponentModel;
using System.Reflection;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;

namespace Kdo.Cli;

/// <summary>
/// Makes every public settable property of a configuration record a flag of a command (LearningRate becomes
/// --learning-rate, help text from its [Description]) and applies the flags a user gave over a record read from a
/// file, so that the record stays the one place where options and their defaults are declared.
/// </summary>
internal sealed class ConfigFlags<T> where T : class, new()
{
    private readonly List<(PropertyInfo Property, Option Option)> _flags = [];

    /// <summary>Adds one flag per property of <typeparamref name="T"/> to <paramref name="command"/>.</summary>
    public ConfigFlags(Command command)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var option = CreateOption(property);
            command.Options.Add(option);
            _flags.Add((property, option));
        }
    }

    /// <summary>Returns a copy of <paramref name="options"/> with every flag given on the command line applied.</summary>
    /// <exception cref="InputException">A flag's value does not fit its property.</exception>
    public T Apply(T options, ParseResult parse)
    {
        var copy = Clone(options);
        foreach (var (property, option) in _flags)
        {
            if (parse.GetResult(option) is not { Implicit: false } result)
                continue;
            var value = result.GetValueOrDefault<object?>();
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsEnum && value is string text)
            {
                try { value = ConfigFile.ParseEnum(type, text); }
                catch (FormatException e) { throw new InputException(option.Name, null, e.Message, e); }
            }
            property.SetValue(copy, value);
        }
        return copy;
    }

    private static Option CreateOption(PropertyInfo property)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        // Enums travel as text so that users write them as in YAML (fine_tuning); the record parses them.
        var flagType = underlying.IsEnum ? typeof(string) : type;
        var name = "--" + ConfigFile.SnakeCase(property.Name).Replace('_', '-');
        var option = (Option)Activator.CreateInstance(typeof(Option<>).MakeGenericType(flagType), name, Array.Empty<string>())!;
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
        option.Description = underlying.IsEnum
            ? $"{description} ({string.Join(", ", Enum.GetNames(underlying).Select(ConfigFile.SnakeCase))})"
            : description;
        if (underlying == typeof(bool))
            option.Arity = ArgumentArity.ZeroOrOne;
        return option;
    }

    private static T Clone(T value)
    {
        // Records have a copy constructor; 'with' is not available through a type parameter.
        var clone = typeof(T).GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record");
        return (T)clone.Invoke(value, null)!;
    }
}
