namespace Osprey.Core.Monitoring.Drift;

/// <summary>How a column is tested: numerical (ordered values) or categorical (labels), as Evidently splits them.</summary>
public enum ColumnType
{
    /// <summary>Numbers; tested by KS or Wasserstein, or as categories when they take few values.</summary>
    Numerical,
    /// <summary>Labels; tested by chi-square, Z-test or Jensen–Shannon.</summary>
    Categorical,
}
