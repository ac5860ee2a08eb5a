namespace Osprey.Core.Monitoring.Drift;

/// <summary>Names, families, default thresholds and Evidently's default choice of the drift tests.</summary>
public static class DriftTests
{
    /// <summary>Reference sizes up to this many rows get the hypothesis tests; larger ones the distances.</summary>
    public const int SmallReference = 1000;

    /// <summary>Gets whether the test gives a p-value (drift when p &lt; threshold) rather than a distance (drift when distance ≥ threshold).</summary>
    public static bool IsHypothesisTest(DriftTest test) => test is DriftTest.Ks or DriftTest.ChiSquare or DriftTest.ZTest;

    /// <summary>Returns the default threshold: 0.05 for p-values, 0.1 for distances.</summary>
    public static double DefaultThreshold(DriftTest test) => IsHypothesisTest(test) ? 0.05 : 0.1;

    /// <summary>Returns Evidently's default test for a column type, the reference's row count and the number of distinct values in both data sets.</summary>
    public static DriftTest Default(ColumnType type, long referenceRows, int distinctValues)
    {
        var small = referenceRows <= SmallReference;
        if (type == ColumnType.Numerical && distinctValues > 5)
        {
            return small ? DriftTest.Ks : DriftTest.Wasserstein;
        }
        if (!small)
        {
            return DriftTest.JensenShannon;
        }
        return distinctValues > 2 ? DriftTest.ChiSquare : DriftTest.ZTest;
    }

    /// <summary>Returns the name used in options and reports, such as <c>ks</c> or <c>jensenshannon</c>.</summary>
    public static string Name(DriftTest test) => test switch
    {
        DriftTest.Ks => "ks",
        DriftTest.ChiSquare => "chisquare",
        DriftTest.ZTest => "z",
        DriftTest.Wasserstein => "wasserstein",
        DriftTest.JensenShannon => "jensenshannon",
        DriftTest.Psi => "psi",
        DriftTest.KlDiv => "kl_div",
        _ => "hellinger",
    };

    /// <summary>Parses a test name (Evidently's spellings and a few aliases); throws <see cref="ErrorCode.InvalidParameter"/> naming the known ones.</summary>
    public static DriftTest Parse(string name, string field) => name.Trim().ToLowerInvariant() switch
    {
        "ks" or "kolmogorov-smirnov" => DriftTest.Ks,
        "chisquare" or "chi-square" or "chi2" => DriftTest.ChiSquare,
        "z" or "ztest" or "z-test" => DriftTest.ZTest,
        "wasserstein" or "wasserstein_norm" => DriftTest.Wasserstein,
        "jensenshannon" or "js" => DriftTest.JensenShannon,
        "psi" => DriftTest.Psi,
        "kl_div" or "kl" => DriftTest.KlDiv,
        "hellinger" => DriftTest.Hellinger,
        _ => throw OspreyException.Invalid($"{field}: '{name}' is not a drift test; use one of ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger."),
    };
}
