namespace Osprey.Storage.Sqlite.Search;

/// <summary>How a filter field reads in SQL.</summary>
/// <param name="Value">The value expression, e.g. <c>m.value</c> or <c>r.start_time</c>.</param>
/// <param name="Numeric">Whether literals are bound as numbers.</param>
/// <param name="Source">For fields held in a child table, <c>FROM … WHERE …</c> selecting the rows for the key (of every entity); null for a column of the entity.</param>
/// <param name="Correlation">The condition tying a <see cref="Source"/> row to the outer entity row.</param>
/// <param name="NanFlag">The column that is 1 for NaN values (stored as NULL), when the field can hold NaN.</param>
/// <param name="Nullable">Whether a column of the entity can be NULL (a comparison on NULL is false, as on a missing key).</param>
/// <param name="Owner">The outer entity's key, when the field can also be tested as membership (<c>Owner IN (SELECT Member …)</c>).</param>
/// <param name="Member">The <see cref="Source"/> column holding the entity's key, for the membership form.</param>
internal sealed record FieldSql(
    string Value,
    bool Numeric,
    string? Source = null,
    string? Correlation = null,
    string? NanFlag = null,
    bool Nullable = false,
    string? Owner = null,
    string? Member = null);
