namespace Kdo.Czech.Tests;

public class CzechDateTests
{
    private static readonly DateOnly Ides = new(1985, 3, 15);

    [Theory]
    [InlineData("15. 3. 1985")]
    [InlineData("15.3.1985")]
    [InlineData("15.03.1985")]
    [InlineData("15. 03. 1985")]
    [InlineData("15.3. 1985")]
    [InlineData("15.\u00A03.\u00A01985")]
    [InlineData("15. března 1985")]
    [InlineData("15 března 1985")]
    [InlineData("15.března 1985")]
    [InlineData("15. BŘEZNA 1985")]
    [InlineData("15. Března 1985")]
    [InlineData("15. březen 1985")]
    [InlineData("15. brezna 1985")]
    [InlineData("1985-03-15")]
    public void Every_form_parses_to_the_date_and_keeps_the_text(string text)
    {
        var date = CzechDate.Parse(text);

        Assert.Equal(Ides, date.Date);
        Assert.Equal(text, date.Text);
        Assert.Equal(0, date.Start);
        Assert.Equal(text.Length, date.Length);
    }

    [Theory]
    [InlineData("1.1.2000", 2000, 1, 1)]
    [InlineData("01.01.2000", 2000, 1, 1)]
    [InlineData("1. 12. 2000", 2000, 12, 1)]
    [InlineData("29. 2. 2024", 2024, 2, 29)]
    [InlineData("1. červen 2020", 2020, 6, 1)]
    [InlineData("1. červenec 2020", 2020, 7, 1)]
    [InlineData("1. července 2020", 2020, 7, 1)]
    [InlineData("1. cervence 2020", 2020, 7, 1)]
    [InlineData("1. ÚNORA 2020", 2020, 2, 1)]
    [InlineData("30. září 1999", 1999, 9, 30)]
    public void Day_month_and_names_are_read(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), CzechDate.Parse(text).Date);

    [Fact]
    public void Every_month_name_is_read_in_genitive_and_nominative()
    {
        string[] genitive = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"];
        string[] nominative = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"];
        for (var month = 1; month <= 12; month++)
        {
            Assert.Equal(new DateOnly(2001, month, 9), CzechDate.Parse($"9. {genitive[month - 1]} 2001").Date);
            Assert.Equal(new DateOnly(2001, month, 9), CzechDate.Parse($"9. {nominative[month - 1].ToUpperInvariant()} 2001").Date);
        }
    }

    [Theory]
    [InlineData(CzechDateStyle.Spaced, "15. 3. 1985")]
    [InlineData(CzechDateStyle.Compact, "15.3.1985")]
    [InlineData(CzechDateStyle.Padded, "15.03.1985")]
    [InlineData(CzechDateStyle.MonthName, "15. března 1985")]
    [InlineData(CzechDateStyle.Iso, "1985-03-15")]
    public void Format_writes_each_style(CzechDateStyle style, string expected) =>
        Assert.Equal(expected, CzechDate.Format(Ides, style));

    [Fact]
    public void Every_style_round_trips()
    {
        var random = new Random(1985);
        var first = new DateOnly(1880, 1, 1).DayNumber;
        var last = new DateOnly(2060, 12, 31).DayNumber;
        for (var i = 0; i < 3_000; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(first, last + 1));
            foreach (var style in Enum.GetValues<CzechDateStyle>())
            {
                var text = CzechDate.Format(date, style);
                Assert.Equal(date, CzechDate.Parse(text).Date);
            }
        }
    }

    [Theory]
    [InlineData("31. 2. 1985", "impossible date: no day 31 in month 2")]
    [InlineData("29.2.2023", "impossible date: no day 29 in month 2")]
    [InlineData("31. dubna 2020", "impossible date: no day 31 in month 4")]
    [InlineData("0. 1. 2020", "impossible date: no day 0 in month 1")]
    [InlineData("15.13.1985", "impossible date: no month 13")]
    [InlineData("1985-00-15", "impossible date: no month 0")]
    [InlineData("1.1.0000", "impossible date: no year 0")]
    [InlineData("", "empty")]
    [InlineData("  ", "empty")]
    [InlineData(null, "empty")]
    [InlineData("hello", "not a date in a Czech form")]
    [InlineData("15. 3. 85", "not a date in a Czech form")]
    [InlineData("1985-3-15", "not a date in a Czech form")]
    [InlineData("15. foo 1985", "not a date in a Czech form")]
    [InlineData("15. 3. 1985 a 16. 3. 1985", "not a date in a Czech form")]
    [InlineData("115.3.1985", "not a date in a Czech form")]
    [InlineData("15/3/1985", "not a date in a Czech form")]
    [InlineData("\u0661\u0665.\u0663.\u0661\u0669\u0668\u0665", "not a date in a Czech form")]
    public void Invalid_dates_give_the_reason(string? text, string reason)
    {
        Assert.False(CzechDate.TryParse(text, out var date, out var actual));
        Assert.Null(date);
        Assert.Equal(reason, actual);
        Assert.False(CzechDate.TryParse(text, out _));
        if (text is not null)
            Assert.Equal($"date: {reason}", Assert.Throws<FormatException>(() => CzechDate.Parse(text)).Message);
    }

    [Fact]
    public void Parse_ignores_surrounding_space_and_says_where_the_date_starts()
    {
        var date = CzechDate.Parse("  15.3.1985 \n");

        Assert.Equal("15.3.1985", date.Text);
        Assert.Equal(2, date.Start);
        Assert.Equal(11, date.End);
    }

    [Fact]
    public void FindAll_returns_each_date_with_its_span()
    {
        const string text =
            "Dlužník Jan Novák, nar. 15. března 1985, r. č. 850315/1234, podal dne 1.2.2023 návrh; " +
            "soud rozhodl 2023-03-31 a lhůta do 31. 2. 2023 neplatí. Vyhláška č. 115.3.19851 ani 15/3/1985 datem nejsou. " +
            "Jednání: 7. ČERVENCE 2023, 8.\u00A010.\u00A02023.";

        var dates = CzechDate.FindAll(text);

        Assert.Equal(["15. března 1985", "1.2.2023", "2023-03-31", "7. ČERVENCE 2023", "8.\u00A010.\u00A02023"], dates.Select(d => d.Text));
        Assert.Equal(
            [new DateOnly(1985, 3, 15), new DateOnly(2023, 2, 1), new DateOnly(2023, 3, 31), new DateOnly(2023, 7, 7), new DateOnly(2023, 10, 8)],
            dates.Select(d => d.Date));
        Assert.Equal(text.IndexOf("15. března", StringComparison.Ordinal), dates[0].Start);
        Assert.Equal(text.IndexOf("1.2.2023", StringComparison.Ordinal), dates[1].Start);
        foreach (var date in dates)
            Assert.Equal(date.Text, text[date.Start..date.End]);
    }

    [Fact]
    public void FindAll_finds_formatted_dates_in_running_text()
    {
        var random = new Random(2023);
        var styles = Enum.GetValues<CzechDateStyle>();
        var expected = new List<(DateOnly Date, int Start)>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2030, 1, 1).DayNumber));
            text.Append(i % 2 == 0 ? "Dne " : "ze dne ");
            expected.Add((date, text.Length));
            text.Append(CzechDate.Format(date, styles[random.Next(styles.Length)])).Append(i % 3 == 0 ? ", bod 4. " : " ");
        }

        var found = CzechDate.FindAll(text.ToString());

        Assert.Equal(expected, found.Select(d => (d.Date, d.Start)));
    }
}
