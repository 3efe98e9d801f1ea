namespace Kdo.Corpus.Generation;

/// <summary>
/// The long parts of documents: recitals, legal instructions, asset lists, payment tables and lists of claims, written
/// until a document reaches its length. They are shared by all splits and never mention the customer by name or
/// number (only as "dlužník"), so that every labelled mention comes from a phrasing and its split.
/// </summary>
internal static class Fillers
{
    public static void Write(Scene scene, string kind, int words)
    {
        var used = new HashSet<int>();
        var tables = 0;
        // A list or table first where the kind has one, then recitals; one table of each kind at most, as in real filings.
        if (kind == "instructions")
        {
            foreach (var text in FillerTexts.Instructions.OrderBy(_ => scene.Random.Next()).TakeWhile(_ => scene.Writer.ApproximateWords < words))
                scene.Render("\n\n" + scene.Random.Pick(["Poučení: ", "Upozornění: ", "", ""]) + text);
            return;
        }
        var pool = FillerTexts.Pool(kind) ?? FillerTexts.Pool(kind switch { "assets" => "admin", "payments" => "creditor", _ => "court" })!;
        for (var units = 0; scene.Writer.ApproximateWords < words && units < 200; units++)
        {
            if (tables == 0 && (FillerTexts.Pool(kind) is null || scene.Random.Chance(0.15)) || used.Count >= pool.Length - 2)
            {
                if (tables++ > 0 && used.Count >= pool.Length - 2)
                    pool = FillerTexts.Pool(scene.Random.Pick(["court", "admin", "creditor"]))!;
                if (tables > 3)
                    break;
                Table(scene, kind, words);
                if (used.Count >= pool.Length - 2)
                    used.Clear();
            }
            else
                Paragraph(scene, pool, used);
        }
    }

    private static void Paragraph(Scene scene, string[] pool, HashSet<int> used)
    {
        scene.Writer.Write("\n\n");
        var sentences = scene.Random.Next(2, 6);
        for (var s = 0; s < sentences && used.Count < pool.Length; s++)
        {
            int index;
            do index = scene.Random.Next(pool.Length); while (!used.Add(index));
            scene.Render(pool[index]);
            scene.Writer.Write(" ");
        }
    }

    private static void Table(Scene scene, string kind, int words)
    {
        var random = scene.Random;
        bool More(int row, int least) => row < least || scene.Writer.ApproximateWords < words && row < 60;
        switch (kind)
        {
            case "assets" or "debtor" or "admin":
                scene.Render("\n\n[Soupis majetku|Majetek dlužníka|Položky majetkové podstaty|Přehled majetku]:\n");
                var items = FillerTexts.Assets.OrderBy(_ => random.Next()).ToArray();
                for (var i = 0; i < items.Length && More(i, 3); i++)
                {
                    var (item, low, high) = items[i];
                    var value = scene.Amount(Math.Round((decimal)(low + random.NextDouble() * (high - low)) / 10) * 10);
                    scene.Render($"{i + 1}. {item}{random.Pick([", odhadní cena ", ", hodnota dle správce ", "; cena obvyklá ", " – "])}{value}\n");
                }
                break;
            case "payments" or "creditor":
                scene.Render("\n\n[Přehled plateb|Rekapitulace úhrad|Výpis z úvěrového účtu|Historie splátek][ k datu {date.today}|]:\n[Datum    Popis    Částka|Datum splatnosti    Předpis    Uhrazeno|Datum    Pohyb    Částka Kč]\n");
                var date = scene.ContractDate.AddMonths(1);
                var style = random.Pick([Czech.CzechDateStyle.Padded, Czech.CzechDateStyle.Compact, Czech.CzechDateStyle.Spaced, Czech.CzechDateStyle.Iso]);
                var installment = Math.Round(scene.Principal / random.Next(12, 60) + 100, 0);
                for (var i = 0; More(i, 4) && date < scene.Today; i++, date = date.AddMonths(1))
                {
                    var (what, amount) = random.Next(6) switch
                    {
                        0 => ("úrok z prodlení", Math.Round(installment * (decimal)random.NextDouble() / 3, 2)),
                        1 => ("poplatek za upomínku", (decimal)random.Pick([150, 200, 300, 500])),
                        2 => ("předpis splátky", installment),
                        _ => (random.Pick(["splátka", "úhrada splátky", "splátka úvěru", "platba přijatá"]), installment),
                    };
                    scene.Writer.Write($"{Czech.CzechDate.Format(date, style)}    {what}    {scene.Amount(amount)}\n");
                }
                break;
            case "claims" or "court":
                scene.Render("\n\n[Seznam přihlášených pohledávek|Přehled věřitelů|Přihlášené pohledávky]:\n[Č. přihl.  Věřitel  Výše  Stav|Věřitel    Přihláška    Částka    Výsledek přezkumu|Pořadí    Věřitel    Přihlášeno    Zjištěno]\n");
                for (var i = 1; More(i - 1, 3); i++)
                    scene.Render($"P{i}    {{cred2}}, IČO {{ico}}    {{money}}    [zjištěna|popřena co do výše|zjištěna v plné výši|popřena|podmíněná]\n");
                break;
            default:
                scene.Render("\n\n[Poučení|Upozornění]: " + random.Pick(FillerTexts.Instructions));
                break;
        }
    }
}
