using System.Diagnostics;
using System.Globalization;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Training;

namespace Osprey.Bench.Learning;

/// <summary>The synthetic suite: 20 numeric + 3 categorical features, 80% train / 20% test, every learner family against its peers.</summary>
internal static class SyntheticSuite
{
    private const string Categorical = "--categorical c0,c1,c2";

    public static IEnumerable<BenchResult> Run(BenchOptions options, List<string> latency)
    {
        var name = $"synthetic {options.Rows / 1000}k";
        var clock = Stopwatch.StartNew();
        var (features, labels) = SyntheticData.Generate(options.Rows, seed: 1);
        var cut = options.Rows * 8 / 10;
        var trainRows = Enumerable.Range(0, cut).ToArray();
        var testRows = Enumerable.Range(cut, options.Rows - cut).ToArray();
        var train = new TrainingSet(features.Take(trainRows), trainRows.Select(r => labels[r]).ToArray(), LearningTask.BinaryClassification, 2);
        var test = new TrainingSet(features.Take(testRows), testRows.Select(r => labels[r]).ToArray(), LearningTask.BinaryClassification, 2);
        var trainCsv = Path.Combine(options.Output, "synthetic-train.csv");
        var testCsv = Path.Combine(options.Output, "synthetic-test.csv");
        if (!options.SkipPeers)
        {
            CsvExport.Write(trainCsv, features, labels, trainRows, "label");
            CsvExport.Write(testCsv, features, labels, testRows, "label");
        }
        Console.WriteLine($"{name}: generated {options.Rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        var peers = new PeerRunner(options.Peers);
        var results = new List<BenchResult>();

        var (gbdt, predictor) = OspreyRunner.Run(name, LearnerCatalog.Create("gbdt", Settings("trees=200", "learning_rate=0.1", "max_depth=6", "threads=2")), train, test, "200 trees, depth 6, native categorical");
        Report(results, gbdt);
        var (micros, allocated) = OspreyRunner.SingleRow(predictor, test.Features, 100_000);
        latency.Add($"- {name}, osprey gbdt (200 trees, depth 6): single-row scoring {micros.ToString("0.00", CultureInfo.InvariantCulture)} µs/row, {allocated} bytes allocated over 100,000 rows");
        if (!options.SkipPeers)
        {
            Report(results, peers.Run(name, "xgboost_peer.py", trainCsv, testCsv, "label", $"--trees 200 --depth 6 --threads 2 {Categorical}", "nthread=2, enable_categorical"));
            Report(results, peers.Run(name, "xgboost_peer.py", trainCsv, testCsv, "label", $"--trees 200 --depth 6 --threads 2 --codes {Categorical}", "nthread=2, categories as integer codes"));
            Report(results, peers.Run(name, "sklearn_hgb_peer.py", trainCsv, testCsv, "label", $"--trees 200 --depth 6 {Categorical}", "OMP_NUM_THREADS=2, categorical_features"));
        }
        if (options.BoostingOnly)
        {
            return results;
        }
        var forest = $"{options.ForestTrees} trees, max depth {options.ForestDepth}";
        Report(results, OspreyRunner.Run(name, LearnerCatalog.Create("random_forest", Settings($"trees={options.ForestTrees}", $"max_depth={options.ForestDepth}", "threads=2")), train, test, forest).Result);
        if (!options.SkipPeers)
        {
            Report(results, peers.Run(name, "sklearn_rf_peer.py", trainCsv, testCsv, "label", $"--trees {options.ForestTrees} --depth {options.ForestDepth} --jobs 2 {Categorical}", $"{forest}, n_jobs=2"));
        }
        Report(results, OspreyRunner.Run(name, LearnerCatalog.Create("logistic_regression", Settings("threads=2")), train, test, "C=1, lbfgs").Result);
        if (!options.SkipPeers)
        {
            Report(results, peers.Run(name, "sklearn_logistic_peer.py", trainCsv, testCsv, "label", Categorical, "C=1, lbfgs, one-hot"));
        }
        return results;
    }

    internal static Dictionary<string, string> Settings(params string[] pairs) =>
        pairs.Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    internal static void Report(List<BenchResult> results, BenchResult? result)
    {
        if (result is null)
        {
            return;
        }
        results.Add(result);
        Console.WriteLine($"  {result.Data} | {result.Learner}: train {result.TrainSeconds:F2} s, {result.ScoreRowsPerSecond:N0} rows/s, AUC {result.Auc:F4}, log loss {result.LogLoss:F4}");
    }
}
