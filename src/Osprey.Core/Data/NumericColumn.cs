using System.Globalization;

namespace Osprey.Core.Data;

/// <summary>A numeric, integer or boolean column stored as doubles, with NaN for missing values.</summary>
public sealed class NumericColumn : Column
{
    private readonly double[] _values;

    /// <summary>Creates a column over the given values (the array is owned by the column from now on); <paramref name="booleanNames"/> keeps the spellings of 0 and 1.</summary>
    public NumericColumn(string name, ColumnKind kind, double[] values, IReadOnlyList<string>? booleanNames = null) : base(name, kind)
    {
        if (kind is not (ColumnKind.Numeric or ColumnKind.Integer or ColumnKind.Boolean))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A numeric column must be numeric, integer or boolean.");
        }
        _values = values;
        BooleanNames = kind == ColumnKind.Boolean ? booleanNames : null;
    }

    /// <summary>Gets, for a boolean column read from text, how the file spelled 0 and 1 (such as No and Yes); otherwise null.</summary>
    public IReadOnlyList<string>? BooleanNames { get; }

    /// <summary>Gets the values; NaN marks a missing value.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc />
    public override int Length => _values.Length;

    internal double[] Array => _values;

    /// <inheritdoc />
    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    /// <inheritdoc />
    public override string? Format(int row) =>
        double.IsNaN(_values[row]) ? null : _values[row].ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = _values[rows[i]];
        }
        return new NumericColumn(Name, Kind, values, BooleanNames);
    }
}
