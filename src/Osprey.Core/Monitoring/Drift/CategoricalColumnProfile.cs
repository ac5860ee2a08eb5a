namespace Osprey.Core.Monitoring.Drift;

/// <summary>The stored summary of a categorical column: labels in ordinal order with their counts, and the missing count.</summary>
public sealed record CategoricalColumnProfile(string[] Labels, long[] Counts, long Missing);
