namespace Osprey.Core.Alerting.Analytics;

/// <summary>The figures of one group of alerts: counts, MTTA and MTTR in seconds (null when nothing was acknowledged or closed), and escalation and noise shares from 0 to 1.</summary>
public sealed record AlertStats(
    string Key,
    int Alerts,
    int Acknowledged,
    int Closed,
    double? MttaSeconds,
    double? MttrSeconds,
    double EscalationRate,
    double NoiseRate);
