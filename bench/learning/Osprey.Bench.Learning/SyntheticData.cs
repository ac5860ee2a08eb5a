using Osprey.Core.Data;
using Osprey.Core.Learning;

namespace Osprey.Bench.Learning;

/// <summary>A repeatable synthetic binary task: 20 numeric and 3 categorical features, a non-linear label, 2% missing values in five features.</summary>
internal static class SyntheticData
{
    public const int NumericFeatures = 20;
    public static readonly int[] CategoryCounts = [8, 30, 120];

    public static (FeatureMatrix Features, double[] Labels) Generate(int rows, long seed)
    {
        var random = new SeededRandom(seed);
        var effects = CategoryCounts.Select(c => Enumerable.Range(0, c).Select(_ => random.NextGaussian() * 0.6).ToArray()).ToArray();
        var columns = new float[NumericFeatures + CategoryCounts.Length][];
        for (var f = 0; f < columns.Length; f++)
        {
            columns[f] = new float[rows];
        }
        var labels = new double[rows];
        for (var row = 0; row < rows; row++)
        {
            var x = new double[NumericFeatures];
            for (var f = 0; f < NumericFeatures; f++)
            {
                x[f] = f % 4 == 3 ? random.NextDouble() * 4 - 2 : random.NextGaussian();
                columns[f][row] = (float)x[f];
            }
            var codes = new int[CategoryCounts.Length];
            for (var c = 0; c < CategoryCounts.Length; c++)
            {
                // Squaring a uniform draw makes low codes frequent and high codes rare, as in real category columns.
                var u = random.NextDouble();
                codes[c] = Math.Min(CategoryCounts[c] - 1, (int)(u * u * CategoryCounts[c]));
                columns[NumericFeatures + c][row] = codes[c];
            }
            var logit = Math.Sin(2 * x[0]) + x[1] * x[2] + Math.Abs(x[3]) - 1.0 + 0.5 * x[4] * x[4] - 0.4 * x[5]
                        + (x[6] > 0.5 ? 0.8 : -0.2) * x[7] + 0.3 * Math.Max(0, x[8] + x[9])
                        + effects[0][codes[0]] + effects[1][codes[1]] + (codes[2] % 3 == 0 ? 0.5 * x[10] : effects[2][codes[2]]);
            labels[row] = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            for (var f = 11; f < 16; f++)
            {
                if (random.NextDouble() < 0.02)
                {
                    columns[f][row] = float.NaN;
                }
            }
        }
        var features = Enumerable.Range(0, NumericFeatures).Select(f => FeatureInfo.Numeric($"x{f}"))
            .Concat(CategoryCounts.Select((count, c) => FeatureInfo.Categorical($"c{c}", count))).ToArray();
        return (new FeatureMatrix(features, columns), labels);
    }
}
