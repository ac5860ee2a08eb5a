using System.Diagnostics;
using Osprey.Bench.Learning;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;

var rows = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var (features, labels) = SyntheticData.Generate(rows, 1);
if (Environment.GetEnvironmentVariable("NUMERIC_ONLY") == "1")
{
    features = new FeatureMatrix(features.Features.Select(f => FeatureInfo.Numeric(f.Name)).ToArray(), Enumerable.Range(0, features.FeatureCount).Select(f => features.Column(f).ToArray()).ToArray());
}
var trainRows = Enumerable.Range(0, rows * 8 / 10).ToArray();
var testRows = Enumerable.Range(rows * 8 / 10, rows - rows * 8 / 10).ToArray();
if (args.Length > 1) { CsvExport.Write(args[1] + "/train.csv", features, labels, trainRows, "label"); CsvExport.Write(args[1] + "/test.csv", features, labels, testRows, "label"); }
var train = new TrainingSet(features.Take(trainRows), trainRows.Select(r => labels[r]).ToArray(), LearningTask.BinaryClassification, 2);
Console.WriteLine($"gen cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2}s");
var clock = Stopwatch.StartNew();
var result = GbdtTrainer.Train(train, new GbdtOptions { Trees = 200, Threads = 2 });
Console.WriteLine($"train {clock.Elapsed.TotalSeconds:F2}s cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2}s");
var test = features.Take(testRows);
var predictor = new TreeEnsemblePredictor(result.Ensemble, LearningTask.BinaryClassification, test.Features);
predictor.Predict(test);
clock.Restart();
var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var scores = predictor.Predict(test);
var cpu1 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
Console.WriteLine($"batch {test.RowCount / clock.Elapsed.TotalSeconds:F0} rows/s wall, {test.RowCount / (cpu1 - cpu0).TotalSeconds:F0} rows/cpu-s");
var buffer = new float[test.FeatureCount];
var one = new double[1];
for (var i = 0; i < Math.Min(20000, test.RowCount); i++) { test.CopyRow(i, buffer); predictor.PredictRow(buffer, one); }
clock.Restart();
cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var n1 = Math.Min(100000, test.RowCount);
for (var i = 0; i < n1; i++) { test.CopyRow(i, buffer); predictor.PredictRow(buffer, one); }
cpu1 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
Console.WriteLine($"single {clock.Elapsed.TotalMilliseconds * 1000 / n1:F2} us/row wall, {(cpu1 - cpu0).TotalMilliseconds * 1000 / n1:F2} us/row cpu");
var y = testRows.Select(r => labels[r]).ToArray();
Console.WriteLine($"auc {Auc(scores, y):F5}");

static double Auc(double[] s, double[] y)
{
    var order = Enumerable.Range(0, s.Length).OrderBy(i => s[i]).ToArray();
    double rankSum = 0; long pos = 0;
    for (var i = 0; i < order.Length;)
    {
        var j = i;
        while (j < order.Length && s[order[j]] == s[order[i]]) j++;
        var rank = (i + j + 1) / 2.0;
        for (var k = i; k < j; k++) if (y[order[k]] > 0.5) { rankSum += rank; pos++; }
        i = j;
    }
    var neg = s.Length - pos;
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double)neg);
}
