using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The customer's slots: every mention of the customer's given name, surname, birth date, birth number and the
/// creditor's symbol is an entity. The formulas (nar., r. č., bytem, ev. č., VS, form rows) are the domain's common
/// vocabulary and are shared by all splits; the sentences around them belong to the phrasings.
/// </summary>
internal sealed partial class Scene
{
    private static readonly string[] SymbolLabels =
    [
        "ev. č.", "ev.č.", "ev. č. klienta", "ev. číslo", "zn. opr.", "zn. opr.:", "naše zn.:", "naše značka", "VS", "VS:", "var. symbol",
        "variabilní symbol", "var. s.", "číslo klienta (VS)", "evid. č.", "ev. č. pohledávky",
    ];

    private static readonly string[] SymbolRows =
    [
        "Ev. č.:", "Evidenční číslo:", "Naše zn.:", "Variabilní symbol:", "VS:", "Zn. opr.:", "Číslo klienta:", "Ev. č. klienta:", "Var. symbol:",
    ];

    private void CustomerSlot(string name, GrammaticalCase c, string arg)
    {
        switch (name)
        {
            case "d": DebtorName(c, head: false); break;
            case "d.head": DebtorName(c, head: true); break;
            case "d.sur": Surname(c, capitals: false); break;
            case "d.given":
                if (HasGivenName && !CustomerIsCompany)
                    Mention(CustomerField.GivenName, CzechNames.Decline(Debtor.GivenName, c, NamePart.GivenName, Debtor.Sex), Debtor.GivenName);
                break;
            case "d.birth": if (!Late) Birth(c); break;
            case "d.born": BornDate(); break;
            case "d.bn": Number(); break;
            case "d.addr": Render(CustomerIsCompany ? ", se sídlem " : Random.Pick([", bytem ", ", trvale bytem ", ", bydliště ", ", místem trvalého pobytu ", ", bytem "])); Writer.Write((CustomerIsCompany ? DebtorCompany.Seat : Debtor.Address).ToString()); break;
            case "d.id": DebtorName(c, head: false); if (!Late) Birth(c); CustomerSlot("d.addr", c, arg); break;
            case "d.form": Form(birth: !Late, symbol: arg == "vs" && ShowsSymbol); break;
            case "d.sign": DebtorName(GrammaticalCase.Nominative, head: false); break;
            case "vs": if (ShowsSymbol) Symbol_(Random.Pick([", ", ", ", " "]) + Random.Pick(SymbolLabels) + " "); break;
            case "vs.line": if (ShowsSymbol) Symbol_("\n" + Random.Pick(SymbolRows) + " "); break;
            case "vs.bare":
                if (ShowsSymbol)
                    Mention(CustomerField.VariableSymbol, Symbol, Symbol);
                else
                    Writer.Write(HasSymbol && Late && !CustomerIsCompany ? Random.Pick(["viz příloha", "uvedeno v příloze"]) : Random.Pick(["—", "neuvedeno", "-"]));
                break;
            case "annex": Annex(arg); break;
            default: throw new FormatException($"template: unknown customer slot '{name}'");
        }
    }

    private void Symbol_(string label)
    {
        Writer.Write(label);
        Mention(CustomerField.VariableSymbol, Symbol, Symbol);
    }

    private void DebtorName(GrammaticalCase c, bool head)
    {
        if (CustomerIsCompany)
        {
            Writer.Write(DebtorCompany.Name);
            return;
        }
        var given = CzechNames.Decline(Debtor.GivenName, c, NamePart.GivenName, Debtor.Sex);
        if (!HasGivenName)
        {
            Writer.Write(Debtor.Title is not null ? Debtor.Title + " " : Debtor.Agree(Pan(c) + " ", "paní "));
            Surname(c, capitals: head && HeadStyle is 1 or 2);
            return;
        }
        if (Debtor.Title is not null && (!head || HeadStyle != 1))
            Writer.Write(Debtor.Title + " ");
        var style = head ? HeadStyle : 0;
        if (style is 1 or 3)
        {
            Surname(c, capitals: style == 1);
            Writer.Write(" ");
            Mention(CustomerField.GivenName, given, Debtor.GivenName);
        }
        else
        {
            Mention(CustomerField.GivenName, given, Debtor.GivenName);
            Writer.Write(" ");
            Surname(c, capitals: style == 2);
        }
        if (Debtor.TitleAfter is not null)
            Writer.Write(", " + Debtor.TitleAfter);
    }

