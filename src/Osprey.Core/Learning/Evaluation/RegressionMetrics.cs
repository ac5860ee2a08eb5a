namespace Osprey.Core.Learning.Evaluation;

/// <summary>Regression metrics defined as scikit-learn defines them.</summary>
public static class RegressionMetrics
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Returns the root of the mean squared error.</summary>
    public static double Rmse(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        ClassificationMetrics.CheckLengths(actual.Length, predicted.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        }
        return Math.Sqrt(sum / actual.Length);
    }

    /// <summary>Returns the mean absolute error.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        ClassificationMetrics.CheckLengths(actual.Length, predicted.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += Math.Abs(actual[i] - predicted[i]);
        }
        return sum / actual.Length;
    }

    /// <summary>Returns R² = 1 - SSres/SStot; for constant actual values, 1 when predictions are perfect and 0 otherwise.</summary>
    public static double R2(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        ClassificationMetrics.CheckLengths(actual.Length, predicted.Length);
        var mean = 0.0;
        foreach (var value in actual)
        {
            mean += value;
        }
        mean /= actual.Length;
        double residual = 0, total = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        if (total == 0)
        {
            return residual == 0 ? 1 : 0;
        }
        return 1 - residual / total;
    }

    /// <summary>Returns the mean absolute percentage error as a fraction (0.1 = 10%), dividing by max(|actual|, eps).</summary>
    public static double Mape(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        ClassificationMetrics.CheckLengths(actual.Length, predicted.Length);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += Math.Abs(actual[i] - predicted[i]) / Math.Max(Math.Abs(actual[i]), Epsilon);
        }
        return sum / actual.Length;
    }
}
