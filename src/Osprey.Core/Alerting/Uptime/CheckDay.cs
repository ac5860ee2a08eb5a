namespace Osprey.Core.Alerting.Uptime;

/// <summary>The checks of one monitor on one UTC day (<paramref name="Day"/> is its midnight in Unix milliseconds): how many ran, how many failed, and their total latency.</summary>
public sealed record CheckDay(string Monitor, long Day, int Checks, int Failures, double LatencyMsSum);
