namespace Osprey.Core.Monitoring.Drift;

/// <summary>The stored summary of a numerical column: sorted values with counts (exact, or equal-weight centroids when <paramref name="Exact"/> is false), missing count and moments.</summary>
public sealed record NumericColumnProfile(double[] Values, long[] Counts, long Missing, bool Exact, double Min, double Max, double Mean, double StandardDeviation);
