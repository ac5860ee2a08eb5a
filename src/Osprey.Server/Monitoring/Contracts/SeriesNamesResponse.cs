namespace Osprey.Server.Monitoring.Contracts;

/// <summary><c>GET /api/osprey/series/names</c>: every series name recorded, in ordinal order.</summary>
public sealed record SeriesNamesResponse(IReadOnlyList<string> Names);
