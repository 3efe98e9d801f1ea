namespace Kdo.Czech;

/// <summary>The seven Czech grammatical cases, in the order Czech grammars number them (1. pád to 7. pád).</summary>
public enum GrammaticalCase
{
    /// <summary>1. pád, who: "Jan Novák".</summary>
    Nominative,

    /// <summary>2. pád, of whom: "dlužníka Jana Nováka".</summary>
    Genitive,

    /// <summary>3. pád, to whom: "dlužníku Janu Novákovi", "dlužnici Janě Novákové".</summary>
    Dative,

    /// <summary>4. pád, whom: "zastupuje Jana Nováka".</summary>
    Accusative,

    /// <summary>5. pád, addressing: "Vážený pane Nováku".</summary>
    Vocative,

    /// <summary>6. pád, about whom: "o Janu Novákovi".</summary>
    Locative,

    /// <summary>7. pád, with whom: "s Janem Novákem".</summary>
    Instrumental,
}
