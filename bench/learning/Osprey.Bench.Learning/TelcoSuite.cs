using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Preprocessing;
using Osprey.Core.Learning.Training;

namespace Osprey.Bench.Learning;

/// <summary>The telco suite: the bundled churn file, stratified 80/20 split, Osprey and its peers on the same rows.</summary>
internal static class TelcoSuite
{
    public static IEnumerable<BenchResult> Run(BenchOptions options, List<string> latency)
    {
        const string name = "telco 7k";
        var path = Path.Combine(options.Repository, "data", "telco-churn.csv");
        var table = CsvTableReader.Read(path);
        var split = DataSplitter.Split(table, new SplitOptions { Strategy = SplitStrategy.Stratified, Column = "Churn", ValidationFraction = 0, TestFraction = 0.2, Seed = 42 });
        var trainTable = table.Take(split.Train);
        var testTable = table.Take(split.Test);
        var target = TargetEncoding.Fit(table["Churn"]);
        var encoder = FeatureEncoder.Fit(trainTable, "Churn");
        var train = new TrainingSet(encoder.Transform(trainTable, out _), target.Encode(trainTable["Churn"]), target.Task, target.ClassCount);
        var test = new TrainingSet(encoder.Transform(testTable, out _), target.Encode(testTable["Churn"]), target.Task, target.ClassCount);
        var trainCsv = Path.Combine(options.Output, "telco-train.csv");
        var testCsv = Path.Combine(options.Output, "telco-test.csv");
        WriteRows(path, split.Train, trainCsv);
        WriteRows(path, split.Test, testCsv);
        var categorical = "--categorical " + string.Join(',', table.Columns
            .Where(c => c.Name is not ("Churn" or "customerID") && (c is CategoricalColumn || c is NumericColumn { BooleanNames: not null }))
            .Select(c => c.Name));
        var peers = new PeerRunner(options.Peers);
        var results = new List<BenchResult>();
        var gbdtSettings = SyntheticSuite.Settings("trees=200", "learning_rate=0.1", "max_depth=6", "threads=2");
        var (gbdt, predictor) = OspreyRunner.Run(name, LearnerCatalog.Create("gbdt", gbdtSettings), train, test, "200 trees, depth 6");
        SyntheticSuite.Report(results, gbdt);
        var (micros, allocated) = OspreyRunner.SingleRow(predictor, test.Features, 100_000);
        latency.Add($"- {name}, osprey gbdt (200 trees, depth 6): single-row scoring {micros.ToString("0.00", CultureInfo.InvariantCulture)} µs/row, {allocated} bytes allocated over 100,000 calls");
        if (!options.SkipPeers)
        {
            SyntheticSuite.Report(results, peers.Run(name, "xgboost_peer.py", trainCsv, testCsv, "Churn", $"--trees 200 --depth 6 --threads 2 {categorical}", "nthread=2, enable_categorical"));
            SyntheticSuite.Report(results, peers.Run(name, "xgboost_peer.py", trainCsv, testCsv, "Churn", $"--trees 200 --depth 6 --threads 2 --codes {categorical}", "nthread=2, integer codes"));
            SyntheticSuite.Report(results, peers.Run(name, "sklearn_hgb_peer.py", trainCsv, testCsv, "Churn", $"--trees 200 --depth 6 {categorical}", "OMP_NUM_THREADS=2"));
        }
        SyntheticSuite.Report(results, OspreyRunner.Run(name, LearnerCatalog.Create("random_forest", SyntheticSuite.Settings("trees=100", "threads=2")), train, test, "100 trees, unlimited depth").Result);
        if (!options.SkipPeers)
        {
            SyntheticSuite.Report(results, peers.Run(name, "sklearn_rf_peer.py", trainCsv, testCsv, "Churn", $"--trees 100 --jobs 2 {categorical}", "100 trees, n_jobs=2"));
        }
        SyntheticSuite.Report(results, OspreyRunner.Run(name, LearnerCatalog.Create("logistic_regression", SyntheticSuite.Settings("threads=2")), train, test, "C=1").Result);
        if (!options.SkipPeers)
        {
            SyntheticSuite.Report(results, peers.Run(name, "sklearn_logistic_peer.py", trainCsv, testCsv, "Churn", categorical, "C=1, one-hot"));
        }
        return results;
    }

    /// <summary>Copies the header and the chosen data lines without the customerID column (the file has no multi-line records).</summary>
    private static void WriteRows(string source, int[] rows, string destination)
    {
        var lines = File.ReadAllLines(source);
        var output = new List<string> { DropFirstField(lines[0]) };
        output.AddRange(rows.Select(r => DropFirstField(lines[r + 1])));
        File.WriteAllLines(destination, output);
    }

    private static string DropFirstField(string line) => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..];
}
