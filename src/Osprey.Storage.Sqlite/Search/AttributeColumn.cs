namespace Osprey.Storage.Sqlite.Search;

/// <summary>A searchable attribute stored as a column of the entity's row.</summary>
internal sealed record AttributeColumn(string Expression, bool Numeric, bool Nullable = false)
{
    /// <summary>Describes the column for a filter.</summary>
    public FieldSql ToFilter() => new(Expression, Numeric, Nullable: Nullable);

    /// <summary>Describes the column for ordering; NULLs sort last in both directions.</summary>
    public SortSql ToSort() => new(Expression, MissingFlag: Nullable ? $"({Expression} IS NULL)" : null);
}
