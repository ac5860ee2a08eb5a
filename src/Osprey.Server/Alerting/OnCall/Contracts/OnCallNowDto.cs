namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>Who is on call on a schedule now (user null when nobody) and until when.</summary>
public sealed record OnCallNowDto(string Schedule, string? User, string? Source, DateTimeOffset Until);
