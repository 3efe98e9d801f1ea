using System.Text.Json;
using Kdo.Corpus.Generation;
using Kdo.Czech;

namespace Kdo.Corpus.Tests.Generation;

public class CorpusGeneratorTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    [Fact]
    public void Every_rc_span_is_a_valid_birth_number_that_matches_the_birth_date()
    {
        var checkedBoth = 0;
        foreach (var document in corpus.Clean)
        {
            var entities = GeneratedCorpus.Entities(document).ToArray();
            var dates = entities.Where(e => e.Type == "datum").Select(e => CzechDate.Parse(e.Text).Date).Distinct().ToArray();
            foreach (var (_, text, _) in entities.Where(e => e.Type == "rc"))
            {
                Assert.True(BirthNumber.TryParse(text, out var number, out var error), $"{document.Id}: rc span is not a birth number: {error}");
                Assert.Equal(document.Customer![CustomerField.BirthNumber]!.Normalized, number.ToString());
                foreach (var date in dates)
                {
                    Assert.True(number.MatchesBirthDate(date), $"{document.Id}: birth number does not match the birth date");
                    checkedBoth++;
                }
            }
        }
        Assert.True(checkedBoth > 300, $"only {checkedBoth} documents give both");
    }

    [Fact]
    public void Every_datum_span_parses_as_the_gold_birth_date()
    {
        foreach (var document in corpus.Clean)
        {
            foreach (var (_, text, _) in GeneratedCorpus.Entities(document).Where(e => e.Type == "datum"))
                Assert.Equal(document.Customer![CustomerField.BirthDate]!.Normalized, CzechDate.Parse(text).Date.ToString("yyyy-MM-dd"));
        }
    }

    [Fact]
    public void Every_evcu_span_has_nine_digits_and_is_the_gold_symbol()
    {
        var count = 0;
        foreach (var document in corpus.Clean)
        {
            foreach (var (_, text, _) in GeneratedCorpus.Entities(document).Where(e => e.Type == "evcu"))
            {
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, "^[0-9]{9}$"), $"{document.Id} {document.Metadata!["template"]}: evcu span '{text}'");
                Assert.Equal(document.Customer![CustomerField.VariableSymbol]!.Normalized, text);
                count++;
            }
        }
        Assert.True(count > 500, $"only {count} symbols");
    }

    [Fact]
    public void Gold_records_agree_with_the_spans()
    {
        foreach (var document in corpus.Clean.Concat(corpus.Noisy))
        {
            var entities = GeneratedCorpus.Entities(document).ToArray();
            var gold = document.Customer!;
            Assert.Equal(entities.Select(e => e.Type).Distinct().Order(), gold.Fields.Keys.Select(f => f.EntityType()).Order());
            foreach (var (field, value) in gold.Fields)
                Assert.Equal(entities.First(e => e.Type == field.EntityType()).Text, value.Written);
        }
    }

    [Fact]
    public void Every_name_span_is_a_form_of_the_gold_nominative()
    {
        foreach (var document in corpus.Clean)
        {
            foreach (var (type, text, _) in GeneratedCorpus.Entities(document).Where(e => e.Type is "prijmeni" or "jmeno"))
            {
                var field = type == "prijmeni" ? CustomerField.Surname : CustomerField.GivenName;
                var part = type == "prijmeni" ? NamePart.Surname : NamePart.GivenName;
                var nominative = document.Customer![field]!.Normalized;
                Assert.Contains(nominative.ToUpperInvariant(), CzechNames.NominativeCandidates(text, part).Select(c => c.ToUpperInvariant()));
            }
        }
    }

    [Fact]
    public void The_same_options_give_byte_identical_documents()
    {
        var options = new GeneratorOptions { Seed = 3, Split = CorpusSplit.Dev, NoiseRate = 0.05 };
        var first = CorpusGenerator.Create(options).Generate(40).Select(Serialize).ToArray();
        var second = CorpusGenerator.Create(options).Generate(40).Select(Serialize).ToArray();
        var other = CorpusGenerator.Create(options with { Seed = 4 }).Generate(40).Select(Serialize).ToArray();

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_document_does_not_depend_on_the_documents_before_it()
    {
        var generator = CorpusGenerator.Create(new GeneratorOptions { Seed = 9 });
        Assert.Equal(Serialize(generator.Generate(30).Last()), Serialize(generator.DocumentAt(29)));
    }

    [Fact]
    public void Documents_carry_family_split_and_a_template_of_their_split()
    {
        var templates = CorpusGenerator.Templates.ToDictionary(t => t.Id);
        foreach (var (documents, split) in new[] { (corpus.Train, CorpusSplit.Train), (corpus.Dev, CorpusSplit.Dev), (corpus.Test, CorpusSplit.Test) })
        {
            foreach (var document in documents)
            {
                var template = templates[document.Metadata!["template"]];
                Assert.Equal(split, template.Split);
                Assert.Equal(template.Family, document.Metadata["family"]);
                Assert.Equal(split.ToString().ToLowerInvariant(), document.Metadata["split"]);
            }
            Assert.True(documents.Select(d => d.Metadata!["family"]).Distinct().Count() >= 10);
        }
    }

    [Fact]
    public void Dev_and_test_phrasings_never_appear_in_training_documents()
    {
        // The longest literal line of each dev or test phrasing (no slot, no alternative) must not occur in any
        // training document: the phrasings themselves, not only their ids, stay out of training.
        var trainText = string.Join("\n", corpus.Train.Select(d => d.Text));
        var heldOut = Catalogue.Families.SelectMany(f => f.Phrasings).Where(p => p.Split != CorpusSplit.Train).ToArray();
        Assert.NotEmpty(heldOut);
        foreach (var phrasing in heldOut)
        {
            var literal = phrasing.Template.Split('\n').Select(l => l.Trim()).SelectMany(l => l.Split('{', '}', '[', ']', '|'))
                .Where(l => !l.Contains('?') && !l.Contains(':')).OrderByDescending(l => l.Length).First();
            Assert.True(literal.Length >= 20, $"{phrasing.Id} has no literal text to test: '{literal}'");
            Assert.DoesNotContain(literal, trainText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_family_has_a_phrasing_in_every_split_and_an_annex_after_a_filler()
    {
        foreach (var family in Catalogue.Families)
        {
            foreach (var split in Enum.GetValues<CorpusSplit>())
                Assert.Contains(family.Phrasings, p => p.Split == split);
            foreach (var phrasing in family.Phrasings)
            {
                var annex = phrasing.Template.IndexOf("{annex", StringComparison.Ordinal);
                Assert.True(annex > phrasing.Template.IndexOf("{filler", StringComparison.Ordinal) && phrasing.Template.Contains("{filler", StringComparison.Ordinal), $"{phrasing.Id}: no filler before the annex");
            }
        }
        Assert.Equal(CorpusGenerator.Templates.Count, CorpusGenerator.Templates.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Lengths_stay_within_bounds_and_many_documents_pass_512_tokens()
    {
        var words = corpus.Clean.Select(d => d.Words.Count).ToArray();
        Assert.All(words, w => Assert.InRange(w, 150, 4000));
        Assert.True(words.Count(w => w > 400) > words.Length / 2, "most documents should exceed 512 subword tokens");
        Assert.True(words.Count(w => w > 2500) > 20, "some documents should be long");
    }

    [Fact]
    public void Some_documents_give_their_identifiers_only_late()
    {
        var late = corpus.Clean.Count(d => GeneratedCorpus.Entities(d).Where(e => e.Type is "rc" or "evcu" or "datum").Select(e => e.Word).DefaultIfEmpty(-1).Min() > 450);
        Assert.True(late > 100, $"only {late} documents give identifiers after word 450 only");
    }

    [Fact]
    public void Nine_digit_numbers_other_than_the_symbol_are_not_labelled()
    {
        var distractors = 0;
        foreach (var document in corpus.Clean)
        {
            var symbol = document.Customer![CustomerField.VariableSymbol]?.Normalized;
            var birthNumber = document.Customer[CustomerField.BirthNumber]?.Normalized.Replace("/", "", StringComparison.Ordinal);
            for (var w = 0; w < document.Words.Count; w++)
            {
                if (document.Words[w].Length == 9 && document.Words[w].All(char.IsAsciiDigit) && document.Words[w] != symbol && document.Words[w] != birthNumber)
                {
                    Assert.Equal("O", document.Tags[w]);
                    distractors++;
                }
            }
        }
        Assert.True(distractors > 300, $"only {distractors} distractor numbers");
    }

    [Fact]
    public void Some_documents_name_no_customer_and_label_nothing()
    {
        var empty = corpus.Clean.Where(d => d.Customer!.Fields.Count == 0).ToArray();
        Assert.NotEmpty(empty);
        Assert.All(empty, d => Assert.All(d.Tags, t => Assert.Equal("O", t)));
        Assert.Contains(corpus.Clean, d => d.Customer!.Fields.ContainsKey(CustomerField.BirthNumber) && !d.Customer.Fields.ContainsKey(CustomerField.BirthDate));
    }

    [Fact]
    public void Noise_changes_the_text_but_keeps_labels_and_true_values()
    {
        var confused = corpus.Noisy.Count(d => d.Text!.Contains("-\n", StringComparison.Ordinal));
        Assert.True(confused > 100, $"{confused} noisy documents have hyphenated line breaks");
        foreach (var document in corpus.Noisy)
        {
            if (document.Customer![CustomerField.BirthNumber] is { } number)
                Assert.True(BirthNumber.TryParse(number.Normalized, out _));
        }
        Assert.Contains(corpus.Noisy, d => d.Customer!.Fields.Values.Any(v => v.Written != v.Normalized && v.Written.Contains('O')));
    }

    [Fact]
    public void Every_family_has_several_training_phrasings()
    {
        foreach (var family in Catalogue.Families)
            Assert.True(family.Phrasings.Count(p => p.Split == CorpusSplit.Train) >= 4, $"{family.Name} has too few training phrasings");
    }

    [Fact]
    public void A_company_named_in_a_document_has_one_ICO()
    {
        var checkedNames = 0;
        foreach (var document in corpus.Clean)
        {
            foreach (var company in Creditors.Nationwide)
            {
                var numbers = CompanyNumbers(document.Text!, company.Name).Distinct().ToArray();
                Assert.True(numbers.Length <= 1, $"{document.Id}: {company.Name} with IČO {string.Join(", ", numbers)}");
                Assert.All(numbers, n => Assert.Equal(company.Number.Digits, n));
                checkedNames += numbers.Length;
            }
        }
        Assert.True(checkedNames > 1000, $"only {checkedNames} companies with an IČO");
    }

    [Fact]
    public void No_document_both_allows_and_refuses_an_appeal_against_the_whole_resolution()
    {
        var appealable = 0;
        foreach (var document in corpus.Clean)
        {
            var allows = document.Text!.Contains("Proti tomuto usnesení lze podat odvolání", StringComparison.Ordinal);
            var refuses = document.Text.Contains("Proti tomuto usnesení není odvolání přípustné", StringComparison.Ordinal);
            Assert.False(allows && refuses, document.Id);
            appealable += allows ? 1 : 0;
        }
        Assert.True(appealable > 50);
    }

    [Fact]
    public void No_long_sentence_is_written_twice_in_a_document()
    {
        foreach (var document in corpus.Clean)
        {
            var sentences = System.Text.RegularExpressions.Regex.Split(document.Text!, @"\n|(?<=[.;])\s+(?=\p{Lu})")
                .Select(s => s.Trim()).Where(s => s.Count(c => c == ' ') >= 10).ToArray();
            var repeated = sentences.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
            Assert.True(repeated is null, $"{document.Id} {document.Metadata!["template"]}: '{repeated?.Key}' twice");
        }
    }

    [Fact]
    public void In_a_joint_petition_only_the_first_spouse_is_labelled()
    {
        var joint = corpus.Clean.Where(d => d.Metadata!["family"] == "joint_petition" && d.Customer![CustomerField.Surname] is not null).ToArray();
        Assert.NotEmpty(joint);
        var spouses = 0;
        foreach (var document in joint)
        {
            var surname = document.Customer![CustomerField.Surname]!.Normalized;
            var index = Array.IndexOf(CzechData.MaleSurnames, surname);
            var other = index >= 0 ? CzechData.FemaleSurnames[index] : CzechData.MaleSurnames[Array.IndexOf(CzechData.FemaleSurnames, surname)];
            if (other == surname)
                continue;
            // The spouse who shares the surname (in its other sex) is never labelled, in any case.
            var forms = Enum.GetValues<GrammaticalCase>().Select(c => CzechNames.Decline(other, c, NamePart.Surname, index >= 0 ? Sex.Female : Sex.Male)).ToHashSet();
            for (var w = 0; w < document.Words.Count; w++)
            {
                if (forms.Contains(document.Words[w]))
                {
                    Assert.Equal("O", document.Tags[w]);
                    spouses++;
                }
            }
        }
        Assert.True(spouses > 20, $"only {spouses} mentions of a spouse");
    }

    [Fact]
    public void Company_debtors_make_about_the_configured_share()
    {
        var empty = corpus.Clean.Count(d => d.Customer!.Fields.Count == 0) / (double)corpus.Clean.Count();
        Assert.InRange(empty, 0.025, 0.08);
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => CorpusGenerator.Create(new GeneratorOptions { NoiseRate = 1.5 }));
        Assert.Throws<ArgumentException>(() => CorpusGenerator.Create(new GeneratorOptions { MaxWords = 500 }));
        Assert.Throws<ArgumentException>(() => CorpusGenerator.Create(new GeneratorOptions { MinWords = 10 }));
    }

    // The IČOs written right after a company's name: "Name, IČO: 12345678", "Name (IČO 12345678)", "Name, IČ 12345678".
    private static IEnumerable<string> CompanyNumbers(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var after = text.AsSpan(at + name.Length, Math.Min(20, text.Length - at - name.Length)).ToString();
            var match = System.Text.RegularExpressions.Regex.Match(after, @"^,?\s*\(?\s*IČO?:?\s*(\d{8})");
            if (match.Success)
                yield return match.Groups[1].Value;
        }
    }

    private static string Serialize(Document document) => JsonSerializer.Serialize(new
    {
        document.Id, document.Words, document.Tags, document.Text, document.Metadata,
        Customer = document.Customer!.Fields.ToDictionary(p => p.Key.ToString(), p => p.Value),
    });
}
