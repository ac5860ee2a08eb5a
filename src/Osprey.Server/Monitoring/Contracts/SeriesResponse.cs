namespace Osprey.Server.Monitoring.Contracts;

/// <summary><c>GET /api/osprey/series</c>: the series of a name whose labels matched, ordered by labels, over [From, To).</summary>
public sealed record SeriesResponse(string Name, long From, long To, IReadOnlyList<SeriesDto> Series);
