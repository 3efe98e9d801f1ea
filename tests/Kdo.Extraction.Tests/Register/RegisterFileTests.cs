using Kdo.Corpus;
using Kdo.Czech;
using Kdo.Extraction.Register;
using Kdo.Tests;
using Microsoft.Data.Sqlite;

namespace Kdo.Extraction.Tests.Register;

public class RegisterFileTests
{
    private static readonly CustomerRegister Sample = CustomerRegister.Create(
    [
        new RegisterCustomer("C1", "Jan", "Novák", new DateOnly(1975, 3, 15), BirthNumber.Parse("7503151238"), ["123456789", "000000042"]),
        new RegisterCustomer("C2", null, "Dvořák, st.", null, null, []),
    ]);

    [Theory]
    [InlineData("register.csv")]
    [InlineData("register.db")]
    public void Writes_and_reads_back_the_same_customers(string name)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), name);
        RegisterFile.Write(path, Sample);
        var read = CustomerRegister.Load(path);
        Assert.Equal(Sample.Customers.Count, read.Customers.Count);
        for (var i = 0; i < read.Customers.Count; i++)
        {
            var (a, b) = (Sample.Customers[i], read.Customers[i]);
            Assert.Equal((a.Id, a.GivenName, a.Surname, a.BirthDate, a.BirthNumber), (b.Id, b.GivenName, b.Surname, b.BirthDate, b.BirthNumber));
            Assert.Equal(a.VariableSymbols, b.VariableSymbols);
        }
        Assert.Equal("C1", Assert.Single(read.WithSymbol("000000042")).Id);
    }

    [Theory]
    [InlineData("C1,Jan,Novák,1975-13-01,,", 3, "birth_date")]
    [InlineData("C1,Jan,Novák,,7503151239,", 3, "birth_number")]
    [InlineData("C1,Jan,,,,", 3, "surname")]
    [InlineData("C1,Jan,Novák,,,12a", 3, "variable_symbols")]
    [InlineData("C0,Jan,Novák,,,", 3, "also at line 2")]
    public void A_bad_row_names_the_file_line_and_column(string row, int line, string expected)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "bad.csv");
        File.WriteAllText(path, "id,given_name,surname,birth_date,birth_number,variable_symbols\nC0,Eva,Malá,,,\n" + row.Replace("C0,Jan", "C0,Jan", StringComparison.Ordinal) + "\n");
        var error = Assert.Throws<InputException>(() => CustomerRegister.Load(path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        if (!expected.StartsWith("also", StringComparison.Ordinal))
            Assert.Equal(line, error.Line);
        Assert.DoesNotContain("7503151239", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_id_column_is_an_error()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "bad.csv");
        File.WriteAllText(path, "name,surname\nJan,Novák\n");
        Assert.Contains("id", Assert.Throws<InputException>(() => CustomerRegister.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_without_the_customers_table_is_an_error_naming_the_row_schema()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE people (name TEXT)";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<InputException>(() => CustomerRegister.Load(path));
        Assert.Contains("customers", error.Message, StringComparison.Ordinal);
    }
}
