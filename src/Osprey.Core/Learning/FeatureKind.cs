namespace Osprey.Core.Learning;

/// <summary>How a learner treats a feature's values.</summary>
public enum FeatureKind
{
    /// <summary>Ordered real values; NaN is missing.</summary>
    Numeric,
    /// <summary>Category codes 0..CategoryCount-1 stored as floats; NaN or any other value is missing.</summary>
    Categorical,
}
