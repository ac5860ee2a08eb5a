using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>mean</c> and <c>stddev</c> (the sample standard deviation, n - 1, as pandas) of a column's non-missing values.</summary>
internal sealed class MomentScan(CheckSpec spec, NumericColumn column) : MeasureScan(spec, column.Name)
{
    private long _count;
    private double _shift = double.NaN;
    private double _sum;
    private double _sumOfSquares;

    public override void Observe(int start, int end)
    {
        var values = column.Values;
        // Sums are taken about the first value seen, which keeps the variance accurate for large values close together.
        var shift = _shift;
        double sum = 0, squares = 0;
        long count = 0;
        for (var row = start; row < end; row++)
        {
            var value = values[row];
            if (double.IsNaN(value))
            {
                continue;
            }
            if (double.IsNaN(shift))
            {
                shift = _shift = value;
            }
            var d = value - shift;
            sum += d;
            squares += d * d;
            count++;
        }
        _sum += sum;
        _sumOfSquares += squares;
        _count += count;
    }

    protected override double? Measure(ScanContext context)
    {
        if (_count == 0 || (Spec.Kind == CheckKind.StdDev && _count < 2))
        {
            return null;
        }
        var mean = _sum / _count;
        return Spec.Kind == CheckKind.Mean
            ? _shift + mean
            : Math.Sqrt(Math.Max(0, (_sumOfSquares - (_sum * mean)) / (_count - 1)));
    }
}
