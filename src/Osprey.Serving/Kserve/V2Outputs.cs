using Osprey.Core.Serving;

namespace Osprey.Serving.Kserve;

/// <summary>The output tensors of an infer answer: <c>predict</c> (class labels, or values for regression) and, for classifiers, <c>predict_proba</c>.</summary>
internal static class V2Outputs
{
    public static object[] Of(ServedVersion version, double[] outputs, int[] decided)
    {
        var rows = decided.Length;
        if (version.Classes.Count == 0)
        {
            return [new { name = "predict", datatype = "FP64", shape = new[] { rows }, data = Enumerable.Range(0, rows).Select(r => outputs[r * version.OutputCount]).ToArray() }];
        }
        var classes = version.Classes.Count;
        var probabilities = new double[rows * classes];
        for (var r = 0; r < rows; r++)
        {
            var row = outputs.AsSpan(r * version.OutputCount, version.OutputCount);
            for (var k = 0; k < classes; k++)
            {
                probabilities[r * classes + k] = version.Probability(row, k);
            }
        }
        return
        [
            new { name = "predict", datatype = "BYTES", shape = new[] { rows }, data = decided.Select(k => version.Classes[k]).ToArray() },
            new { name = "predict_proba", datatype = "FP64", shape = new[] { rows, classes }, data = probabilities },
        ];
    }
}
