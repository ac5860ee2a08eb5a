namespace Osprey.Core.Monitoring.Reports;

/// <summary>One named line of a <see cref="SvgLineChart"/>: points in time order.</summary>
public sealed record TimeSeries(string Name, IReadOnlyList<TimePoint> Points);
