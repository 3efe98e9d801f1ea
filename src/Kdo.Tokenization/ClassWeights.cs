using Kdo.Corpus;

namespace Kdo.Tokenization;

/// <summary>The mission's class weights for cross-entropy: weight_i = total / (count_i + 1).</summary>
public static class ClassWeights
{
    /// <summary>
    /// Weights from the labels of a tokenized training set (each window's labels, as the loss sees them; the start
    /// and end tokens' are the ignore index):
    /// count_i is how often label i occurs, total the number of labels counted; <see cref="LabelScheme.IgnoreIndex"/>
    /// is not counted. A label that never occurs gets weight total.
    /// </summary>
    /// <exception cref="ArgumentException">A window has no labels, or a label is neither the ignore index nor in 0..labelCount - 1.</exception>
    public static float[] FromWindows(IEnumerable<TokenWindow> windows, int labelCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 1);
        var counts = new long[labelCount];
        long total = 0;
        foreach (var window in windows)
        {
            if (!window.HasLabels)
                throw new ArgumentException($"window {window.Index} of document {window.Document} has no labels", nameof(windows));
            foreach (var label in window.ContentLabels)
            {
                if (label == LabelScheme.IgnoreIndex)
                    continue;
                if ((uint)label >= (uint)labelCount)
                    throw new ArgumentException($"label {label} in window {window.Index} of document {window.Document} is not in 0..{labelCount - 1}", nameof(windows));
                counts[label]++;
                total++;
            }
        }
        return [.. counts.Select(count => (float)((double)total / (count + 1)))];
    }
}
