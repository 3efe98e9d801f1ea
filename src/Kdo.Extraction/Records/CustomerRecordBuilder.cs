using System.Globalization;
using Kdo.Corpus;
using Kdo.Corpus.Formats;
using Kdo.Corpus.Text;
using Kdo.Czech;
using Kdo.Extraction.Decoding;

namespace Kdo.Extraction.Records;

/// <summary>
/// Builds the customer record of one document from its entities. Per field: every entity of the field's type is read
/// and validated (<see cref="FieldReadings"/>); the candidates are grouped by normalised value (names by nominative,
/// <see cref="NameResolver"/>); the strongest group wins, with a confidence that agreeing mentions raise and competing
/// values lower (<see cref="ValueGroup.Confidence"/>); the thresholds of <see cref="ExtractionOptions"/> make it
/// Found, NotSure or NotFound. Across fields: the birth number's sex guides the names; a birth date that the birth
/// number encodes gains the number's confidence as support; a chosen date and number that disagree both lose
/// confidence; with no date at all, a valid number's date is given as derived.
/// </summary>
public static class CustomerRecordBuilder
{
    /// <summary>The record of <paramref name="document"/> from <paramref name="entities"/> found in it.</summary>
    /// <param name="document">The document (its text, or its words laid out, holds the entities' offsets).</param>
    /// <param name="entities">The decoded entities (<see cref="EntityDecoder"/>).</param>
    /// <param name="source">The file the document came from.</param>
    /// <param name="tagger">The tagger's name.</param>
    /// <param name="options">Thresholds and penalties.</param>
    public static CustomerRecord Build(Document document, IReadOnlyList<Entity> entities, string source, string tagger, ExtractionOptions options)
    {
        var text = DocumentLayout.Of(document).Text;
        var index = new CodePointIndex(text);
        ExtractedField Field(ValueGroup? group, double confidence, IEnumerable<string> notes) => Decide(group, confidence, notes, options, index);

        var (numbers, numberNotes) = Groups(CustomerField.BirthNumber, entities, options);
        var number = ValueGroup.Strongest(numbers);
        var numberConfidence = number?.Confidence(numbers) ?? 0;
        var validNumber = number is { Notes.Count: 0 } && BirthNumber.TryParse(number.Normalized, out var parsed) ? parsed : null;

        var cues = Cues(text, entities);
        var sex = validNumber?.Sex ?? MajoritySex(entities.Where(e => e.Type == CustomerField.Surname.EntityType()).Select(e => cues[e]));
        var (surnames, surnameNotes) = Names(CustomerField.Surname, entities, cues, sex);
        var surname = ValueGroup.Strongest(surnames);
        sex ??= surname is null ? null : NameResolver.SexOfSurname(surname.Normalized);
        var (givenNames, givenNotes) = Names(CustomerField.GivenName, entities, cues, sex);
        var givenName = ValueGroup.Strongest(givenNames);

        var (dates, dateNotes) = Groups(CustomerField.BirthDate, entities, options);
        var encoded = validNumber?.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var group in dates.Where(g => g.Normalized == encoded))
            group.Extra.Add(numberConfidence);
        var date = ValueGroup.Strongest(dates);
        var dateConfidence = date?.Confidence(dates) ?? 0;
        if (date is not null && encoded is not null && date.Normalized != encoded)
        {
            dateConfidence *= options.MismatchFactor;
            numberConfidence *= options.MismatchFactor;
            dateNotes.Add("disagrees with the birth number's date");
            numberNotes.Add("its date disagrees with the birth date");
        }

