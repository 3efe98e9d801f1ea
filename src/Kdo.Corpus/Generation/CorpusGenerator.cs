using Kdo.Corpus.Text;

namespace Kdo.Corpus.Generation;

/// <summary>
/// Generates synthetic Czech insolvency documents (claim filings, court resolutions, administrators' reports...)
/// labelled with the customer's given name, surname, birth date, birth number and the creditor's variable symbol.
/// </summary>
/// <remarks>
/// Each document is written as text with character spans of the customer's mentions and then cut into words by
/// <see cref="AnnotatedText.ToDocument"/>, so that tags agree with the text and with the segmenter that inference
/// uses. Document k depends only on the options' seed and split and on k: its random source is derived from the
/// three, so a corpus of 100 documents is the first 100 of a corpus of 1,000. docs/generator.md describes the
/// families, the splits, the label policy and the noise.
/// </remarks>
public sealed class CorpusGenerator
{
    private const int Attempts = 8;
    private readonly DocumentFamily[] _families;
    private readonly double _totalWeight;
    private readonly double _companyRate;
    private readonly double _absentGivenNameRate;

    private CorpusGenerator(GeneratorOptions options)
    {
        Options = options;
        _families = Catalogue.Families
            .Select(f => f with { Phrasings = f.Phrasings.Where(p => p.Split == options.Split).ToArray() })
            .ToArray();
        _totalWeight = _families.Sum(f => f.Weight);
        // A company cannot move for debt relief and a court or a debtor always writes the given name; the other
        // phrasings take the rates up, so that the options' rates hold over the corpus.
        _companyRate = Math.Min(1, options.CompanyDebtorRate / Share(AllowsCompany));
        _absentGivenNameRate = Math.Min(1, options.AbsentGivenNameRate / Share((_, p) => AllowsAbsentGivenName(p)));
    }

    private static bool AllowsCompany(DocumentFamily family, Phrasing phrasing) => !family.Spouses && !phrasing.PeopleOnly && phrasing.Author != Author.Debtor;

    private static bool AllowsAbsentGivenName(Phrasing phrasing) => phrasing.Author is Author.Creditor or Author.Administrator;

    // The share of documents whose family and phrasing satisfy the predicate (families by weight, phrasings uniformly).
    private double Share(Func<DocumentFamily, Phrasing, bool> predicate) => Math.Max(1e-9,
        _families.Sum(f => f.Weight * f.Phrasings.Count(p => predicate(f, p)) / f.Phrasings.Count) / _totalWeight);

    /// <summary>The options the generator was created with.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>Every phrasing of every family, with the split it belongs to.</summary>
    public static IReadOnlyList<GeneratorTemplate> Templates { get; } =
        Catalogue.Families.SelectMany(f => f.Phrasings.Select(p => new GeneratorTemplate(f.Name, p.Id, p.Split))).ToArray();

    /// <summary>Creates a generator; throws <see cref="ArgumentException"/> naming an option out of range.</summary>
    public static CorpusGenerator Create(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new CorpusGenerator(options);
    }

    /// <summary>Documents 0 to <paramref name="count"/> - 1, lazily, in order.</summary>
    public IEnumerable<Document> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
            yield return DocumentAt(i);
    }

    /// <summary>Document number <paramref name="index"/>, the same whatever was generated before.</summary>
    public Document DocumentAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var scale = 1.0;
        for (var attempt = 0; ; attempt++)
        {
            var random = new Random(DerivedSeed(Options.Seed, (int)Options.Split, index, attempt));
            var (document, words) = Write(random, index, scale);
            if (words >= Options.MinWords && words <= Options.MaxWords)
                return document;
            if (attempt == Attempts - 1)
                throw new InvalidOperationException($"document {index} has {words} words after {Attempts} attempts, outside [{Options.MinWords}, {Options.MaxWords}]");
            scale *= words > Options.MaxWords ? 0.8 : 1.25;
        }
    }

    private (Document Document, int Words) Write(Random random, int index, double scale)
    {
        var family = PickFamily(random);
        var phrasing = random.Pick(family.Phrasings);
        var company = AllowsCompany(family, phrasing) ? _companyRate : 0;
        var scene = new Scene(random, Options, phrasing, family.Spouses, company, AllowsAbsentGivenName(phrasing) ? _absentGivenNameRate : 0);
        scene.Render(phrasing.Template);
        Fill(scene, TargetWords(random, scene.Late) * scale);

        var segments = scene.Writer.Segments().ToList();
        if (random.Chance(Options.PageLayoutRate))
            segments = OcrNoise.Paginate(segments, random, scene.PageHeader());
        segments = OcrNoise.Apply(segments, random, Options.NoiseRate);

        var text = DocumentWriter.Build(segments);
        var id = $"{Options.Split.ToString().ToLowerInvariant()}-{Options.Seed}-{index:D6}";
        var document = text.ToDocument(id) with
        {
            Customer = scene.Gold(text),
            Metadata = new Dictionary<string, string> { ["family"] = family.Name, ["split"] = Options.Split.ToString().ToLowerInvariant(), ["template"] = phrasing.Id },
        };
        return (document, document.Words.Count);
    }

    private DocumentFamily PickFamily(Random random)
    {
        var x = random.NextDouble() * _totalWeight;
        foreach (var family in _families)
        {
            if ((x -= family.Weight) < 0)
                return family;
        }
        return _families[^1];
    }

    // Log-uniform between the bounds, so that short notices and 4,000-word reports both occur and most documents pass
    // 512 subword tokens; documents that give their identifying data late are long enough to put it past token 512.
    private double TargetWords(Random random, bool late)
    {
        var low = Math.Max(Options.MinWords * 1.1, late ? 700 : 0);
        var high = Options.MaxWords * 0.85;
        return Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
    }

    // Segmented words outnumber white-space runs (punctuation is a word of its own) by about this much.
    private const double WordsPerRun = 1.12;

    private static void Fill(Scene scene, double targetWords)
    {
        var fillers = scene.Writer.Fillers;
        var missing = targetWords / WordsPerRun - scene.Writer.ApproximateWords;
        if (fillers.Count == 0 || missing <= 0)
            return;
        var weights = fillers.Select(f => Fillers.Capacity(scene, f.Kind) * (0.7 + 0.6 * scene.Random.NextDouble()) + 1e-6).ToArray();
        var document = scene.Writer;
        // Each filler gets its share of what is still missing, so that one that runs out of matter leaves the rest to the next.
        for (var i = 0; i < fillers.Count && missing > 0; i++)
        {
            scene.Writer = fillers[i].Writer;
            Fillers.Write(scene, fillers[i].Kind, (int)(missing * weights[i] / weights[i..].Sum()));
            missing = targetWords / WordsPerRun - document.ApproximateWords;
        }
        scene.Writer = document;
    }

    // SplitMix64 over the four numbers: stable across runs and platforms, unlike string.GetHashCode.
    private static int DerivedSeed(int seed, int split, int index, int attempt)
    {
        var x = (ulong)(uint)seed;
        foreach (var part in new[] { split, index, attempt })
        {
            x = (x ^ (uint)part) + 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
        }
        return (int)(x & 0x7FFFFFFF);
    }
}
