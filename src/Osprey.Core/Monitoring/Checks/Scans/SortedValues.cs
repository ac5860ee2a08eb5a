using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>The non-missing values of one numeric column, collected during the pass and shared by every median and quantile check on it.</summary>
/// <remarks>Exact quantiles need every value; the table already holds the column, so this costs one more array of the same size, no second read of the file.
/// Each quantile is found by selection (expected linear time), which reorders the copy but never the table.</remarks>
internal sealed class SortedValues(NumericColumn column) : IScanPass
{
    private readonly double[] _values = new double[column.Length];
    private int _count;

    public string? Column => column.Name;

    public void Observe(int start, int end)
    {
        var values = column.Values;
        var count = _count;
        for (var row = start; row < end; row++)
        {
            if (!double.IsNaN(values[row]))
            {
                _values[count++] = values[row];
            }
        }
        _count = count;
    }

    /// <summary>Returns the q-quantile with linear interpolation between the closest ranks (pandas' default), or null when there are no values.</summary>
    public double? Quantile(double q)
    {
        if (_count == 0)
        {
            return null;
        }
        var values = _values.AsSpan(0, _count);
        var position = q * (_count - 1);
        var below = (int)Math.Floor(position);
        var low = Select(values, below);
        if (below + 1 >= _count || position == below)
        {
            return low;
        }
        // After selection every value right of 'below' is at least 'low'; the next rank is their minimum.
        var high = double.PositiveInfinity;
        foreach (var value in values[(below + 1)..])
        {
            high = Math.Min(high, value);
        }
        return low + ((position - below) * (high - low));
    }

    /// <summary>Reorders <paramref name="values"/> so that index <paramref name="k"/> holds the k-th smallest, smaller ones left and larger ones right.</summary>
    private static double Select(Span<double> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (right > left)
        {
            var mid = left + ((right - left) / 2);
            var pivot = Median(values[left], values[mid], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }
                while (values[j] > pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }
        return values[k];
    }

    private static double Median(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
