namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>median</c> and <c>quantile</c>, read from the column's shared sorted values.</summary>
internal sealed class QuantileScan(CheckSpec spec, SortedValues values) : MeasureScan(spec, values.Column)
{
    protected override double? Measure(ScanContext context) => values.Quantile(Spec.Kind == CheckKind.Median ? 0.5 : Spec.Q ?? 0.5);
}
