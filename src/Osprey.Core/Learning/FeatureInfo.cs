namespace Osprey.Core.Learning;

/// <summary>One feature of a <see cref="FeatureMatrix"/>: its name, kind and, for categorical features, how many codes it has.</summary>
public sealed record FeatureInfo(string Name, FeatureKind Kind, int CategoryCount = 0)
{
    /// <summary>Creates a numeric feature.</summary>
    public static FeatureInfo Numeric(string name) => new(name, FeatureKind.Numeric);

    /// <summary>Creates a categorical feature with codes 0..<paramref name="categoryCount"/>-1.</summary>
    public static FeatureInfo Categorical(string name, int categoryCount) => new(name, FeatureKind.Categorical, categoryCount);
}
