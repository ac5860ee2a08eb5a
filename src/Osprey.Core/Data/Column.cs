namespace Osprey.Core.Data;

/// <summary>A typed, immutable column of a <see cref="Table"/>; subclasses hold the values in one flat array.</summary>
public abstract class Column(string name, ColumnKind kind)
{
    /// <summary>Gets the column name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the column kind.</summary>
    public ColumnKind Kind { get; } = kind;

    /// <summary>Gets the schema entry of this column.</summary>
    public ColumnSchema Schema => new(Name, Kind);

    /// <summary>Gets the number of rows.</summary>
    public abstract int Length { get; }

    /// <summary>Returns whether the value in a row is missing.</summary>
    public abstract bool IsMissing(int row);

    /// <summary>Returns the value of a row as text (invariant culture), or null when it is missing.</summary>
    public abstract string? Format(int row);

    /// <summary>Returns a new column holding the given rows in the given order.</summary>
    public abstract Column Take(ReadOnlySpan<int> rows);

    /// <summary>Returns the number of missing values.</summary>
    public int CountMissing()
    {
        var count = 0;
        for (var row = 0; row < Length; row++)
        {
            if (IsMissing(row))
            {
                count++;
            }
        }
        return count;
    }
}
