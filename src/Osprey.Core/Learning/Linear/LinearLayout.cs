namespace Osprey.Core.Learning.Linear;

/// <summary>
/// The design columns of a linear model: each numeric feature is one column (missing values imputed, then standardised),
/// each categorical feature one indicator column per category (missing or unknown: no indicator).
/// </summary>
public sealed record LinearLayout(IReadOnlyList<FeatureInfo> Features, IReadOnlyList<double> Impute, IReadOnlyList<double> Mean, IReadOnlyList<double> Scale)
{
    /// <summary>Returns the first design column of every feature and the total number of design columns.</summary>
    public (int[] Offsets, int Width) Columns()
    {
        var offsets = new int[Features.Count];
        var width = 0;
        for (var f = 0; f < Features.Count; f++)
        {
            offsets[f] = width;
            width += Features[f].Kind == FeatureKind.Categorical ? Features[f].CategoryCount : 1;
        }
        return (offsets, width);
    }

    /// <summary>Returns the standardised design value of a numeric feature (non-finite values count as missing and are imputed).</summary>
    public double Standardize(int feature, float value)
    {
        var x = float.IsFinite(value) ? value : Impute[feature];
        return (x - Mean[feature]) / Scale[feature];
    }

    /// <summary>Returns the indicator column of a categorical value within its feature, or -1 when it is missing or not a known code.</summary>
    public int CategoryOf(int feature, float value)
    {
        var code = (int)value;
        return code == value && (uint)code < (uint)Features[feature].CategoryCount ? code : -1;
    }

    /// <summary>Fits imputation (training median) and standardisation (mean, population standard deviation) for the numeric features.</summary>
    public static LinearLayout Fit(FeatureMatrix features)
    {
        var count = features.FeatureCount;
        double[] impute = new double[count], mean = new double[count], scale = new double[count];
        for (var f = 0; f < count; f++)
        {
            scale[f] = 1;
            if (features.Features[f].Kind == FeatureKind.Categorical)
            {
                continue;
            }
            var present = features.Column(f).ToArray().Where(float.IsFinite).Select(v => (double)v).ToArray();
            Array.Sort(present);
            impute[f] = present.Length == 0 ? 0 : present.Length % 2 == 1
                ? present[present.Length / 2]
                : (present[present.Length / 2 - 1] + present[present.Length / 2]) / 2;
            var column = features.Column(f);
            double sum = 0, squares = 0;
            foreach (var v in column)
            {
                var x = float.IsFinite(v) ? v : impute[f];
                sum += x;
                squares += x * x;
            }
            mean[f] = sum / column.Length;
            var variance = Math.Max(squares / column.Length - mean[f] * mean[f], 0);
            scale[f] = variance > 1e-24 ? Math.Sqrt(variance) : 1;
        }
        return new LinearLayout(features.Features, impute, mean, scale);
    }
}
