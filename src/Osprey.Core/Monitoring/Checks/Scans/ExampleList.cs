namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>Keeps the failing rows with the smallest row numbers, at most <see cref="CheckResult.MaxExamples"/>, in row order.</summary>
internal sealed class ExampleList
{
    private readonly List<FailingRow> _rows = [];

    public IReadOnlyList<FailingRow> Rows => _rows;

    /// <summary>Returns whether a failing 0-based row would be kept (so its value is worth formatting).</summary>
    public bool Wants(int row) => _rows.Count < CheckResult.MaxExamples || _rows[^1].Row > row + 1L;

    /// <summary>Adds a failing 0-based row with its value; reported row numbers are 1-based data rows.</summary>
    public void Add(int row, string? value)
    {
        if (!Wants(row))
        {
            return;
        }
        var number = row + 1L;
        var at = _rows.Count;
        while (at > 0 && _rows[at - 1].Row > number)
        {
            at--;
        }
        _rows.Insert(at, new FailingRow(number, value));
        if (_rows.Count > CheckResult.MaxExamples)
        {
            _rows.RemoveAt(_rows.Count - 1);
        }
    }
}