    private void Surname(GrammaticalCase c, bool capitals)
    {
        if (CustomerIsCompany)
        {
            Writer.Write(DebtorCompany.Name);
            return;
        }
        var surname = CzechNames.Decline(Debtor.Surname, c, NamePart.Surname, Debtor.Sex);
        Mention(CustomerField.Surname, capitals ? surname.ToUpperInvariant() : surname, Debtor.Surname);
    }

    private static string Pan(GrammaticalCase c) => c switch
    {
        GrammaticalCase.Genitive or GrammaticalCase.Accusative => "pana",
        GrammaticalCase.Dative or GrammaticalCase.Locative => "panu",
        GrammaticalCase.Vocative => "pane",
        GrammaticalCase.Instrumental => "panem",
        _ => "pan",
    };

    // ", nar. 15. 3. 1975, r. č. 750315/1234" in one of the forms filings use, with what the document gives.
    private void Birth(GrammaticalCase c)
    {
        if (CustomerIsCompany)
        {
            Render(Random.Pick([", IČO: ", ", IČ ", ", IČO "]));
            Writer.Write(DebtorCompany.Number.Digits);
            return;
        }
        Render(BirthFormula(Debtor, HasBirthDate, HasBirthNumber, c));
    }

    // The same formulas for the spouse, written as plain text: a co-debtor is identified exactly as the debtor is.
    private void SpouseBirth()
    {
        if (Spouse is not null)
            Render(BirthFormula(Spouse, true, Random.Chance(0.7), GrammaticalCase.Nominative).Replace("{d.", "{sp.", StringComparison.Ordinal));
    }

    // "narozen" agrees with the name only in the nominative; elsewhere filings write "nar.".
    private string BirthFormula(Person person, bool date, bool number, GrammaticalCase c)
    {
        var born = c == GrammaticalCase.Nominative ? person.Agree("narozen", "narozena") : "nar.";
        return (date, number) switch
        {
            (true, true) => Random.Pick([", nar. {d.born}, r. č. {d.bn}", ", nar. {d.born}, r.č. {d.bn}", $", {born} {{d.born}}, rodné číslo {{d.bn}}",
                ", datum narození: {d.born}, RČ: {d.bn}", ", r. č. {d.bn}, nar. {d.born}", ", dat. nar. {d.born}, rod. č. {d.bn}",
                " (nar. {d.born}, r.č. {d.bn})", ", nar.: {d.born}, RČ {d.bn}", ", RČ: {d.bn}, datum nar. {d.born}", ", * {d.born}, r. č. {d.bn}"]),
            (true, false) => Random.Pick([", nar. {d.born}", $", {born} dne {{d.born}}", ", datum narození {d.born}", ", dat. nar.: {d.born}", " (nar. {d.born})", ", nar.: {d.born}", " (* {d.born})"]),
            (false, true) => Random.Pick([", r. č. {d.bn}", ", rodné číslo: {d.bn}", ", RČ {d.bn}", ", r.č.: {d.bn}", ", rod. č. {d.bn}", " (r. č. {d.bn})"]),
            _ => "",
        };
    }

    // A birth number as filings write it: with the slash, without, or spaced.
    private string BirthNumberText(BirthNumber number) => Random.Next(10) switch
    {
        < 6 => number.ToString(),
        < 9 => number.Digits,
        _ => $"{number.Digits[..6]} {Random.Pick(["/ ", ""])}{number.Digits[6..]}",
    };

    private void BornDate()
    {
        if (!HasBirthDate || CustomerIsCompany)
            return;
        var style = Random.Chance(0.3) ? Random.Pick(DateStyles) : _dateStyle;
        Mention(CustomerField.BirthDate, CzechDate.Format(Debtor.BirthDate, style), Debtor.BirthDate.ToString("yyyy-MM-dd"));
    }

    private void Number()
    {
        if (!HasBirthNumber || CustomerIsCompany)
            return;
        Mention(CustomerField.BirthNumber, BirthNumberText(Debtor.BirthNumber), Debtor.BirthNumber.ToString());
    }

