using System.Globalization;

namespace Kdo.Corpus.Generation;

/// <summary>How the filings describe a claim: its legal ground, its title, its evidence, by the kind of creditor.</summary>
internal sealed partial class Scene
{
    /// <summary>The claim's legal ground in the nominative: "smlouva o spotřebitelském úvěru č. 1234567890 ze dne 3. 4. 2015".</summary>
    public string Basis(Debt debt)
    {
        var since = Date(debt.Since);
        var basis = debt.Kind switch
        {
            CreditorKind.Bank => debt.Variant switch
            {
                0 => $"smlouva o spotřebitelském úvěru č. {debt.Reference} ze dne {since}",
                1 => $"smlouva o vydání a užívání kreditní karty č. {debt.Reference} ze dne {since}",
                _ => $"smlouva o úvěru č. {debt.Reference} ze dne {since}",
            },
            CreditorKind.Lender => debt.Variant == 0 ? $"smlouva o zápůjčce č. {debt.Reference} ze dne {since}" : $"smlouva o spotřebitelském úvěru č. {debt.Reference} ze dne {since}",
            CreditorKind.BuildingSociety => $"smlouva o úvěru ze stavebního spoření č. {debt.Reference} ze dne {since}",
            CreditorKind.Leasing => debt.Variant == 0 ? $"smlouva o finančním leasingu č. {debt.Reference} ze dne {since}" : $"smlouva o úvěru na koupi vozidla č. {debt.Reference} ze dne {since}",
            CreditorKind.Telco => $"smlouva o poskytování služeb elektronických komunikací č. {debt.Reference} ze dne {since}",
            CreditorKind.Energy => debt.Variant == 0 ? $"smlouva o sdružených službách dodávky zemního plynu č. {debt.Reference} ze dne {since}" : $"smlouva o sdružených službách dodávky elektřiny č. {debt.Reference} ze dne {since}",
            CreditorKind.Water => $"smlouva o dodávce vody a odvádění odpadních vod č. {debt.Reference} ze dne {since}",
            CreditorKind.Insurance => $"pojistná smlouva o pojištění odpovědnosti z provozu vozidla č. {debt.Reference} ze dne {since}",
            CreditorKind.Landlord => $"nájemní smlouva ze dne {since}",
            CreditorKind.Health => $"pojistné na veřejné zdravotní pojištění a penále za období {Period(debt)}, výkaz nedoplatků č. {debt.Reference}",
            CreditorKind.Social => $"pojistné na důchodové pojištění a příspěvek na státní politiku zaměstnanosti a penále za období {Period(debt)}",
            CreditorKind.Tax => debt.Variant == 0
                ? $"daň z příjmů fyzických osob za zdaňovací období {debt.Default.Year - 1}, platební výměr č. j. {debt.Reference}"
                : $"daň z nemovitých věcí za rok {debt.Default.Year}, platební výměr č. j. {debt.Reference}",
            CreditorKind.Municipality => $"místní poplatek za obecní systém odpadového hospodářství za {(debt.Months == 1 ? $"rok {debt.Default.Year}" : $"roky {debt.Default.Year}–{debt.Default.Year + debt.Months - 1}")}",
            _ => $"přirážka k jízdnému podle smluvních přepravních podmínek ({debt.Months}x jízda bez platného jízdního dokladu), doklad č. {debt.Reference}",
        };
        return debt.Assignor is { } assignor
            ? $"{basis}, uzavřená s původním věřitelem {assignor.Name}, pohledávka postoupena smlouvou o postoupení pohledávek ze dne {Date(debt.Assigned!.Value)}"
            : basis;
    }

