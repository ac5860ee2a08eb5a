namespace Osprey.Core.Monitoring.Drift;

/// <summary>The stored summary of one column: its name and type and exactly one of the numerical or categorical summaries.</summary>
public sealed record ColumnProfile(string Name, ColumnType Type, NumericColumnProfile? Numeric, CategoricalColumnProfile? Categorical)
{
    /// <summary>Gets the number of non-missing values.</summary>
    public long Count => Numeric?.Counts.Sum() ?? Categorical?.Counts.Sum() ?? 0;

    /// <summary>Gets the number of missing values.</summary>
    public long Missing => Numeric?.Missing ?? Categorical?.Missing ?? 0;
}
