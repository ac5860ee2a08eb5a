namespace Osprey.Core.Data;

/// <summary>A text or identifier column stored as strings, with null for missing values.</summary>
public sealed class TextColumn : Column
{
    private readonly string?[] _values;

    /// <summary>Creates a column over the given strings (the array is owned by the column from now on).</summary>
    public TextColumn(string name, ColumnKind kind, string?[] values) : base(name, kind)
    {
        if (kind is not (ColumnKind.Text or ColumnKind.Identifier))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A text column must be text or identifier.");
        }
        _values = values;
    }

    /// <summary>Gets the values; null marks a missing value.</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <inheritdoc />
    public override int Length => _values.Length;

    /// <inheritdoc />
    public override bool IsMissing(int row) => _values[row] is null;

    /// <inheritdoc />
    public override string? Format(int row) => _values[row];

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var values = new string?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = _values[rows[i]];
        }
        return new TextColumn(Name, Kind, values);
    }
}
