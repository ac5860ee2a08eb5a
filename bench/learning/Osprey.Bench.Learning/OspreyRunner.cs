using System.Diagnostics;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Training;

namespace Osprey.Bench.Learning;

/// <summary>Trains one Osprey learner on in-memory features, scores the test rows in one batch, and measures single-row latency.</summary>
internal static class OspreyRunner
{
    public static (BenchResult Result, IPredictor Predictor) Run(string data, ILearner learner, TrainingSet train, TrainingSet test, string note = "")
    {
        var clock = Stopwatch.StartNew();
        var fitted = learner.Fit(train);
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var predictor = fitted.Predictor;
        // Warm up on at least 200,000 rows so the timed call runs fully optimised code, as a long-lived server would.
        for (var scored = 0; scored < 200_000; scored += test.Labels.Length)
        {
            predictor.Predict(test.Features);
        }
        clock.Restart();
        var probabilities = predictor.Predict(test.Features);
        var rowsPerSecond = test.Labels.Length / clock.Elapsed.TotalSeconds;
        var actual = test.Labels.Select(l => (int)l).ToArray();
        var auc = ScoreMetrics.RocAuc(actual, probabilities);
        var logLoss = ScoreMetrics.LogLoss(actual, probabilities);
        return (new BenchResult(data, $"osprey {learner.Name}", trainSeconds, rowsPerSecond, auc, logLoss, note), predictor);
    }

    /// <summary>Returns the mean microseconds per single-row prediction over <paramref name="calls"/> calls (cycling through the rows), and the bytes allocated meanwhile.</summary>
    public static (double Microseconds, long Allocated) SingleRow(IPredictor predictor, FeatureMatrix features, int calls)
    {
        var rows = Math.Min(calls, features.RowCount);
        var matrix = new float[rows * features.FeatureCount];
        for (var r = 0; r < rows; r++)
        {
            features.CopyRow(r, matrix.AsSpan(r * features.FeatureCount, features.FeatureCount));
        }
        var output = new double[predictor.OutputCount];
        // The warm-up runs as many calls as the measurement, so the JIT has finished optimising the scoring code.
        for (var call = 0; call < calls; call++)
        {
            var r = call % rows;
            predictor.PredictRow(matrix.AsSpan(r * features.FeatureCount, features.FeatureCount), output);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var call = 0; call < calls; call++)
        {
            var r = call % rows;
            predictor.PredictRow(matrix.AsSpan(r * features.FeatureCount, features.FeatureCount), output);
        }
        var microseconds = clock.Elapsed.TotalMilliseconds * 1000 / calls;
        return (microseconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}
