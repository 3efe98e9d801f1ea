namespace Kdo.Corpus.Generation;

/// <summary>
/// The long parts of documents, written until a document reaches its length: recitals from the pool that fits the
/// writer and the stage (<see cref="FillerTexts"/>), instruction blocks (<see cref="Instructions"/>), and tables and
/// lists built from the scene's facts: the debtor's liabilities, the claims and their review, the creditor's payment
/// history, the debtor's income, the distributions to creditors, the assets. A sentence and a table appear at most
/// once in a document. Fillers never mention the customer by name or number (only as "dlužník"), so that every
/// labelled mention comes from a phrasing and its split.
/// </summary>
internal static partial class Fillers
{
    public static void Write(Scene scene, string kind, int words)
    {
        if (Instructions.Block(kind) is { } block)
        {
            if (!scene.Once("instructions:" + kind))
                return;
            scene.Writer.Write("\n");
            foreach (var paragraph in block)
                scene.Render("\n" + paragraph);
            return;
        }
        var later = scene.Stage >= Stage.Review;
        switch (kind)
        {
            case "court":
                Recitals(scene, CourtPool(scene), words * 0.5);
                if (later)
                    Reviews(scene, words * 0.75);
                else
                    Liabilities(scene, words * 0.75);
                Docket(scene, words * 0.9);
                Recitals(scene, CourtPool(scene), words);
                break;
            case "rejection":
                Recitals(scene, FillerTexts.CourtRejection, words * 0.6);
                Liabilities(scene, words);
                break;
            case "konkurs":
                Recitals(scene, FillerTexts.CourtBankruptcy, words * 0.6);
                Claims(scene, words);
                break;
            case "creditor" when scene.Stage is Stage.Petition or Stage.Decision or Stage.Claim:
                Recitals(scene, CreditorPool(scene), words * 0.4);
                Payments(scene, words * 0.7);
                Recitals(scene, FillerTexts.CreditorCommon, words * 0.8);
                InterestTable(scene, words * 0.9);
                Recitals(scene, CreditorPool(scene), words);
                Terms(scene, words);
                break;
            case "creditor":
                Recitals(scene, FillerTexts.CreditorLater, words * 0.4);
                Recitals(scene, CreditorPool(scene), words * 0.7);
                Payments(scene, words);
                break;
            case "claim.facts":
                Recitals(scene, CreditorPool(scene), words * 0.5);
                Payments(scene, words * 0.8);
                InterestTable(scene, words);
                break;
            case "payments":
                Payments(scene, words);
                Recitals(scene, CreditorPool(scene), words);
                break;
            case "admin":
                Recitals(scene, AdministratorPool(scene), words * 0.4);
                if (later)
                    Reviews(scene, words * 0.7);
                if (scene.Stage == Stage.Later && !scene.CustomerIsCompany)
                {
                    Distributions(scene, words * 0.75);
                    Payouts(scene, words * 0.85);
                }
                Docket(scene, words * 0.95);
                Recitals(scene, AdministratorPool(scene), words);
                break;
            case "debtor":
                Recitals(scene, scene.Joint ? FillerTexts.Couple : FillerTexts.Debtor, words * 0.6);
                Income(scene, words * 0.85);
                Recitals(scene, scene.Joint ? FillerTexts.Couple : FillerTexts.Debtor, words);
                break;
            case "assets":
                AssetTable(scene, words);
                Recitals(scene, scene.Author != Author.Debtor ? AdministratorPool(scene) : scene.Joint ? FillerTexts.Couple : FillerTexts.Debtor, words);
                break;
            case "claims":
                if (later)
                    Claims(scene, words * 0.6);
                else
                    LiabilityTable(scene, words * 0.6);
                if (later)
                    Reviews(scene, words);
                else
                    Liabilities(scene, words);
                break;
            case "distribution":
                Distributions(scene, words * 0.6);
                Payouts(scene, words);
                break;
            case "docket":
                Docket(scene, words);
                break;
            default:
                throw new FormatException($"template: unknown filler '{kind}'");
        }
    }

    /// <summary>
    /// About how many words a filler of <paramref name="kind"/> can write in this scene before it runs out of matter
    /// (its pools, its tables' rows), so that a document's length is shared among its fillers by what they hold.
    /// </summary>
    public static double Capacity(Scene scene, string kind)
    {
        var debts = scene.Debts.Count;
        var months = Math.Max(0, (scene.Today.DayNumber - scene.Approved.DayNumber) / 30);
        return kind switch
        {
            "court" => 450 + debts * 48,
            "konkurs" => 250 + debts * 14,
            "rejection" => 250 + debts * 40,
            "creditor" => 1800,
            "payments" => 700,
            "claim.facts" => 1400,
            "admin" => 300 + debts * 40 + (scene.Stage == Stage.Later ? months * 8 : 0),
            "debtor" => 400,
            "assets" => 400,
            "claims" => debts * 55,
            "distribution" => months * 8,
            "docket" => (debts + 10) * 8,
            _ => 0,
        };
    }

    private static string[] CourtPool(Scene scene) => scene.CustomerIsCompany ? FillerTexts.CourtBankruptcy : scene.Stage switch
    {
        Stage.Petition or Stage.Decision or Stage.Claim => FillerTexts.CourtDecision,
        Stage.Review => FillerTexts.CourtReview,
        Stage.Approval => FillerTexts.CourtApproval,
        _ => FillerTexts.CourtLater,
    };

    private static string[] CreditorPool(Scene scene)
    {
        var claim = scene.Claim;
        string[] own = claim.Kind.Lends() ? FillerTexts.CreditorCredit
            : claim.Kind.Bills() ? FillerTexts.CreditorBills
            : claim.Kind.IsPublic() ? FillerTexts.CreditorPublic
            : FillerTexts.CreditorFare;
        return claim.Assignor is null ? own : [.. FillerTexts.CreditorCollector, .. own];
    }

    private static string[] AdministratorPool(Scene scene) => scene.CustomerIsCompany ? FillerTexts.AdministratorBankruptcy : scene.Stage switch
    {
        Stage.Petition or Stage.Decision or Stage.Claim => FillerTexts.AdministratorStart,
        Stage.Review or Stage.Approval => [.. FillerTexts.AdministratorStart, .. FillerTexts.AdministratorReview],
        _ => [.. FillerTexts.AdministratorReview, .. FillerTexts.AdministratorLater],
    };

    // Paragraphs of two to five sentences of the pool, each sentence once per document.
    private static void Recitals(Scene scene, string[] pool, double words)
    {
        var fresh = pool.Where(s => !scene.Used.Contains(s)).OrderBy(_ => scene.Random.Next()).ToList();
        while (fresh.Count > 0 && scene.Writer.ApproximateWords < words)
        {
            scene.Writer.Write("\n\n");
            for (var n = scene.Random.Next(2, 6); n > 0 && fresh.Count > 0; n--)
            {
                scene.Used.Add(fresh[^1]);
                scene.Render(fresh[^1]);
                scene.Writer.Write(" ");
                fresh.RemoveAt(fresh.Count - 1);
            }
        }
    }

    private static bool More(Scene scene, int row, int least, double words) => row < least || scene.Writer.ApproximateWords < words;
}
