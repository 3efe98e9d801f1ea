namespace Kdo.Czech.Tests;

public class CompanyNumberTests
{
    [Theory]
    [InlineData("25596641")]
    [InlineData("00064581")]
    [InlineData("45244782")]
    [InlineData(" 27082440 ")]
    public void Real_company_numbers_parse(string text) => Assert.True(CompanyNumber.TryParse(text, out _));

    [Theory]
    [InlineData("25596642")]
    [InlineData("2559664")]
    [InlineData("255966411")]
    [InlineData("2559664a")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_check_digits_and_lengths_do_not_parse(string? text) => Assert.False(CompanyNumber.TryParse(text, out _));

    [Fact]
    public void Created_numbers_parse_back()
    {
        foreach (var first7 in new[] { 0, 1, 2559664, 9_999_999, 1234567, 6458 })
        {
            var number = CompanyNumber.Create(first7);
            Assert.True(CompanyNumber.TryParse(number.Digits, out var parsed));
            Assert.Equal(number, parsed);
            Assert.StartsWith(first7.ToString("D7"), number.Digits, StringComparison.Ordinal);
        }
    }
}
