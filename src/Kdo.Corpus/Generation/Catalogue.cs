namespace Kdo.Corpus.Generation;

/// <summary>The document families of the generator, in one list.</summary>
internal static class Catalogue
{
    public static IReadOnlyList<DocumentFamily> Families { get; } =
    [
        ClaimFamily.Family, ResolutionFamily.Family, PetitionFamily.Family, ReportFamily.Family, AssetsFamily.Family,
        PowerOfAttorneyFamily.Family, HearingFamily.Family, ReviewFamily.Family, DeclarationFamily.Family, LetterFamily.Family,
        JointPetitionFamily.Family,
    ];
}
