namespace Kdo.Corpus.Tests;

public class CustomerTests
{
    [Fact]
    public void Every_field_maps_to_a_mission_entity_type_and_back()
    {
        Assert.Equal(LabelScheme.MissionTypes, CustomerFields.All.Select(f => f.EntityType()));
        foreach (var field in CustomerFields.All)
        {
            Assert.True(CustomerFields.TryFromEntityType(field.EntityType(), out var back));
            Assert.Equal(field, back);
            Assert.True(CustomerFields.TryFromJsonName(field.JsonName(), out back));
            Assert.Equal(field, back);
        }
        Assert.False(CustomerFields.TryFromEntityType("iban", out _));
    }

    [Fact]
    public void Gold_records_compare_by_their_fields()
    {
        var a = new GoldCustomer(new Dictionary<CustomerField, GoldValue> { [CustomerField.Surname] = new("Nováka", "Novák") });
        var b = new GoldCustomer(new Dictionary<CustomerField, GoldValue> { [CustomerField.Surname] = new("Nováka", "Novák") });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, GoldCustomer.None);
        Assert.Equal("Novák", a[CustomerField.Surname]!.Normalized);
        Assert.Null(a[CustomerField.BirthDate]);
    }
}
