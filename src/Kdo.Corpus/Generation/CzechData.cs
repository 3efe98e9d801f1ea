using Bogus.Bson;

namespace Kdo.Corpus.Generation;

/// <summary>A town with the locative of "V Kladně dne" and its post code.</summary>
internal sealed record Town(string Name, string Locative, string Postcode);

/// <summary>
/// An insolvency court: its ISIR code, name in the nominative and genitive, address, the town it sits in, whether
/// appeals go to Olomouc (Moravia and Silesia) or Prague, the region of its tax office and the towns of its district,
/// where its debtors live (a court hears the debtors of its own district).
/// </summary>
internal sealed record InsolvencyCourt(string Code, string Nominative, string Genitive, string Address, Town Seat, bool Moravian, string Region, IReadOnlyList<Town> Towns);

/// <summary>
/// The word lists the generator draws on: names and streets from Bogus' "cz" locale (its men's and women's surname
/// lists are aligned, Hájek beside Hájková, which gives a husband's and a wife's surname) and its cities for people
/// who live anywhere, and the courts, their districts' towns and the employers of Czech insolvency practice, which
/// Bogus lacks.
/// </summary>
internal static class CzechData
{
    public static readonly string[] MaleGivenNames = Locale("name.male_first_name").Distinct().ToArray();
    public static readonly string[] FemaleGivenNames = Locale("name.female_first_name").Distinct().ToArray();
    public static readonly string[] MaleSurnames = Locale("name.male_last_name");
    // The locale has one woman's adjectival surname in the man's form (Horký for Horká); -ý becomes -á as in Czech.
    public static readonly string[] FemaleSurnames = Locale("name.female_last_name").Select(s => s.EndsWith('ý') ? s[..^1] + "á" : s).ToArray();
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
    public static readonly string[] LawyerTitles = ["JUDr.", "Mgr.", "Mgr.", "Mgr. et Mgr.", "JUDr. Ing."];
    public static readonly string[] OfficeTitles = ["Bc.", "Ing.", "Mgr.", "Mgr.", "Bc."];
    public static readonly string[] TitlesAfter = ["Ph.D.", "MBA", "LL.M.", "DiS."];

    private static Town T(string name, string locative, string postcode) => new(name, locative, postcode);

    private static readonly Town Praha = T("Praha", "V Praze", "110 00");

