using System.Diagnostics;
using Osprey.Bench.Learning;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Trees;

var rows = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var (features, labels) = SyntheticData.Generate(rows, 1);
var trainRows = Enumerable.Range(0, rows * 8 / 10).ToArray();
var testRows = Enumerable.Range(rows * 8 / 10, rows - rows * 8 / 10).ToArray();
if (args.Length > 1) { CsvExport.Write(args[1] + "/train.csv", features, labels, trainRows, "label"); CsvExport.Write(args[1] + "/test.csv", features, labels, testRows, "label"); }
var train = new TrainingSet(features.Take(trainRows), trainRows.Select(r => labels[r]).ToArray(), LearningTask.BinaryClassification, 2);
Console.WriteLine($"gen cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2}s");
var clock = Stopwatch.StartNew();
var result = GbdtTrainer.Train(train, new GbdtOptions { Trees = 200, Threads = 2 });
Console.WriteLine($"train {clock.Elapsed.TotalSeconds:F2}s cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2}s");
var test = features.Take(testRows);
var scores = new double[testRows.Length];
var buffer = new float[test.FeatureCount];
Span<double> margin = stackalloc double[1];
for (var i = 0; i < testRows.Length; i++)
{
    test.CopyRow(i, buffer);
    result.Ensemble.PredictMargins(buffer, margin);
    scores[i] = margin[0];
}
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
