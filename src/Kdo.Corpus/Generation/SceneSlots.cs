using System.Globalization;
using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>The slots of everything that is not the customer: people, companies, the court, dates, amounts, numbers.</summary>
internal sealed partial class Scene
{
    // Everything that is not the customer: plain text.
    private string Fact(string name, GrammaticalCase c, string arg) => name switch
    {
        "adm" => Administrator.Name(c),
        "adm.full" => $"{Administrator.Name(c)}, {(AdministratorFirm is null ? "" : $"{Administrator.Agree("společník", "společnice")} {AdministratorFirm.Name}, ")}se sídlem {AdministratorFirm?.Seat ?? Administrator.Address}, IČO: {AdministratorNumber}",
        "adm.addr" => (AdministratorFirm?.Seat ?? Administrator.Address).ToString(),
        "adm.firm" => AdministratorFirm?.Name ?? "",
        "adm.role" => $"insolvenční {Administrator.Agree("správce", "správkyně")}",
        "judge" => Judge.Name(c),
        "att" => Attorney.Name(c),
        "att.addr" => Attorney.Address.ToString(),
        "att.full" => $"{Attorney.Name(c)}, {Profession(c)}, ev. č. ČAK {AttorneyNumber:D5}, se sídlem {Attorney.Address}",
        "emp" => Employee.Name(c),
        "emp.contact" => $"tel.: {Phone()}, e-mail: {Plain(Employee.Surname).ToLowerInvariant()}@{Plain(Creditor.Name.Split(' ')[0]).ToLowerInvariant()}.cz",
        "clerk" => Clerk.Name(c),
        "sp" => Spouse is null ? "" : Spouse.Name(c),
        "sp.id" => Spouse is null ? "" : $"{Spouse.Name(c)}, nar. {Date(Spouse.BirthDate)}{(Random.Chance(0.6) ? $", r. č. {Spouse.BirthNumber}" : "")}",
        "home" => (CustomerIsCompany ? DebtorCompany.Seat : Debtor.Address).ToString(),
        "sp.born" => Spouse is null ? "" : Date(Spouse.BirthDate),
        "sp.bn" => Spouse is null ? "" : BirthNumberText(Spouse.BirthNumber),
        "sp.given" => Spouse?.GivenName ?? "",
        "person.id" => PersonId(),
        "person" => Cast.Distinct(Random, SurnameIndex, () => Cast.Person(Random, Random.Chance(0.5) ? Sex.Male : Sex.Female, true, 0.2)).Name(c),
        "cred" => Creditor.Name,
        "cred.full" => CompanyFull(Creditor),
        "cred.ico" => Creditor.Number.Digits,
        "cred.addr" => Creditor.Seat.ToString(),
        "cred.acct" => Account,
        "cred2" => Random.Pick(OtherCreditors.ToArray()).Name,
        "cred2.two" => string.Join(" a ", OtherCreditors.OrderBy(_ => Random.Next()).Take(2).Select(o => o.Name)),
        "buyer" => Buyer.Name,
        "buyer.full" => CompanyFull(Buyer),
        "cred2.full" => CompanyFull(Random.Pick(OtherCreditors.ToArray())),
        "assignor" => Claim.Assignor?.Name ?? Creditor.Name,
        "assignor.full" => CompanyFull(Claim.Assignor ?? Creditor),
        "job" => Employer.Name,
        "job.full" => CompanyFull(Employer),
        "job.new" => CompanyFull(NewEmployer),
        "court" => CourtName(c),
        "court.addr" => Court.Address,
        "court.code" => Court.Code,
        "court.seat" => Court.Seat.Locative,
        "highcourt" => HighCourt(c),
        "case" => Case.ToString(),
        "cj" => Case.Case + "-" + (arg == "" ? Mark : DocumentMark(arg)),
        "mark" => Mark,
        "ref.other" => OtherReference(Random.Next(4)),
        "ref.ex" => OtherReference(Random.Pick([0, 2])),
        "ref.civil" => OtherReference(Random.Pick([1, 3])),
        "creditors" => Counted(Debts.Count, c),
        "date.doc" or "date.today" => Date(DocumentDate),
        "date.filed" => Date(Filed),
        "date.decided" => Date(Decided),
        "date.deadline" => Date(ClaimDeadline),
        "date.claim" => Date(ClaimDate),
        "date.hearing" => Date(Hearing),
        "date.approved" => Date(Approved),
        "date.later" => Date(Today),
        "date.contract" => Date(Claim.Since),
        "date.due" or "date.default" => Date(Claim.Default),
        "date.reminder" => Date(Reminder),
        "date.assigned" => Date(Claim.Assigned ?? Claim.Default.AddDays(90)),
        "date.any" => Date(Random.Between(Claim.Since.AddDays(1), Filed.AddDays(-1))),
        "date.meeting" => Date(Random.Between(Decided.AddDays(3), Min(Decided.AddDays(40), DocumentDate.AddDays(-1)))),
        "date.after" => Date(Random.Between(Filed.AddDays(1), DocumentDate.AddDays(-1))),
        "date.year" => Filed.Year.ToString(CultureInfo.InvariantCulture),
        "money.small" => Amount(Random.Next(5, 60) * 100),
        "wage" => Amount(Wage),
        "rent" => Amount(Rent),
        "installment" => Amount(Installment),
        "money" => Amount(Math.Round((decimal)(Random.NextDouble() * Random.NextDouble() * 250_000 + 200), Random.Chance(0.5) ? 0 : 2)),
        "claim.principal" => Amount(Claim.Principal),
        "claim.interest" => Amount(Claim.Interest),
        "claim.costs" => Amount(Claim.Costs),
        "claim.total" => Amount(Claim.Total),
        "claim.admitted" => Amount(Claim.Admitted),
        "claim.denied" => Amount(Claim.Total - Claim.Admitted),
        "claim.loan" => Amount(Claim.Amount),
        "claim.monthly" => Amount(Claim.Monthly),
        "claim.levy" => Claim.Kind switch
        {
            CreditorKind.Tax => arg switch { "gen" => "daně", "agree" => "ou", _ => "daň" },
            CreditorKind.Municipality => arg switch { "gen" => "poplatku", "agree" => "ý", _ => "poplatek" },
            _ => arg switch { "gen" => "pojistného", "agree" => "é", _ => "pojistné" },
        },
        "claim.assessment" => Claim.Kind is CreditorKind.Tax or CreditorKind.Municipality ? "platebního výměru" : "výkazu nedoplatků",
        "claim.judgment" => Claim.Judgment ?? "",
        "claim.no" => $"P{Claim.Number}",
        "claim.basis" => Basis(Claim),
        "claim.title" => Title(Claim),
        "claim.evidence" => Evidence(Claim),
        "claim.interest.what" => InterestName(Claim),
        "claims.count" => Debts.Count.ToString(CultureInfo.InvariantCulture),
        "claims.total" => Amount(Debts.Sum(d => d.Total)),
        "claims.admitted" => Amount(Debts.Sum(d => d.Admitted)),
        "claims.denied" => Amount(Debts.Sum(d => d.Total - d.Admitted)),
        "contract" => Claim.Reference,
        "dependants" => DependantsText(),
        "acct" => $"{Random.Digits(Random.Chance(0.5) ? 10 : 9)}/{Random.Pick(CzechData.BankCodes)}",
        "adm.acct" => AdministratorAccount,
        "place" => Place(arg),
        "time" => HearingTime.ToString("H:mm", CultureInfo.InvariantCulture),
        "time.end" => HearingTime.AddMinutes(Random.Next(15, 100)).ToString("H:mm", CultureInfo.InvariantCulture),
        "room" => $"{Random.Pick(["", "", "A", "B"])}{Random.Next(1, 400)}",
        "phone" => Phone(),
        "ico" => CompanyNumber.Create(Random.Next(10_000, 9_999_999)).Digits,
        "op" => Random.Digits(9),
        "ds" => DataBox,
        "n" => Random.Next(2, 13).ToString(CultureInfo.InvariantCulture),
        "nn" => Random.Next(10, 99).ToString(CultureInfo.InvariantCulture),
        "percent" => $"{Random.Next(30, 100)} %",
        "year" => Random.Next(Claim.Since.Year, Filed.Year + 1).ToString(CultureInfo.InvariantCulture),
        "city" => Random.Pick(CzechData.Cities),
        "addr" => Cast.Address(Random).ToString(),
        "bailiff" => Bailiff(c),
        "law.credit" => Claim.Since >= new DateOnly(2016, 12, 1) ? "zákona č. 257/2016 Sb., o spotřebitelském úvěru," : "zákona č. 145/2010 Sb., o spotřebitelském úvěru,",
        "town" => Home.Name,
        "fee" => Filed >= new DateOnly(2017, 6, 1) ? "900 Kč" : "750 Kč",
        "law.arrears" => Claim.Default.Year >= 2014 ? "nařízení vlády č. 351/2013 Sb." : "nařízení vlády č. 142/1994 Sb.",
        "claim.subject" => Subject(Claim),
        "rv" => Random.Next(Filed.Year - 16, Filed.Year - 1).ToString(CultureInfo.InvariantCulture),
        "districtcourt" => Random.Pick(CzechData.DistrictCourts),
        "esign" => ElectronicSignature(arg),
        "stamp" => FilingStamp(),
        _ => throw new FormatException($"template: unknown slot '{name}'"),
    };

