using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Register;

/// <summary>
/// Finds the register customer a record is about. Fields that are Found or NotSure take part.
/// <list type="number">
/// <item>Identifiers first: the customers with the record's variable symbol or birth number are the candidates, and
/// one of them matches whatever the names say (a conflicting name is listed in the evidence).</item>
/// <item>Otherwise the customers with the record's surname, compared in the nominative with inflection undone
/// (every nominative a written mention can come from, so "Nováka" finds Novák and "Novákové" Nováková) and, more
/// weakly, without diacritics; a candidate must agree on the surname and the birth date and must not conflict on the
/// given name.</item>
/// </list>
/// Score: the weighted sum of agreeing fields (symbol 0.3, birth number 0.3, surname 0.15, birth date 0.15, given
/// name 0.1; an inflected name counts 0.9 of its weight, one without diacritics <see cref="ExtractionOptions.FoldedNameWeight"/>),
/// 1 when all five agree exactly. The best candidate matches; two with the same best score are ambiguous.
/// </summary>
public sealed class RegisterMatcher
{
    private static readonly Dictionary<CustomerField, double> Weights = new()
    {
        [CustomerField.VariableSymbol] = 0.3, [CustomerField.BirthNumber] = 0.3, [CustomerField.Surname] = 0.15,
        [CustomerField.BirthDate] = 0.15, [CustomerField.GivenName] = 0.1,
    };

    private const double InflectedWeight = 0.9;
    private const double Tie = 1e-9;
    private readonly CustomerRegister _register;
    private readonly ExtractionOptions _options;

    /// <summary>A matcher over <paramref name="register"/>.</summary>
    public RegisterMatcher(CustomerRegister register, ExtractionOptions options)
    {
        _register = register;
        _options = options;
    }

    /// <summary>The match of <paramref name="record"/>.</summary>
    public RegisterMatch Match(CustomerRecord record)
    {
        var symbol = Known(record, CustomerField.VariableSymbol);
        var number = Known(record, CustomerField.BirthNumber) is { } text && BirthNumber.TryParse(text, out var parsed) ? parsed : null;
        var byIdentifier = (symbol is null ? [] : _register.WithSymbol(symbol))
            .Concat(number is null ? [] : _register.WithBirthNumber(number)).Distinct().ToArray();

        IEnumerable<(RegisterCustomer Customer, double Score, FieldAgreement[] Evidence)> scored;
        if (byIdentifier.Length > 0)
            scored = byIdentifier.Select(c => Score(record, c));
        else
        {
            var surnames = NameForms(record[CustomerField.Surname], NamePart.Surname);
            scored = surnames.SelectMany(_register.WithSurname).Distinct().Select(c => Score(record, c))
                .Where(s => Agrees(s.Evidence, CustomerField.Surname) && Is(s.Evidence, CustomerField.BirthDate, Agreement.Exact)
                    && !Is(s.Evidence, CustomerField.GivenName, Agreement.Conflict));
        }
        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Customer.Id, StringComparer.Ordinal).ToArray();
        if (ranked.Length == 0)
            return RegisterMatch.None;
        var best = ranked[0];
        var tied = ranked.TakeWhile(s => best.Score - s.Score < Tie).Select(s => s.Customer.Id).ToArray();
        return new RegisterMatch
        {
            Status = tied.Length > 1 ? MatchStatus.Ambiguous : MatchStatus.Matched,
            CustomerId = tied.Length > 1 ? null : best.Customer.Id,
            Score = Math.Round(best.Score, 4),
            Evidence = best.Evidence,
            Candidates = tied.Length > 1 ? tied : [],
        };
    }

    private (RegisterCustomer Customer, double Score, FieldAgreement[] Evidence) Score(CustomerRecord record, RegisterCustomer customer)
    {
        var evidence = new List<FieldAgreement>();
        void Compare(CustomerField field, string? registered, Func<Agreement?> agreement)
        {
            if (registered is null || record[field].Status == FieldStatus.NotFound)
                return;
            if (agreement() is { } result)
                evidence.Add(new FieldAgreement(field, result));
        }
        var known = (CustomerField f) => Known(record, f);
        Compare(CustomerField.VariableSymbol, customer.VariableSymbols.Count == 0 ? null : "", () => customer.VariableSymbols.Contains(known(CustomerField.VariableSymbol)) ? Agreement.Exact : Agreement.Conflict);
        Compare(CustomerField.BirthNumber, customer.BirthNumber?.ToString(), () => customer.BirthNumber!.ToString() == known(CustomerField.BirthNumber) ? Agreement.Exact : Agreement.Conflict);
        Compare(CustomerField.BirthDate, customer.BirthDate?.ToString("yyyy-MM-dd"), () => customer.BirthDate!.Value.ToString("yyyy-MM-dd") == known(CustomerField.BirthDate) ? Agreement.Exact : Agreement.Conflict);
        Compare(CustomerField.Surname, customer.Surname, () => NameAgreement(record[CustomerField.Surname], customer.Surname, NamePart.Surname));
        Compare(CustomerField.GivenName, customer.GivenName, () => NameAgreement(record[CustomerField.GivenName], customer.GivenName!, NamePart.GivenName));
        var score = evidence.Sum(e => Weights[e.Field] * e.Agreement switch
        {
            Agreement.Exact => 1,
            Agreement.Inflected => InflectedWeight,
            Agreement.Diacritics => _options.FoldedNameWeight,
            _ => 0,
        });
        return (customer, score, evidence.ToArray());
    }

    private static Agreement NameAgreement(ExtractedField field, string registered, NamePart part)
    {
        if (field.Normalized == registered)
            return Agreement.Exact;
        var forms = NameForms(field, part);
        if (forms.Contains(registered))
            return Agreement.Inflected;
        var key = CustomerRegister.Key(registered);
        return forms.Any(f => CustomerRegister.Key(f) == key) ? Agreement.Diacritics : Agreement.Conflict;
    }

    // The field's nominative and every nominative its written mentions can come from.
    private static HashSet<string> NameForms(ExtractedField field, NamePart part)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (field.Status == FieldStatus.NotFound || field.Normalized is null)
            return forms;
        forms.Add(field.Normalized);
        foreach (var mention in field.Evidence.Select(e => FieldReadings.CleanName(e.Text)).OfType<string>().Distinct())
            forms.UnionWith(CzechNames.NominativeCandidates(NameResolver.TitleCase(mention), part));
        return forms;
    }

    private static string? Known(CustomerRecord record, CustomerField field) =>
        record[field] is { Status: not FieldStatus.NotFound, Normalized: { } value } ? value : null;

    private static bool Agrees(FieldAgreement[] evidence, CustomerField field) =>
        evidence.Any(e => e.Field == field && e.Agreement != Agreement.Conflict);

    private static bool Is(FieldAgreement[] evidence, CustomerField field, Agreement agreement) =>
        evidence.Any(e => e.Field == field && e.Agreement == agreement);
}
