using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>The non-missing values of one numeric column, collected during the pass and sorted once for every median and quantile check on it.</summary>
/// <remarks>Exact quantiles need every value; the table already holds the column, so this costs one more array of the same size, no second read of the file.</remarks>
internal sealed class SortedValues(NumericColumn column) : IScanPass
{
    private double[] _values = new double[column.Length];
    private int _count;
    private bool _sorted;

    public string? Column => column.Name;

    public void Observe(int start, int end)
    {
        var values = column.Values;
        for (var row = start; row < end; row++)
        {
            if (!double.IsNaN(values[row]))
            {
                _values[_count++] = values[row];
            }
        }
    }

    /// <summary>Returns the q-quantile with linear interpolation between the closest ranks (pandas' default), or null when there are no values.</summary>
    public double? Quantile(double q)
    {
        if (_count == 0)
        {
            return null;
        }
        if (!_sorted)
        {
            Array.Resize(ref _values, _count);
            Array.Sort(_values);
            _sorted = true;
        }
        var position = q * (_count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, _count - 1);
        return _values[below] + ((position - below) * (_values[above] - _values[below]));
    }
}