    /// <summary>The insolvency courts with their districts' towns.</summary>
    public static readonly InsolvencyCourt[] Courts =
    [
        new("KSPH", "Krajský soud v Praze", "Krajského soudu v Praze", "nám. Kinských 234/5, 150 75 Praha 5", Praha, false, "Středočeský kraj",
            [T("Kladno", "V Kladně", "272 01"), T("Mladá Boleslav", "V Mladé Boleslavi", "293 01"), T("Kolín", "V Kolíně", "280 02"), T("Příbram", "V Příbrami", "261 01"),
             T("Beroun", "V Berouně", "266 01"), T("Benešov", "V Benešově", "256 01"), T("Mělník", "V Mělníku", "276 01"), T("Kutná Hora", "V Kutné Hoře", "284 01"),
             T("Nymburk", "V Nymburce", "288 02"), T("Rakovník", "V Rakovníku", "269 01"), T("Slaný", "Ve Slaném", "274 01")]),
        new("MSPH", "Městský soud v Praze", "Městského soudu v Praze", "Slezská 2000/9, 120 00 Praha 2", Praha, false, "hlavní město Praha",
            [T("Praha 1", "V Praze", "110 00"), T("Praha 2", "V Praze", "120 00"), T("Praha 3", "V Praze", "130 00"), T("Praha 4", "V Praze", "140 00"),
             T("Praha 5", "V Praze", "150 00"), T("Praha 6", "V Praze", "160 00"), T("Praha 8", "V Praze", "180 00"), T("Praha 9", "V Praze", "190 00"),
             T("Praha 10", "V Praze", "100 00"), T("Praha 11", "V Praze", "149 00"), T("Praha 12", "V Praze", "143 00")]),
        new("KSCB", "Krajský soud v Českých Budějovicích", "Krajského soudu v Českých Budějovicích", "Zátkovo nábřeží 10/2, 370 84 České Budějovice",
            T("České Budějovice", "V Českých Budějovicích", "370 01"), false, "Jihočeský kraj",
            [T("České Budějovice", "V Českých Budějovicích", "370 01"), T("Český Krumlov", "V Českém Krumlově", "381 01"), T("Strakonice", "Ve Strakonicích", "386 01"),
             T("Písek", "V Písku", "397 01"), T("Prachatice", "V Prachaticích", "383 01"), T("Týn nad Vltavou", "V Týně nad Vltavou", "375 01")]),
        new("KSTB", "Krajský soud v Českých Budějovicích – pobočka v Táboře", "Krajského soudu v Českých Budějovicích – pobočky v Táboře", "Jiráskova 1665, 390 02 Tábor",
            T("Tábor", "V Táboře", "390 02"), false, "Jihočeský kraj",
            [T("Tábor", "V Táboře", "390 02"), T("Sezimovo Ústí", "V Sezimově Ústí", "391 01"), T("Soběslav", "V Soběslavi", "392 01"),
             T("Jindřichův Hradec", "V Jindřichově Hradci", "377 01"), T("Pelhřimov", "V Pelhřimově", "393 01")]),
        new("KSPL", "Krajský soud v Plzni", "Krajského soudu v Plzni", "Veleslavínova 21/40, 306 17 Plzeň", T("Plzeň", "V Plzni", "301 00"), false, "Plzeňský kraj",
            [T("Plzeň", "V Plzni", "301 00"), T("Klatovy", "V Klatovech", "339 01"), T("Domažlice", "V Domažlicích", "344 01"), T("Rokycany", "V Rokycanech", "337 01"),
             T("Tachov", "V Tachově", "347 01"), T("Přeštice", "V Přešticích", "334 01")]),
        new("KSKV", "Krajský soud v Plzni – pobočka v Karlových Varech", "Krajského soudu v Plzni – pobočky v Karlových Varech", "Moskevská 1163/17, 360 01 Karlovy Vary",
            T("Karlovy Vary", "V Karlových Varech", "360 01"), false, "Karlovarský kraj",
            [T("Karlovy Vary", "V Karlových Varech", "360 01"), T("Cheb", "V Chebu", "350 02"), T("Sokolov", "V Sokolově", "356 01"), T("Ostrov", "V Ostrově", "363 01"),
             T("Mariánské Lázně", "V Mariánských Lázních", "353 01"), T("Aš", "V Aši", "352 01")]),
        new("KSUL", "Krajský soud v Ústí nad Labem", "Krajského soudu v Ústí nad Labem", "Národního odboje 1274/26, 400 92 Ústí nad Labem",
            T("Ústí nad Labem", "V Ústí nad Labem", "400 01"), false, "Ústecký kraj",
            [T("Ústí nad Labem", "V Ústí nad Labem", "400 01"), T("Teplice", "V Teplicích", "415 01"), T("Most", "V Mostě", "434 01"), T("Chomutov", "V Chomutově", "430 01"),
             T("Děčín", "V Děčíně", "405 02"), T("Litoměřice", "V Litoměřicích", "412 01"), T("Louny", "V Lounech", "440 01"), T("Žatec", "V Žatci", "438 01")]),
        new("KSLB", "Krajský soud v Ústí nad Labem – pobočka v Liberci", "Krajského soudu v Ústí nad Labem – pobočky v Liberci", "U Soudu 540/3, 460 72 Liberec",
            T("Liberec", "V Liberci", "460 01"), false, "Liberecký kraj",
            [T("Liberec", "V Liberci", "460 01"), T("Jablonec nad Nisou", "V Jablonci nad Nisou", "466 01"), T("Česká Lípa", "V České Lípě", "470 01"),
             T("Semily", "V Semilech", "513 01"), T("Turnov", "V Turnově", "511 01"), T("Frýdlant", "Ve Frýdlantu", "464 01")]),
        new("KSHK", "Krajský soud v Hradci Králové", "Krajského soudu v Hradci Králové", "Československé armády 218, 502 08 Hradec Králové",
            T("Hradec Králové", "V Hradci Králové", "500 02"), false, "Královéhradecký kraj",
            [T("Hradec Králové", "V Hradci Králové", "500 02"), T("Náchod", "V Náchodě", "547 01"), T("Trutnov", "V Trutnově", "541 01"), T("Jičín", "V Jičíně", "506 01"),
             T("Rychnov nad Kněžnou", "V Rychnově nad Kněžnou", "516 01"), T("Dvůr Králové nad Labem", "Ve Dvoře Králové nad Labem", "544 01")]),
        new("KSPA", "Krajský soud v Hradci Králové – pobočka v Pardubicích", "Krajského soudu v Hradci Králové – pobočky v Pardubicích", "Sladkovského 2888, 530 02 Pardubice",
            T("Pardubice", "V Pardubicích", "530 02"), false, "Pardubický kraj",
            [T("Pardubice", "V Pardubicích", "530 02"), T("Chrudim", "V Chrudimi", "537 01"), T("Svitavy", "Ve Svitavách", "568 02"), T("Ústí nad Orlicí", "V Ústí nad Orlicí", "562 01"),
             T("Česká Třebová", "V České Třebové", "560 02"), T("Přelouč", "V Přelouči", "535 01")]),
        new("KSBR", "Krajský soud v Brně", "Krajského soudu v Brně", "Husova 353/15, 601 95 Brno", T("Brno", "V Brně", "602 00"), true, "Jihomoravský kraj",
            [T("Brno", "V Brně", "602 00"), T("Brno", "V Brně", "615 00"), T("Blansko", "V Blansku", "678 01"), T("Břeclav", "V Břeclavi", "690 02"),
             T("Hodonín", "V Hodoníně", "695 01"), T("Vyškov", "Ve Vyškově", "682 01"), T("Znojmo", "Ve Znojmě", "669 02"), T("Boskovice", "V Boskovicích", "680 01")]),
        new("KSJI", "Krajský soud v Brně – pobočka v Jihlavě", "Krajského soudu v Brně – pobočky v Jihlavě", "Tolstého 1914/15, 586 01 Jihlava", T("Jihlava", "V Jihlavě", "586 01"), true, "Kraj Vysočina",
            [T("Jihlava", "V Jihlavě", "586 01"), T("Třebíč", "V Třebíči", "674 01"), T("Žďár nad Sázavou", "Ve Žďáru nad Sázavou", "591 01"),
             T("Havlíčkův Brod", "V Havlíčkově Brodě", "580 01"), T("Velké Meziříčí", "Ve Velkém Meziříčí", "594 01")]),
        new("KSZL", "Krajský soud v Brně – pobočka ve Zlíně", "Krajského soudu v Brně – pobočky ve Zlíně", "třída Tomáše Bati 1564, 761 76 Zlín", T("Zlín", "Ve Zlíně", "760 01"), true, "Zlínský kraj",
            [T("Zlín", "Ve Zlíně", "760 01"), T("Kroměříž", "V Kroměříži", "767 01"), T("Uherské Hradiště", "V Uherském Hradišti", "686 01"), T("Vsetín", "Ve Vsetíně", "755 01"),
             T("Otrokovice", "V Otrokovicích", "765 02"), T("Valašské Meziříčí", "Ve Valašském Meziříčí", "757 01")]),
        new("KSOS", "Krajský soud v Ostravě", "Krajského soudu v Ostravě", "Havlíčkovo nábřeží 1835/34, 728 81 Ostrava", T("Ostrava", "V Ostravě", "702 00"), true, "Moravskoslezský kraj",
            [T("Ostrava", "V Ostravě", "702 00"), T("Ostrava", "V Ostravě", "700 30"), T("Karviná", "V Karviné", "733 01"), T("Havířov", "V Havířově", "736 01"),
             T("Frýdek-Místek", "Ve Frýdku-Místku", "738 01"), T("Opava", "V Opavě", "746 01"), T("Nový Jičín", "V Novém Jičíně", "741 01"), T("Bruntál", "V Bruntále", "792 01"),
             T("Orlová", "V Orlové", "735 14"), T("Třinec", "V Třinci", "739 61")]),
        new("KSOL", "Krajský soud v Ostravě – pobočka v Olomouci", "Krajského soudu v Ostravě – pobočky v Olomouci", "tř. Svobody 40, 779 11 Olomouc", T("Olomouc", "V Olomouci", "779 00"), true, "Olomoucký kraj",
            [T("Olomouc", "V Olomouci", "779 00"), T("Prostějov", "V Prostějově", "796 01"), T("Přerov", "V Přerově", "750 02"), T("Šumperk", "V Šumperku", "787 01"),
             T("Jeseník", "V Jeseníku", "790 01"), T("Hranice", "V Hranicích", "753 01")]),
    ];

