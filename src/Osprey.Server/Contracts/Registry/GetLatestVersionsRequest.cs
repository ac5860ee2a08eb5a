namespace Osprey.Server.Contracts.Registry;

/// <summary>The body (or query) of <c>registered-models/get-latest-versions</c>.</summary>
public sealed record GetLatestVersionsRequest(string? Name, IReadOnlyList<string>? Stages);
