namespace Kdo.Corpus.Generation;

/// <summary>Who writes a document: it decides the page header, the place of signing and what the writer knows.</summary>
internal enum Author
{
    /// <summary>The insolvency court (resolutions, notices, protocols).</summary>
    Court,

    /// <summary>The debtor, alone or through an attorney (petitions, declarations, powers of attorney).</summary>
    Debtor,

    /// <summary>The creditor, alone or through an attorney (claim filings, letters).</summary>
    Creditor,

    /// <summary>The insolvency administrator (reports, lists of assets and claims).</summary>
    Administrator,
}

/// <summary>
/// When in the proceedings a document is written, in order; it decides the document's date and what already exists
/// (no administrator before the decision, no review results before the review hearing, no distributions before the
/// approval of debt relief).
/// </summary>
internal enum Stage
{
    /// <summary>The petition: before any decision.</summary>
    Petition,

    /// <summary>The decision on bankruptcy and on the motion for debt relief.</summary>
    Decision,

    /// <summary>The creditors' claims, within two months of the decision.</summary>
    Claim,

    /// <summary>The review hearing and the creditors' meeting.</summary>
    Review,

    /// <summary>The approval of debt relief (or the order of bankruptcy).</summary>
    Approval,

    /// <summary>Later: reports on the performance of debt relief, letters, changes.</summary>
    Later,
}

/// <summary>One way of writing a document of a family, in the template language of <see cref="Scene"/>.</summary>
/// <param name="Id">A stable identifier such as "claim.3", carried in each document's metadata ("template").</param>
/// <param name="Split">The only split whose documents use this phrasing.</param>
/// <param name="Author">Who writes it.</param>
/// <param name="Stage">When in the proceedings it is written.</param>
/// <param name="Template">The document's text with slots and alternatives.</param>
/// <param name="PeopleOnly">Whether only a person can be its debtor (a motion for debt relief, a personal declaration).</param>
internal sealed record Phrasing(string Id, CorpusSplit Split, Author Author, Stage Stage, string Template, bool PeopleOnly = false);

/// <summary>A kind of insolvency document (claim filing, court resolution...) and its phrasings.</summary>
/// <param name="Name">The family's name, carried in each document's metadata ("family").</param>
/// <param name="Weight">How often the family occurs relative to the others.</param>
/// <param name="Phrasings">The phrasings; every split has at least one.</param>
/// <param name="Spouses">Whether its documents are about married debtors together (a joint petition): the spouse is always there.</param>
internal sealed record DocumentFamily(string Name, double Weight, IReadOnlyList<Phrasing> Phrasings, bool Spouses = false);

/// <summary>A phrasing of the generator's catalogue: its family, identifier and split.</summary>
/// <param name="Family">The family's name ("claim").</param>
/// <param name="Id">The phrasing's identifier ("claim.3").</param>
/// <param name="Split">The split that uses it.</param>
public sealed record GeneratorTemplate(string Family, string Id, CorpusSplit Split);
