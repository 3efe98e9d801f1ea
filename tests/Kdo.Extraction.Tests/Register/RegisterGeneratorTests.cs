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
        var register = RegisterGenerator.Generate(Documents, 100, seed: 5).Register;
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
        var a = RegisterGenerator.Generate(Documents, 30, seed: 9).Register.Customers;
        var b = RegisterGenerator.Generate(Documents, 30, seed: 9).Register.Customers;
        Assert.Equal(a.Select(c => (c.Id, c.Surname, c.BirthDate, c.BirthNumber?.Digits)), b.Select(c => (c.Id, c.Surname, c.BirthDate, c.BirthNumber?.Digits)));
    }

    [Fact]
    public void The_answer_key_names_each_document_s_own_customer()
    {
        var generated = RegisterGenerator.Generate(Documents, 50, seed: 5);
        var byId = generated.Register.Customers.ToDictionary(c => c.Id);
        var withCustomer = Documents.Where(d => d.Customer?[CustomerField.Surname] is not null).ToArray();
        Assert.Equal(withCustomer.Select(d => d.Id).Order(), generated.Answers.Keys.Order());
        foreach (var document in withCustomer)
        {
            var customer = byId[generated.Answers[document.Id]];
            var gold = document.Customer!;
            Assert.Equal(gold[CustomerField.Surname]!.Normalized, customer.Surname);
            if (gold[CustomerField.BirthNumber] is { } number)
                Assert.Equal(number.Normalized, customer.BirthNumber!.ToString());
            if (gold[CustomerField.VariableSymbol] is { } symbol)
                Assert.Contains(symbol.Normalized, customer.VariableSymbols);
        }
    }

    [Fact]
    public void The_answer_file_round_trips_and_names_bad_lines()
    {
        var folder = Kdo.Tests.TestPaths.NewTempFolder();
        var path = Path.Combine(folder, "answers.csv");
        var answers = RegisterGenerator.Generate(Documents, 10, seed: 2).Answers;
        RegisterAnswers.Write(path, answers);
        Assert.Equal(answers.OrderBy(p => p.Key), RegisterAnswers.Read(path).OrderBy(p => p.Key));
        File.WriteAllText(path, "document_id,customer_id\nd1,C1\nd2\n");
        Assert.StartsWith($"{path}:3:", Assert.Throws<InputException>(() => RegisterAnswers.Read(path)).Message, StringComparison.Ordinal);
    }
}
