using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The template language of the families: literal text; "[a|b|c]" picks one alternative at random ("[a|]" is
/// optional text); "[?cond:then|else]" writes then when the condition holds, else (if given) otherwise (sp, vs, late, early, company, person,
/// given, born, rc); "{slot}" or "{slot:case}" writes a fact (the customer "d" as entities, everything else as
/// plain text); "{role?male|female}" agrees with a person's sex ("{d?dlužník|dlužnice}").
/// </summary>
internal sealed partial class Scene
{
    private static readonly string[] CaseNames = ["nom", "gen", "dat", "acc", "voc", "loc", "ins"];

    /// <summary>Writes <paramref name="template"/> to the current writer.</summary>
    public void Render(string template) => Expand(template, 0, template.Length);

    private void Expand(string t, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (t[i] == '[')
            {
                var close = Matching(t, i, end);
                if (t[i + 1] == '?')
                {
                    var colon = t.IndexOf(':', i);
                    var branches = Alternatives(t, colon + 1, close);
                    if (Condition(t[(i + 2)..colon]))
                        Expand(t, branches[0].Start, branches[0].End);
                    else if (branches.Count > 1)
                        Expand(t, branches[1].Start, branches[1].End);
                }
                else
                {
                    var (s, e) = Random.Pick(Alternatives(t, i + 1, close));
                    Expand(t, s, e);
                }
                i = close + 1;
            }
            else if (t[i] == '{')
            {
                var close = t.IndexOf('}', i);
                Slot(t[(i + 1)..close]);
                i = close + 1;
            }
            else
            {
                var next = t.IndexOfAny(['[', '{'], i, end - i);
                if (next < 0)
                    next = end;
                Writer.Write(t[i..next]);
                i = next;
            }
        }
    }

    private static int Matching(string t, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (t[i] == '[')
                depth++;
            else if (t[i] == ']' && --depth == 0)
                return i;
        }
        throw new FormatException($"template: '[' at {open} is not closed: {t[open..Math.Min(end, open + 60)]}");
    }

    private static List<(int Start, int End)> Alternatives(string t, int start, int end)
    {
        var result = new List<(int, int)>();
        var depth = 0;
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (t[i] is '[' or '{')
                depth++;
            else if (t[i] is ']' or '}')
                depth--;
            else if (t[i] == '|' && depth == 0)
            {
                result.Add((from, i));
                from = i + 1;
            }
        }
        result.Add((from, end));
        return result;
    }

    private bool Condition(string name) => name switch
    {
        "sp" => Spouse is not null,
        "vs" => ShowsSymbol,
        "late" => Late && !CustomerIsCompany,
        "early" => !Late || CustomerIsCompany,
        "company" => CustomerIsCompany,
        "person" => !CustomerIsCompany,
        "given" => HasGivenName && !CustomerIsCompany,
        "born" => HasBirthDate && !CustomerIsCompany,
        "rc" => HasBirthNumber && !CustomerIsCompany,
        "firm" => AdministratorFirm is not null,
        _ => throw new FormatException($"template: unknown condition '{name}'"),
    };

    /// <summary>Whether the symbol is written in the body of the document (not only in the annex).</summary>
    private bool ShowsSymbol => HasSymbol && !Late && !CustomerIsCompany;

    private void Slot(string spec)
    {
        var question = spec.IndexOf('?');
        if (question > 0)
        {
            var options = spec[(question + 1)..].Split('|');
            var male = RoleSex(spec[..question]) == Sex.Male;
            Writer.Write(male ? options[0] : options[1]);
            return;
        }
        var colon = spec.IndexOf(':');
        var name = colon < 0 ? spec : spec[..colon];
        var arg = colon < 0 ? "" : spec[(colon + 1)..];
        var c = (GrammaticalCase)Math.Max(0, Array.IndexOf(CaseNames, arg));
        if ((name == "d" || name.StartsWith("d.", StringComparison.Ordinal)) || name.StartsWith("vs", StringComparison.Ordinal) || name == "annex")
            CustomerSlot(name, c, arg);
        else if (name == "filler")
            Writer.Filler(arg);
        else
            Writer.Write(Fact(name, c, arg));
    }

    private Sex RoleSex(string role) => role switch
    {
        "d" => CustomerIsCompany ? Sex.Male : Debtor.Sex,
        "adm" => Administrator.Sex,
        "judge" => Judge.Sex,
        "att" => Attorney.Sex,
        "emp" => Employee.Sex,
        "clerk" => Clerk.Sex,
        "sp" => Spouse?.Sex ?? Sex.Female,
        _ => throw new FormatException($"template: unknown role '{role}'"),
    };

    // Everything that is not the customer: plain text.
    private string Fact(string name, GrammaticalCase c, string arg) => name switch
    {
        "adm" => Administrator.Name(c),
        "adm.full" => $"{Administrator.Name(c)}, {(AdministratorFirm is null ? "" : $"společník {AdministratorFirm.Name}, ")}se sídlem {Administrator.Address}, IČO: {Cast.Company(Random, "").Number}",
        "judge" => Judge.Name(c),
        "att" => Attorney.Name(c),
        "att.full" => $"{Attorney.Name(c)}, {Profession(c)}, ev. č. ČAK {Random.Next(1000, 20000):D5}, se sídlem {Attorney.Address}",
        "emp" => Employee.Name(c),
        "emp.contact" => $"tel.: {Phone()}, e-mail: {Plain(Employee.Surname).ToLowerInvariant()}@{Plain(Creditor.Name.Split(' ')[0]).ToLowerInvariant().Trim(',')}.cz",
        "clerk" => Clerk.Name(c),
        "sp" => Spouse is null ? "" : Spouse.Name(c),
        "sp.id" => Spouse is null ? "" : $"{Spouse.Name(c)}, nar. {Date(Spouse.BirthDate)}{(Random.Chance(0.6) ? $", r. č. {Spouse.BirthNumber}" : "")}",
        "person" => Cast.Distinct(Random, SurnameIndex, () => Cast.Person(Random, Random.Chance(0.5) ? Sex.Male : Sex.Female, true, 0.2)).Name(c),
        "cred" => Creditor.Name,
        "cred.full" => CompanyFull(Creditor),
        "cred.ico" => Creditor.Number.Digits,
        "cred.addr" => Creditor.Seat.ToString(),
        "cred.acct" => Account,
        "cred2" => Random.Pick(OtherCreditors).Name,
        "cred2.full" => CompanyFull(Random.Pick(OtherCreditors)),
        "job" => Employer.Name,
        "job.full" => CompanyFull(Employer),
        "court" => CourtName(c),
        "court.addr" => Court.Address,
        "court.code" => Court.Code,
        "highcourt" => HighCourt(c),
        "case" => Case.ToString(),
        "cj" => Case.Case + "-" + DocumentMark(arg),
        "ref.other" => OtherReference(),
        "date.today" => Date(Today),
        "date.filed" => Date(Filed),
        "date.decided" => Date(Decided),
        "date.hearing" => Date(Hearing),
        "date.contract" => Date(ContractDate),
        "date.due" => Date(ContractDate.AddMonths(Random.Next(3, 60))),
        "date.any" => Date(ContractDate.AddDays(Random.Next(1, Filed.DayNumber - ContractDate.DayNumber))),
        "date.after" => Date(Filed.AddDays(Random.Next(1, Math.Max(2, Today.DayNumber - Filed.DayNumber)))),
        "money.small" => Amount(Random.Next(5, 200) * 100),
        "wage" => Amount(Random.Next(140, 460) * 100 + (Random.Chance(0.5) ? Random.Next(100) : 0)),
        "place" => Random.Chance(0.8) ? Random.Pick(Places) : Random.Pick(CzechData.Cities) + ",",
        "time" => $"{Random.Next(8, 15)}:{Random.Pick(["00", "00", "30", "15", "45"])}",
        "room" => Random.Next(1, 400).ToString(),
        "money" => Amount(Math.Round((decimal)(Random.NextDouble() * Random.NextDouble() * 250_000 + 200), Random.Chance(0.5) ? 0 : 2)),
        "claim.principal" => Amount(Principal),
        "claim.interest" => Amount(Interest),
        "claim.costs" => Amount(Costs),
        "claim.total" => Amount(Principal + Interest + Costs),
        "contract" => ContractNumber,
        "acct" => $"{Random.Digits(Random.Chance(0.5) ? 10 : 9)}/{Random.Pick(CzechData.BankCodes)}",
        "phone" => Phone(),
        "ico" => Cast.Company(Random, "").Number.Digits,
        "op" => Random.Digits(9),
        "ds" => string.Concat(Enumerable.Range(0, 7).Select(_ => "abcdefghijkmnpqrstuvwxyz23456789"[Random.Next(32)])),
        "n" => Random.Next(2, 13).ToString(),
        "nn" => Random.Next(10, 99).ToString(),
        "percent" => $"{Random.Next(30, 100)} %",
        "year" => Case.Year.ToString(),
        "city" => Random.Pick(CzechData.Cities),
        "addr" => Cast.Address(Random).ToString(),
        "bailiff" => Random.Pick(CzechData.Bailiffs),
        _ => throw new FormatException($"template: unknown slot '{name}'"),
    };

    // "V Praze dne": the locative of the towns where filings are signed most.
    private static readonly string[] Places =
    [
        "V Praze", "V Praze", "V Brně", "V Ostravě", "V Plzni", "V Olomouci", "V Liberci", "V Hradci Králové", "V Pardubicích",
        "V Českých Budějovicích", "Ve Zlíně", "V Jihlavě", "V Ústí nad Labem", "V Kladně", "V Opavě", "V Karviné", "V Táboře", "V Mostě",
    ];

    private string Profession(GrammaticalCase c) => Attorney.Agree(
        c switch { GrammaticalCase.Genitive or GrammaticalCase.Accusative => "advokáta", GrammaticalCase.Dative or GrammaticalCase.Locative => "advokátovi", GrammaticalCase.Instrumental => "advokátem", _ => "advokát" },
        c switch { GrammaticalCase.Genitive => "advokátky", GrammaticalCase.Dative or GrammaticalCase.Locative => "advokátce", GrammaticalCase.Accusative => "advokátku", GrammaticalCase.Instrumental => "advokátkou", _ => "advokátka" });

    private string CompanyFull(Company company) => Random.Next(3) switch
    {
        0 => $"{company.Name}, IČO: {company.Number}, se sídlem {company.Seat}",
        1 => $"{company.Name}, se sídlem {company.Seat}, IČ {company.Number}",
        _ => $"{company.Name}, {company.Seat}, IČO {company.Number}",
    };

    private string CourtName(GrammaticalCase c)
    {
        var name = Court.Nominative;
        string Head(string adjective) => c switch
        {
            GrammaticalCase.Genitive => adjective + "ého soudu",
            GrammaticalCase.Dative or GrammaticalCase.Locative => adjective + "ému soudu",
            GrammaticalCase.Instrumental => adjective + "ým soudem",
            _ => adjective + "ý soud",
        };
        if (c == GrammaticalCase.Genitive)
            return Court.Genitive;
        var adjective = name.StartsWith("Městský", StringComparison.Ordinal) ? "Městsk" : "Krajsk";
        return Head(adjective) + name[(name.IndexOf(" v", StringComparison.Ordinal))..].Replace("– pobočka", c switch
        {
            GrammaticalCase.Instrumental => "– pobočkou",
            GrammaticalCase.Dative or GrammaticalCase.Locative => "– pobočce",
            _ => "– pobočka",
        }, StringComparison.Ordinal);
    }

    // Appeals go to the high court of the court's half of the country: Olomouc for Moravia and Silesia, Prague otherwise.
    private string HighCourt(GrammaticalCase c)
    {
        var seat = Court.Code is "KSOS" or "KSOL" or "KSBR" or "KSJI" or "KSZL" ? "v Olomouci" : "v Praze";
        return c switch
        {
            GrammaticalCase.Genitive => "Vrchního soudu ",
            GrammaticalCase.Dative or GrammaticalCase.Locative => "Vrchnímu soudu ",
            GrammaticalCase.Instrumental => "Vrchním soudem ",
            _ => "Vrchní soud ",
        } + seat;
    }

    private string DocumentMark(string section) => section switch
    {
        "P" => $"P{Random.Next(1, 40)}-{Random.Next(1, 6)}",
        "" => $"{Random.Pick(["A", "A", "B", "C", "D"])}-{Random.Next(1, 90)}",
        _ => $"{section}-{Random.Next(1, 90)}",
    };

    private string OtherReference() => Random.Next(4) switch
    {
        0 => $"{Random.Next(1, 200)} EX {Random.Next(100, 30000)}/{Random.Next(10, 24)}-{Random.Next(5, 200)}",
        1 => $"{Random.Next(1, 60)} C {Random.Next(1, 3000)}/{Random.Next(2010, 2024)}-{Random.Next(5, 90)}",
        2 => $"{Random.Next(1, 60)} EXE {Random.Next(1, 9000)}/{Random.Next(2010, 2024)}",
        _ => $"{Random.Next(1, 40)} Cm {Random.Next(1, 500)}/{Random.Next(2010, 2024)}",
    };

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
