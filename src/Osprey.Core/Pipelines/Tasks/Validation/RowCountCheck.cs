using System.Globalization;

namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary><c>row_count: {min, max}</c>: the number of data rows lies within the bounds.</summary>
internal sealed class RowCountCheck(long? min, long? max) : DataCheck
{
    public override string Name => "row_count";

    public override string? Bind(IReadOnlyDictionary<string, int> columns) => null;

    public override void Observe(IReadOnlyList<string> row)
    {
    }

    public override string? Verdict(long rows) =>
        rows < min ? string.Create(CultureInfo.InvariantCulture, $"row_count: {rows} rows, fewer than the minimum of {min}")
        : rows > max ? string.Create(CultureInfo.InvariantCulture, $"row_count: {rows} rows, more than the maximum of {max}")
        : null;
}
