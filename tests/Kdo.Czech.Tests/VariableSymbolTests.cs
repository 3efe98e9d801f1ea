namespace Kdo.Czech.Tests;

public class VariableSymbolTests
{
    [Theory]
    [InlineData("123456789", true)]
    [InlineData("012345678", true)]
    [InlineData("1", false)]
    [InlineData("12345678", false)]
    [InlineData("1234567890", false)]
    public void Nine_digits_make_a_creditor_symbol(string text, bool creditor)
    {
        var symbol = VariableSymbol.Parse(text);

        Assert.Equal(text, symbol.Digits);
        Assert.Equal(text, symbol.ToString());
        Assert.Equal(creditor, symbol.IsCreditorSymbol);
    }

    [Fact]
    public void Leading_zeros_are_significant()
    {
        Assert.NotEqual(VariableSymbol.Parse("000123"), VariableSymbol.Parse("123"));
        Assert.Equal(VariableSymbol.Parse("000123"), VariableSymbol.Parse(" 000123 "));
        Assert.Equal("000123", VariableSymbol.Parse(" 000123 ").Digits);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    [InlineData("12 34", "not digits")]
    [InlineData("12a", "not digits")]
    [InlineData("-123", "not digits")]
    [InlineData("12345678901", "more than 10 digits")]
    public void Invalid_symbols_give_the_reason(string? text, string reason)
    {
        Assert.False(VariableSymbol.TryParse(text, out var symbol, out var actual));
        Assert.Null(symbol);
        Assert.Equal(reason, actual);
        Assert.False(VariableSymbol.TryParse(text, out _));
        if (text is not null)
            Assert.Equal($"variable symbol: {reason}", Assert.Throws<FormatException>(() => VariableSymbol.Parse(text)).Message);
    }
}
