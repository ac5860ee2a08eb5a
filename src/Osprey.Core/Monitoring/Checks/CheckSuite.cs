namespace Osprey.Core.Monitoring.Checks;

/// <summary>A named list of checks run together on one table.</summary>
public sealed record CheckSuite(string Name, IReadOnlyList<CheckSpec> Checks);
