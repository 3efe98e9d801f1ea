using System.CommandLine;
using System.ComponentModel;
using Kdo.Corpus;
using Kdo.Corpus.Configuration;

namespace Kdo.Cli.Tests;

public enum SampleRegime { FineTuning, TransferLearning }

public sealed record SampleOptions
{
    [Description("Learning rate.")] public double LearningRate { get; init; } = 2e-5;
    [Description("Batch size.")] public int BatchSize { get; init; } = 8;
    [Description("Regime.")] public SampleRegime Regime { get; init; } = SampleRegime.FineTuning;
    [Description("Class weights.")] public bool ClassWeights { get; init; } = true;
    [Description("Model.")] public string? Model { get; init; }
}

public class ConfigFlagsTests
{
    private static (SampleOptions, ParseResult) Bind(string yaml, params string[] args)
    {
        var command = new RootCommand();
        var flags = new ConfigFlags<SampleOptions>(command);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return (flags.Apply(ConfigFile.Parse<SampleOptions>(yaml, "train.yaml"), parse), parse);
    }

    [Fact]
    public void Flags_override_the_file_and_the_file_overrides_defaults()
    {
        var (options, _) = Bind("learning_rate: 0.001\nbatch_size: 4\nregime: transfer_learning\n", "--batch-size", "16");
        Assert.Equal(0.001, options.LearningRate);
        Assert.Equal(16, options.BatchSize);
        Assert.Equal(SampleRegime.TransferLearning, options.Regime);
        Assert.True(options.ClassWeights);
    }

    [Fact]
    public void Enum_and_bool_flags_parse_as_written_in_yaml()
    {
        var (options, _) = Bind("", "--regime", "fine_tuning", "--class-weights", "false", "--model", "tiny");
        Assert.Equal(SampleRegime.FineTuning, options.Regime);
        Assert.False(options.ClassWeights);
        Assert.Equal("tiny", options.Model);
    }

    [Fact]
    public void A_bad_enum_flag_names_the_flag_and_the_choices()
    {
        var command = new RootCommand();
        var flags = new ConfigFlags<SampleOptions>(command);
        var e = Assert.Throws<InputException>(() => flags.Apply(new SampleOptions(), command.Parse(["--regime", "nope"])));
        Assert.Contains("--regime", e.Message, StringComparison.Ordinal);
        Assert.Contains("transfer_learning", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_the_file_names_the_line()
    {
        var e = Assert.Throws<InputException>(() => ConfigFile.Parse<SampleOptions>("batch_size: 4\nlearnin_rate: 1\n", "train.yaml"));
        Assert.StartsWith("train.yaml:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_round_trips()
    {
        var options = new SampleOptions { LearningRate = 0.5, Regime = SampleRegime.TransferLearning, Model = "x" };
        var yaml = ConfigFile.ToYaml(options);
        Assert.Contains("regime: transfer_learning", yaml, StringComparison.Ordinal);
        Assert.Equal(options, ConfigFile.Parse<SampleOptions>(yaml, "round trip"));
    }
}
