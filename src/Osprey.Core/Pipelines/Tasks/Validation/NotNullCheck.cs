using System.Globalization;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary><c>not_null: [columns]</c>: no row leaves these columns empty.</summary>
internal sealed class NotNullCheck(IReadOnlyList<string> columns) : DataCheck
{
    private readonly long[] _missing = new long[columns.Count];
    private int[] _indexes = [];

    public override string Name => $"not_null({string.Join(", ", columns)})";

    public override string? Bind(IReadOnlyDictionary<string, int> header)
    {
        var unknown = columns.FirstOrDefault(c => !header.ContainsKey(c));
        _indexes = [.. columns.Select(c => header.GetValueOrDefault(c))];
        return unknown is null ? null : $"not_null names column '{unknown}', which the file does not have";
    }

    public override void Observe(IReadOnlyList<string> row)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (_indexes[i] >= row.Count || IsMissing(row[_indexes[i]]))
            {
                _missing[i]++;
            }
        }
    }

    public override string? Verdict(long rows)
    {
        var failing = columns.Select((c, i) => (Column: c, Missing: _missing[i])).Where(c => c.Missing > 0).ToList();
        return failing.Count == 0
            ? null
            : "not_null: " + string.Join(", ", failing.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Column} is empty in {f.Missing} rows")));
    }
}
