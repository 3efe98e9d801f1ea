using Kdo.Corpus;

namespace Kdo.Extraction.Register;

/// <summary>A generated register and its answer key: the customer id of each document that is about a customer.</summary>
/// <param name="Register">The register.</param>
/// <param name="Answers">Document id to the id of the customer it is about.</param>
public sealed record GeneratedRegister(CustomerRegister Register, IReadOnlyDictionary<string, string> Answers);

/// <summary>
/// The answer key of a generated register as a file. Layout: UTF-8 CSV with the header <c>document_id,customer_id</c>
/// and one line per document that is about a register customer; documents not listed are about nobody in it.
/// Ids contain no commas or quotes (generated ids and document ids), so no quoting is needed; a line with another
/// number of fields is an error naming the line.
/// </summary>
public static class RegisterAnswers
{
    private const string Header = "document_id,customer_id";

    /// <summary>Writes <paramref name="answers"/> atomically, sorted by document id.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, string> answers) =>
        AtomicFile.WriteText(path, writer =>
        {
            writer.WriteLine(Header);
            foreach (var (document, customer) in answers.OrderBy(p => p.Key, StringComparer.Ordinal))
                writer.WriteLine($"{document},{customer}");
        });

    /// <summary>Reads an answer key written by <see cref="Write"/>.</summary>
    /// <exception cref="InputException">The file is missing, has no header, or a line is not two ids.</exception>
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, "no such answer file");
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1)
            {
                if (line.Trim() != Header)
                    throw new InputException(path, 1, $"the header must be '{Header}'");
                continue;
            }
            if (line.Length == 0)
                continue;
            var parts = line.Split(',');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new InputException(path, number, "expected 'document_id,customer_id'");
            if (!answers.TryAdd(parts[0], parts[1]))
                throw new InputException(path, number, $"document '{parts[0]}' is listed twice");
        }
        return answers;
    }
}
