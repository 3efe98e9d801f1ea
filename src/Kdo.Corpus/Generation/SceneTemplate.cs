using Kdo.Czech;

namespace Kdo.Corpus.Generation;

/// <summary>
/// The template language of the families: literal text; "[a|b|c]" picks one alternative at random ("[a|]" is
/// optional text); "[?cond:then|else]" writes then when the condition holds, else (if given) otherwise (sp, vs,
/// late, early, company, person, given, born, rc, firm, kids; of the creditor's claim: lends, bills, public, fare,
/// collector, costs, denied); "{slot}" or "{slot:arg}" writes a fact (the customer "d" as entities, everything else
/// as plain text; the argument is a case: nom, gen, dat, acc, voc, loc, ins, or a slot's own option);
/// "{role?male|female}" agrees with a person's sex ("{d?dlužník|dlužnice}").
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
        "lends" => Claim.Kind.Lends(),
        "bills" => Claim.Kind.Bills(),
        "public" => Claim.Kind.IsPublic(),
        "fare" => Claim.Kind == CreditorKind.Transport,
        "collector" => Claim.Assignor is not null,
        "costs" => Claim.Costs > 0,
        "enforceable" => Claim.Enforceable,
        "kids" => Dependants > 0,
        "lowpay" => Wage < 22_000,
        "reform2017" => Filed >= new DateOnly(2017, 6, 1),
        "denied" => Claim.Outcome != ReviewOutcome.Admitted,
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
        else if (name == "debtor.poor")
            MakePoor();
        else if (name == "claim.deny")
            Claim.Deny(Random);
        else if (name == "sp.ident")
            SpouseIdent(c);
        else if (name == "sp.form")
            SpouseForm();
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
}
