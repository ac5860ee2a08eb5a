namespace Osprey.Core.Monitoring.Drift;

/// <summary>A column's name and how it is tested.</summary>
public sealed record ColumnSchema(string Name, ColumnType Type);