        var (symbols, symbolNotes) = Groups(CustomerField.VariableSymbol, entities, options);
        var symbol = ValueGroup.Strongest(symbols);
        var fields = new Dictionary<CustomerField, ExtractedField>
        {
            [CustomerField.VariableSymbol] = Field(symbol, symbol?.Confidence(symbols) ?? 0, symbolNotes),
            [CustomerField.BirthNumber] = Field(number, numberConfidence, numberNotes.Concat(number?.Notes ?? [])),
            [CustomerField.Surname] = Field(surname, surname?.Confidence(surnames) ?? 0, surnameNotes),
            [CustomerField.GivenName] = Field(givenName, givenName?.Confidence(givenNames) ?? 0, givenNotes),
            [CustomerField.BirthDate] = Field(date, dateConfidence, dateNotes),
        };
        if (date is null && options.DeriveBirthDate && encoded is not null && fields[CustomerField.BirthNumber].Status != FieldStatus.NotFound)
            fields[CustomerField.BirthDate] = Derived(encoded, fields[CustomerField.BirthNumber]);
        return new CustomerRecord { DocumentId = document.Id, Source = source, Tagger = tagger, Fields = fields };
    }

    private static (List<ValueGroup> Groups, List<string> Notes) Groups(CustomerField field, IReadOnlyList<Entity> entities, ExtractionOptions options)
    {
        var notes = new List<string>();
        var readings = new List<(Entity Entity, Reading Reading)>();
        foreach (var entity in entities.Where(e => e.Type == field.EntityType()))
        {
            if (FieldReadings.Read(field, entity.Text, out var rejection) is { } reading)
                readings.Add((entity, reading));
            else
                notes.Add($"set aside {rejection}");
        }
        var groups = readings.GroupBy(r => r.Reading.Normalized, StringComparer.Ordinal).Select(g => new ValueGroup(
            g.Key,
            g.Select(r => (r.Entity, r.Entity.Confidence * (r.Reading.Validity == Validity.Valid ? 1 : options.DoubtfulFactor))).ToArray(),
            g.Select(r => r.Reading.Note).OfType<string>().Distinct().ToArray())).ToList();
        AddConflictNote(groups, notes);
        return (groups, notes);
    }

    private static (List<ValueGroup> Groups, List<string> Notes) Names(CustomerField field, IReadOnlyList<Entity> entities, Dictionary<Entity, NameCue> cues, Sex? sex)
    {
        var notes = new List<string>();
        var mentions = new List<NameMention>();
        foreach (var entity in entities.Where(e => e.Type == field.EntityType()))
        {
            if (FieldReadings.Read(field, entity.Text, out var rejection) is { } reading)
                mentions.Add(new NameMention(entity, reading.Normalized, entity.Confidence, cues[entity]));
            else
                notes.Add($"set aside {rejection}");
        }
        var part = field == CustomerField.GivenName ? NamePart.GivenName : NamePart.Surname;
        var groups = NameResolver.Resolve(mentions, part, sex)
            .Select(g => new ValueGroup(g.Nominative, g.Mentions.Select(m => (m.Entity, m.Weight)).ToArray(), [])).ToList();
        AddConflictNote(groups, notes);
        return (groups, notes);
    }

    private static void AddConflictNote(List<ValueGroup> groups, List<string> notes)
    {
        if (groups.Count > 1)
            notes.Add($"{groups.Count - 1} competing value{(groups.Count > 2 ? "s" : "")} outweighed");
    }

    // The cue before each name, read at the start of the run of name entities it belongs to ("dlužníka Jana Nováka").
    private static Dictionary<Entity, NameCue> Cues(string text, IReadOnlyList<Entity> entities)
    {
        var nameTypes = new[] { CustomerField.GivenName.EntityType(), CustomerField.Surname.EntityType() };
        var cues = new Dictionary<Entity, NameCue>();
        Entity? previous = null;
        var runStart = 0;
        foreach (var entity in entities.Where(e => nameTypes.Contains(e.Type)).OrderBy(e => e.Start))
        {
            var joined = previous is not null && text.AsSpan(previous.End, entity.Start - previous.End).Trim(' ').IsEmpty;
            if (!joined)
                runStart = entity.Start;
            cues[entity] = NameCues.Before(text, runStart);
            previous = entity;
        }
        return cues;
    }

    private static Sex? MajoritySex(IEnumerable<NameCue> cues)
    {
        var sexes = cues.Select(c => c.Sex).OfType<Sex>().ToArray();
        var women = sexes.Count(s => s == Sex.Female);
        return women * 2 > sexes.Length ? Sex.Female : sexes.Length > 0 && women * 2 < sexes.Length ? Sex.Male : null;
    }

    private static ExtractedField Decide(ValueGroup? group, double confidence, IEnumerable<string> notes, ExtractionOptions options, CodePointIndex index)
    {
        var status = group is null || confidence < options.NotSureThreshold ? FieldStatus.NotFound
            : confidence < options.FoundThreshold ? FieldStatus.NotSure
            : FieldStatus.Found;
        if (status == FieldStatus.NotFound)
            return new ExtractedField { Status = status, Confidence = Math.Round(confidence, 4), Notes = notes.Distinct().ToArray() };
        var evidence = group!.Mentions.OrderBy(m => m.Entity.Start)
            .Select(m => new EvidenceSpan(index.ToCodePoint(m.Entity.Start), index.ToCodePoint(m.Entity.End), m.Entity.Text)).ToArray();
        return new ExtractedField
        {
            Status = status,
            Value = evidence[0].Text,
            Normalized = group.Normalized,
            Confidence = Math.Round(confidence, 4),
            Evidence = evidence,
            Notes = notes.Distinct().ToArray(),
        };
    }

    private static ExtractedField Derived(string date, ExtractedField birthNumber) => new()
    {
        Status = birthNumber.Status,
        Normalized = date,
        Confidence = birthNumber.Confidence,
        Derived = true,
        Evidence = birthNumber.Evidence,
        Notes = ["derived from the birth number"],
    };
}
