using Kdo.Modeling.Checkpoints;
using Kdo.Modeling.Config;
using Kdo.Modeling.Models;
using Kdo.Tokenization;

namespace Kdo.Tests;

/// <summary>
/// An untrained tiny XLM-R with the shipped Czech tokenizer and the mission's labels, saved as an HF model folder,
/// for tests that run a model over documents. Compiled only into the test projects that reference TorchSharp.
/// </summary>
internal static class TinyModelFolder
{
    /// <summary>Saves a tiny model (seeded, 512-token windows) into a fresh temp folder named <paramref name="name"/> and returns its path.</summary>
    public static string Create(string name = "tiny-model", long seed = 7)
    {
        var root = TestPaths.NewTempFolder();
        var tokenizer = XlmRobertaTokenizer.CreateCzech();
        var tokenizerFolder = Path.Combine(root, "tokenizer");
        tokenizer.Save(tokenizerFolder);
        var config = ModelPresets.TinyXlmRoberta with
        {
            VocabSize = tokenizer.VocabSize,
            PadTokenId = tokenizer.PadId,
            MaxPositionEmbeddings = SlidingWindows.DefaultMaxLength + 2,
        };
        using var model = TokenClassifier.Create(config, seed);
        var folder = Path.Combine(root, name);
        HfCheckpoint.Save(model, folder, tokenizerFolder);
        return folder;
    }
}
