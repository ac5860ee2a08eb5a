namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>What checks need when they state results: the table's row count and the time now (for freshness).</summary>
internal sealed record ScanContext(int Rows, DateTimeOffset Now);
