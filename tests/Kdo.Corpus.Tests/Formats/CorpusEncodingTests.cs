using System.Text;
using Kdo.Corpus.Formats;

namespace Kdo.Corpus.Tests.Formats;

public class CorpusEncodingTests
{
    // "Dlužník Novák" in Windows-1250, the legacy code page of Czech files.
    private static readonly byte[] Cp1250 = [0x44, 0x6C, 0x75, 0x9E, 0x6E, 0xED, 0x6B, 0x20, 0x4E, 0x6F, 0x76, 0xE1, 0x6B];

    [Theory]
    [InlineData("a.txt", "", "")]
    [InlineData("a.conll", "", " O\n")]
    [InlineData("a.jsonl", "{\"tokens\": [\"", "\"], \"ner_tags\": [\"O\"]}\n")]
    [InlineData("a.json", "[{\"data\": {\"text\": \"", "\"}, \"annotations\": [{\"result\": []}]}]")]
    public void A_file_that_is_not_UTF8_is_an_error_not_garbage(string name, string before, string after)
    {
        var path = Path.Combine(Kdo.Tests.TestPaths.NewTempFolder(), name);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(before), .. Cp1250.Where(b => b != 0x20), .. Encoding.UTF8.GetBytes(after)]);
        var error = Assert.Throws<InputException>(() => CorpusFiles.Read(path).ToList());
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }
}
