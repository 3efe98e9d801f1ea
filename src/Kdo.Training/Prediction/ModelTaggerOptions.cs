using System.ComponentModel;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Training.Prediction;

/// <summary>
/// How a trained model runs over documents (<see cref="ModelWordTagger"/>): every field is also a flag of
/// <c>kdo extract --model</c> and <c>kdo evaluate</c> (--batch-size). Window size and stride should be those the
/// model was trained with; the defaults are the mission's.
/// </summary>
public sealed record ModelTaggerOptions
{
    /// <summary>What the weights are cast to and the matmuls run in: float32, or bfloat16 (half the memory, about 2x on a CPU with bf16).</summary>
    [Description("inference precision")]
    public Precision Precision { get; init; } = Precision.Float32;

    /// <summary>The device the model runs on: cpu, cuda or cuda:N (<see cref="Devices.Parse"/>).</summary>
    [Description("device: cpu, cuda or cuda:N (default cpu)")]
    public string Device { get; init; } = "cpu";

    /// <summary>Windows per forward pass.</summary>
    [Description("windows per forward pass (default 8)")]
    public int BatchSize { get; init; } = 8;

    /// <summary>Tokens per window, special tokens included; null: 512, or fewer when the model has fewer positions (it was trained on shorter windows).</summary>
    [Description("tokens per window (default 512, or the model's positions when fewer)")]
    public int? MaxLength { get; init; }

    /// <summary>Tokens shared by consecutive windows; null: 128, or a quarter of a shorter window.</summary>
    [Description("tokens shared by consecutive windows (default 128, or a quarter of a shorter window)")]
    public int? Stride { get; init; }

    /// <summary>
    /// How a word's probabilities come from its subtokens'. The first subtoken's by default: it alone was trained to
    /// tell B- from I- (the others learn I- of the word's type), so averaging would turn a long word's B- into I-.
    /// </summary>
    [Description("how a word's prediction is read from its subtokens (default first_token)")]
    public WordPooling WordPooling { get; init; } = WordPooling.FirstToken;

    /// <summary>The window settings for a model of <paramref name="positions"/> positions, as the encoder takes them.</summary>
    public EncodingOptions EncodingFor(int positions)
    {
        var maxLength = MaxLength ?? Math.Min(SlidingWindows.DefaultMaxLength, positions);
        return new() { MaxLength = maxLength, Stride = Stride ?? SlidingWindows.DefaultStrideFor(maxLength) };
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field out of range.</summary>
    public void Validate()
    {
        if (BatchSize < 1)
            throw new ArgumentException($"batch_size must be at least 1, not {BatchSize}", nameof(BatchSize));
        if (MaxLength < 3)
            throw new ArgumentException($"max_length must be at least 3 (two special tokens and one word piece), not {MaxLength}", nameof(MaxLength));
        var maxLength = MaxLength ?? SlidingWindows.DefaultMaxLength;
        if (Stride < 0 || (MaxLength is not null && Stride >= maxLength - 2))
            throw new ArgumentException($"stride must be in 0..max_length-3 ({maxLength - 3}), not {Stride}", nameof(Stride));
    }
}
