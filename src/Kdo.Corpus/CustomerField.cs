namespace Kdo.Corpus;

/// <summary>
/// The five fields that identify the creditor's customer in a document, in the order of the mission's labels.
/// Each field is found by one entity type: <see cref="CustomerFields.EntityType"/>.
/// </summary>
public enum CustomerField
{
    /// <summary>The creditor's variable symbol for the customer (entity type "evcu"): 9 digits.</summary>
    VariableSymbol,

    /// <summary>The birth number, rodné číslo (entity type "rc").</summary>
    BirthNumber,

    /// <summary>The surname, příjmení (entity type "prijmeni").</summary>
    Surname,

    /// <summary>The given name, jméno (entity type "jmeno").</summary>
    GivenName,

    /// <summary>The birth date, datum narození (entity type "datum").</summary>
    BirthDate,
}

/// <summary>The mapping between <see cref="CustomerField"/>, entity types and JSON names: one place for all three.</summary>
public static class CustomerFields
{
    /// <summary>Every field, in label order.</summary>
    public static IReadOnlyList<CustomerField> All { get; } = Enum.GetValues<CustomerField>();

    /// <summary>The entity type (the label without B-/I-) that marks the field in a document.</summary>
    public static string EntityType(this CustomerField field) => field switch
    {
        CustomerField.VariableSymbol => "evcu",
        CustomerField.BirthNumber => "rc",
        CustomerField.Surname => "prijmeni",
        CustomerField.GivenName => "jmeno",
        CustomerField.BirthDate => "datum",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown customer field"),
    };

    /// <summary>The field's name in JSON files: variable_symbol, birth_number, surname, given_name, birth_date.</summary>
    public static string JsonName(this CustomerField field) => field switch
    {
        CustomerField.VariableSymbol => "variable_symbol",
        CustomerField.BirthNumber => "birth_number",
        CustomerField.Surname => "surname",
        CustomerField.GivenName => "given_name",
        CustomerField.BirthDate => "birth_date",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown customer field"),
    };

    /// <summary>The field marked by <paramref name="entityType"/>, or false for types that mark no field.</summary>
    public static bool TryFromEntityType(string entityType, out CustomerField field)
    {
        foreach (var candidate in All)
        {
            if (candidate.EntityType() == entityType)
            {
                field = candidate;
                return true;
            }
        }
        field = default;
        return false;
    }

    /// <summary>The field whose <see cref="JsonName"/> is <paramref name="jsonName"/>, or false.</summary>
    public static bool TryFromJsonName(string jsonName, out CustomerField field)
    {
        foreach (var candidate in All)
        {
            if (candidate.JsonName() == jsonName)
            {
                field = candidate;
                return true;
            }
        }
        field = default;
        return false;
    }
}
