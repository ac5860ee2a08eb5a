namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>row_count</c>: the number of data rows.</summary>
internal sealed class RowCountScan(CheckSpec spec) : MeasureScan(spec, null)
{
    protected override double? Measure(ScanContext context) => context.Rows;
}
