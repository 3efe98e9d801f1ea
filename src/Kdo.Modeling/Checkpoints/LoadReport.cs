using System.Text;

namespace Kdo.Modeling.Checkpoints;

/// <summary>A head weight whose shape in the file differs from the model's, so it was initialised fresh.</summary>
/// <param name="Key">The state-dict key.</param>
/// <param name="ModelShape">The shape the model (its config and labels) needs.</param>
/// <param name="FileShape">The shape in the checkpoint.</param>
public sealed record ShapeMismatch(string Key, IReadOnlyList<long> ModelShape, IReadOnlyList<long> FileShape);

/// <summary>
/// How a checkpoint's weights met the model, as HF's loading-info (missing, unexpected, mismatched keys) with
/// ignore_mismatched_sizes for the head. Encoder weights always load exactly: a missing or misshapen one is an error.
/// </summary>
public sealed record LoadReport
{
    /// <summary>The weights file read.</summary>
    public required string WeightsFile { get; init; }

    /// <summary>Head keys the file lacks (a base checkpoint): initialised fresh.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Head keys whose shape differs (another label count): initialised fresh.</summary>
    public required IReadOnlyList<ShapeMismatch> Mismatched { get; init; }

    /// <summary>
    /// True when the labels asked for differ from the checkpoint's (names or order): the head is initialised fresh even
    /// where the shapes agree, since its rows would mean other labels.
    /// </summary>
    public required bool LabelsChanged { get; init; }

    /// <summary>File keys outside the model that are not among the known extras: ignored.</summary>
    public required IReadOnlyList<string> Unexpected { get; init; }

    /// <summary>
    /// Known extras, ignored as HF does: the position_ids / token_type_ids buffers older HF saved, pooler.*,
    /// lm_head.*, discriminator_predictions.*, generator_*.
    /// </summary>
    public required IReadOnlyList<string> Ignored { get; init; }

    /// <summary>True when the classifier head did not come from the file.</summary>
    public bool NewHead => LabelsChanged || Missing.Count > 0 || Mismatched.Count > 0;

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder($"weights from {WeightsFile}");
        if (!NewHead)
            text.Append("; every weight loaded");
        if (LabelsChanged)
            text.Append("; labels differ from the checkpoint's: new classifier head");
        if (Missing.Count > 0)
            text.Append($"; missing (initialised fresh): {string.Join(", ", Missing)}");
        if (Mismatched.Count > 0)
            text.Append($"; mismatched (initialised fresh): {string.Join(", ", Mismatched.Select(m => $"{m.Key} file [{string.Join(", ", m.FileShape)}] model [{string.Join(", ", m.ModelShape)}]"))}");
        if (Unexpected.Count > 0)
            text.Append($"; unexpected (ignored): {string.Join(", ", Unexpected)}");
        if (Ignored.Count > 0)
            text.Append($"; {Ignored.Count} known extra keys ignored");
        return text.ToString();
    }
}
