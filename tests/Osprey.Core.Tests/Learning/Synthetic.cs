using Osprey.Core.Data;
using Osprey.Core.Learning;

namespace Osprey.Core.Tests.Learning;

/// <summary>Small, seeded synthetic data sets for learner tests.</summary>
internal static class Synthetic
{
    /// <summary>Returns numeric features drawn uniformly from [-2, 2].</summary>
    public static FeatureMatrix Uniform(int rows, int features, long seed)
    {
        var random = new SeededRandom(seed);
        var columns = new float[features][];
        for (var f = 0; f < features; f++)
        {
            columns[f] = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                columns[f][r] = (float)(random.NextDouble() * 4 - 2);
            }
        }
        return new FeatureMatrix(Enumerable.Range(0, features).Select(f => FeatureInfo.Numeric($"x{f}")).ToArray(), columns);
    }

    public static double[] Labels(FeatureMatrix x, Func<float[], double> rule)
    {
        var labels = new double[x.RowCount];
        var row = new float[x.FeatureCount];
        for (var r = 0; r < labels.Length; r++)
        {
            x.CopyRow(r, row);
            labels[r] = rule(row);
        }
        return labels;
    }

    public static double[] Predict(Osprey.Core.Learning.Trees.TreeEnsemble ensemble, FeatureMatrix x, int output = 0)
    {
        var result = new double[x.RowCount];
        var row = new float[x.FeatureCount];
        var margins = new double[ensemble.OutputCount];
        for (var r = 0; r < result.Length; r++)
        {
            x.CopyRow(r, row);
            ensemble.PredictMargins(row, margins);
            Osprey.Core.Learning.Trees.TreeEnsemble.ApplyTransform(ensemble.Transform, margins);
            result[r] = margins[output];
        }
        return result;
    }

    public static double Accuracy(double[] probabilities, double[] labels) =>
        probabilities.Zip(labels, (p, y) => (p >= 0.5 ? 1.0 : 0.0) == y ? 1.0 : 0.0).Average();
}
