namespace Osprey.Core.Monitoring.Reports;

/// <summary>One named series of values for a chart (bar heights, histogram shares); the series' position picks its colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
