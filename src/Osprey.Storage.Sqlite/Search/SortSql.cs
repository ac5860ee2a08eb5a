namespace Osprey.Storage.Sqlite.Search;

/// <summary>How an order-by field reads in SQL.</summary>
/// <param name="Value">The value expression to sort by.</param>
/// <param name="Join">A LEFT JOIN bringing the value in, for fields held in a child table.</param>
/// <param name="MissingFlag">An expression that is 1 when the entity lacks the value, so those sort last in both directions.</param>
/// <param name="NanFlag">An expression that is 1 for NaN, so NaN sorts after every number and before missing values.</param>
internal sealed record SortSql(string Value, string? Join = null, string? MissingFlag = null, string? NanFlag = null);
