namespace Kdo.Czech.Tests;

public class CaseNumberTests
{
    [Theory]
    [InlineData("KSPH 38 INS 12345/2023", "KSPH", 38, "INS", 12345, 2023, null)]
    [InlineData("KSPH 38 INS 12345/2023-A-12", "KSPH", 38, "INS", 12345, 2023, "A-12")]
    [InlineData("MSPH 60 INS 1/2020-P15-2", "MSPH", 60, "INS", 1, 2020, "P15-2")]
    [InlineData("3 VSPH 519/2014-A-32", "VSPH", 3, null, 519, 2014, "A-32")]
    [InlineData("29 NSČR 12/2016", "NSČR", 29, null, 12, 2016, null)]
    public void Parses_first_instance_and_appellate_forms(
        string text, string court, int senate, string? register, int number, int year, string? mark)
    {
        var caseNumber = CaseNumber.Parse(text);

        Assert.Equal((court, senate, register, number, year, mark),
            (caseNumber.Court, caseNumber.Senate, caseNumber.Register, caseNumber.Number, caseNumber.Year, caseNumber.DocumentMark));
        Assert.Equal(register is null, caseNumber.IsAppellate);
        Assert.Equal(text, caseNumber.ToString());
        Assert.Equal(caseNumber, CaseNumber.Create(court, senate, register, number, year, mark));
    }

    [Fact]
    public void Parse_normalises_white_space()
    {
        var caseNumber = CaseNumber.Parse("  KSPH  38\u00A0INS 12345 / 2023 - P15 - 2 ");

        Assert.Equal("KSPH 38 INS 12345/2023-P15-2", caseNumber.ToString());
        Assert.Equal("KSPH 38 INS 12345/2023", caseNumber.Case);
    }

    [Fact]
    public void Created_case_numbers_round_trip()
    {
        var random = new Random(38);
        string[] courts = ["KSPH", "MSPH", "KSBR", "KSOS", "VSPH", "VSOL"];
        string?[] registers = ["INS", "ICm", null];
        string?[] marks = [null, "A-1", "B-27", "P3-1", "P120-14"];
        for (var i = 0; i < 1_000; i++)
        {
            var created = CaseNumber.Create(
                courts[random.Next(courts.Length)], random.Next(1, 100), registers[random.Next(registers.Length)],
                random.Next(1, 100_000), random.Next(2008, 2031), marks[random.Next(marks.Length)]);

            Assert.Equal(created, CaseNumber.Parse(created.ToString()));
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    [InlineData("KSPH 38 INS 12345", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    [InlineData("KSPH 38 INS 12345/23", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    [InlineData("ksph 38 INS 12345/2023", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    [InlineData("KSPH 0 INS 12345/2023", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    [InlineData("KSPH 38 INS 12345/2023-A", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    [InlineData("KSPH 38 INS 12345/2023 a dále", "not a case number like 'KSPH 38 INS 12345/2023' or '3 VSPH 519/2014'")]
    public void Invalid_case_numbers_give_the_reason(string? text, string reason)
    {
        Assert.False(CaseNumber.TryParse(text, out var caseNumber, out var actual));
        Assert.Null(caseNumber);
        Assert.Equal(reason, actual);
        Assert.False(CaseNumber.TryParse(text, out _));
        if (text is not null)
            Assert.Equal($"case number: {reason}", Assert.Throws<FormatException>(() => CaseNumber.Parse(text)).Message);
    }

    [Fact]
    public void Create_rejects_parts_that_break_the_form()
    {
        Assert.Throws<ArgumentException>(() => CaseNumber.Create("ksph", 38, "INS", 1, 2023));
        Assert.Throws<ArgumentException>(() => CaseNumber.Create("KSPH", 38, "IN S", 1, 2023));
        Assert.Throws<ArgumentException>(() => CaseNumber.Create("KSPH", 38, "INS", 1, 2023, "-A-12"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumber.Create("KSPH", 0, "INS", 1, 2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumber.Create("KSPH", 38, "INS", 0, 2023));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumber.Create("KSPH", 38, "INS", 1, 23));
    }
}
