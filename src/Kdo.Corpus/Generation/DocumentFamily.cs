namespace Kdo.Corpus.Generation;

/// <summary>One way of writing a document of a family, in the template language of <see cref="Scene"/>.</summary>
/// <param name="Id">A stable identifier such as "claim.3", carried in each document's metadata ("template").</param>
/// <param name="Split">The only split whose documents use this phrasing.</param>
/// <param name="Template">The document's text with slots and alternatives.</param>
internal sealed record Phrasing(string Id, CorpusSplit Split, string Template);

/// <summary>A kind of insolvency document (claim filing, court resolution...) and its phrasings.</summary>
/// <param name="Name">The family's name, carried in each document's metadata ("family").</param>
/// <param name="Weight">How often the family occurs relative to the others.</param>
/// <param name="Phrasings">The phrasings; every split has at least one.</param>
internal sealed record DocumentFamily(string Name, double Weight, IReadOnlyList<Phrasing> Phrasings);

/// <summary>A phrasing of the generator's catalogue: its family, identifier and split.</summary>
/// <param name="Family">The family's name ("claim").</param>
/// <param name="Id">The phrasing's identifier ("claim.3").</param>
/// <param name="Split">The split that uses it.</param>
public sealed record GeneratorTemplate(string Family, string Id, CorpusSplit Split);
