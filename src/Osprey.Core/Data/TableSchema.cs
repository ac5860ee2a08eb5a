using System.Text;

namespace Osprey.Core.Data;

/// <summary>The ordered columns of a table with lookup by name.</summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, int> _indexByName;

    /// <summary>Creates a schema; column names must be unique.</summary>
    public TableSchema(IReadOnlyList<ColumnSchema> columns)
    {
        Columns = columns;
        _indexByName = new Dictionary<string, int>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (!_indexByName.TryAdd(columns[i].Name, i))
            {
                throw OspreyException.Invalid($"Column name '{columns[i].Name}' appears more than once; column names must be unique.");
            }
        }
    }

    /// <summary>Gets the columns in order.</summary>
    public IReadOnlyList<ColumnSchema> Columns { get; }

    /// <summary>Returns the position of the named column, or -1 when there is none.</summary>
    public int IndexOf(string name) => _indexByName.GetValueOrDefault(name, -1);

    /// <summary>Returns the named column's schema or throws <see cref="ErrorCode.InvalidParameter"/> naming the known columns.</summary>
    public ColumnSchema Get(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            throw OspreyException.Invalid($"There is no column '{name}'; the columns are: {string.Join(", ", Columns.Select(c => c.Name))}.");
        }
        return Columns[index];
    }

    /// <summary>Returns a compact, stable text form such as <c>age:integer,city:categorical</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var column in Columns)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }
            text.Append(column.Name).Append(':').Append(ColumnKindNames.Format(column.Kind));
        }
        return text.ToString();
    }
}
