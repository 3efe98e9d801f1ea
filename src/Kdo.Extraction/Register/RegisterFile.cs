using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kdo.Corpus;
using Microsoft.Data.Sqlite;

namespace Kdo.Extraction.Register;

/// <summary>
/// Reads and writes the customer register in its two forms.
/// <para>CSV: UTF-8, a header line <c>id,given_name,surname,birth_date,birth_number,variable_symbols</c> (columns in any
/// order, others ignored), one customer per record, RFC 4180 quoting; variable symbols separated by ';'.</para>
/// <para>SQLite: a table <c>customers(id TEXT PRIMARY KEY, given_name TEXT, surname TEXT NOT NULL, birth_date TEXT,
/// birth_number TEXT, variable_symbols TEXT)</c> with the same values as text (NULL or '' for unknown); errors name
/// the row by its rowid. Column meanings: <see cref="RegisterRows"/>.</para>
/// Writing is atomic (a temporary file renamed over the target).
/// </summary>
public static class RegisterFile
{
    private static readonly string[] RequiredColumns = ["id", "surname"];
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Reads the register at <paramref name="path"/>: SQLite when the file starts with SQLite's header, else CSV.</summary>
    /// <exception cref="InputException">The file or a row is not a valid register.</exception>
    public static CustomerRegister Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, "no such register file");
        var customers = IsSqlite(path) ? ReadSqlite(path) : ReadCsv(path);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (customer, where) in customers)
        {
            if (!seen.TryAdd(customer.Id, where))
                throw new InputException(path, null, $"{where}: customer id '{customer.Id}' is also at {seen[customer.Id]}");
        }
        return CustomerRegister.Create(customers.Select(c => c.Customer));
    }

    /// <summary>Writes <paramref name="register"/> to <paramref name="path"/>: SQLite for .db, .sqlite and .sqlite3, else CSV.</summary>
    public static void Write(string path, CustomerRegister register)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is ".db" or ".sqlite" or ".sqlite3")
            AtomicFile.Write(path, stream => WriteSqlite(stream, register));
        else
            AtomicFile.WriteText(path, writer => WriteCsv(writer, register));
    }

    private static bool IsSqlite(string path)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[SqliteHeader.Length];
        return stream.Read(header) == header.Length && header.AsSpan().SequenceEqual(SqliteHeader);
    }

    private static List<(RegisterCustomer Customer, string Where)> ReadCsv(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, BadDataFound = null };
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        using var csv = new CsvReader(reader, config);
        var customers = new List<(RegisterCustomer, string)>();
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
                throw new InputException(path, 1, "the register is empty: it needs the header " + string.Join(",", RegisterRows.Columns));
            var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
                throw new InputException(path, 1, $"the header lacks the column{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing)} (expected {string.Join(",", RegisterRows.Columns)})");
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                    continue;
                if (csv.Parser.Count != header.Length)
                    throw new InputException(path, line, $"has {csv.Parser.Count} columns but the header has {header.Length}");
                var values = csv.Parser.Record!;
                customers.Add((RegisterRows.Parse(column => Array.IndexOf(header, column) is var i and >= 0 ? values[i] : null, path, line), $"line {line}"));
            }
        }
        catch (DecoderFallbackException e) { throw new InputException(path, null, "is not UTF-8 text", e); }
        catch (CsvHelperException e) { throw new InputException(path, csv.Parser.RawRow, $"is not valid CSV: {e.Message.Split('\n')[0]}", e); }
        return customers;
    }

    private static List<(RegisterCustomer Customer, string Where)> ReadSqlite(string path)
    {
        var customers = new List<(RegisterCustomer, string)>();
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid, {string.Join(", ", RegisterRows.Columns)} FROM customers ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = reader.GetInt64(0);
                string? Value(string column) => reader.IsDBNull(Array.IndexOf(RegisterRows.Columns, column) + 1)
                    ? null
                    : Convert.ToString(reader.GetValue(Array.IndexOf(RegisterRows.Columns, column) + 1), CultureInfo.InvariantCulture);
                customers.Add((RegisterRows.Parse(Value, path, null, $"row {row}: "), $"row {row}"));
            }
        }
        catch (SqliteException e) { throw new InputException(path, null, $"is not a register database (a table 'customers' with columns {string.Join(", ", RegisterRows.Columns)}): {e.Message}", e); }
        return customers;
    }

    private static void WriteCsv(TextWriter writer, CustomerRegister register)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var column in RegisterRows.Columns)
            csv.WriteField(column);
        csv.NextRecord();
        foreach (var customer in register.Customers)
        {
            foreach (var value in RegisterRows.Values(customer))
                csv.WriteField(value);
            csv.NextRecord();
        }
    }

    // SQLite writes to a file of its own; AtomicFile's stream then receives the finished database.
    private static void WriteSqlite(Stream stream, CustomerRegister register)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"kdo-register-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = scratch, Pooling = false }.ToString()))
            {
                connection.Open();
                using var transaction = connection.BeginTransaction();
                using (var create = connection.CreateCommand())
                {
                    create.CommandText = "CREATE TABLE customers (id TEXT PRIMARY KEY, given_name TEXT, surname TEXT NOT NULL, birth_date TEXT, birth_number TEXT, variable_symbols TEXT)";
                    create.ExecuteNonQuery();
                }
                using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO customers ({string.Join(", ", RegisterRows.Columns)}) VALUES ({string.Join(", ", RegisterRows.Columns.Select(c => "$" + c))})";
                var parameters = RegisterRows.Columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
                foreach (var customer in register.Customers)
                {
                    var values = RegisterRows.Values(customer);
                    for (var i = 0; i < values.Length; i++)
                        parameters[i].Value = values[i].Length == 0 ? DBNull.Value : values[i];
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            using var database = File.OpenRead(scratch);
            database.CopyTo(stream);
        }
        finally
        {
            File.Delete(scratch);
        }
    }
}
