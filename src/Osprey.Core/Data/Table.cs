namespace Osprey.Core.Data;

/// <summary>An immutable, column-major in-memory table whose columns all have the same length.</summary>
public sealed class Table
{
    /// <summary>Creates a table; all columns must have the same length and unique names.</summary>
    public Table(IReadOnlyList<Column> columns)
    {
        Columns = columns;
        RowCount = columns.Count == 0 ? 0 : columns[0].Length;
        foreach (var column in columns)
        {
            if (column.Length != RowCount)
            {
                throw OspreyException.Invalid(
                    $"Column '{column.Name}' has {column.Length} rows but column '{columns[0].Name}' has {RowCount}; a table's columns must have equal lengths.");
            }
        }
        Schema = new TableSchema(columns.Select(c => c.Schema).ToArray());
    }

    /// <summary>Gets the columns in order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>Gets the schema (names and kinds) of the columns.</summary>
    public TableSchema Schema { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Returns the named column or throws <see cref="ErrorCode.InvalidParameter"/> naming the known columns.</summary>
    public Column this[string name]
    {
        get
        {
            Schema.Get(name);
            return Columns[Schema.IndexOf(name)];
        }
    }

    /// <summary>Returns a new table holding the given rows in the given order.</summary>
    public Table Take(ReadOnlySpan<int> rows)
    {
        var columns = new Column[Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = Columns[i].Take(rows);
        }
        return new Table(columns);
    }

    /// <summary>Returns a new table without the named columns (names that are absent are ignored).</summary>
    public Table Without(params string[] names) =>
        new(Columns.Where(c => !names.Contains(c.Name, StringComparer.Ordinal)).ToArray());
}
