namespace Osprey.Core.Monitoring.Drift;

/// <summary>What to compare and how: the target and prediction columns (included when named), per-column tests and thresholds, and the dataset drift share.</summary>
public sealed record DriftOptions
{
    /// <summary>Gets the target column, tested like the features when named.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the prediction column, tested like the features when named.</summary>
    public string? Prediction { get; init; }

    /// <summary>Gets the columns to compare (all the reference's columns when empty).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Gets the columns never compared (such as identifiers).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Gets tests that replace the default for some columns.</summary>
    public IReadOnlyDictionary<string, DriftTest> ColumnTests { get; init; } = new Dictionary<string, DriftTest>();

    /// <summary>Gets thresholds that replace the test's default for some columns.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>Gets column types that replace inference from the reference's first rows.</summary>
    public IReadOnlyDictionary<string, ColumnType> ColumnTypes { get; init; } = new Dictionary<string, ColumnType>();

    /// <summary>Applies <see cref="ColumnTypes"/> to an inferred schema.</summary>
    public IReadOnlyList<ColumnSchema> Apply(IReadOnlyList<ColumnSchema> inferred) =>
        inferred.Select(c => ColumnTypes.TryGetValue(c.Name, out var type) ? c with { Type = type } : c).ToList();

    /// <summary>Gets the share of drifted columns at or above which the data set has drifted (default 0.5).</summary>
    public double DriftShare { get; init; } = 0.5;
}
