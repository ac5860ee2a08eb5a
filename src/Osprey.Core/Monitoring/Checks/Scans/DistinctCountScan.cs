using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>distinct_count</c>: how many different non-missing values the column holds (0 when all are missing).</summary>
internal sealed class DistinctCountScan(CheckSpec spec, Column column) : MeasureScan(spec, column.Name)
{
    private readonly HashSet<double> _numbers = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly bool[] _seenCodes = column is CategoricalColumn c ? new bool[c.Categories.Count] : [];

    public override void Observe(int start, int end)
    {
        switch (column)
        {
            case NumericColumn numeric:
                var values = numeric.Values;
                for (var row = start; row < end; row++)
                {
                    if (!double.IsNaN(values[row]))
                    {
                        _numbers.Add(values[row]);
                    }
                }
                break;
            case CategoricalColumn categorical:
                var codes = categorical.Codes;
                for (var row = start; row < end; row++)
                {
                    if (codes[row] >= 0)
                    {
                        _seenCodes[codes[row]] = true;
                    }
                }
                break;
            default:
                for (var row = start; row < end; row++)
                {
                    if (column.Format(row) is { } text)
                    {
                        _texts.Add(text);
                    }
                }
                break;
        }
    }

    protected override double? Measure(ScanContext context) => _numbers.Count + _texts.Count + _seenCodes.Count(seen => seen);
}
