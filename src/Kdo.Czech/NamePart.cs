namespace Kdo.Czech;

/// <summary>Which part of a person's name a word is: the two decline differently (Jiří is adjectival, Jana is not).</summary>
public enum NamePart
{
    /// <summary>The given name, jméno ("Jan", "Jana").</summary>
    GivenName,

    /// <summary>The surname, příjmení ("Novák", "Nováková").</summary>
    Surname,
}
