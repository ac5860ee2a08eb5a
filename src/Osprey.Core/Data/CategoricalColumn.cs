namespace Osprey.Core.Data;

/// <summary>A categorical column stored as codes into a category list, with -1 for missing values.</summary>
public sealed class CategoricalColumn : Column
{
    private readonly int[] _codes;

    /// <summary>Creates a column over codes and their categories (the arrays are owned by the column from now on).</summary>
    public CategoricalColumn(string name, int[] codes, IReadOnlyList<string> categories) : base(name, ColumnKind.Categorical)
    {
        _codes = codes;
        Categories = categories;
    }

    /// <summary>Gets the code of each row: an index into <see cref="Categories"/>, or -1 when missing.</summary>
    public ReadOnlySpan<int> Codes => _codes;

    /// <summary>Gets the distinct categories in order of first appearance.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <inheritdoc />
    public override int Length => _codes.Length;

    internal int[] Array => _codes;

    /// <inheritdoc />
    public override bool IsMissing(int row) => _codes[row] < 0;

    /// <inheritdoc />
    public override string? Format(int row) => _codes[row] < 0 ? null : Categories[_codes[row]];

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var codes = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            codes[i] = _codes[rows[i]];
        }
        return new CategoricalColumn(Name, codes, Categories);
    }
}
