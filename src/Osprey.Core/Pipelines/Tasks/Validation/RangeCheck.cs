using System.Globalization;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary><c>range: {column, min, max}</c>: every non-empty value of the column is a number within the bounds.</summary>
internal sealed class RangeCheck(string column, double? min, double? max) : DataCheck
{
    private int _index;
    private long _outside;
    private long _notNumbers;
    private string? _example;

    public override string Name => $"range({column})";

    public override string? Bind(IReadOnlyDictionary<string, int> columns)
    {
        _index = columns.GetValueOrDefault(column, -1);
        return _index < 0 ? $"range names column '{column}', which the file does not have" : null;
    }

    public override void Observe(IReadOnlyList<string> row)
    {
        if (_index >= row.Count || IsMissing(row[_index]))
        {
            return;
        }
        var text = row[_index].Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            _notNumbers++;
            _example ??= text;
        }
        else if (value < min || value > max)
        {
            _outside++;
            _example ??= text;
        }
    }

    public override string? Verdict(long rows)
    {
        if (_outside == 0 && _notNumbers == 0)
        {
            return null;
        }
        var bounds = $"[{min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}]";
        return string.Create(CultureInfo.InvariantCulture,
            $"range: {column} has {_outside} values outside {bounds} and {_notNumbers} that are not numbers (for example '{_example}')");
    }
}
