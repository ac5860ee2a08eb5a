using System.Diagnostics;
using System.Globalization;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Training;

namespace Osprey.Bench.Learning;

/// <summary>Scoring only: a 200-tree depth-6 GBDT trained on a fifth of the synthetic rows scores the rest in several timed batches.</summary>
internal static class ScoringSuite
{
    public static void Run(BenchOptions options, List<string> latency)
    {
        var (features, labels) = SyntheticData.Generate(options.Rows, seed: 1);
        var cut = options.Rows / 5;
        var trainRows = Enumerable.Range(0, cut).ToArray();
        var testRows = Enumerable.Range(cut, options.Rows - cut).ToArray();
        var train = new TrainingSet(features.Take(trainRows), trainRows.Select(r => labels[r]).ToArray(), LearningTask.BinaryClassification, 2);
        var test = features.Take(testRows);
        var learner = LearnerCatalog.Create("gbdt", SyntheticSuite.Settings("trees=200", "learning_rate=0.1", "max_depth=6", "threads=2", "early_stopping_rounds=0"));
        var predictor = learner.Fit(train).Predictor;
        predictor.Predict(test);
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var repeat = 0; repeat < 7; repeat++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            predictor.Predict(test);
            wall.Add(test.RowCount / clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add(test.RowCount / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        var (micros, allocated) = OspreyRunner.SingleRow(predictor, test, 100_000);
        latency.Add(string.Create(CultureInfo.InvariantCulture,
            $"- scoring {test.RowCount:N0} rows, 200 trees depth 6: median {Median(wall):N0} rows/s wall (runs {string.Join(", ", wall.Select(w => w.ToString("N0", CultureInfo.InvariantCulture)))}), median {Median(cpu):N0} rows per CPU-second; single row {micros:0.00} µs, {allocated} bytes allocated over 100,000 rows"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