    /// <summary>A bailiff's office in <paramref name="c"/>: "u Exekutorského úřadu Kladno", "vedeném Exekutorským úřadem Kladno".</summary>
    public string Bailiff(GrammaticalCase c) => Random.Pick(CzechData.Bailiffs).Replace("Exekutorský úřad", c switch
    {
        GrammaticalCase.Genitive => "Exekutorského úřadu",
        GrammaticalCase.Instrumental => "Exekutorským úřadem",
        GrammaticalCase.Dative or GrammaticalCase.Locative => "Exekutorskému úřadu",
        _ => "Exekutorský úřad",
    }, StringComparison.Ordinal);

    // Someone else in full, as a donor or a witness: name, birth date and address.
    private string PersonId()
    {
        var person = Cast.Distinct(Random, SurnameIndex, () => Cast.Person(Random, Random.Chance(0.5) ? Sex.Male : Sex.Female, true, 0.1, maxYear: 1990));
        return $"{person.Name(GrammaticalCase.Nominative)}, nar. {Date(person.BirthDate)}, bytem {person.Address}";
    }

    /// <summary>The reminder: a few weeks after the default, before the petition.</summary>
    private DateOnly Reminder => Random.Between(Claim.Default.AddDays(15), Min(Claim.Default.AddDays(90), Filed.AddDays(-10)));

