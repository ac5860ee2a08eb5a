namespace Osprey.Core.Monitoring.Drift;

/// <summary>The outcome of a drift comparison: every column's verdict and the data set's.</summary>
/// <param name="DriftShare">Drifted columns over tested columns.</param>
/// <param name="DriftShareThreshold">The share at or above which the data set has drifted.</param>
public sealed record DriftResult(
    string Reference, string Current, long ReferenceRows, long CurrentRows, IReadOnlyList<ColumnDrift> Columns,
    int TestedColumns, int DriftedColumns, double DriftShare, double DriftShareThreshold, bool DatasetDrift)
{
    /// <summary>Gets the names of the drifted columns, in column order.</summary>
    public IReadOnlyList<string> DriftedNames => Columns.Where(c => c.Drifted).Select(c => c.Column).ToList();
}
