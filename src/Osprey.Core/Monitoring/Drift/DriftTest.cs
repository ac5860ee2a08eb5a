namespace Osprey.Core.Monitoring.Drift;

/// <summary>The per-column drift tests; the first three are hypothesis tests (drift when p &lt; threshold), the rest distances (drift when distance ≥ threshold).</summary>
public enum DriftTest
{
    /// <summary>Two-sample Kolmogorov–Smirnov (p-value).</summary>
    Ks,
    /// <summary>Pearson's chi-square against reference frequencies (p-value).</summary>
    ChiSquare,
    /// <summary>Two-proportion Z-test (p-value).</summary>
    ZTest,
    /// <summary>Wasserstein distance divided by the reference's standard deviation.</summary>
    Wasserstein,
    /// <summary>Jensen–Shannon distance of binned shares.</summary>
    JensenShannon,
    /// <summary>Population stability index of binned shares.</summary>
    Psi,
    /// <summary>Kullback–Leibler divergence of binned shares.</summary>
    KlDiv,
    /// <summary>Hellinger distance of binned shares.</summary>
    Hellinger,
}