    // "k jednomu nezletilému dítěti", "ke dvěma nezletilým dětem": the preposition with its noun.
    private string DependantsText() => Dependants switch
    {
        0 => "k žádné osobě",
        1 => Random.Pick(["k jednomu nezletilému dítěti", "k jedné osobě (nezletilé dítě)"]),
        2 => Random.Pick(["ke dvěma nezletilým dětem", "ke dvěma osobám"]),
        _ => "ke třem nezletilým dětem",
    };

    // "4 věřitele", "5 věřitelů": a count of creditors with the noun in the case the numeral requires.
    private static string Counted(int n, GrammaticalCase c) => $"{n} " + (n is >= 2 and <= 4 ? c switch
    {
        GrammaticalCase.Nominative => "věřitelé",
        GrammaticalCase.Genitive => "věřitelů",
        GrammaticalCase.Dative => "věřitelům",
        GrammaticalCase.Instrumental => "věřiteli",
        _ => "věřitele",
    } : c switch
    {
        GrammaticalCase.Dative => "věřitelům",
        GrammaticalCase.Instrumental => "věřiteli",
        _ => "věřitelů",
    });

    // "V Praze" for "V Praze dne ...": the writer's town in the locative, or "Kladno," where it is not known.
    private string Place(string who)
    {
        var address = (who == "" ? Author switch { Author.Creditor => "cred", Author.Administrator => "adm", Author.Court => "court", _ => "d" } : who) switch
        {
            "cred" => Creditor.Seat,
            "adm" => AdministratorFirm?.Seat ?? Administrator.Address,
            "att" => Attorney.Address,
            "court" => new Address("", "", "", Court.Seat.Name, Court.Seat.Locative),
            _ => new Address("", "", "", Home.Name, Home.Locative),
        };
        return address.Locative ?? address.City + ",";
    }

    // How a PDF's electronic signature reads once the PDF is text.
    private string ElectronicSignature(string who)
    {
        var name = who switch
        {
            "att" => Attorney.Name(GrammaticalCase.Nominative),
            "adm" => Administrator.Name(GrammaticalCase.Nominative),
            "judge" => Judge.Name(GrammaticalCase.Nominative),
            "clerk" => Clerk.Name(GrammaticalCase.Nominative),
            _ => Employee.Name(GrammaticalCase.Nominative),
        };
        var at = DocumentDate.ToDateTime(new TimeOnly(Random.Next(7, 19), Random.Next(60), Random.Next(60)));
        var zone = at.Month is >= 4 and <= 10 ? "+02'00'" : "+01'00'";
        var i = CultureInfo.InvariantCulture;
        return Random.Next(4) switch
        {
            0 => string.Create(i, $"Digitálně podepsal {name}\nDatum: {at:yyyy.MM.dd HH:mm:ss} {zone}"),
            1 => string.Create(i, $"Elektronicky podepsáno: {name}, {at:dd.MM.yyyy HH:mm}"),
            2 => $"{name}\n(podepsáno elektronicky)",
            _ => string.Create(i, $"Podepsáno elektronicky: {name}, dne {at:d. M. yyyy} v {at:HH:mm} hod."),
        };
    }

    // The court's filing stamp on a paper submission.
    private string FilingStamp()
    {
        var received = CzechDate.Format(Filed, CzechDateStyle.Padded);
        var attachments = Random.Next(1, 12);
        return Random.Next(3) switch
        {
            0 => $"{Court.Nominative.ToUpperInvariant()}\nDošlo dne: {received}\npočet příloh: {attachments}",
            1 => $"{Court.Nominative}\ndošlo {received}, {Random.Next(1, 4)}x, příloh {attachments}",
            _ => $"{Court.Nominative.ToUpperInvariant()}\nDOŠLO {received}\nPodatelna",
        };
    }

