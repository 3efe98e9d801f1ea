using System.Globalization;
using System.Text.Json;
using Kdo.Corpus.Metrics;
using Kdo.Tests;

namespace Kdo.Corpus.Tests.Metrics;

/// <summary>The CoNLL-2000 chunking file that seqeval checks itself against conlleval.pl with.</summary>
public class ConllGroundTruthTests
{
    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("seqeval", "conll_ground_truth.json"))).RootElement;

    private static readonly (string[][] Gold, string[][] Predicted) Columns = ReadColumns(TestPaths.Fixture("seqeval", "ground_truth.txt"));

    [Fact]
    public void Columnshas_the_sentences_seqeval_read()
    {
        Assert.Equal(Expected.GetProperty("n_sentences").GetInt32(), Columns.Gold.Length);
        Assert.Equal(Expected.GetProperty("sentence_lengths").EnumerateArray().Select(l => l.GetInt32()), Columns.Gold.Select(s => s.Length));
        Assert.Equal(Expected.GetProperty("n_tokens").GetInt32(), EntityScorer.Score(Columns.Gold, Columns.Predicted).Tokens);
    }

    [Fact]
    public void Default_mode_matches_seqeval()
    {
        var scores = EntityScorer.Score(Columns.Gold, Columns.Predicted);
        Assert.Equal(Expected.GetProperty("n_entities_true_default").GetInt32(), EntityChunker.Entities(Columns.Gold).Count);
        Assert.Equal(Expected.GetProperty("n_entities_pred_default").GetInt32(), EntityChunker.Entities(Columns.Predicted).Count);
        Assert.Equal(Expected.GetProperty("n_entities_true_default").GetInt32(), scores.GoldEntities);
        Assert.Equal(Expected.GetProperty("n_entities_pred_default").GetInt32(), scores.PredictedEntities);
        SeqevalCases.AssertClose(Expected.GetProperty("accuracy").GetDouble(), scores.Accuracy, "accuracy");
        SeqevalCases.AssertAverages(Expected.GetProperty("default"), scores, "default");
        Assert.Equal(Expected.GetProperty("report_default_digits2").GetString(), scores.FormatReport());
        Assert.Equal(Expected.GetProperty("report_default").GetString(), scores.FormatReport(digits: 4));
        SeqevalCases.AssertDictionary(Expected.GetProperty("report_dict_default"), scores, "default");
    }

    [Fact]
    public void Strict_mode_matches_seqeval()
    {
        var scores = EntityScorer.Score(Columns.Gold, Columns.Predicted, SeqevalMode.StrictIob2);
        Assert.Equal(Expected.GetProperty("n_entities_true_strict").GetInt32(), EntityChunker.StrictEntities(Columns.Gold).Count);
        Assert.Equal(Expected.GetProperty("n_entities_pred_strict").GetInt32(), EntityChunker.StrictEntities(Columns.Predicted).Count);
        Assert.Equal(Expected.GetProperty("n_entities_pred_strict").GetInt32(), scores.PredictedEntities);
        SeqevalCases.AssertClose(Expected.GetProperty("accuracy").GetDouble(), scores.Accuracy, "accuracy");
        SeqevalCases.AssertAverages(Expected.GetProperty("strict"), scores, "strict");
        Assert.Equal(Expected.GetProperty("report_strict").GetString(), scores.FormatReport(digits: 4));
        SeqevalCases.AssertDictionary(Expected.GetProperty("report_dict_strict"), scores, "strict");
    }

    [Fact]
    public void Default_mode_gives_the_conlleval_summary()
    {
        // conlleval.pl prints percentages with two decimals, and counts phrases as seqeval's default mode does.
        var conlleval = Expected.GetProperty("conlleval");
        var scores = EntityScorer.Score(Columns.Gold, Columns.Predicted);
        Assert.Equal(
            $"processed {scores.Tokens} tokens with {scores.GoldEntities} phrases; " +
            $"found: {scores.PredictedEntities} phrases; correct: {scores.CorrectEntities}.",
            conlleval.GetProperty("header_line").GetString());
        Assert.Equal(conlleval.GetProperty("accuracy_pct").GetDouble(), Math.Round(100 * scores.Accuracy, 2));
        Assert.Equal(conlleval.GetProperty("precision_pct").GetDouble(), Math.Round(100 * scores.Micro.Precision, 2));
        Assert.Equal(conlleval.GetProperty("recall_pct").GetDouble(), Math.Round(100 * scores.Micro.Recall, 2));
        Assert.Equal(conlleval.GetProperty("fb1").GetDouble(), Math.Round(100 * scores.Micro.F1, 2));
        var perType = conlleval.GetProperty("full_output").GetString()!.Split('\n').Skip(2).Where(l => l.Length > 0).ToArray();
        Assert.Equal(scores.Types.Count, perType.Length);
        foreach (var (row, line) in scores.Types.Zip(perType))
        {
            Assert.Equal(
                string.Create(CultureInfo.InvariantCulture,
                    $"{row.Name,17}: precision: {100 * row.Precision,6:F2}%; recall: {100 * row.Recall,6:F2}%; FB1: {100 * row.F1,6:F2}  {row.Predicted}"),
                line);
        }
    }

    // Columns "word POS gold predicted", a blank line between sentences.
    private static (string[][] Gold, string[][] Predicted) ReadColumns(string path)
    {
        var gold = new List<string[]>();
        var predicted = new List<string[]>();
        var sentence = new List<string[]>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length > 0)
            {
                sentence.Add(columns);
                continue;
            }
            if (sentence.Count == 0)
                continue;
            gold.Add(sentence.Select(c => c[2]).ToArray());
            predicted.Add(sentence.Select(c => c[3]).ToArray());
            sentence.Clear();
        }
        return (gold.ToArray(), predicted.ToArray());
    }
}
