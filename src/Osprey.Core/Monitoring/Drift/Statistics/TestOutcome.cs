namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>A test's statistic and, for hypothesis tests, its p-value (NaN for distances).</summary>
public readonly record struct TestOutcome(double Statistic, double PValue);