    private string Profession(GrammaticalCase c) => Attorney.Agree(
        c switch { GrammaticalCase.Genitive or GrammaticalCase.Accusative => "advokáta", GrammaticalCase.Dative or GrammaticalCase.Locative => "advokátovi", GrammaticalCase.Instrumental => "advokátem", _ => "advokát" },
        c switch { GrammaticalCase.Genitive => "advokátky", GrammaticalCase.Dative or GrammaticalCase.Locative => "advokátce", GrammaticalCase.Accusative => "advokátku", GrammaticalCase.Instrumental => "advokátkou", _ => "advokátka" });

    /// <summary>A company with its seat and IČO in one of the ways filings write them.</summary>
    public string CompanyFull(Company company) => Random.Next(3) switch
    {
        0 => $"{company.Name}, IČO: {company.Number}, se sídlem {company.Seat}",
        1 => $"{company.Name}, se sídlem {company.Seat}, IČ {company.Number}",
        _ => $"{company.Name}, {company.Seat}, IČO {company.Number}",
    };

    private string CourtName(GrammaticalCase c)
    {
        if (c == GrammaticalCase.Genitive)
            return Court.Genitive;
        var name = Court.Nominative;
        var adjective = name.StartsWith("Městský", StringComparison.Ordinal) ? "Městsk" : "Krajsk";
        var head = adjective + c switch
        {
            GrammaticalCase.Dative or GrammaticalCase.Locative => "ému soudu",
            GrammaticalCase.Instrumental => "ým soudem",
            _ => "ý soud",
        };
        return head + name[name.IndexOf(" v", StringComparison.Ordinal)..].Replace("– pobočka", c switch
        {
            GrammaticalCase.Instrumental => "– pobočkou",
            GrammaticalCase.Dative or GrammaticalCase.Locative => "– pobočce",
            _ => "– pobočka",
        }, StringComparison.Ordinal);
    }

    // Appeals go to the high court of the court's half of the country: Olomouc for Moravia and Silesia, Prague otherwise.
    private string HighCourt(GrammaticalCase c) => c switch
    {
        GrammaticalCase.Genitive => "Vrchního soudu ",
        GrammaticalCase.Dative or GrammaticalCase.Locative => "Vrchnímu soudu ",
        GrammaticalCase.Instrumental => "Vrchním soudem ",
        _ => "Vrchní soud ",
    } + (Court.Moravian ? "v Olomouci" : "v Praze");

    // The mark of another document of the file: the petition is A-1, decisions are in A, administrator's in B, claims in P.
    private string DocumentMark(string section) => section switch
    {
        "P" => $"P{Random.Pick(Debts).Number}-{Random.Next(1, 4)}",
        "A1" => "A-1",
        _ => $"{section}-{Random.Next(2, 60)}",
    };

    // Earlier enforcement (0, 2: a bailiff's EX and a court's EXE) and civil proceedings (1, 3: C and EC), from the
    // default to the petition.
    private string OtherReference(int kind)
    {
        var year = Random.Next(Claim.Default.Year, Filed.Year + 1);
        return kind switch
        {
            0 => $"{Random.Next(1, 200)} EX {Random.Next(100, 30000)}/{year % 100:D2}-{Random.Next(5, 200)}",
            1 => $"{Random.Next(1, 60)} C {Random.Next(1, 3000)}/{year}-{Random.Next(5, 90)}",
            2 => $"{Random.Next(1, 60)} EXE {Random.Next(1, 9000)}/{year}",
            _ => $"{Random.Next(1, 40)} EC {Random.Next(1, 5000)}/{year}",
        };
    }

    private string Phone() => Random.Next(5) switch
    {
        0 => $"+420 {Random.Digits(3)} {Random.Digits(3, false)} {Random.Digits(3, false)}",
        1 => $"{Random.Pick(["603", "602", "604", "731", "736", "777", "739", "608"])}{Random.Digits(6, false)}",
        2 => $"{Random.Pick(["2", "3", "4", "5"])}{Random.Digits(2, false)} {Random.Digits(3, false)} {Random.Digits(3, false)}",
        _ => $"{Random.Pick(["603", "602", "604", "731", "736", "777", "739", "608"])} {Random.Digits(3, false)} {Random.Digits(3, false)}",
    };

    // An e-mail address cannot hold diacritics: Dvořák becomes dvorak.
    private static string Plain(string text) => string.Concat(Diacritics.Strip(text).Where(char.IsLetterOrDigit));
}
