using Kdo.Corpus;
using Kdo.Corpus.Generation;
using Kdo.Extraction.Register;

namespace Kdo.Extraction.Tests.Register;

public class RegisterGeneratorTests
{
    private static readonly Document[] Documents = CorpusGenerator.Create(new GeneratorOptions { Seed = 3, Split = CorpusSplit.Test }).Generate(40).ToArray();

    [Fact]
    public void Holds_every_gold_customer_among_the_distractors()
    {
        var register = RegisterGenerator.Generate(Documents, 100, seed: 5);
        var real = Documents.Select(d => d.Customer).Where(c => c?[CustomerField.Surname] is not null).ToArray();
        Assert.Equal(real.Length + 100, register.Customers.Count);
        foreach (var gold in real)
        {
            var surname = gold![CustomerField.Surname]!.Normalized;
            Assert.Contains(register.WithSurname(surname), c => c.Surname == surname && (gold[CustomerField.VariableSymbol] is not { } vs || c.VariableSymbols.Contains(vs.Normalized)));
        }
        Assert.Equal(register.Customers.Count, register.Customers.Select(c => c.Id).Distinct().Count());
        // Some distractors share a real customer's surname, so the surname alone does not identify.
        Assert.Contains(real, g => register.WithSurname(g![CustomerField.Surname]!.Normalized).Count > 1);
    }

    [Fact]
    public void The_same_seed_gives_the_same_register()
    {
        var a = RegisterGenerator.Generate(Documents, 30, seed: 9).Customers;
        var b = RegisterGenerator.Generate(Documents, 30, seed: 9).Customers;
        Assert.Equal(a.Select(c => (c.Id, c.Surname, c.BirthDate, c.BirthNumber?.Digits)), b.Select(c => (c.Id, c.Surname, c.BirthDate, c.BirthNumber?.Digits)));
    }
}
