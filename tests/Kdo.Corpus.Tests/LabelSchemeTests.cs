namespace Kdo.Corpus.Tests;

public class LabelSchemeTests
{
    [Fact]
    public void Default_has_the_mission_ids()
    {
        string[] expected = ["O", "B-evcu", "I-evcu", "B-rc", "I-rc", "B-prijmeni", "I-prijmeni", "B-jmeno", "I-jmeno", "B-datum", "I-datum"];
        Assert.Equal(expected, LabelScheme.Default.Labels);
        for (var id = 1; id < expected.Length; id += 2)
        {
            Assert.StartsWith("B-", LabelScheme.Default.NameOf(id), StringComparison.Ordinal);
            Assert.Equal(id + 1, LabelScheme.Default.InsideOf(id));
        }
        Assert.Equal(0, LabelScheme.Default.InsideOf(0));
        Assert.Equal(["evcu", "rc", "prijmeni", "jmeno", "datum"], LabelScheme.Default.Types);
    }

    [Fact]
    public void Id2label_round_trips()
    {
        var scheme = LabelScheme.FromId2Label(LabelScheme.Default.ToId2Label());
        Assert.Equal(LabelScheme.Default.Labels, scheme.Labels);
        Assert.Equal(5, LabelScheme.Default.ToLabel2Id()["B-prijmeni"]);
    }

    [Fact]
    public void Loads_config_json_array_and_plain_text()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        var config = Path.Combine(dir, "config.json");
        File.WriteAllText(config, """{"model_type":"x","id2label":{"1":"B-a","0":"O","2":"I-a"}}""");
        Assert.Equal(["O", "B-a", "I-a"], LabelScheme.Load(config).Labels);
        var array = Path.Combine(dir, "labels.json");
        File.WriteAllText(array, """["O","B-x","I-x"]""");
        Assert.Equal(["x"], LabelScheme.Load(array).Types);
        var text = Path.Combine(dir, "labels.txt");
        File.WriteAllText(text, "O\nB-y\r\nI-y\n\n");
        Assert.Equal(["O", "B-y", "I-y"], LabelScheme.Load(text).Labels);
    }

    [Fact]
    public void Bad_scheme_files_name_the_file_and_the_problem()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        var duplicate = Path.Combine(dir, "dup.txt");
        File.WriteAllText(duplicate, "O\nB-a\nB-a\n");
        var e = Assert.Throws<InputException>(() => LabelScheme.Load(duplicate));
        Assert.Contains("dup.txt", e.Message, StringComparison.Ordinal);
        Assert.Contains("'B-a' appears twice", e.Message, StringComparison.Ordinal);

        var gap = Path.Combine(dir, "gap.json");
        File.WriteAllText(gap, """{"id2label":{"0":"O","2":"B-a"}}""");
        Assert.Contains("'2' is not an id", Assert.Throws<InputException>(() => LabelScheme.Load(gap)).Message, StringComparison.Ordinal);

        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\n\"id2label\": ");
        Assert.Contains("broken.json:", Assert.Throws<InputException>(() => LabelScheme.Load(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_label_lists_the_scheme()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => LabelScheme.Default.IdOf("B-iban"));
        Assert.Contains("B-evcu", e.Message, StringComparison.Ordinal);
    }
}

public class DocumentTests
{
    [Fact]
    public void Sentences_cover_the_words_in_order()
    {
        var doc = Document.Untagged("d", ["a", "b", "c", "d", "e"]) with { SentenceStarts = [0, 2, 3] };
        Assert.Equal(new[] { 0..2, 2..3, 3..5 }, doc.Sentences().ToArray());
        Assert.Equal(new[] { 0..5 }, Document.Untagged("d", ["a", "b", "c", "d", "e"]).Sentences().ToArray());
    }

    [Fact]
    public void Tags_must_match_words()
    {
        Assert.Throws<ArgumentException>(() => new Document("d", ["a"], ["O", "O"]));
    }
}
