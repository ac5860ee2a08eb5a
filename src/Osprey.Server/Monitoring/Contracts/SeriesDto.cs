namespace Osprey.Server.Monitoring.Contracts;

/// <summary>One series of a query answer: its labels and its samples in time order.</summary>
public sealed record SeriesDto(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<SeriesSampleDto> Points);