    /// <summary>What the claim is for, after "z titulu": "nesplaceného spotřebitelského úvěru".</summary>
    public static string Title(Debt debt)
    {
        var title = debt.Kind switch
        {
            CreditorKind.Bank or CreditorKind.Lender => debt.Variant == 1 && debt.Kind == CreditorKind.Bank ? "nesplaceného úvěru z kreditní karty" : "nesplaceného spotřebitelského úvěru",
            CreditorKind.BuildingSociety => "nesplaceného úvěru ze stavebního spoření",
            CreditorKind.Leasing => "neuhrazených leasingových splátek",
            CreditorKind.Telco => "neuhrazených vyúčtování služeb elektronických komunikací",
            CreditorKind.Energy => debt.Variant == 0 ? "neuhrazených záloh a vyúčtování dodávek plynu" : "neuhrazených záloh a vyúčtování dodávek elektřiny",
            CreditorKind.Water => "neuhrazeného vodného a stočného",
            CreditorKind.Insurance => "dlužného pojistného",
            CreditorKind.Landlord => "dlužného nájemného a úhrad za služby",
            CreditorKind.Health => "dlužného pojistného na veřejné zdravotní pojištění a penále",
            CreditorKind.Social => "dlužného pojistného na sociální zabezpečení a penále",
            CreditorKind.Tax => debt.Variant == 0 ? "nedoplatku na dani z příjmů fyzických osob" : "nedoplatku na dani z nemovitých věcí",
            CreditorKind.Municipality => "neuhrazeného místního poplatku",
            _ => "přirážky k jízdnému",
        };
        // The title is a genitive, which "z" takes too: "postoupené pohledávky z nesplaceného spotřebitelského úvěru".
        return debt.Assignor is null ? title : "postoupené pohledávky z " + title;
    }

    /// <summary>What the claim is, in a table's column: "spotřebitelský úvěr", "služby elektronických komunikací".</summary>
    public static string Subject(Debt debt)
    {
        var subject = debt.Kind switch
        {
            CreditorKind.Bank => debt.Variant == 1 ? "úvěr z kreditní karty" : "spotřebitelský úvěr",
            CreditorKind.Lender => debt.Variant == 0 ? "zápůjčka" : "spotřebitelský úvěr",
            CreditorKind.BuildingSociety => "úvěr ze stavebního spoření",
            CreditorKind.Leasing => "leasing / úvěr na vozidlo",
            CreditorKind.Telco => "služby elektronických komunikací",
            CreditorKind.Energy => debt.Variant == 0 ? "dodávky plynu" : "dodávky elektřiny",
            CreditorKind.Water => "vodné a stočné",
            CreditorKind.Insurance => "pojistné (povinné ručení)",
            CreditorKind.Landlord => "nájemné a služby",
            CreditorKind.Health => "zdravotní pojištění a penále",
            CreditorKind.Social => "sociální pojištění a penále",
            CreditorKind.Tax => debt.Variant == 0 ? "daň z příjmů" : "daň z nemovitých věcí",
            CreditorKind.Municipality => "místní poplatek za odpad",
            _ => "přirážka k jízdnému",
        };
        return debt.Assignor is null ? subject : $"{subject} (postoupeno od {debt.Assignor.Name})";
    }

    /// <summary>The attachments that prove the claim.</summary>
    public static string Evidence(Debt debt)
    {
        var evidence = debt.Kind switch
        {
            _ when debt.Kind.Lends() => "smlouva, obchodní podmínky, výpis z úvěrového účtu, výzva k úhradě",
            _ when debt.Kind.Bills() => "smlouva, vyúčtování (faktury), upomínky",
            CreditorKind.Health or CreditorKind.Social => "výkaz nedoplatků, přehled plateb",
            CreditorKind.Tax or CreditorKind.Municipality => "platební výměr, výpis z osobního daňového účtu",
            _ => "doklad o uložení přirážky, přepravní podmínky",
        };
        return debt.Assignor is null ? evidence : evidence + ", smlouva o postoupení pohledávek, oznámení o postoupení";
    }

    /// <summary>What the claim's interest is called: interest on arrears, or a public body's penalty.</summary>
    public static string InterestName(Debt debt) => debt.Kind.IsPublic() ? "penále" : debt.Kind.Lends() ? "smluvní úrok a úrok z prodlení" : "úrok z prodlení";

    private static string Period(Debt debt)
    {
        var end = debt.Since.AddMonths(debt.Months - 1);
        return string.Create(CultureInfo.InvariantCulture, $"{debt.Since:MM/yyyy} až {end:MM/yyyy}");
    }
}
