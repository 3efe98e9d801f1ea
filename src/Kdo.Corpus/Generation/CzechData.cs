using Bogus.Bson;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The word lists the generator draws on: names, streets and cities from Bogus' "cz" locale (its men's and women's
/// surname lists are aligned, Hájek beside Hájková, which gives a husband's and a wife's surname), and the courts,
/// banks and creditors of Czech insolvency practice, which Bogus lacks.
/// </summary>
internal static class CzechData
{
    public static readonly string[] MaleGivenNames = Locale("name.male_first_name").Distinct().ToArray();
    public static readonly string[] FemaleGivenNames = Locale("name.female_first_name").Distinct().ToArray();
    public static readonly string[] MaleSurnames = Locale("name.male_last_name");
    public static readonly string[] FemaleSurnames = Locale("name.female_last_name");
    public static readonly string[] Cities = Locale("address.city_name").Distinct().ToArray();
    public static readonly string[] Streets = Locale("address.street").Where(s => !char.IsDigit(s[0])).Distinct().ToArray();

    // The names most Czech adults carry; most debtors get one of these, the rest any name of the locale.
    public static readonly string[] CommonMaleGivenNames =
    [
        "Jan", "Petr", "Jiří", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk", "Václav", "Michal",
        "František", "Lukáš", "Jakub", "David", "Karel", "Milan", "Ondřej", "Vladimír", "Roman", "Marek", "Radek",
        "Daniel", "Stanislav", "Antonín", "Vojtěch", "Filip", "Adam", "Aleš", "Libor", "Ladislav", "Dušan", "Vlastimil",
        "Miloš", "Jindřich", "Patrik", "Robert", "Luboš", "Rostislav", "Ivan", "Dominik", "Matěj", "Kamil", "Bohumil",
    ];

    public static readonly string[] CommonFemaleGivenNames =
    [
        "Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra", "Alena", "Petra", "Veronika",
        "Jaroslava", "Martina", "Tereza", "Michaela", "Jitka", "Helena", "Ludmila", "Zdeňka", "Ivana", "Monika",
        "Eliška", "Zuzana", "Markéta", "Barbora", "Jiřina", "Marcela", "Dana", "Kristýna", "Pavla", "Jarmila", "Blanka",
        "Simona", "Renata", "Iveta", "Olga", "Romana", "Šárka", "Vlasta", "Soňa", "Gabriela", "Dagmar", "Alice",
    ];

    public static readonly string[] TitlesBefore = ["Ing.", "Mgr.", "Bc.", "MUDr.", "JUDr.", "PhDr.", "RNDr.", "Ing. arch.", "MgA."];
    public static readonly string[] LawyerTitles = ["JUDr.", "Mgr.", "Mgr. et Mgr.", "JUDr. Ing."];
    public static readonly string[] TitlesAfter = ["Ph.D.", "MBA", "LL.M.", "DiS."];

    /// <summary>Insolvency courts: code, name in the nominative, the same in the genitive, and the court's address.</summary>
    public static readonly (string Code, string Nominative, string Genitive, string Address)[] Courts =
    [
        ("KSPH", "Krajský soud v Praze", "Krajského soudu v Praze", "nám. Kinských 234/5, 150 75 Praha 5"),
        ("MSPH", "Městský soud v Praze", "Městského soudu v Praze", "Slezská 2000/9, 120 00 Praha 2"),
        ("KSCB", "Krajský soud v Českých Budějovicích", "Krajského soudu v Českých Budějovicích", "Zátkovo nábřeží 10/2, 370 84 České Budějovice"),
        ("KSTB", "Krajský soud v Českých Budějovicích – pobočka v Táboře", "Krajského soudu v Českých Budějovicích – pobočky v Táboře", "Jiráskova 1665, 390 02 Tábor"),
        ("KSPL", "Krajský soud v Plzni", "Krajského soudu v Plzni", "Veleslavínova 21/40, 306 17 Plzeň"),
        ("KSKV", "Krajský soud v Plzni – pobočka v Karlových Varech", "Krajského soudu v Plzni – pobočky v Karlových Varech", "Moskevská 1163/17, 360 01 Karlovy Vary"),
        ("KSUL", "Krajský soud v Ústí nad Labem", "Krajského soudu v Ústí nad Labem", "Národního odboje 1274/26, 400 92 Ústí nad Labem"),
        ("KSLB", "Krajský soud v Ústí nad Labem – pobočka v Liberci", "Krajského soudu v Ústí nad Labem – pobočky v Liberci", "U Soudu 540/3, 460 72 Liberec"),
        ("KSHK", "Krajský soud v Hradci Králové", "Krajského soudu v Hradci Králové", "Československé armády 218, 502 08 Hradec Králové"),
        ("KSPA", "Krajský soud v Hradci Králové – pobočka v Pardubicích", "Krajského soudu v Hradci Králové – pobočky v Pardubicích", "Sladkovského 2888, 530 02 Pardubice"),
        ("KSBR", "Krajský soud v Brně", "Krajského soudu v Brně", "Husova 353/15, 601 95 Brno"),
        ("KSJI", "Krajský soud v Brně – pobočka v Jihlavě", "Krajského soudu v Brně – pobočky v Jihlavě", "Tolstého 1914/15, 586 01 Jihlava"),
        ("KSZL", "Krajský soud v Brně – pobočka ve Zlíně", "Krajského soudu v Brně – pobočky ve Zlíně", "třída Tomáše Bati 1564, 761 76 Zlín"),
        ("KSOS", "Krajský soud v Ostravě", "Krajského soudu v Ostravě", "Havlíčkovo nábřeží 1835/34, 728 81 Ostrava"),
        ("KSOL", "Krajský soud v Ostravě – pobočka v Olomouci", "Krajského soudu v Ostravě – pobočky v Olomouci", "tř. Svobody 40, 779 11 Olomouc"),
    ];

