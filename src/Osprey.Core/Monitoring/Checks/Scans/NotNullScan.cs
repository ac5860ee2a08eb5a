using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>not_null</c>: every row is evaluated and a missing value fails it.</summary>
internal sealed class NotNullScan(CheckSpec spec, Column column) : RowScan(spec, column.Name)
{
    public override void Observe(int start, int end)
    {
        Evaluated += end - start;
        switch (column)
        {
            case NumericColumn numeric:
                var values = numeric.Values;
                for (var row = start; row < end; row++)
                {
                    if (double.IsNaN(values[row]))
                    {
                        Fail(row);
                    }
                }
                break;
            case CategoricalColumn categorical:
                var codes = categorical.Codes;
                for (var row = start; row < end; row++)
                {
                    if (codes[row] < 0)
                    {
                        Fail(row);
                    }
                }
                break;
            default:
                for (var row = start; row < end; row++)
                {
                    if (column.IsMissing(row))
                    {
                        Fail(row);
                    }
                }
                break;
        }
    }

    protected override string? Describe(int row) => null;
}
