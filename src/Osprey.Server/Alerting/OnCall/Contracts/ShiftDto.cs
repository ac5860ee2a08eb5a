namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>One shift of a timeline; user null is a gap.</summary>
public sealed record ShiftDto(string? User, DateTimeOffset Start, DateTimeOffset End, string? Source);
