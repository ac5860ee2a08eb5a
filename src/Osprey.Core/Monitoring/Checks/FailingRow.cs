namespace Osprey.Core.Monitoring.Checks;

/// <summary>One row that failed a row check: its 1-based data row number (the header is not counted) and the value(s) at fault, or null when missing.</summary>
public sealed record FailingRow(long Row, string? Value);
