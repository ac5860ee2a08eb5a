namespace Osprey.Storage.Sqlite.Search;

/// <summary>How a filter field reads in SQL.</summary>
/// <param name="Value">The value expression, e.g. <c>m.value</c> or <c>r.start_time</c>.</param>
/// <param name="Numeric">Whether literals are bound as numbers.</param>
/// <param name="Source">For fields held in a child table, the correlated <c>FROM … WHERE …</c> finding the entity's row for the key; null for a column of the entity.</param>
/// <param name="NanFlag">The column that is 1 for NaN values (stored as NULL), when the field can hold NaN.</param>
/// <param name="Nullable">Whether a column of the entity can be NULL (a comparison on NULL is false, as on a missing key).</param>
internal sealed record FieldSql(string Value, bool Numeric, string? Source = null, string? NanFlag = null, bool Nullable = false);
