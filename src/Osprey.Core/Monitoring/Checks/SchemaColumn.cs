using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>A column a <c>schema</c> check requires, with the kind it must have (null accepts any kind).</summary>
public sealed record SchemaColumn(string Name, ColumnKind? Kind = null);