    /// <summary>The towns where companies, law firms and administrators have their seats most often.</summary>
    public static readonly Town[] BusinessTowns =
    [
        T("Praha 1", "V Praze", "110 00"), T("Praha 4", "V Praze", "140 00"), T("Praha 5", "V Praze", "150 00"), T("Praha 8", "V Praze", "186 00"),
        T("Praha 10", "V Praze", "100 00"), T("Brno", "V Brně", "602 00"), T("Ostrava", "V Ostravě", "702 00"), T("Plzeň", "V Plzni", "301 00"),
        T("Olomouc", "V Olomouci", "779 00"), T("Hradec Králové", "V Hradci Králové", "500 02"), T("Liberec", "V Liberci", "460 01"),
        T("České Budějovice", "V Českých Budějovicích", "370 01"), T("Pardubice", "V Pardubicích", "530 02"), T("Zlín", "Ve Zlíně", "760 01"),
        T("Ústí nad Labem", "V Ústí nad Labem", "400 01"), T("Jihlava", "V Jihlavě", "586 01"),
    ];

    public static readonly string[] BankCodes = ["0100", "0300", "0600", "0710", "0800", "2010", "2250", "2700", "3030", "5500", "6100", "6210", "0800", "0300"];

    // Employers of debtors: shops, factories, services, public bodies.
    public static readonly string[] Employers =
    [
        "Strojírny Hradec s.r.o.", "Pekárna U Mlýna s.r.o.", "Logistika Centrum CZ a.s.", "Stavby Morava s.r.o.", "Nemocnice Podlesí, a.s.",
        "Úklidové služby Kalina s.r.o.", "AUTODOPRAVA Beneš s.r.o.", "Potraviny Dvořák a syn s.r.o.", "Technické služby města Tábor",
        "Sklárna Bor a.s.", "Masna Polná s.r.o.", "Call centrum Brno s.r.o.", "Obchodní dům Centrum s.r.o.", "Kovovýroba Tesař s.r.o.",
        "Domov pro seniory Lípa, příspěvková organizace", "Ostraha a bezpečnost SECURA s.r.o.", "Skladové hospodářství Východ a.s.",
        "Autoservis Kratochvíl s.r.o.", "Lesy a statky Vysočina s.r.o.", "Textilní závody Podkrkonoší a.s.",
    ];

    public static readonly string[] Bailiffs =
    [
        "Exekutorský úřad Praha 4", "Exekutorský úřad Ostrava", "Exekutorský úřad Brno-město", "Exekutorský úřad Plzeň-město", "Exekutorský úřad Kladno",
        "Exekutorský úřad Přerov", "Exekutorský úřad Chomutov", "Exekutorský úřad Jihlava",
    ];

    /// <summary>District courts where creditors sued before the insolvency, in the genitive after "u".</summary>
    public static readonly string[] DistrictCourts =
    [
        "Okresního soudu v Kladně", "Okresního soudu v Přerově", "Obvodního soudu pro Prahu 4", "Okresního soudu v Liberci", "Městského soudu v Brně",
        "Okresního soudu v Karviné", "Okresního soudu v Chomutově", "Okresního soudu v Pardubicích", "Okresního soudu Plzeň-město", "Obvodního soudu pro Prahu 10",
    ];

    private static string[] Locale(string path)
    {
        BValue value = Bogus.Database.GetLocale("cz");
        foreach (var key in path.Split('.'))
            value = ((BObject)value)[key];
        var array = (BArray)value;
        return Enumerable.Range(0, array.Count).Select(i => array[i].StringValue).ToArray();
    }
}
