namespace Osprey.Core.Monitoring.Drift;

/// <summary>The drift verdict of one column: the test, its statistic (a p-value or a distance) against the threshold, the counts and the binned shares.</summary>
/// <param name="Statistic">The p-value of a hypothesis test or the distance; NaN when a side has no values.</param>
/// <param name="Tested">False when a side has no values, so no test ran (the column then neither drifts nor counts in the share).</param>
/// <param name="Role">feature, target or prediction.</param>
public sealed record ColumnDrift(
    string Column, ColumnType Type, string Role, DriftTest Test, double Statistic, double Threshold, bool Drifted, bool Tested,
    long ReferenceCount, long CurrentCount, long ReferenceMissing, long CurrentMissing, int DistinctValues, Distribution? Distribution);
