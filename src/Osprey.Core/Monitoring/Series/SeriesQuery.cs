namespace Osprey.Core.Monitoring.Series;

/// <summary>Selects the samples of one series name whose labels include every pair in <paramref name="LabelMatch"/>, in the time range [From, To).</summary>
public sealed record SeriesQuery(string Name, IReadOnlyDictionary<string, string> LabelMatch, long From, long To);
