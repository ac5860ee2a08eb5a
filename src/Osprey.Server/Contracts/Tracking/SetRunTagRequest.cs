namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/set-tag</c> and <c>runs/delete-tag</c>.</summary>
public sealed record SetRunTagRequest(string? RunId, string? RunUuid, string? Key, string? Value);
