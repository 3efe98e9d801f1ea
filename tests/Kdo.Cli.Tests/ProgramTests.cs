namespace Kdo.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Help_succeeds()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Kdo", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_bad_usage()
    {
        var (code, _, error) = CliRunner.Run("no-such-command");
        Assert.Equal(2, code);
        Assert.Contains("no-such-command", error, StringComparison.Ordinal);
    }
}
