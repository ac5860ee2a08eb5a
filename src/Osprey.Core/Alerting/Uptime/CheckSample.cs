namespace Osprey.Core.Alerting.Uptime;

/// <summary>One check result to add to its monitor's daily roll-up.</summary>
public sealed record CheckSample(string Monitor, long At, bool Up, double LatencyMs);
