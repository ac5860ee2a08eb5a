using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>in_range, positive, allowed_values and regex: each non-missing value is tested; missing values are not evaluated.</summary>
/// <remarks>Categories and yes/no spellings are tested once each, then rows only look their code up.</remarks>
internal sealed class ValueScan(CheckSpec spec, Column column) : RowScan(spec, column.Name)
{
    private readonly ValueTest _test = new(spec);
    private readonly bool[]? _byCode = column switch
    {
        CategoricalColumn categorical => [.. categorical.Categories.Select(c => new ValueTest(spec).Text(c))],
        NumericColumn { BooleanNames: { } names } => [.. names.Select((name, i) => new ValueTest(spec) is var t && (t.Text(name) || t.Number(i)))],
        _ => null,
    };

    public override void Observe(int start, int end)
    {
        switch (column)
        {
            case CategoricalColumn categorical:
                var codes = categorical.Codes;
                for (var row = start; row < end; row++)
                {
                    if (codes[row] >= 0)
                    {
                        Evaluated++;
                        if (!_byCode![codes[row]])
                        {
                            Fail(row);
                        }
                    }
                }
                break;
            case NumericColumn numeric:
                ObserveNumbers(numeric.Values, start, end);
                break;
            default:
                for (var row = start; row < end; row++)
                {
                    if (column.Format(row) is { } text)
                    {
                        Evaluated++;
                        if (!_test.Text(text))
                        {
                            Fail(row);
                        }
                    }
                }
                break;
        }
    }

    protected override string? Describe(int row) => column.Format(row);

    private void ObserveNumbers(ReadOnlySpan<double> values, int start, int end)
    {
        var byCode = _byCode;
        for (var row = start; row < end; row++)
        {
            var value = values[row];
            if (double.IsNaN(value))
            {
                continue;
            }
            Evaluated++;
            var passes = byCode is null ? _test.Number(value) : byCode[(int)value];
            if (!passes)
            {
                Fail(row);
            }
        }
    }
}
