using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>unique</c>: every non-missing row whose value also appears in another row fails (the first occurrence too, as Great Expectations counts).</summary>
internal sealed class UniqueScan(CheckSpec spec, Column column) : RowScan(spec, column.Name)
{
    private const int Marked = -1;
    // Sized for the whole column up front: a unique column fills the map, and growing it step by step rehashes every key several times.
    private readonly Dictionary<double, int> _numbers = new(column is NumericColumn ? column.Length : 0);
    private readonly Dictionary<string, int> _texts = new(column is TextColumn ? column.Length : 0, StringComparer.Ordinal);
    private readonly Dictionary<long, int> _ticks = new(column is DateTimeColumn ? column.Length : 0);
    private readonly int[] _firstByCode = column is CategoricalColumn c ? Enumerable.Repeat(int.MaxValue, c.Categories.Count).ToArray() : [];

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
                        See(_numbers, values[row], row);
                    }
                }
                break;
            case CategoricalColumn categorical:
                ObserveCodes(categorical.Codes, start, end);
                break;
            case DateTimeColumn dates:
                var ticks = dates.Ticks;
                for (var row = start; row < end; row++)
                {
                    if (ticks[row] != DateTimeColumn.MissingTicks)
                    {
                        See(_ticks, ticks[row], row);
                    }
                }
                break;
            default:
                for (var row = start; row < end; row++)
                {
                    if (column.Format(row) is { } text)
                    {
                        See(_texts, text, row);
                    }
                }
                break;
        }
    }

    protected override string? Describe(int row) => column.Format(row);

    private void ObserveCodes(ReadOnlySpan<int> codes, int start, int end)
    {
        for (var row = start; row < end; row++)
        {
            var code = codes[row];
            if (code < 0)
            {
                continue;
            }
            Evaluated++;
            var first = _firstByCode[code];
            if (first == int.MaxValue)
            {
                _firstByCode[code] = row;
                continue;
            }
            if (first != Marked)
            {
                Fail(first);
                _firstByCode[code] = Marked;
            }
            Fail(row);
        }
    }

    private void See<T>(Dictionary<T, int> firstRows, T value, int row)
        where T : notnull
    {
        Evaluated++;
        if (firstRows.TryAdd(value, row))
        {
            return;
        }
        var first = firstRows[value];
        if (first != Marked)
        {
            Fail(first);
            firstRows[value] = Marked;
        }
        Fail(row);
    }
}
