using Kdo.Czech;

namespace Kdo.Extraction.Register;

/// <summary>One customer of the creditor's register.</summary>
/// <param name="Id">The creditor's customer id, unique in the register.</param>
/// <param name="GivenName">The given name in the nominative; null when the register lacks it.</param>
/// <param name="Surname">The surname in the nominative.</param>
/// <param name="BirthDate">The birth date; null when the register lacks it.</param>
/// <param name="BirthNumber">The birth number; null when the register lacks it.</param>
/// <param name="VariableSymbols">The variable symbols the creditor gave the customer (one per contract), digits.</param>
public sealed record RegisterCustomer(string Id, string? GivenName, string Surname, DateOnly? BirthDate, BirthNumber? BirthNumber, IReadOnlyList<string> VariableSymbols);