    // The identification rows of a form: "Jméno a příjmení: ...", "Datum narození: ...".
    private void Form(bool birth, bool symbol)
    {
        if (CustomerIsCompany)
        {
            Render("[Obchodní firma|Název dlužníka|Dlužník]: {d}\n[IČO|IČ|Identifikační číslo]: ");
            Writer.Write(DebtorCompany.Number.Digits);
            Render("\n[Sídlo|Se sídlem|Adresa sídla]: " + DebtorCompany.Seat + "\n");
            return;
        }
        var absent = Random.Pick(["neuvedeno", "—", "-", "nesdělil", ""]);
        if (Random.Chance(0.5))
        {
            Render("[Jméno a příjmení|Jméno, příjmení|Dlužník|Jméno a příjmení dlužníka]: ");
            DebtorName(GrammaticalCase.Nominative, head: true);
        }
        else
        {
            Render("[Příjmení|Příjmení dlužníka]: {d.sur}\n[Jméno|Jméno (jména)]: ");
            if (HasGivenName)
                CustomerSlot("d.given", GrammaticalCase.Nominative, "");
            else
                Writer.Write(absent);
        }
        if (birth)
        {
            Render("\n[Datum narození|Nar.|Narozen(a)|Datum nar.]: ");
            if (HasBirthDate) BornDate(); else Writer.Write(absent);
            Render("\n[Rodné číslo|RČ|R. č.|Rodné č.]: ");
            if (HasBirthNumber) Number(); else Writer.Write(absent);
        }
        Render("\n[Bydliště|Trvalý pobyt|Adresa|Místo trvalého pobytu|Adresa bydliště]: " + Debtor.Address);
        if (symbol)
            Symbol_("\n" + Random.Pick(SymbolRows) + " ");
        Writer.Write("\n");
    }

    // The spouse as a co-debtor: the name, the same birth formulas and the address, all unlabelled.
    private void SpouseIdent(GrammaticalCase c)
    {
        if (Spouse is null)
            return;
        Writer.Write(Spouse.Name(c));
        SpouseBirth();
        Render(Random.Pick([", bytem ", ", trvale bytem ", ", bydliště "]) + Spouse.Address);
    }

    // The spouse's rows of a joint form, unlabelled, in the rows the debtor's form uses.
    private void SpouseForm()
    {
        if (Spouse is null)
            return;
        if (Random.Chance(0.5))
            Render("[Jméno a příjmení|Jméno, příjmení]: " + Spouse.Name(GrammaticalCase.Nominative));
        else
            Render($"Příjmení: {Spouse.Surname}\n[Jméno|Jméno (jména)]: {Spouse.GivenName}");
        Render("\n[Datum narození|Nar.|Datum nar.]: {sp.born}\n[Rodné číslo|RČ|R. č.]: {sp.bn}\n[Bydliště|Trvalý pobyt|Adresa]: " + Spouse.Address + "\n");
    }

    private static readonly string[] CourtAnnexes =
    [
        "\n\n[Údaje o dlužníkovi pro insolvenční rejstřík|Identifikace účastníka řízení|Údaje o účastníkovi] [(§ 420 insolvenčního zákona)|]\n",
        "\n\n[Identifikace dlužníka|IDENTIFIKAČNÍ ÚDAJE] k [usnesení|rozhodnutí] č. j. {cj}\n",
    ];

    private static readonly string[] DebtorAnnexes =
    [
        "\n\nPříloha č. {n}: Osobní údaje [navrhovatele|{d?dlužníka|dlužnice}]\n",
        "\n\n[Údaje o dlužníkovi|Osobní údaje] [(pro účely řízení)|]\n",
    ];

    private static readonly string[] Annexes =
    [
        "\n\nPříloha č. {n}: Identifikační údaje dlužníka\n",
        "\n\nPříloha č. {n} – identifikace [dlužníka|{d?dlužníka|dlužnice}]\n",
        "\n\n[Identifikace dlužníka|IDENTIFIKAČNÍ ÚDAJE|Údaje o dlužníkovi] [(pro účely evidence)|]\n",
        "\n\n[Doplňující údaje|Evidenční list] k [dokumentu|podání] ze dne {date.doc}\n",
    ];

    // The annex that gives the identifying data at the end, for documents whose body names the customer only.
    private void Annex(string arg)
    {
        if (!Late || CustomerIsCompany)
            return;
        Render(Random.Pick(Author switch { Author.Court => CourtAnnexes, Author.Debtor => DebtorAnnexes, _ => Annexes }));
        Form(birth: true, symbol: arg == "vs" && HasSymbol);
    }
}
