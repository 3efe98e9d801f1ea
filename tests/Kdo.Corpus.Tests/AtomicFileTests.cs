namespace Kdo.Corpus.Tests;

public class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        var path = Path.Combine(dir, "out.txt");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write("half");
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public void A_successful_write_replaces_the_file()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        var path = Path.Combine(dir, "sub", "out.txt");
        AtomicFile.WriteText(path, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
    }
}