    public static readonly string[] BankCodes = ["0100", "0300", "0600", "0710", "0800", "2010", "2250", "2700", "3030", "5500", "6100", "6210", "0800", "0300"];

    // Fictional creditors in the styles real ones have: banks, lenders, utilities, collection agencies, insurers.
    public static readonly string[] CreditorNames =
    [
        "Česká úvěrová společnost, a.s.", "Moravská spořitelní banka, a.s.", "KREDITEX FINANCE s.r.o.", "Provimo Credit s.r.o.",
        "Bohemia Consumer Finance a.s.", "Pražská úvěrová, a.s.", "FinPlus Czech s.r.o.", "Vltava Leasing s.r.o.",
        "Západočeská energetická, a.s.", "TeleNet CZ a.s.", "Vodovody a kanalizace Podhůří, a.s.", "Inkasní centrum Morava s.r.o.",
        "Pojišťovna Domov, a.s.", "Zdravotní pojišťovna Horizont", "AXIO Collection s.r.o.", "Rychlá půjčka CZ s.r.o.",
        "Energie Střed, a.s.", "Fair Credit Czech a.s.", "Severočeská stavební spořitelna, a.s.", "MobilCom Česko a.s.",
        "DebtCare Solutions s.r.o.", "Hypoteční a úvěrová banka, a.s.", "Podnik bytového hospodářství Jih, s.r.o.",
        "Lumen Finance a.s.", "Kreditní družstvo Morava", "CENTRUM pohledávek, s.r.o.", "Splátkový prodej Plus s.r.o.",
        "Dopravní podnik města Brna, a.s.",
    ];

    public static readonly string[] PublicCreditors =
    [
        "Finanční úřad pro Jihomoravský kraj", "Finanční úřad pro Moravskoslezský kraj", "Finanční úřad pro hlavní město Prahu",
        "Okresní správa sociálního zabezpečení Olomouc", "Česká správa sociálního zabezpečení", "Všeobecná zdravotní pojišťovna České republiky",
        "Celní úřad pro Ústecký kraj", "Statutární město Ostrava", "Obec Dolní Bousov",
    ];

    public static readonly string[] Employers =
    [
        "Strojírny Hradec s.r.o.", "Pekárna U Mlýna s.r.o.", "Logistika Centrum CZ a.s.", "Stavby Morava s.r.o.", "Nemocnice Podlesí, a.s.",
        "Úklidové služby Kalina s.r.o.", "AUTODOPRAVA Beneš s.r.o.", "Potraviny Dvořák a syn s.r.o.", "Technické služby města Tábor",
        "Sklárna Bor a.s.", "Masna Polná s.r.o.", "Call centrum Brno s.r.o.",
    ];

    public static readonly string[] Bailiffs = ["Exekutorský úřad Praha 4", "Exekutorský úřad Ostrava", "Exekutorský úřad Brno-město", "Exekutorský úřad Plzeň-město", "Exekutorský úřad Kladno"];

    private static string[] Locale(string path)
    {
        BValue value = Bogus.Database.GetLocale("cz");
        foreach (var key in path.Split('.'))
            value = ((BObject)value)[key];
        var array = (BArray)value;
        return Enumerable.Range(0, array.Count).Select(i => array[i].StringValue).ToArray();
    }
}
