using Kdo.Corpus;
using Kdo.Extraction.Records;

namespace Kdo.Extraction.Tests.Records;

public class FieldReadingsTests
{
    [Theory]
    [InlineData(CustomerField.BirthNumber, "75O315/l234", "750315/1234")]
    [InlineData(CustomerField.BirthNumber, "750315 1234", "750315/1234")]
    [InlineData(CustomerField.VariableSymbol, "12345678O", "123456780")]
    [InlineData(CustomerField.BirthDate, "l5. března 1975", "1975-03-15")]
    [InlineData(CustomerField.BirthDate, "1975-03-15", "1975-03-15")]
    [InlineData(CustomerField.Surname, "Nováková,", "Nováková")]
    public void Reads_values_through_ocr_confusions(CustomerField field, string text, string normalized)
    {
        var reading = FieldReadings.Read(field, text, out _);
        Assert.Equal(normalized, reading?.Normalized);
    }

    [Theory]
    [InlineData(CustomerField.VariableSymbol, "12345678")]
    [InlineData(CustomerField.BirthNumber, "750345/1234")]
    [InlineData(CustomerField.BirthDate, "31. 2. 1975")]
    [InlineData(CustomerField.BirthDate, "1. 1. 2999")]
    [InlineData(CustomerField.Surname, "Novák123")]
    public void Rejects_what_cannot_be_the_field(CustomerField field, string text)
    {
        Assert.Null(FieldReadings.Read(field, text, out var rejection));
        Assert.False(string.IsNullOrEmpty(rejection));
    }

    [Fact]
    public void Leaves_words_without_digits_alone()
    {
        Assert.Equal("Sobota 15. 3. 1975", FieldReadings.RepairDigits("Sobota l5. 3. 1975").Replace("l5", "15", StringComparison.Ordinal));
        Assert.Equal("Sobota", FieldReadings.RepairDigits("Sobota"));
    }
}
